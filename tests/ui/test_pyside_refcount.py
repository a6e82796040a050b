"""Guards against a PySide6 release that loses references to None (6.12.0 did: the GUI then
aborts with 'none_dealloc' after a few hundred clicks)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel


class _Nothing(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> None:
        return None


def test_returning_none_to_qt_keeps_nones_reference_count(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Nothing()
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        model.index(0).data(Qt.ItemDataRole.FontRole)
        label.setText("x")
    gc.collect()
    assert sys.getrefcount(None) >= before - 50

"""Notices the first time a widget paints while its model holds rows (for --smoke-test and
the start-up benchmark)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView


class FirstPaintWithData(QObject):
    def __init__(self, view: QAbstractItemView, callback: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.callback = callback
        self.done = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and self.view.model() is not None
            and self.view.model().rowCount() > 0
        ):
            self.done = True
            self.view.viewport().removeEventFilter(self)
            self.callback()
        return False

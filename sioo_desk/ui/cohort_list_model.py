"""The cohort navigator's model: one row per cohort, newest first."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette

from sioo_desk.services.cohorts import CohortSummary
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill

CohortIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CohortListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cohorts: list[CohortSummary] = []
        self._today = dt.date.today()

    def set_cohorts(self, cohorts: list[CohortSummary], today: dt.date) -> None:
        self.beginResetModel()
        self._cohorts = list(cohorts)
        self._today = today
        self.endResetModel()

    def update_cohort(self, cohort: CohortSummary) -> None:
        row = self.row_of(cohort.id)
        if row is not None:
            self._cohorts[row] = cohort
            self.dataChanged.emit(self.index(row), self.index(row))

    def cohort(self, row: int) -> CohortSummary:
        return self._cohorts[row]

    def row_of(self, cohort_id: int) -> int | None:
        for row, cohort in enumerate(self._cohorts):
            if cohort.id == cohort_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cohorts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cohorts):
            return None
        cohort = self._cohorts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = (
                self.tr("1 participant")
                if cohort.participants == 1
                else fill(self.tr("%1 participants"), cohort.participants)
            )
            name = fill(self.tr("%1 (archived)"), cohort.name) if cohort.archived else cohort.name
            return f"{name}\n{self._period(cohort)} · {count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            status = labels.cohort_status(cohort.status)
            return f"{cohort.code} · {cohort.programme_title}\n{cohort.location}\n{status}"
        if role == Qt.ItemDataRole.ForegroundRole and cohort.archived:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == CohortIdRole:
            return cohort.id
        if role == Qt.ItemDataRole.FontRole and self._is_running(cohort):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_running(self, cohort: CohortSummary) -> bool:
        return bool(cohort.start and cohort.end and cohort.start <= self._today <= cohort.end)

    def _period(self, cohort: CohortSummary) -> str:
        locale = QLocale()
        if not cohort.start or not cohort.end:
            return self.tr("no dates yet")
        return (
            f"{locale.toString(cohort.start, 'MMM yyyy')} – "
            f"{locale.toString(cohort.end, 'MMM yyyy')}"
        )

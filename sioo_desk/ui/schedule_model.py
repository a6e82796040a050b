"""The cohort's sessions as a chronological table: past ones greyed, the next one highlighted,
the ones with a problem marked."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sioo_desk.domain.schedule_checks import Problem
from sioo_desk.services.schedule import SessionRow

SessionIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_PAST = QColor("#8a8a8a")
_NEXT = QColor("#e8f0f8")
_PROBLEM = QColor("#fff1d6")


class ScheduleColumn(IntEnum):
    DATE = 0
    TITLE = 1
    THEME = 2
    PEOPLE = 3
    LOCATION = 4
    CHECKS = 5


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._problems: dict[int, list[str]] = {}
        self._today = dt.date.today()
        self._next: int | None = None

    def set_sessions(self, rows: list[SessionRow], problems: list[Problem], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._problems = {}
        for problem in problems:
            if problem.session_id is not None:
                self._problems.setdefault(problem.session_id, []).append(problem.message)
        self._today = today
        upcoming = [
            r for r in self._rows if r.first is not None and r.last is not None and r.last >= today
        ]
        self._next = upcoming[0].id if upcoming else None
        self.endResetModel()

    def session(self, row: int) -> SessionRow:
        return self._rows[row]

    def next_row(self) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == self._next), None)

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ScheduleColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                ScheduleColumn.DATE: self.tr("Date"),
                ScheduleColumn.TITLE: self.tr("Meeting"),
                ScheduleColumn.THEME: self.tr("Theme"),
                ScheduleColumn.PEOPLE: self.tr("Teachers / coach"),
                ScheduleColumn.LOCATION: self.tr("Location"),
                ScheduleColumn.CHECKS: self.tr("Checks"),
            }.get(ScheduleColumn(section))
            if 0 <= section < len(ScheduleColumn)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = ScheduleColumn(index.column())
        problems = self._problems.get(row.id, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, problems)
        if role == SessionIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.ForegroundRole and row.last and row.last < self._today:
            return QBrush(_PAST)
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return QBrush(_PROBLEM)
            if row.id == self._next:
                return QBrush(_NEXT)
        if role == Qt.ItemDataRole.FontRole and row.id == self._next:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: SessionRow, column: ScheduleColumn, problems: list[str]) -> str:
        if column == ScheduleColumn.DATE:
            return self._dates(row)
        if column == ScheduleColumn.TITLE:
            named = "groep" in row.title.lower()
            return row.title + (f" ({row.group})" if row.group and not named else "")
        if column == ScheduleColumn.THEME:
            return row.theme
        if column == ScheduleColumn.PEOPLE:
            names = list(row.teachers.values())
            if row.coach is not None:
                names.append(row.coach[1])
            return ", ".join(names)
        if column == ScheduleColumn.LOCATION:
            return row.location
        return "⚠ " + problems[0] if problems else ""

    def _dates(self, row: SessionRow) -> str:
        if not row.half_days:
            return self.tr("no date")
        locale = QLocale()
        days = sorted({h.date for h in row.half_days})
        text = locale.toString(days[0], "ddd d MMM yyyy")
        if len(days) > 1:
            text += " – " + locale.toString(days[-1], "ddd d MMM")
        first = row.half_days[0]
        if first.starts_at and len(days) == 1:
            text += f", {first.starts_at:%H:%M}"
        return text

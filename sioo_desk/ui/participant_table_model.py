"""The participants of one cohort as a table, and the proxy that sorts and filters it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.names import collation_key
from sioo_desk.services.participants import ParticipantRow
from sioo_desk.services.progress import Progress
from sioo_desk.ui import labels

SortRole = Qt.ItemDataRole.UserRole + 1
ParticipantIdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

_INACTIVE = {ParticipantStatus.WITHDRAWN, ParticipantStatus.NOT_ADMITTED}


class Column(IntEnum):
    NAME = 0
    MUNICIPALITY = 1
    JOB_TITLE = 2
    STATUS = 3
    LEARNING_TEAM = 4
    EMAIL = 5
    COHORT = 6
    PROGRESS = 7


class ParticipantTableModel(QAbstractTableModel):
    """A thin adapter over the rows the participants service returns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._names: dict[int, str] = {}
        self._cohorts: dict[int, str] = {}
        self._search: list[str] = []
        self._sort_values: dict[tuple[int, Column], str] = {}
        self._progress: dict[int, Progress] = {}

    def set_progress(self, progress: dict[int, Progress]) -> None:
        """What is not in order per participant; filled in after the rows, off the first paint."""
        self._progress = progress
        self._sort_values = {k: v for k, v in self._sort_values.items() if k[1] != Column.PROGRESS}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.PROGRESS), self.index(len(self._rows) - 1, Column.PROGRESS)
            )

    def set_rows(
        self,
        rows: list[ParticipantRow],
        cohorts: dict[int, str] | None = None,
        *,
        keep_progress: bool = False,
    ) -> None:
        """`cohorts` names each row's cohort, for a list that spans cohorts. The progress
        column is kept when the caller knows it cannot have moved."""
        self.beginResetModel()
        self._rows = list(rows)
        self._names = {r.id: r.name.display_name for r in rows}
        self._cohorts = cohorts or {}
        self._sort_values: dict[tuple[int, Column], str] = {}
        if not keep_progress:
            self._progress = {}
        # What a search matches, folded once here rather than at every keystroke.
        self._search = [
            collation_key(
                " ".join(
                    (
                        r.name.sort_name,
                        r.name.display_name,
                        r.municipality,
                        labels.participant_status(r.status),
                        r.email,
                        self._cohorts.get(r.cohort_id, ""),
                    )
                )
            )
            for r in self._rows
        ]
        self.endResetModel()

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_data(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def row_of(self, participant_id: int) -> int | None:
        for row, data in enumerate(self._rows):
            if data.id == participant_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                Column.NAME: self.tr("Name"),
                Column.MUNICIPALITY: self.tr("Municipality"),
                Column.JOB_TITLE: self.tr("Job title"),
                Column.STATUS: self.tr("Status"),
                Column.EMAIL: self.tr("E-mail"),
                Column.COHORT: self.tr("Cohort"),
                Column.LEARNING_TEAM: self.tr("Learning team"),
                Column.PROGRESS: self.tr("Progress"),
            }.get(Column(section))
            if 0 <= section < len(Column)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            key = (index.row(), column)
            if key not in self._sort_values:  # folding names is slow; a sort asks often
                self._sort_values[key] = self._sort_value(row, column)
            return self._sort_values[key]
        if role == ParticipantIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status in _INACTIVE:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return row.name.display_name
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.PROGRESS:
            found = self._progress.get(row.id)
            return "\n".join(found.problems.values()) if found and found.problems else None
        return None

    def _display(self, row: ParticipantRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name.sort_name
        if column == Column.MUNICIPALITY:
            return row.municipality
        if column == Column.JOB_TITLE:
            return row.job_title
        if column == Column.STATUS:
            return labels.participant_status(row.status)
        if column == Column.EMAIL:
            return row.email
        if column == Column.COHORT:
            return self._cohorts.get(row.cohort_id, "")
        if column == Column.PROGRESS:
            found = self._progress.get(row.id)
            if found is None:
                return ""
            return "✓" if found.in_order else "⚠ " + ", ".join(found.problems)
        partner = row.learning_team_partner_id
        return self._names.get(partner, "") if partner is not None else ""

    def _sort_value(self, row: ParticipantRow, column: Column) -> str:
        if column == Column.NAME:
            return "\x00".join(row.name.sort_key)
        if column == Column.STATUS:
            return f"{list(ParticipantStatus).index(row.status):02d}"
        return collation_key(self._display(row, column)) + "\x00" + "\x00".join(row.name.sort_key)


class ParticipantFilterProxy(QSortFilterProxyModel):
    """Sorts on native keys (Dutch surname order) and filters on name, municipality, status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self._status: ParticipantStatus | None = None

    def set_status_filter(self, status: ParticipantStatus | str | None) -> None:
        self.beginFilterChange()
        # Qt hands enum data back from a combo box as its plain value.
        self._status = ParticipantStatus(status) if status else None
        self.endFilterChange()

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = collation_key(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ParticipantTableModel):
            return True
        if self._status is not None and model.row_data(source_row).status is not self._status:
            return False
        text = model.search_text(source_row)
        return all(word in text for word in self._words)

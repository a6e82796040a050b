"""Every participant at the end of the programme: effort, verdict, eligible or not and why,
and their certificate."""

from __future__ import annotations

import math
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from sioo_desk.domain.formatting import short_date
from sioo_desk.services.certificates import Standing
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill

IdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    EFFORT = 1
    VERDICT = 2
    ELIGIBLE = 3  # stretched: "nee: inzet 77%, drempel 80%" must be readable
    CERTIFICATE = 4


class StandingsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Standing] = []

    def set_rows(self, rows: list[Standing]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, participant_id: int) -> int | None:
        return next(
            (i for i, r in enumerate(self.rows) if r.participant_id == participant_id), None
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Participant"),
            self.tr("Effort"),
            self.tr("Final result"),
            self.tr("Certificate?"),
            self.tr("Issued"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == IdRole:
            return row.participant_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.EFFORT and row.effort_source == "vastgelegd":
                return self.tr("Recorded with the verdict: attendance was not kept here.")
            if column in (Column.VERDICT, Column.NAME) and row.motivation:
                return row.motivation
            if column == Column.ELIGIBLE:
                return "; ".join(row.eligibility.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.ELIGIBLE:
            return QBrush(QColor("#1e7d32" if row.eligibility.eligible else "#b3261e"))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.CERTIFICATE:
            item = row.certificate
            if item is not None and item.revoked_on is not None:
                return QBrush(QColor("#b3261e"))
        return None

    def _text(self, row: Standing, column: Column) -> str:
        if column == Column.NAME:
            return row.name.sort_name
        if column == Column.EFFORT:
            if row.effort_percent is None:
                return "—"
            return f"{math.floor(row.effort_percent)}%"
        if column == Column.VERDICT:
            return labels.verdict(row.verdict.value if row.verdict else "")
        if column == Column.ELIGIBLE:
            if row.eligibility.eligible:
                return self.tr("yes")
            return fill(self.tr("no: %1"), "; ".join(row.eligibility.reasons))
        item = row.certificate
        if item is None:
            return ""
        if item.revoked_on is not None:
            return fill(self.tr("%1 revoked %2"), item.number, short_date(item.revoked_on))
        version = fill(self.tr(" (version %1)"), item.version) if item.version > 1 else ""
        return f"{item.number}{version} · {short_date(item.issued_on)}"

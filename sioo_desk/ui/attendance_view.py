"""The attendance register as a grid of participants × half-days, filled with the keyboard
alone: A aanwezig, L te laat, M afgemeld, X afwezig, Delete leeg. Beside each name the effort
figure, amber below the threshold and red when it can no longer be reached."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.effort import Effort, PlannedHalfDay, effort
from sioo_desk.domain.enums import AttendanceStatus, DayPart
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.attendance import (
    EFFORT,
    Register,
    cells,
    effort_settings,
    register,
    set_attendance,
)
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.ui import failure
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

Index = QModelIndex | QPersistentModelIndex
KEYS = {
    Qt.Key.Key_A: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_M: AttendanceStatus.EXCUSED,
    Qt.Key.Key_X: AttendanceStatus.ABSENT,
}
MARKS = {
    AttendanceStatus.PRESENT: "A",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.EXCUSED: "M",
    AttendanceStatus.ABSENT: "X",
}
COLOURS = {
    AttendanceStatus.PRESENT: "#e3f1e5",
    AttendanceStatus.LATE: "#fff4d6",
    AttendanceStatus.EXCUSED: "#e8f0f8",
    AttendanceStatus.ABSENT: "#fde7e9",
}
PARTS = {DayPart.MORNING: "o", DayPart.AFTERNOON: "m", DayPart.EVENING: "a"}
FIXED = 0  # name and effort are the row headers, which stay in view while scrolling


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.book: Register | None = None
        self.today = dt.date.today()
        self.efforts: list[Effort] = []
        self._settings: Any = None

    def load(self, book: Register, today: dt.date, settings: Any) -> None:
        self.beginResetModel()
        self.book = book
        self.today = today
        self._settings = settings
        self.efforts = [self._effort(r) for r in range(len(book.rows))]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.book = None
        self.efforts = []
        self.endResetModel()

    def _effort(self, row: int) -> Effort:
        assert self.book is not None
        person = self.book.rows[row]
        half_days = [
            PlannedHalfDay(c.date, self.book.statuses.get((person.participant_id, c.half_day_id)))
            for c in self.book.half_days_of(person.participant_id)
            if person.withdrawn_on is None or c.date <= person.withdrawn_on
        ]
        return effort(
            half_days, today=self.today, joined_on=person.joined_on, settings=self._settings
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.book is None else len(self.book.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.book is None else FIXED + len(self.book.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.book is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if not 0 <= section - FIXED < len(self.book.columns):
            return None
        column = self.book.columns[section - FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.date:%d-%m}\n{PARTS[column.part]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{column.title}, {column.date:%d-%m-%Y}"
        return None

    def _row_header(self, row: int, role: int) -> Any:
        assert self.book is not None
        if not 0 <= row < len(self.book.rows):
            return None
        figure = self.efforts[row]
        if role == Qt.ItemDataRole.DisplayRole:
            # Rounded down, as in the explanation: 79.5 % is below an 80 % threshold.
            shown = "—" if figure.percentage is None else f"{math.floor(figure.percentage)}%"
            return f"{self.book.rows[row].name.sort_name}   {shown}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return figure.explanation()
        if role == Qt.ItemDataRole.ForegroundRole and figure.below_threshold:
            return QBrush(QColor("#a4262c" if figure.cannot_reach else "#8a5200"))
        return None

    def effort_of(self, row: int) -> Effort:
        return self.efforts[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.applies(index):
            return base | Qt.ItemFlag.ItemIsEditable
        return Qt.ItemFlag.NoItemFlags

    def applies(self, index: Index) -> bool:
        if self.book is None or not index.isValid() or index.column() < FIXED:
            return False
        person = self.book.rows[index.row()].participant_id
        column = self.book.columns[index.column() - FIXED]
        return (person, column.half_day_id) in self.book.applicable

    def cell(self, index: Index) -> tuple[int, int]:
        assert self.book is not None
        return (
            self.book.rows[index.row()].participant_id,
            self.book.columns[index.column() - FIXED].half_day_id,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.book is None or not index.isValid():
            return None
        if not self.applies(index):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#f0f0f0"))
            return None
        status = self.book.statuses.get(self.cell(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return MARKS[status] if status else ""
        if role == Qt.ItemDataRole.BackgroundRole and status:
            return QBrush(QColor(COLOURS[status]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def show_status(
        self, participant_id: int, half_day_id: int, status: AttendanceStatus | None
    ) -> None:
        """Put a stored value on screen: the cell and the participant's effort."""
        if self.book is None:
            return
        row = next(
            (i for i, r in enumerate(self.book.rows) if r.participant_id == participant_id), None
        )
        found = next(
            (i for i, c in enumerate(self.book.columns) if c.half_day_id == half_day_id), None
        )
        if row is None or found is None:
            return  # another cohort is on screen now: the database is right, nothing to show
        if status is None:
            self.book.statuses.pop((participant_id, half_day_id), None)
        else:
            self.book.statuses[(participant_id, half_day_id)] = status
        column = FIXED + found
        shown = (
            self._row_header(row, Qt.ItemDataRole.DisplayRole),
            self.efforts[row].below_threshold,
            self.efforts[row].cannot_reach,
        )
        self.efforts[row] = self._effort(row)
        if shown != (
            self._row_header(row, Qt.ItemDataRole.DisplayRole),
            self.efforts[row].below_threshold,
            self.efforts[row].cannot_reach,
        ):
            # Only then: a changed row header makes the whole grid lay itself out again.
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))


class AttendanceGrid(QTableView):
    """Typing a letter records the current cell and moves on to the next half-day."""

    def __init__(self, record: Any) -> None:
        super().__init__()
        self.record = record

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if (
            isinstance(model, AttendanceModel)
            and model.applies(index)
            and (key in KEYS or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace))
        ):
            self.record(index, KEYS.get(key))
            following = model.index(index.row(), index.column() + 1)
            if following.isValid():
                self.setCurrentIndex(following)
            return
        super().keyPressEvent(event)


class AttendanceView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("attendanceView")
        self.context = context
        self.stack = context.undo_stack
        self.cohort_id: int | None = None
        self.legend = QLabel(
            self.tr(
                "Type A present, L late, M excused, X absent, Delete to "
                "clear; the cursor moves on by itself. Grey: not this "
                "participant's half-day."
            )
        )
        self.legend.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        self.model = AttendanceModel(self)
        self.grid = AttendanceGrid(self.record)
        self.grid.setObjectName("attendanceGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setDefaultSectionSize(46)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("threshold")
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix("%")
        self.late_counts = QCheckBox(self.tr("late counts as present"))
        self.excused_out = QCheckBox(self.tr("excused leaves the half-day out"))
        save = QPushButton(self.tr("Apply"))
        failure.connect_named(save, self.save_settings)
        self.sign_in = sign_in = QPushButton(self.tr("Sign-in list of this meeting (PDF)…"))
        sign_in.setObjectName("signIn")
        failure.connect_named(sign_in, self.export_sign_in)
        settings_row = QHBoxLayout()
        settings_row.addWidget(QLabel(self.tr("Sufficient effort from:")))
        settings_row.addWidget(self.threshold)
        settings_row.addWidget(self.late_counts)
        settings_row.addWidget(self.excused_out)
        settings_row.addWidget(save)
        settings_row.addStretch(1)
        settings_row.addWidget(sign_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(settings_row)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        self.liveness = Liveness(
            self,
            context,
            (Kind.ATTENDANCE, Kind.PARTICIPANTS, Kind.SESSIONS, Kind.GROUPS, Kind.SETTINGS),
            self.show_cohort,
            self._apply,
        )

    def show_cohort(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        if cohort_id is None:  # none yet, or it went: an empty grid, not the last one's
            self.model.clear()
            self.summary.clear()
            self.sign_in.setEnabled(False)
            return
        try:
            book = register(self.context.database, cohort_id)
            settings = effort_settings(self.context.database, cohort_id)
        except SiooDeskError as error:
            self.summary.setText(str(error))
            return
        self.model.load(book, self.context.today, settings)
        header = self.grid.verticalHeader()
        header.setMinimumWidth(0)
        header.setMaximumWidth(16_777_215)
        header.setFixedWidth(header.sizeHint().width() + 24)  # room for "100%": no relayouts
        self.threshold.setValue(settings.threshold_percent)
        self.late_counts.setChecked(settings.late_counts_as_present)
        self.excused_out.setChecked(settings.excused_leaves_denominator)
        self.grid.horizontalHeader().setFixedHeight(42)
        self._summarise()
        # Start at today's column, where the secretary usually works.
        today = next(
            (i for i, c in enumerate(book.columns) if c.date >= self.context.today),
            len(book.columns) - 1,
        )
        if book.rows and book.columns:
            self.grid.setCurrentIndex(self.model.index(0, FIXED + max(today, 0)))
        # A sign-in list is of a meeting: grey until the cohort has one (and someone in it).
        self.sign_in.setEnabled(bool(book.rows and book.columns))
        if not book.columns:
            self.summary.setText(
                self.tr("No meetings yet: plan the programme on the Programme tab first.")
            )

    def _summarise(self) -> None:
        below = [
            self.model.book.rows[i].name.display_name  # type: ignore[union-attr]
            for i, f in enumerate(self.model.efforts)
            if f.below_threshold
        ]
        lost = [
            self.model.book.rows[i].name.display_name  # type: ignore[union-attr]
            for i, f in enumerate(self.model.efforts)
            if f.cannot_reach
        ]
        threshold = self.model._settings.threshold_percent
        text = fill(self.tr("Threshold for sufficient effort: %1%."), threshold)
        if below:
            text += " " + fill(self.tr("Below it: %1."), ", ".join(below))
        if lost:
            text += " " + fill(self.tr("Can no longer reach it: %1."), ", ".join(lost))
        if text != self.summary.text():  # a new text lays the page out again: only on change
            self.summary.setText(text)

    def record(self, index: QModelIndex, status: AttendanceStatus | None) -> bool:
        participant_id, half_day_id = self.model.cell(index)
        return self.context.run(
            self.tr("attendance"),
            lambda db: set_attendance(db, participant_id, half_day_id, status),
            self,
        )

    def _apply(self, changes: Changes) -> None:
        """Only the cells that changed are read again: a keystroke costs one small read."""
        if EFFORT in changes.settings or changes.participants or changes.sessions or changes.groups:
            self.show_cohort(self.cohort_id)
            return
        if changes.attendance:
            for (participant_id, half_day_id), status in cells(
                self.context.database, changes.attendance
            ).items():
                self.model.show_status(participant_id, half_day_id, status)
            self._summarise()

    def save_settings(self) -> bool:
        from sioo_desk.domain.effort import EffortSettings
        from sioo_desk.services.attendance import save_effort_settings

        if self.cohort_id is None:
            return False
        cohort_id = self.cohort_id
        wanted = EffortSettings(
            self.threshold.value(), self.late_counts.isChecked(), self.excused_out.isChecked()
        )
        return self.context.run(
            self.tr("effort settings"),
            lambda db: save_effort_settings(db, cohort_id, wanted),
            self,
        )

    def export_sign_in(self, target: Path | None = None) -> Path | None:
        from sioo_desk.services.attendance import sign_in_pdf

        index = self.grid.currentIndex()
        if self.model.book is None or not index.isValid():
            return None
        column = self.model.book.columns[index.column() - FIXED]
        try:
            content = sign_in_pdf(self.context.database, column.session_id)
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
            return None
        return save_and_open(
            self,
            content,
            target,
            "presentielijst.pdf",
            self.tr("PDF (*.pdf)"),
            title=self.tr("Sign-in list"),
        )

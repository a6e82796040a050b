"""The cohort's programme: a chronological list beside a month calendar, the checks, and the
jobs — generate, edit, move, calendar files, the printable programme, the staff.

It shows the cohort's sessions, the teachers and coaches in them (staff of every cohort) and
the participants of individual meetings; its checks also look at other cohorts' sessions of
the same teachers, so a change to sessions elsewhere is followed too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.services.schedule import Schedule, cohort_schedule
from sioo_desk.ui import failure
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.schedule_model import ScheduleColumn, ScheduleModel
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.services.schedule import SessionEdit
    from sioo_desk.ui.context import ViewContext
    from sioo_desk.ui.session_dialog import SessionDialog


#: What the programme tab shows of its cohort: the sessions, the staff in them (by name, and
#: a coach's or teacher's other meetings for the checks) and the participants of individual
#: meetings.
SHOWS = (Kind.SESSIONS, Kind.PEOPLE, Kind.PARTICIPANTS)


class ScheduleView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.schedule: Schedule | None = None
        self.setObjectName("scheduleView")

        self.summary = QLabel()
        self.summary.setObjectName("scheduleSummary")
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("generate", self.tr("Generate programme…"), self.generate),
            ("edit", self.tr("Edit meeting…"), self.edit_selected),
            ("move", self.tr("Move…"), self.move_selected),
            ("ics", self.tr("Calendar file (.ics)…"), self.export_calendar),
            ("pdf", self.tr("Printable programme (PDF)…"), self.export_pdf),
            ("staff", self.tr("Staff…"), self.open_staff),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            failure.connect_named(button, slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)

        self.model = ScheduleModel(self)
        self.table = QTableView()
        self.table.setObjectName("scheduleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("scheduleCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._day_clicked)
        self.problems = QListWidget()
        self.problems.setObjectName("scheduleProblems")
        self.problems.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.calendar)
        side_layout.addWidget(QLabel(self.tr("Checks:")))
        side_layout.addWidget(self.problems, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self._marked: list[QDate] = []
        self.liveness = Liveness(self, context, SHOWS, self.show_cohort)
        context.bus.changed.connect(self._elsewhere)

    # --- showing ---------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        kept = self.selected() if self.schedule and self.schedule.cohort_id == cohort_id else None
        if cohort_id is None:
            self.schedule = None
            self.model.set_sessions([], [], self.context.today)
            self.summary.setText(self.tr("No cohort."))
            self.problems.clear()
            self._enable()
            return
        try:
            self.schedule = cohort_schedule(self.context.database, cohort_id)
        except SiooDeskError as error:
            self.summary.setText(str(error))
            return
        schedule = self.schedule
        self.model.set_sessions(schedule.sessions, schedule.problems, self.context.today)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(
            ScheduleColumn.THEME, min(320, self.table.columnWidth(ScheduleColumn.THEME))
        )
        contact = schedule.contact
        has_programme = any(s.kind.value in ("start", "atelier") for s in schedule.sessions)
        self.buttons["generate"].setEnabled(not has_programme)
        self.summary.setText(
            self.tr(
                "No meetings yet: Generate programme… plans them all from the date of the start "
                "meeting, after the programme's template."
            )
            if not schedule.sessions
            else fill(
                self.tr(
                    "%1 meetings · %2 half-days contact time, %3 outside working hours · "
                    "%4 hours study load · %5 problems"
                ),
                len(schedule.sessions),
                contact.half_days,
                contact.outside_working_hours,
                contact.study_hours,
                len(schedule.problems),
            )
        )
        self.problems.clear()
        self.problems.addItems(
            [p.message for p in schedule.problems] or [self.tr("No problems found.")]
        )
        self._mark_calendar()
        # The same meeting as before a change; on opening, the next one.
        row = self.model.row_of(kept) if kept is not None else self.model.next_row()
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )
        self._enable()

    def _enable(self) -> None:
        """What needs a meeting (or any) is grey without one, rather than doing nothing."""
        sessions = self.schedule is not None and bool(self.schedule.sessions)
        chosen = sessions and self.selected() is not None
        for key, on in (("edit", chosen), ("move", chosen), ("ics", sessions), ("pdf", sessions)):
            self.buttons[key].setEnabled(on)
        if self.schedule is None:
            self.buttons["generate"].setEnabled(False)

    def _mark_calendar(self) -> None:
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        self._marked = []
        assert self.schedule is not None
        session_day = QTextCharFormat()
        session_day.setBackground(QBrush(QColor("#cfe0f1")))
        for session in self.schedule.sessions:
            for half_day in session.half_days:
                day = QDate(half_day.date.year, half_day.date.month, half_day.date.day)
                self.calendar.setDateTextFormat(day, session_day)
                self._marked.append(day)
        today = self.context.today
        today_format = self.calendar.dateTextFormat(QDate(today.year, today.month, today.day))
        today_format.setFontWeight(QFont.Weight.Bold)
        today_format.setForeground(QBrush(QColor("#a4262c")))
        marked_today = QDate(today.year, today.month, today.day)
        self.calendar.setDateTextFormat(marked_today, today_format)
        self._marked.append(marked_today)

    def selected(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.session(index.row()).id if index.isValid() else None

    def _row_changed(self, current: object, _previous: object) -> None:
        self._enable()
        session_id = self.selected()
        if session_id is None:
            return
        row = self.model.session(self.model.row_of(session_id) or 0)
        if row.first:
            self.calendar.setSelectedDate(QDate(row.first.year, row.first.month, row.first.day))

    def _day_clicked(self, day: QDate) -> None:
        wanted = day.toPython()
        for row in range(self.model.rowCount()):
            if any(h.date == wanted for h in self.model.session(row).half_days):
                self.table.selectRow(row)
                return

    def _elsewhere(self, changes: Changes) -> None:
        """Sessions of another cohort changed: a teacher's double booking may have come or
        gone (a change of this cohort's own is the liveness's)."""
        cohort_id = self.liveness.cohort_id
        if changes.touches(cohort_id, *SHOWS) or changes.everything:
            return
        if (changes.sessions or changes.whole) and changes.cohorts - {cohort_id}:
            self.liveness.refresh()

    # --- doing -----------------------------------------------------------------------------

    def generate(self, start: dt.date | None = None) -> bool:
        from sioo_desk.services.schedule import generate_schedule

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return False
        if start is None:
            start = self._ask_date(
                self.tr("Generate programme"),
                self.tr("Date of the start meeting:"),
                self.context.today,
            )
            if start is None:
                return False
        first = start
        return self.context.run(
            self.tr("generate the programme"),
            lambda db: generate_schedule(db, cohort_id, first),
            self,
        )

    def edit_selected(self) -> SessionDialog | None:
        from sioo_desk.services.schedule import session_edit, update_session, validate_edit
        from sioo_desk.services.staff import TEACHING_ROLES, choosable
        from sioo_desk.ui.session_dialog import SessionDialog

        session_id = self.selected()
        if session_id is None or self.schedule is None:
            return None
        db = self.context.database
        current = session_edit(db, session_id)
        kind = self.model.session(self.model.row_of(session_id) or 0).kind
        problems = [p.message for p in self.schedule.problems_of(session_id)]

        def submit(edit: SessionEdit) -> bool:
            validate_edit(kind, edit)  # the form's own checks are shown in the form
            return self.context.run(
                fill(self.tr("edit %1"), current.title),
                lambda db: update_session(db, session_id, edit),
                self,
            )

        # Nobody archived is offered, but whoever the session names already stays ticked.
        teachers = [
            (t.id, t.label + (f" — {t.organisation}" if t.organisation else ""))
            for t in choosable(db, TEACHING_ROLES, keep=current.teacher_ids)
        ]
        dialog = SessionDialog(
            self,
            fill(self.tr("Edit %1"), current.title),
            current,
            teachers,
            problems,
            submit,
            self.context.today,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def move_selected(self, first_day: dt.date | None = None) -> bool:
        from sioo_desk.services.schedule import move_session

        session_id = self.selected()
        if session_id is None:
            return False
        row = self.model.session(self.model.row_of(session_id) or 0)
        if first_day is None:
            first_day = self._ask_date(
                fill(self.tr("Move %1"), row.title),
                self.tr("New first day (the shape stays the same):"),
                row.first or self.context.today,
            )
            if first_day is None:
                return False
        day = first_day
        return self.context.run(
            fill(self.tr("move %1"), row.title),
            lambda db: move_session(db, session_id, day),
            self,
        )

    def _ask_date(self, title: str, label: str, default: dt.date) -> dt.date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        edit = QDateEdit(QDate(default.year, default.month, default.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd dd-MM-yyyy")
        form = QFormLayout(dialog)
        form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen: dt.date = edit.date().toPython()
        return chosen

    def export_calendar(self, target: Path | None = None) -> Path | None:
        from sioo_desk.services.calendar_files import cohort_calendar

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return None
        return self._save(
            lambda: cohort_calendar(self.context.database, cohort_id, dt.datetime.now(dt.UTC)),
            target,
            "programma.ics",
            self.tr("Calendar (*.ics)"),
        )

    def export_pdf(self, target: Path | None = None) -> Path | None:
        from sioo_desk.services.schedule_pdf import schedule_pdf

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return None
        return self._save(
            lambda: schedule_pdf(self.context.database, cohort_id),
            target,
            "programma.pdf",
            self.tr("PDF (*.pdf)"),
        )

    def _save(
        self, make: Callable[[], bytes], target: Path | None, name: str, file_filter: str
    ) -> Path | None:
        try:  # before the dialog: a programme that cannot be made is said before "where to?"
            content = make()
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
            return None
        saved = save_and_open(self, content, target, name, file_filter)
        if saved is not None:
            self.context.notify(fill(self.tr("Saved %1."), saved), 8000)
        return saved

    def open_staff(self) -> QDialog:
        from sioo_desk.ui.staff_dialog import StaffDialog

        dialog = StaffDialog(self, self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

"""Planning the intakes of a cohort: make a series of slots, see them as a grid of days and
times, put candidates in them (by hand or the first free one), and send calendar files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import intake_planning as planning
from sioo_desk.services import settings_schema
from sioo_desk.services.calendar_files import calendar_file, intake_event
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.ui import failure
from sioo_desk.ui.form_edit import keeping_result, run_in_form
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext
    from sioo_desk.ui.edit_command import EditStep

SessionRole = Qt.ItemDataRole.UserRole + 1
CandidateRole = Qt.ItemDataRole.UserRole + 2
WEEKDAYS = ("ma", "di", "wo", "do", "vr")


def parse_times(text: str) -> list[dt.time]:
    """'9:30, 11.00 13:30' -> three times; ValueError naming the bad one."""
    times = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip().replace(".", ":")
        if not part:
            continue
        try:
            hours, _, minutes = part.partition(":")
            times.append(dt.time(int(hours), int(minutes or 0)))
        except ValueError:
            raise ValueError(f"'{part}' is geen tijd (uu:mm).") from None
    return times


class IntakePlanningDialog(QDialog):
    """Every change to the slots is an undoable edit; the grid follows the change bus, so that
    an undo or redo from the main window shows here at once."""

    def __init__(
        self,
        parent: QWidget | None,
        context: ViewContext,
        cohort_id: int,
        cohort_name: str,
        intake_from: dt.date | None,
        intake_until: dt.date | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakePlanningDialog")
        self.setWindowTitle(fill(self.tr("Plan intakes — %1"), cohort_name))
        self.resize(1100, 680)
        self.context = context
        self.database = context.database
        self.cohort_id = cohort_id
        self.today = today = context.today

        first = intake_from or today
        last = intake_until or (first + dt.timedelta(days=28))
        self.from_date = self._date(first)
        self.until_date = self._date(last)
        # What the settings propose (Instellingen ▸ Intake).
        proposed = {v.key: v.value for v in settings_schema.settings(self.database)}
        days = settings_schema.parse_weekdays(str(proposed[settings_schema.INTAKE_WEEKDAYS]))
        self.weekday_boxes = []
        weekdays = QHBoxLayout()
        for index, name in enumerate(WEEKDAYS):
            box = QCheckBox(name)
            box.setChecked(index in days)
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        self.times = QLineEdit(str(proposed[settings_schema.INTAKE_TIMES]))
        self.times.setObjectName("slotTimes")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 240)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(int(proposed[settings_schema.INTAKE_MINUTES]))
        self.minutes.setSuffix(self.tr(" min"))
        self.interviewer = QComboBox()
        self.interviewer.setObjectName("interviewer")
        self.make_button = make = QPushButton(self.tr("Make slots"))
        make.setObjectName("makeSlots")
        failure.connect_named(make, self.make_slots)
        # On a new database nobody can interview yet: said here, and no slots offered.
        self.no_staff = QLabel(
            self.tr(
                "There are no staff members yet to hold the intakes. Add them first "
                "(Edit ▸ Staff…); anyone on the staff can be the interviewer."
            )
        )
        self.no_staff.setObjectName("noInterviewers")
        self.no_staff.setWordWrap(True)
        self._fill_interviewers()
        series = QGroupBox(self.tr("A series of slots"))
        form = QFormLayout(series)
        form.addRow(self.tr("From:"), self.from_date)
        form.addRow(self.tr("Until:"), self.until_date)
        form.addRow(self.tr("On:"), weekdays)
        form.addRow(self.tr("Start times:"), self.times)
        form.addRow(self.tr("Length:"), self.minutes)
        form.addRow(self.tr("Interviewer:"), self.interviewer)
        form.addRow(self.no_staff)
        form.addRow(make)

        self.candidates = QListWidget()
        self.candidates.setObjectName("unplannedCandidates")
        candidates_box = QGroupBox(self.tr("Candidates without an intake"))
        QVBoxLayout(candidates_box).addWidget(self.candidates)
        left = QVBoxLayout()
        left.addWidget(series)
        left.addWidget(candidates_box, 1)

        self.grid = QTableWidget()
        self.grid.setObjectName("slotGrid")
        self.grid.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.cellDoubleClicked.connect(lambda _r, _c: self.assign_selected())
        buttons_row = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Put candidate in slot"), self.assign_selected, "assign"),
            (self.tr("First free slot"), self.first_free, "firstFree"),
            (self.tr("Free the slot"), self.unassign_selected, "unassign"),
            (self.tr("Delete slot"), self.delete_selected, "deleteSlot"),
            (self.tr("Calendar file (.ics)…"), self.export_selected, "ics"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            failure.connect_named(button, slot)
            buttons_row.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("planningMessage")
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.grid, 1)
        right.addLayout(buttons_row)
        right.addWidget(self.message)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.refresh()
        context.bus.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.everything or changes.people:
            self._fill_interviewers()
        # Slots are sessions of the cohort; the candidates' list follows their status.
        if self.isVisible() and changes.touches(self.cohort_id, Kind.SESSIONS, Kind.PARTICIPANTS):
            self.refresh()

    def _fill_interviewers(self) -> None:
        """Every staff member not archived, the one chosen kept chosen."""
        chosen = self.interviewer.currentData()
        self.interviewer.clear()
        for person_id, name in planning.interviewers(self.database):
            self.interviewer.addItem(name, person_id)
        if chosen is not None and (index := self.interviewer.findData(chosen)) >= 0:
            self.interviewer.setCurrentIndex(index)
        anyone = self.interviewer.count() > 0
        self.interviewer.setEnabled(anyone)
        self.make_button.setEnabled(anyone)
        self.no_staff.setVisible(not anyone)

    @staticmethod
    def _date(day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        slots = planning.list_slots(self.database, self.cohort_id)
        days = sorted({s.date for s in slots})
        # One column per start time, and per interviewer when several talk at the same time.
        several = len({s.interviewer for s in slots}) > 1
        times = sorted({(s.starts_at, s.interviewer if several else "") for s in slots})
        self.grid.clear()
        self.grid.setRowCount(len(days))
        self.grid.setColumnCount(len(times))
        weekdays = ("ma", "di", "wo", "do", "vr", "za", "zo")
        self.grid.setVerticalHeaderLabels([f"{weekdays[d.weekday()]} {long_date(d)}" for d in days])
        self.grid.setHorizontalHeaderLabels(
            [t.strftime("%H:%M") + (f"\n{who}" if who else "") for t, who in times]
        )
        free = QBrush(QColor("#e8f4ea"))
        for slot in slots:
            item = QTableWidgetItem(slot.participant_name or self.tr("free"))
            item.setData(SessionRole, slot.session_id)
            item.setData(CandidateRole, slot.participant_id)
            item.setToolTip(
                fill(
                    self.tr("%1, %2–%3, with %4"),
                    long_date(slot.date),
                    slot.starts_at.strftime("%H:%M"),
                    slot.ends_at.strftime("%H:%M"),
                    slot.interviewer,
                )
            )
            if slot.free:
                item.setBackground(free)
            column = times.index((slot.starts_at, slot.interviewer if several else ""))
            self.grid.setItem(days.index(slot.date), column, item)
        self.grid.resizeColumnsToContents()
        self.candidates.clear()
        for participant_id, name in planning.unplanned_candidates(self.database, self.cohort_id):
            entry = QListWidgetItem(name)
            entry.setData(SessionRole, participant_id)
            self.candidates.addItem(entry)
        free_count = sum(1 for s in slots if s.free)
        self.message.setText(
            fill(
                self.tr("%1 slots, %2 free; %3 candidates without an intake."),
                len(slots),
                free_count,
                self.candidates.count(),
            )
        )

    def selected_session(self) -> int | None:
        item = self.grid.currentItem()
        return None if item is None else item.data(SessionRole)

    def selected_candidate(self) -> int | None:
        item = self.candidates.currentItem()
        return None if item is None else item.data(SessionRole)

    def select_slot(self, session_id: int) -> None:
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                item = self.grid.item(row, column)
                if item is not None and item.data(SessionRole) == session_id:
                    self.grid.setCurrentItem(item)

    def select_candidate(self, participant_id: int) -> None:
        for row in range(self.candidates.count()):
            if self.candidates.item(row).data(SessionRole) == participant_id:
                self.candidates.setCurrentRow(row)

    def _say(self, error: SiooDeskError | ValueError) -> None:
        self.message.setText(str(error))

    # --- doing -----------------------------------------------------------------------------

    def chosen_days(self) -> list[dt.date]:
        first = self.from_date.date().toPython()
        last = self.until_date.date().toPython()
        wanted = {i for i, box in enumerate(self.weekday_boxes) if box.isChecked()}
        days, day = [], first
        while day <= last:
            if day.weekday() in wanted:
                days.append(day)
            day += dt.timedelta(days=1)
        return days

    def make_slots(self) -> list[int]:
        try:
            times = parse_times(self.times.text())
        except ValueError as error:
            self._say(error)
            return []
        cohort_id, days = self.cohort_id, self.chosen_days()
        minutes, interviewer = self.minutes.value(), self.interviewer.currentData()
        made: list[list[int]] = []
        step = keeping_result(
            lambda db: planning.make_slots(db, cohort_id, days, times, minutes, interviewer),
            into=made,
        )
        # One slot per day per start time (the service refuses rather than skip any).
        count = len(days) * len(set(times))
        if not self._run(fill(self.tr("make %1 intake slots"), count), step):
            return []
        return made[0]

    def assign_selected(self) -> bool:
        session_id, participant_id = self.selected_session(), self.selected_candidate()
        if session_id is None or participant_id is None:
            self.message.setText(self.tr("Choose a slot in the grid and a candidate in the list."))
            return False
        return self._assign(session_id, participant_id)

    def _assign(self, session_id: int, participant_id: int) -> bool:
        if not self._run(
            self.tr("plan an intake"),
            lambda db: planning.assign(db, session_id, participant_id),
        ):
            return False
        self.select_slot(session_id)
        return True

    def first_free(self) -> bool:
        participant_id = self.selected_candidate()
        if participant_id is None:
            self.message.setText(self.tr("Choose a candidate in the list."))
            return False
        cohort_id, today = self.cohort_id, self.today
        taken: list[int] = []
        # Found and taken in one transaction: another desk cannot take the slot in between.
        refused = run_in_form(
            self.context,
            self.tr("plan an intake"),
            keeping_result(
                lambda db: planning.assign_first_free(db, cohort_id, participant_id, after=today),
                into=taken,
            ),
        )
        if isinstance(refused, planning.NoFreeSlot):
            refused = planning.PlanningError(
                self.tr("There is no free slot left; make new slots first.")
            )
        if refused is not None:
            self._say(refused)
            return False
        self.select_slot(taken[0])
        return True

    def unassign_selected(self) -> bool:
        session_id = self.selected_session()
        if session_id is None:
            return False
        item = self.grid.currentItem()
        if item is None or item.data(CandidateRole) is None:
            return False  # a free slot: nobody to take out
        return self._run(
            self.tr("free an intake slot"), lambda db: planning.unassign(db, session_id)
        )

    def delete_selected(self) -> bool:
        session_id = self.selected_session()
        if session_id is None:
            return False
        return self._run(
            self.tr("delete an intake slot"), lambda db: planning.delete_slot(db, session_id)
        )

    def _run(self, text: str, step: EditStep) -> bool:
        """The edit goes on the undo stack; the grid follows through the change bus. A refusal
        is said below the grid."""
        refused = run_in_form(self.context, text, step)
        if refused is not None:
            self._say(refused)
            return False
        return True

    def export_selected(self, target: Path | None = None) -> Path | None:
        session_id = self.selected_session()
        if session_id is None:
            self.message.setText(self.tr("Choose a slot in the grid."))
            return None
        try:
            event = intake_event(self.database, session_id)
        except SiooDeskError as error:
            self._say(error)
            return None
        saved = save_and_open(
            self,
            calendar_file([event], name=event.summary, now=dt.datetime.now(dt.UTC)),
            target,
            "intakegesprek.ics",
            self.tr("Calendar (*.ics)"),
            open_folder=True,
            title=self.tr("Calendar file"),
        )
        if saved is not None:
            self.message.setText(fill(self.tr("Saved %1; open it to add it to Outlook."), saved))
        return saved

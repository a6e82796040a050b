"""The tussengesprek of one participant: plan it (after atelier 3), record it, and print the
one-page summary for the participant.

The form does not reload itself after an edit: the portfolio view shows it again when the
change comes by."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import midterm
from sioo_desk.ui import failure
from sioo_desk.ui.form_edit import keeping_result, run_in_form
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

NO_DATE = QDate(2000, 1, 1)


def _day(edit: QDateEdit) -> dt.date | None:
    day = edit.date()
    return None if day == NO_DATE else dt.date(day.year(), day.month(), day.day())


def _date_edit(empty: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d-M-yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty)
    return edit


class MidtermForm(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("midtermForm")
        self.context = context
        self.participant: int | None = None
        self.cohort: int | None = None
        # Who the grid lists, and of which cohort: a change to anyone else's portfolio
        # cannot alter it.
        self.in_grid: frozenset[int] = frozenset()
        self.in_grid_of: int | None = None
        self.earliest = QLabel()
        self.planned = _date_edit(self.tr("not planned"))
        self.starts = QTimeEdit(QTime(10, 0))
        self.starts.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 240)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        plan = QPushButton(self.tr("Plan"))
        failure.connect_named(plan, self.plan)
        when = QHBoxLayout()
        for widget in (self.planned, self.starts, self.minutes, plan):
            when.addWidget(widget)
        when.addStretch(1)
        self.held = _date_edit(self.tr("not held yet"))
        self.yield_so_far = QPlainTextEdit()
        self.yield_so_far.setObjectName("midtermYield")
        self.agreements = QPlainTextEdit()
        self.agreements.setObjectName("midtermAgreements")
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        record = QPushButton(self.tr("Save record"))
        failure.connect_named(record, self.record)
        summary = QPushButton(self.tr("Summary for the participant (PDF)…"))
        failure.connect_named(summary, self.export_summary)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow("", self.earliest)
        form.addRow(self.tr("Planned"), when)
        form.addRow(self.tr("Held on"), self.held)
        form.addRow(self.tr("What the programme has yielded so far"), self.yield_so_far)
        form.addRow(
            self.tr("Agreements on the learning route for the second half"), self.agreements
        )
        buttons = QHBoxLayout()
        buttons.addWidget(record)
        buttons.addWidget(summary)
        buttons.addWidget(self.message, 1)
        self.grid = QTableWidget(0, 4)
        self.grid.setObjectName("midtermGrid")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Date"), self.tr("Time"), self.tr("Recorded")]
        )
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rest_from = _date_edit("")
        self.rest_times = QLineEdit("09:30, 11:00, 13:30, 15:00")
        self.rest_times.setObjectName("restTimes")
        plan_rest = QPushButton(self.tr("Plan everyone else"))
        failure.connect_named(plan_rest, self.plan_rest)
        rest = QFormLayout()
        rest.addRow(self.tr("From"), self.rest_from)
        rest.addRow(self.tr("at"), self.rest_times)
        rest.addRow("", plan_rest)
        cohort_box = QGroupBox(self.tr("All tussengesprekken of the cohort"))
        cohort_layout = QVBoxLayout(cohort_box)
        cohort_layout.addWidget(self.grid, 1)
        cohort_layout.addLayout(rest)
        own = QWidget()
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_layout.addLayout(form, 1)
        own_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(own)
        split.addWidget(cohort_box)
        split.setSizes([560, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)

    def show_participant(
        self, participant_id: int | None, cohort_id: int | None, *, grid: bool = True
    ) -> None:
        """The participant's own tussengesprek; the cohort's grid too unless `grid` is False
        (the caller knows it is up to date, or shows it itself)."""
        self.participant, self.cohort = participant_id, cohort_id
        self.message.clear()
        self.setEnabled(participant_id is not None)
        review = (
            midterm.Review()
            if participant_id is None
            else midterm.review_of(self.context.database, participant_id)
        )
        earliest = (
            None if cohort_id is None else midterm.earliest_day(self.context.database, cohort_id)
        )
        self.earliest.setText(
            fill(self.tr("After atelier 3: from %1."), long_date(earliest))
            if earliest
            else self.tr("Atelier 3 is not planned yet.")
        )
        for edit, day in ((self.planned, review.planned_on), (self.held, review.held_on)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        if review.starts_at:
            self.starts.setTime(QTime(review.starts_at.hour, review.starts_at.minute))
        self.yield_so_far.setPlainText(review.yield_so_far)
        self.agreements.setPlainText(review.agreements)
        if earliest and self.rest_from.date() == NO_DATE:
            self.rest_from.setDate(QDate(earliest.year, earliest.month, earliest.day))
        if grid or self.in_grid_of != cohort_id:
            self.show_grid()

    def show_grid(self) -> None:
        """Every tussengesprek of the cohort, in one query."""
        rows = (
            []
            if self.cohort is None
            else midterm.cohort_reviews(self.context.database, self.cohort)
        )
        self.in_grid = frozenset(planned.participant_id for planned in rows)
        self.in_grid_of = self.cohort
        self.grid.setRowCount(len(rows))
        for row, planned in enumerate(rows):
            review = planned.review
            cells = (
                planned.name,
                review.planned_on.strftime("%d-%m-%Y") if review.planned_on else "—",
                review.starts_at.strftime("%H:%M") if review.starts_at else "",
                self.tr("yes") if review.yield_so_far or review.agreements else "",
            )
            for column, text in enumerate(cells):
                self.grid.setItem(row, column, QTableWidgetItem(text))
        self.grid.resizeColumnsToContents()
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def plan_rest(self) -> bool:
        cohort_id, day = self.cohort, _day(self.rest_from)
        if cohort_id is None or day is None:
            return False
        try:
            starts = sorted(
                dt.time.fromisoformat(part.strip().zfill(5))
                for part in self.rest_times.text().replace(";", ",").split(",")
                if part.strip()
            )
        except ValueError:
            self.message.setText(
                fill(
                    self.tr("'%1' are not times; write them as 09:30, 11:00, 13:30."),
                    self.rest_times.text(),
                )
            )
            return False
        minutes = self.minutes.value()
        if all(
            x.review.planned_on for x in midterm.cohort_reviews(self.context.database, cohort_id)
        ):
            self.message.setText(self.tr("Everyone already has a tussengesprek."))
            return False  # nothing to do: no empty step on the undo stack
        done: list[list[tuple[int, midterm.Review]]] = []
        refused = run_in_form(
            self.context,
            self.tr("plan the tussengesprekken"),
            keeping_result(lambda db: midterm.plan_rest(db, cohort_id, day, starts, minutes), done),
        )
        if refused is not None:
            self.message.setText(str(refused))
            return False
        self.message.setText(fill(self.tr("%1 tussengesprekken planned."), len(done[0])))
        return True

    def plan(self) -> bool:
        participant_id = self.participant
        day = _day(self.planned)
        if participant_id is None:
            return False
        if day is None:
            self.message.setText(self.tr("Choose a date first."))
            return False
        time = self.starts.time()
        start, minutes = dt.time(time.hour(), time.minute()), self.minutes.value()
        refused = run_in_form(
            self.context,
            self.tr("plan the tussengesprek"),
            lambda db: midterm.plan_review(db, participant_id, day, start, minutes),
        )
        if refused is not None:
            self.message.setText(str(refused))
            return False
        self.message.setText(fill(self.tr("Planned on %1."), long_date(day)))
        return True

    def record(self) -> bool:
        participant_id = self.participant
        if participant_id is None:
            return False
        held = _day(self.held)
        found, agreed = self.yield_so_far.toPlainText(), self.agreements.toPlainText()
        refused = run_in_form(
            self.context,
            self.tr("record the tussengesprek"),
            lambda db: midterm.record_review(db, participant_id, held, found, agreed),
        )
        if refused is not None:
            self.message.setText(str(refused))
            return False
        self.message.setText(self.tr("Saved."))
        return True

    def export_summary(self, target: Path | None = None) -> Path | None:
        if self.participant is None:
            return None
        try:
            content = midterm.summary_pdf(self.context.database, self.participant)
        except SiooDeskError as error:
            self.message.setText(str(error))
            return None
        return save_and_open(self, content, target, "Tussengesprek.pdf", self.tr("PDF (*.pdf)"))

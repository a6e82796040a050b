"""The organisatievraagstuk of one participant as a form: question, client, manager, status,
the client's feedback at three moments, the evaluation and the final presentation.

The form does not reload itself after a save: the portfolio view shows it again when the
change comes by."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import AssignmentStatus
from sioo_desk.services import assignment as assignments
from sioo_desk.ui import failure
from sioo_desk.ui.form_edit import run_in_form
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

NO_DATE = QDate(2000, 1, 1)
NO_TIME = QTime(0, 0)


def _text_box(height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


class AssignmentForm(QScrollArea):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("assignmentForm")
        self.setWidgetResizable(True)
        self.context = context
        self.participant: int | None = None
        self.title = QLineEdit()
        self.question = _text_box()
        self.client_name = QLineEdit()
        self.client_role = QLineEdit()
        self.client_organisation = QLineEdit()
        self.client_email = QLineEdit()
        self.manager_name = QLineEdit()
        self.status = QComboBox()
        for status, name in assignments.STATUS_NAMES.items():
            self.status.addItem(name, status)
        self.shared = QCheckBox(self.tr("Shared with the learning-team partner"))
        self.partners = QLabel()
        self.feedback_start = _text_box()
        self.feedback_midway = _text_box()
        self.feedback_end = _text_box()
        self.evaluation = _text_box()
        self.presentation = QDateEdit()
        self.presentation.setCalendarPopup(True)
        self.presentation.setDisplayFormat("d-M-yyyy")
        self.presentation.setMinimumDate(NO_DATE)
        self.presentation.setSpecialValueText(self.tr("not set"))
        # 00:00 stands for "no time": nobody presents at midnight.
        self.presentation_from = QTimeEdit()
        self.presentation_until = QTimeEdit()
        for edit in (self.presentation_from, self.presentation_until):
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumTime(NO_TIME)
            edit.setSpecialValueText(self.tr("no time"))
        self.presentation_from.setObjectName("presentationFrom")
        self.presentation_until.setObjectName("presentationUntil")
        times = QHBoxLayout()
        times.addWidget(self.presentation_from)
        times.addWidget(QLabel("–"))
        times.addWidget(self.presentation_until)
        times.addWidget(
            QLabel(
                self.tr("(within the closing meeting: keeps the accountability conversation clear)")
            )
        )
        times.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save assignment"))
        failure.connect_named(save, self.save)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Client"), self.client_name)
        form.addRow(self.tr("Client's role"), self.client_role)
        form.addRow(self.tr("Client's organisation"), self.client_organisation)
        form.addRow(self.tr("Client's e-mail"), self.client_email)
        form.addRow(self.tr("Manager"), self.manager_name)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.shared)
        form.addRow("", self.partners)
        form.addRow(self.tr("Client's feedback at the start"), self.feedback_start)
        form.addRow(self.tr("Client's feedback midway"), self.feedback_midway)
        form.addRow(self.tr("Client's feedback at the end"), self.feedback_end)
        form.addRow(self.tr("Evaluation with the manager"), self.evaluation)
        form.addRow(self.tr("Final presentation"), self.presentation)
        form.addRow(self.tr("Presentation time"), times)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.message, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(inner)

    def show_participant(self, participant_id: int | None) -> None:
        self.participant = participant_id
        self.message.clear()
        found = (
            None
            if participant_id is None
            else assignments.assignment_of(self.context.database, participant_id)
        )
        self.fill_in(found or assignments.AssignmentInput(title=""))
        names = (
            []
            if participant_id is None
            else assignments.shared_with(self.context.database, participant_id)
        )
        self.partners.setText(fill(self.tr("Together with %1"), ", ".join(names)) if names else "")
        self.setEnabled(participant_id is not None)

    def fill_in(self, data: assignments.AssignmentInput) -> None:
        self.title.setText(data.title)
        self.question.setPlainText(data.question)
        self.client_name.setText(data.client_name)
        self.client_role.setText(data.client_role)
        self.client_organisation.setText(data.client_organisation)
        self.client_email.setText(data.client_email)
        self.manager_name.setText(data.manager_name)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.shared.setChecked(data.shared_with_partner)
        self.feedback_start.setPlainText(data.feedback_start)
        self.feedback_midway.setPlainText(data.feedback_midway)
        self.feedback_end.setPlainText(data.feedback_end)
        self.evaluation.setPlainText(data.manager_evaluation)
        day = data.presentation_date
        self.presentation.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        for edit, value in (
            (self.presentation_from, data.presentation_starts_at),
            (self.presentation_until, data.presentation_ends_at),
        ):
            edit.setTime(QTime(value.hour, value.minute) if value else NO_TIME)

    def read(self) -> assignments.AssignmentInput:
        day = self.presentation.date()
        return assignments.AssignmentInput(
            title=self.title.text(),
            question=self.question.toPlainText(),
            client_name=self.client_name.text(),
            client_role=self.client_role.text(),
            client_organisation=self.client_organisation.text(),
            client_email=self.client_email.text(),
            manager_name=self.manager_name.text(),
            status=AssignmentStatus(self.status.currentData()),
            feedback_start=self.feedback_start.toPlainText(),
            feedback_midway=self.feedback_midway.toPlainText(),
            feedback_end=self.feedback_end.toPlainText(),
            manager_evaluation=self.evaluation.toPlainText(),
            presentation_date=None
            if day == NO_DATE
            else dt.date(day.year(), day.month(), day.day()),
            shared_with_partner=self.shared.isChecked(),
            presentation_starts_at=_time(self.presentation_from),
            presentation_ends_at=_time(self.presentation_until),
        )

    def save(self) -> bool:
        participant_id = self.participant
        if participant_id is None:
            return False
        data = self.read()
        refused = run_in_form(
            self.context,
            self.tr("save the assignment"),
            lambda db: assignments.save_assignment(db, participant_id, data),
        )
        if refused is not None:  # said beside the form, which keeps what was typed
            self.message.setText(str(refused))
            return False
        self.message.setText(self.tr("Saved."))
        return True


def _time(edit: QTimeEdit) -> dt.time | None:
    value = edit.time()
    return None if value == NO_TIME else dt.time(value.hour(), value.minute())

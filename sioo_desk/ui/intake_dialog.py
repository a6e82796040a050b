"""The intake record of one candidate: document, learning questions, the seven criteria, the
decision, and the letter that follows from it."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.admission import CRITERIA
from sioo_desk.domain.documents import EXTENSIONS
from sioo_desk.domain.enums import (
    AdmissionCriterion,
    AdmissionDecision,
    CriterionAnswer,
    ParticipantStatus,
)
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import intake_record as intakes
from sioo_desk.services.changes import Changes
from sioo_desk.services.letters import letter_data, letter_file_name, letter_pdf
from sioo_desk.ui import failure, labels
from sioo_desk.ui.form_edit import run_in_form
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext
    from sioo_desk.ui.edit_command import EditStep


class IntakeDialog(QDialog):
    """Each save and each document is an undoable edit; the form shows the record as stored,
    again after an undo or redo of it."""

    def __init__(
        self, parent: QWidget | None, context: ViewContext, participant_id: int, cohort_id: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.context = context
        self.database = context.database
        self.participant_id = participant_id
        self.cohort_id = cohort_id
        self.today = context.today
        self.resize(820, 760)

        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.document_label = QLabel()
        self.document_label.setObjectName("intakeDocument")
        self.attach_button = QPushButton(self.tr("Add document…"))
        failure.connect_named(self.attach_button, self.attach)
        self.open_button = QPushButton(self.tr("Open"))
        failure.connect_named(self.open_button, self.open_document)
        document_row = QHBoxLayout()
        document_row.addWidget(self.document_label, 1)
        document_row.addWidget(self.attach_button)
        document_row.addWidget(self.open_button)

        self.questions = QPlainTextEdit()
        self.questions.setObjectName("learningQuestions")
        self.questions.setPlaceholderText(self.tr("What does the candidate want to learn?"))
        self.questions.setFixedHeight(80)

        self.criteria = QTableWidget(len(AdmissionCriterion), 3)
        self.criteria.setObjectName("criteria")
        self.criteria.setHorizontalHeaderLabels(
            [self.tr("Admission criterion"), self.tr("Answer"), self.tr("Note")]
        )
        self.criteria.verticalHeader().hide()
        header = self.criteria.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.answer_boxes: dict[AdmissionCriterion, QComboBox] = {}
        self.note_edits: dict[AdmissionCriterion, QLineEdit] = {}
        for row, criterion in enumerate(AdmissionCriterion):
            item = QTableWidgetItem(CRITERIA[criterion])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(CRITERIA[criterion])
            self.criteria.setItem(row, 0, item)
            box = QComboBox()
            for answer, text in (
                (CriterionAnswer.UNANSWERED, self.tr("not answered")),
                (CriterionAnswer.MET, self.tr("met")),
                (CriterionAnswer.NOT_MET, self.tr("not met")),
            ):
                box.addItem(text, answer)
            self.criteria.setCellWidget(row, 1, box)
            note = QLineEdit()
            self.criteria.setCellWidget(row, 2, note)
            self.answer_boxes[criterion] = box
            self.note_edits[criterion] = note
        self.criteria.setColumnWidth(1, 140)
        self.criteria.resizeRowsToContents()

        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        for decision, text in (
            (AdmissionDecision.PENDING, self.tr("no decision yet")),
            (AdmissionDecision.ADMITTED, labels.participant_status(ParticipantStatus.ADMITTED)),
            (
                AdmissionDecision.NOT_ADMITTED,
                labels.participant_status(ParticipantStatus.NOT_ADMITTED),
            ),
        ):
            self.decision.addItem(text, decision)
        self.decision_date = QDateEdit()
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDisplayFormat("dd-MM-yyyy")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(60)
        decision_box = QGroupBox(self.tr("Decision"))
        decision_form = QFormLayout(decision_box)
        decision_form.addRow(self.tr("Decision:"), self.decision)
        decision_form.addRow(self.tr("Date:"), self.decision_date)
        decision_form.addRow(self.tr("Reasons:"), self.reason)

        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.letter_button = buttons.addButton(
            self.tr("Letter (PDF)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        failure.connect_named(self.save_button, self.save)
        failure.connect_named(self.letter_button, self.save_letter)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(document_row)
        layout.addWidget(QLabel(self.tr("Learning questions:")))
        layout.addWidget(self.questions)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(decision_box)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.load()
        # Undo and redo of this record (from the main window's menu) show here too.
        context.bus.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and (
            changes.whole_of(self.cohort_id) or self.participant_id in changes.participants
        ):
            self.load()

    def load(self) -> None:
        record = intakes.intake_record(self.database, self.participant_id)
        self.record = record
        self.setWindowTitle(fill(self.tr("Intake of %1"), record.name))
        self.heading.setText(
            fill(self.tr("%1 — %2"), record.name, labels.participant_status(record.status))
        )
        self._show_document(record.document)
        self.questions.setPlainText(record.learning_questions)
        for criterion, (answer, note) in record.answers.items():
            box = self.answer_boxes[criterion]
            box.setCurrentIndex(box.findData(answer))
            self.note_edits[criterion].setText(note)
        self.decision.setCurrentIndex(self.decision.findData(record.decision))
        day = record.decision_date or self.today
        self.decision_date.setDate(QDate(day.year, day.month, day.day))
        self.reason.setPlainText(record.decision_reason)
        self.letter_button.setEnabled(record.decision is not AdmissionDecision.PENDING)

    def _show_document(self, info: intakes.DocumentInfo | None) -> None:
        if info is None:
            self.document_label.setText(self.tr("No intake document yet."))
        else:
            self.document_label.setText(
                fill(
                    self.tr("Intake document: %1 (%2 kB)"), info.filename, max(1, info.size // 1024)
                )
            )
        self.open_button.setEnabled(info is not None)

    def answers(self) -> dict[AdmissionCriterion, tuple[CriterionAnswer, str]]:
        return {
            c: (CriterionAnswer(self.answer_boxes[c].currentData()), self.note_edits[c].text())
            for c in AdmissionCriterion
        }

    def chosen_decision(self) -> AdmissionDecision:
        return AdmissionDecision(self.decision.currentData())

    def save(self) -> bool:
        name = self.record.name
        participant_id, questions = self.participant_id, self.questions.toPlainText()
        answers, decision = self.answers(), self.chosen_decision()
        date, reason = self.decision_date.date().toPython(), self.reason.toPlainText()
        return self._run(
            fill(self.tr("intake of %1"), name),
            lambda db: intakes.record_intake(
                db, participant_id, questions, answers, decision, date, reason
            ),
        )

    def attach(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Intake document"),
                str(Path.home()),
                self.tr("Documents (*.pdf *.docx *.odt);;All files (*)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            content = path.read_bytes()
        except OSError as error:
            self._show_error(str(error))
            return False
        participant_id, filename = self.participant_id, path.name
        return self._run(
            fill(self.tr("document of %1"), self.record.name),
            lambda db: intakes.attach_document(db, participant_id, filename, content),
        )

    def _run(self, text: str, step: EditStep) -> bool:
        """The edit goes on the undo stack; the form follows through the change bus. A refusal
        is shown in the form, which keeps what the user entered."""
        refused = run_in_form(self.context, text, step)
        if refused is not None:
            self._show_error(str(refused))
            return False
        self.errors.hide()
        return True

    def _show_error(self, text: str) -> None:
        self.errors.setText(text)
        self.errors.show()

    def open_document(self) -> Path | None:
        try:
            filename, _type, content = intakes.document_content(self.database, self.participant_id)
        except SiooDeskError as error:
            self.errors.setText(str(error))
            self.errors.show()
            return None
        folder = Path(tempfile.mkdtemp(prefix="sioo-desk-"))
        target = folder / Path(filename).name
        if target.suffix.lower() != EXTENSIONS.get(_type, target.suffix.lower()):
            target = target.with_name(target.name + EXTENSIONS[_type])  # the viewer needs it
        return save_and_open(self, content, target, target.name)

    def save_letter(self, target: Path | None = None) -> Path | None:
        try:
            data = letter_data(self.database, self.participant_id)
            pdf = letter_pdf(data, written_on=self.today)
        except SiooDeskError as error:
            self.errors.setText(str(error))
            self.errors.show()
            return None
        return save_and_open(
            self,
            pdf,
            target,
            letter_file_name(data),
            self.tr("PDF (*.pdf)"),
            title=self.tr("Save letter"),
        )

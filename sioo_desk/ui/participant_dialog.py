"""The form to add or edit a participant, with the same checks the service makes, shown
beside the fields before anything is stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import EducationLevel, Gender
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.validation import ParticipantInput, validate
from sioo_desk.ui import labels

NO_YEARS = -1  # the spin boxes' "not given"


class ParticipantDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        data: ParticipantInput,
        municipalities: list[str],
        partners: list[tuple[int, str]],
        submit: Callable[[ParticipantInput], None],
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(title)
        self.setObjectName("participantDialog")
        self._original = data
        self.gender = QComboBox()
        for gender, text in (
            (Gender.FEMALE, self.tr("Ms (mevrouw)")),
            (Gender.MALE, self.tr("Mr (heer)")),
            (Gender.UNSPECIFIED, self.tr("Neutral")),
        ):
            self.gender.addItem(text, gender)
        self.initials = QLineEdit()
        self.first_name = QLineEdit()
        self.tussenvoegsel = QLineEdit()
        self.tussenvoegsel.setPlaceholderText(self.tr("e.g. van der"))
        self.surname = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06-12345678")
        self.municipality = QLineEdit()
        completer = QCompleter(municipalities, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.municipality.setCompleter(completer)
        self.job_title = QLineEdit()
        self.manager_name = QLineEdit()
        self.manager_email = QLineEdit()
        self.years_experience = self._years()
        self.years_in_hr = self._years()
        self.education = QComboBox()
        self.education.addItem("—", None)
        for level in EducationLevel:
            self.education.addItem(labels.education_level(level), level)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("none"), None)
        for partner_id, name in partners:
            self.partner.addItem(name, partner_id)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.hide()

        form = QFormLayout()
        self.rows: dict[str, QWidget] = {
            "gender": self.gender,
            "initials": self.initials,
            "first_name": self.first_name,
            "tussenvoegsel": self.tussenvoegsel,
            "surname": self.surname,
            "email": self.email,
            "phone": self.phone,
            "municipality": self.municipality,
            "job_title": self.job_title,
            "manager_name": self.manager_name,
            "manager_email": self.manager_email,
            "years_experience": self.years_experience,
            "years_in_hr": self.years_in_hr,
            "education_level": self.education,
            "learning_team_partner_id": self.partner,
            "notes": self.notes,
        }
        captions = {
            "gender": self.tr("Salutation"),
            "initials": self.tr("Initials"),
            "first_name": self.tr("First name"),
            "tussenvoegsel": self.tr("Tussenvoegsel"),
            "surname": self.tr("Surname *"),
            "email": self.tr("E-mail *"),
            "phone": self.tr("Phone"),
            "municipality": self.tr("Municipality"),
            "job_title": self.tr("Job title"),
            "manager_name": self.tr("Manager"),
            "manager_email": self.tr("Manager's e-mail"),
            "years_experience": self.tr("Years of experience"),
            "years_in_hr": self.tr("Years in HR"),
            "education_level": self.tr("Education"),
            "learning_team_partner_id": self.tr("Learning team with"),
            "notes": self.tr("Notes"),
        }
        for key, widget in self.rows.items():
            widget.setObjectName(key)
            form.addRow(captions[key] + ":", widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self._fill(data)

    def _years(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_YEARS, 60)
        box.setSpecialValueText("—")
        return box

    def _fill(self, data: ParticipantInput) -> None:
        self.gender.setCurrentIndex(self.gender.findData(data.gender))
        self.initials.setText(data.initials)
        self.first_name.setText(data.first_name)
        self.tussenvoegsel.setText(data.tussenvoegsel)
        self.surname.setText(data.surname)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.municipality.setText(data.municipality)
        self.job_title.setText(data.job_title)
        self.manager_name.setText(data.manager_name)
        self.manager_email.setText(data.manager_email)
        self.years_experience.setValue(
            NO_YEARS if data.years_experience is None else data.years_experience
        )
        self.years_in_hr.setValue(NO_YEARS if data.years_in_hr is None else data.years_in_hr)
        self.education.setCurrentIndex(max(0, self.education.findData(data.education_level)))
        self.partner.setCurrentIndex(max(0, self.partner.findData(data.learning_team_partner_id)))
        self.notes.setPlainText(data.notes)

    def data(self) -> ParticipantInput:
        def years(box: QSpinBox) -> int | None:
            return None if box.value() == NO_YEARS else box.value()

        return replace(
            self._original,
            gender=Gender(self.gender.currentData()),
            initials=self.initials.text(),
            first_name=self.first_name.text(),
            tussenvoegsel=self.tussenvoegsel.text(),
            surname=self.surname.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            municipality=self.municipality.text(),
            job_title=self.job_title.text(),
            manager_name=self.manager_name.text(),
            manager_email=self.manager_email.text(),
            years_experience=years(self.years_experience),
            years_in_hr=years(self.years_in_hr),
            education_level=_education(self.education.currentData()),
            learning_team_partner_id=self.partner.currentData(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        tidy, errors = validate(self.data())
        for key, widget in self.rows.items():
            widget.setProperty("invalid", any(e.field == key for e in errors))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if errors:
            self.errors.setText("\n".join(str(e) for e in errors))
            self.errors.show()
            first = next(e.field for e in errors)
            self.rows.get(first, self.surname).setFocus()
            return
        try:
            self._submit(tidy)
        except SiooDeskError as error:  # a duplicate, a full cohort: say so, keep the form
            self.errors.setText(str(error))
            self.errors.show()
            return
        super().accept()


def _education(value: str | None) -> EducationLevel | None:
    # Qt hands enum data back from a combo box as its plain value.
    return EducationLevel(value) if value else None

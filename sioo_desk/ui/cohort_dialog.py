"""The form for a cohort, new or existing: name, code, dates, place, its staff and its status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.cohort_rules import CODE_MAX_LENGTH, normalise_code, proposed_code, status_on
from sioo_desk.domain.enums import CohortStatus, Role
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.cohort_editing import CohortChoices, CohortInput, proposed_staff
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill

# A date field holding its minimum shows "no date" instead: a cohort may not have its dates yet.
_NO_DATE = QDate(2000, 1, 1)
_NO_CHOICES = CohortChoices({}, frozenset(), False, None)


def _date_edit(day: dt.date | None, none_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)
    return edit


def _day(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    return None if date == _NO_DATE else date.toPython()  # type: ignore[no-any-return]


class CohortDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        today: dt.date,
        submit: Callable[[CohortInput], None],
        choices: CohortChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cohortDialog")
        self._submit = submit
        self._today = today
        self._choices = choices = choices or _NO_CHOICES
        current = choices.current
        self.editing = current is not None
        self.setWindowTitle(self.tr("Edit cohort") if self.editing else self.tr("New cohort"))
        self.setMinimumWidth(520)
        if current is None:
            year = today.year if today.month < 9 else today.year + 1
            staff = proposed_staff(choices) if choices.staff else {}
            current = CohortInput(
                f"Leergang {year}–{year + 1}",
                "",
                dt.date(year, 9, 1),
                dt.date(year, 10, 31),
                dt.date(year, 11, 15),
                dt.date(year + 1, 6, 30),
                programme_manager_id=staff.get("programme_manager_id"),
                secretary_id=staff.get("secretary_id"),
                signatory_id=staff.get("signatory_id"),
            )
        none = self.tr("no date yet")
        self.name = QLineEdit(current.name)
        self.name.setObjectName("cohortName")
        self.code = QLineEdit(current.code)
        self.code.setObjectName("cohortCode")
        self.code.setMaxLength(CODE_MAX_LENGTH)
        self.code.setPlaceholderText(self.tr("e.g. HRM-2027"))
        self.code_hint = QLabel()
        self.code_hint.setObjectName("codeHint")
        self.code_hint.setWordWrap(True)
        self.location = QLineEdit(current.location)
        self.location.setObjectName("cohortLocation")
        self.location.setPlaceholderText(self.tr("e.g. Kaap Doorn Conferentiecentrum, Doorn"))
        self.location_address = QLineEdit(current.location_address)
        self.location_address.setObjectName("cohortAddress")
        self.location_address.setPlaceholderText(self.tr("street, postcode and town"))
        self.intake_from = _date_edit(current.intake_from, none)
        self.intake_until = _date_edit(current.intake_until, none)
        self.start = _date_edit(current.start, none)
        self.start.setObjectName("cohortStart")
        self.end = _date_edit(current.end, none)
        self.end.setObjectName("cohortEnd")
        self.status = QComboBox()
        self.status.setObjectName("cohortStatus")
        self.status.addItem("", None)  # "follows the dates (now: …)", filled by _follow
        for status in CohortStatus:
            self.status.addItem(labels.cohort_status(status), status.value)
        if current.status is not None:
            self.status.setCurrentIndex(self.status.findData(current.status.value))

        self.programme_manager, manager_hint = self._staff_choice(
            Role.PROGRAMME_MANAGER, current.programme_manager_id
        )
        self.secretary, secretary_hint = self._staff_choice(Role.SECRETARY, current.secretary_id)
        self.signatory, signatory_hint = self._staff_choice(Role.SIGNATORY, current.signatory_id)

        # The code follows the start year until the user types one; a frozen one stays.
        self._proposed = "" if self.editing else current.code
        if choices.code_frozen:
            self.code.setReadOnly(True)
            self.code.setToolTip(
                self.tr(
                    "Certificates carry this code in their numbers, so it can no longer change."
                )
            )
            self.code_hint.setText(self.code.toolTip())
        elif not self.editing:
            self._propose_code()
        self._show_numbers()

        what = QGroupBox(self.tr("Cohort"))
        what_form = QFormLayout(what)
        what_form.addRow(self.tr("Name:"), self.name)
        what_form.addRow(self.tr("Code:"), self.code)
        what_form.addRow("", self.code_hint)
        what_form.addRow(self.tr("Status:"), self.status)
        when = QGroupBox(self.tr("Dates"))
        when_form = QFormLayout(when)
        when_form.addRow(self.tr("Intakes from:"), self._pair(self.intake_from, self.intake_until))
        when_form.addRow(self.tr("Start:"), self.start)
        when_form.addRow(self.tr("End:"), self.end)
        where = QGroupBox(self.tr("Location"))
        where_form = QFormLayout(where)
        where_form.addRow(self.tr("Location:"), self.location)
        where_form.addRow(self.tr("Address:"), self.location_address)
        who = QGroupBox(self.tr("Staff"))
        who_form = QFormLayout(who)
        # The hints span the form: a wrapped label beside another column is given one line.
        who_form.addRow(self.tr("Programme manager:"), self.programme_manager)
        who_form.addRow(manager_hint)
        who_form.addRow(self.tr("Secretary:"), self.secretary)
        who_form.addRow(secretary_hint)
        who_form.addRow(self.tr("Signatory:"), self.signatory)
        who_form.addRow(signatory_hint)
        for hint in (manager_hint, secretary_hint, signatory_hint):
            if hint.isHidden():
                who_form.setRowVisible(hint, False)

        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (what, when, where, who):
            layout.addWidget(box)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

        for edit in (self.intake_from, self.intake_until, self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._follow())
        self.start.dateChanged.connect(lambda _d: self._propose_code())
        self.code.textEdited.connect(lambda _t: self._show_numbers())
        self._follow()
        # Opened at its minimum height the wrapped hints get one line each; the hint is taller.
        self.resize(self.minimumWidth(), self.sizeHint().height())

    def _pair(self, first: QDateEdit, second: QDateEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 1)
        layout.addWidget(QLabel(self.tr("until")))
        layout.addWidget(second, 1)
        return row

    def _staff_choice(self, role: Role, chosen: int | None) -> tuple[QComboBox, QLabel]:
        box = QComboBox()
        box.setObjectName(f"cohortStaff_{role.value}")
        box.addItem(self.tr("(nobody)"), None)
        for person in self._choices.staff.get(role, []):
            box.addItem(person.label, person.id)
        if chosen is not None:
            found = box.findData(chosen)
            if found < 0:  # no longer holds the role: still shown, so that nothing changes
                box.addItem(fill(self.tr("person %1"), chosen), chosen)
                found = box.count() - 1
            box.setCurrentIndex(found)
        hint = QLabel(
            fill(
                self.tr("Nobody holds the role %1 yet; give it to someone under Edit ▸ Staff…"),
                labels.role(role),
            )
        )
        hint.setObjectName(f"noStaffHint_{role.value}")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setVisible(not self._choices.staff.get(role))
        return box, hint

    def _follow(self) -> None:
        """The first status choice says what the dates make of the cohort today."""
        now = status_on(
            self._today,
            intake_from=_day(self.intake_from),
            intake_until=_day(self.intake_until),
            start=_day(self.start),
            end=_day(self.end),
        )
        self.status.setItemText(
            0, fill(self.tr("Follows the dates (now: %1)"), labels.cohort_status(now))
        )

    def _propose_code(self) -> None:
        if self._choices.code_frozen or normalise_code(self.code.text()) != self._proposed:
            return  # typed by the user, or kept by an existing cohort
        start = _day(self.start)
        self._proposed = proposed_code((start or self._today).year, self._choices.taken_codes)
        self.code.setText(self._proposed)
        self._show_numbers()

    def _show_numbers(self) -> None:
        if self._choices.code_frozen:
            return
        code = normalise_code(self.code.text()) or "HRM-2027"
        self.code_hint.setText(
            fill(self.tr("The certificate numbers start with it: %1-001."), code)
        )

    def data(self) -> CohortInput:
        status = self.status.currentData()
        return CohortInput(
            self.name.text(),
            self.location.text(),
            _day(self.intake_from),
            _day(self.intake_until),
            _day(self.start),
            _day(self.end),
            code=self.code.text(),
            location_address=self.location_address.text(),
            programme_manager_id=self.programme_manager.currentData(),
            secretary_id=self.secretary.currentData(),
            signatory_id=self.signatory.currentData(),
            status=CohortStatus(status) if status else None,
        )

    def accept(self) -> None:
        try:
            self._submit(self.data())
        except SiooDeskError as error:
            self.errors.setText(str(error))
            self.errors.show()
            return
        super().accept()

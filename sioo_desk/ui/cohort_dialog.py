"""The form for a new cohort: name, location, intake period and duration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.cohort_editing import CohortInput


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class CohortDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, today: dt.date, submit: Callable[[CohortInput], None]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cohortDialog")
        self.setWindowTitle(self.tr("New cohort"))
        self._submit = submit
        self.setMinimumWidth(460)
        year = today.year if today.month < 9 else today.year + 1
        self.name = QLineEdit(f"Leergang {year}–{year + 1}")
        self.location = QLineEdit("Kaap Doorn Conferentiecentrum, Doorn")
        self.intake_from = _date_edit(dt.date(year, 9, 1))
        self.intake_until = _date_edit(dt.date(year, 10, 31))
        self.start = _date_edit(dt.date(year, 11, 15))
        self.end = _date_edit(dt.date(year + 1, 6, 30))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Intakes from:"), self.intake_from)
        form.addRow(self.tr("Intakes until:"), self.intake_until)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("End:"), self.end)
        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def data(self) -> CohortInput:
        return CohortInput(
            self.name.text(),
            self.location.text(),
            self.intake_from.date().toPython(),
            self.intake_until.date().toPython(),
            self.start.date().toPython(),
            self.end.date().toPython(),
        )

    def accept(self) -> None:
        try:
            self._submit(self.data())
        except SiooDeskError as error:
            self.errors.setText(str(error))
            self.errors.show()
            return
        super().accept()

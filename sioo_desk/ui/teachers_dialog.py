"""The teacher registry: who teaches, coaches and assesses, and on which days across all
cohorts. Saving is undoable; the table follows every change to the staff, undo included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import Role
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services.calendar_files import person_calendar
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.teachers import (
    TeacherInput,
    check_teacher,
    list_teachers,
    save_teacher,
    teacher_dates,
)
from sioo_desk.ui import failure, labels
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.store.database import Database
    from sioo_desk.ui.context import ViewContext

FIELDS = (
    "title",
    "initials",
    "first_name",
    "tussenvoegsel",
    "surname",
    "organisation",
    "expertise",
    "email",
    "phone",
)


class TeachersDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: ViewContext) -> None:
        super().__init__(parent)
        self.setObjectName("teachersDialog")
        self.setWindowTitle(self.tr("Teachers, coaches and assessors"))
        self.resize(1000, 620)
        self.context = context
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("teacherTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Expertise")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in FIELDS}
        captions = {
            "title": self.tr("Title"),
            "initials": self.tr("Initials"),
            "first_name": self.tr("First name"),
            "tussenvoegsel": self.tr("Tussenvoegsel"),
            "surname": self.tr("Surname *"),
            "organisation": self.tr("Organisation"),
            "expertise": self.tr("Expertise"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        form = QFormLayout()
        for name in FIELDS:
            self.edits[name].setObjectName(name)
            form.addRow(captions[name] + ":", self.edits[name])
        self.role_boxes = {
            Role.TEACHER: QCheckBox(self.tr("teacher")),
            Role.COACH: QCheckBox(self.tr("coach")),
            Role.ASSESSOR: QCheckBox(self.tr("assessor")),
        }
        roles = QHBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        form.addRow(self.tr("Role:"), roles)
        new = QPushButton(self.tr("New"))
        failure.connect_named(new, self.new)
        self.save_button = QPushButton(self.tr("Save"))
        failure.connect_named(self.save_button, self.save)
        ics = QPushButton(self.tr("Calendar file (.ics)…"))
        failure.connect_named(ics, self.export_calendar)
        form_buttons = QHBoxLayout()
        for button in (new, self.save_button, ics):
            form_buttons.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("formErrors")
        self.message.setWordWrap(True)
        self.message.hide()
        self.dates = QListWidget()
        self.dates.setObjectName("teacherDates")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(form_buttons)
        right.addWidget(self.message)
        right.addWidget(QLabel(self.tr("Dates across all cohorts:")))
        right.addWidget(self.dates, 1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.current: int | None = None
        self.refresh()
        context.bus.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.everything or changes.people:
            self.refresh(select=self.current)

    def refresh(self, select: int | None = None) -> None:
        self.teachers = list_teachers(self.context.database)
        self.table.setRowCount(len(self.teachers))
        for row, teacher in enumerate(self.teachers):
            roles = ", ".join(labels.role(r) for r in teacher.roles)
            for column, text in enumerate(
                (teacher.label, roles, teacher.organisation, teacher.expertise)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, teacher.id)
                self.table.setItem(row, column, item)
            if teacher.id == select:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()

    def select(self, person_id: int) -> None:
        for row, teacher in enumerate(self.teachers):
            if teacher.id == person_id:
                self.table.setCurrentCell(row, 0)

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.teachers):
            return
        teacher = self.teachers[row]
        self.current = teacher.id
        values = {
            "title": teacher.title,
            "initials": teacher.name.initials,
            "first_name": teacher.name.first_name,
            "tussenvoegsel": teacher.name.tussenvoegsel,
            "surname": teacher.name.surname,
            "organisation": teacher.organisation,
            "expertise": teacher.expertise,
            "email": teacher.email,
            "phone": teacher.phone,
        }
        for name, edit in self.edits.items():
            edit.setText(values[name])
        for role, box in self.role_boxes.items():
            box.setChecked(role in teacher.roles)
        self.dates.clear()
        for item in teacher_dates(self.context.database, teacher.id):
            self.dates.addItem(f"{long_date(item.date)} — {item.session} ({item.cohort})")
        if not self.dates.count():
            self.dates.addItem(self.tr("No dates yet."))

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        for edit in self.edits.values():
            edit.clear()
        for role, box in self.role_boxes.items():
            box.setChecked(role is Role.TEACHER)
        self.dates.clear()
        self.edits["surname"].setFocus()

    def save(self) -> int | None:
        roles = tuple(role for role, box in self.role_boxes.items() if box.isChecked())
        data = TeacherInput(**{name: edit.text() for name, edit in self.edits.items()}, roles=roles)
        try:
            check_teacher(data)  # the form's own checks are shown beside its fields
        except SiooDeskError as error:
            self.message.setText(str(error))
            self.message.show()
            return None
        self.message.hide()
        person_id = self.current

        def step(db: Database) -> Edit:
            edit = save_teacher(db, data, person_id)
            self.current = edit.result  # a new teacher is shown chosen once the table is read
            return edit

        if not self.context.run(self.tr("Save"), step, self):
            return None
        return self.current

    def export_calendar(self, target: Path | None = None) -> Path | None:
        if self.current is None:
            return None
        try:
            content = person_calendar(self.context.database, self.current, dt.datetime.now(dt.UTC))
        except SiooDeskError as error:
            self.message.setText(str(error))
            self.message.show()
            return None
        saved = save_and_open(
            self,
            content,
            target,
            "agenda-docent.ics",
            self.tr("Calendar (*.ics)"),
            open_folder=True,
            title=self.tr("Calendar file"),
        )
        if saved is not None:
            self.message.setText(fill(self.tr("Saved %1."), saved))
            self.message.show()
        return saved

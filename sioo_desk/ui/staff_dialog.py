"""The staff: everyone who works on the programme, with every role it has, their title and
function as printed, their scanned signature, and the days they teach, coach or assess across
all cohorts. Every change is undoable; the table follows every change to the staff, undo
included. Someone named anywhere is archived rather than deleted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
from sioo_desk.services.staff import (
    StaffInput,
    StaffMember,
    check_signature_size,
    check_staff,
    delete_staff,
    list_staff,
    save_staff,
    set_archived,
    set_signature,
    signature,
    staff_dates,
)
from sioo_desk.ui import failure, labels
from sioo_desk.ui.form_edit import run_in_form
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.store.database import Database
    from sioo_desk.ui.context import ViewContext
    from sioo_desk.ui.edit_command import EditStep

FIELDS = (
    "title",
    "initials",
    "first_name",
    "tussenvoegsel",
    "surname",
    "function",
    "organisation",
    "expertise",
    "email",
    "phone",
)


class StaffDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: ViewContext) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self.resize(1100, 700)
        self.context = context
        self.staff: list[StaffMember] = []
        self.current: int | None = None

        self.show_archived = QCheckBox(self.tr("Show archived staff"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.refresh(select=self.current))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Roles"), self.tr("Function"), self.tr("Organisation")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line a person; the whole text in the tooltip
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.empty_hint = QLabel(
            self.tr(
                "No staff members yet. Fill in the form and save to add the first one: "
                "the programme manager, the secretary, whoever signs the certificates, "
                "the teachers, coaches and assessors."
            )
        )
        self.empty_hint.setObjectName("noStaff")
        self.empty_hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.show_archived)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty_hint)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in FIELDS}
        captions = {
            "title": self.tr("Title"),
            "initials": self.tr("Initials"),
            "first_name": self.tr("First name"),
            "tussenvoegsel": self.tr("Tussenvoegsel"),
            "surname": self.tr("Surname *"),
            "function": self.tr("Function"),
            "organisation": self.tr("Organisation"),
            "expertise": self.tr("Expertise"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        self.edits["title"].setPlaceholderText(self.tr("e.g. drs., prof. dr."))
        self.edits["function"].setPlaceholderText(
            self.tr("as printed under the signature, e.g. rector")
        )
        form = QFormLayout()
        for name in FIELDS:
            self.edits[name].setObjectName(name)
            form.addRow(captions[name] + ":", self.edits[name])
        self.role_boxes = {role: QCheckBox(labels.role(role)) for role in Role}
        roles = QGridLayout()
        for index, (role, box) in enumerate(self.role_boxes.items()):
            box.setObjectName(f"role_{role.value}")
            roles.addWidget(box, index // 3, index % 3)
        form.addRow(self.tr("Roles:"), roles)

        self.signature_preview = QLabel()
        self.signature_preview.setObjectName("signaturePreview")
        self.signature_preview.setFixedSize(220, 60)
        self.signature_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_preview.setStyleSheet("border: 1px solid #c9d1d9; background: white;")
        self.signature_choose = QPushButton(self.tr("Choose image…"))
        failure.connect_named(self.signature_choose, self.choose_signature)
        self.signature_remove = QPushButton(self.tr("Remove"))
        failure.connect_named(self.signature_remove, self.remove_signature)
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature_preview)
        signature_buttons = QVBoxLayout()
        signature_buttons.addWidget(self.signature_choose)
        signature_buttons.addWidget(self.signature_remove)
        signature_row.addLayout(signature_buttons)
        signature_row.addStretch(1)
        form.addRow(self.tr("Signature:"), signature_row)

        new = QPushButton(self.tr("New"))
        failure.connect_named(new, self.new)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        failure.connect_named(self.save_button, self.save)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive")
        failure.connect_named(self.archive_button, self.toggle_archived)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete")
        failure.connect_named(self.delete_button, self.delete)
        self.ics_button = QPushButton(self.tr("Calendar file (.ics)…"))
        failure.connect_named(self.ics_button, self.export_calendar)
        form_buttons = QHBoxLayout()
        for button in (new, self.save_button, self.archive_button, self.delete_button):
            form_buttons.addWidget(button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.ics_button)
        self.message = QLabel()
        self.message.setObjectName("formErrors")
        self.message.setWordWrap(True)
        self.message.hide()
        # What went through and is worth a word (archived, a file saved): not an error.
        self.note = QLabel()
        self.note.setObjectName("staffNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.dates = QListWidget()
        self.dates.setObjectName("staffDates")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(form_buttons)
        right.addWidget(self.message)
        right.addWidget(self.note)
        right.addWidget(QLabel(self.tr("Dates across all cohorts:")))
        right.addWidget(self.dates, 1)

        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 4)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.refresh()
        if not self.staff:
            self.new()
        context.bus.changed.connect(self._changed)

    # --- showing ---------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.everything or changes.people:
            self.refresh(select=self.current)

    def refresh(self, select: int | None = None) -> None:
        everyone = list_staff(self.context.database)
        shown = self.show_archived.isChecked()
        self.staff = [m for m in everyone if shown or not m.archived or m.id == select]
        if select is not None and not any(m.id == select for m in self.staff):
            select = None  # deleted, or undone
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.staff))
        for row, member in enumerate(self.staff):
            roles = ", ".join(labels.role(r) for r in member.roles)
            name = member.label
            if member.archived:
                name = fill(self.tr("%1 (archived)"), name)
            for column, text in enumerate((name, roles, member.function, member.organisation)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                if member.archived:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
            if member.id == select:
                self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.empty_hint.setVisible(not everyone)
        if select is None:
            if self.current is not None:
                self.new()  # the person shown is gone
        else:
            self._show_selected()

    def select(self, person_id: int) -> None:
        for row, member in enumerate(self.staff):
            if member.id == person_id:
                self.table.setCurrentCell(row, 0)

    def member(self) -> StaffMember | None:
        return next((m for m in self.staff if m.id == self.current), None)

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.staff):
            return
        member = self.staff[row]
        if member.id != self.current:  # what was said was about the one shown before
            self._say("")
        self.current = member.id
        values = {
            "title": member.title,
            "initials": member.name.initials,
            "first_name": member.name.first_name,
            "tussenvoegsel": member.name.tussenvoegsel,
            "surname": member.name.surname,
            "function": member.function,
            "organisation": member.organisation,
            "expertise": member.expertise,
            "email": member.email,
            "phone": member.phone,
        }
        for name, edit in self.edits.items():
            edit.setText(values[name])
        for role, box in self.role_boxes.items():
            box.setChecked(role in member.roles)
        self.dates.clear()
        for item in staff_dates(self.context.database, member.id):
            self.dates.addItem(f"{long_date(item.date)} — {item.session} ({item.cohort})")
        if not self.dates.count():
            self.dates.addItem(self.tr("No dates yet."))
        self._show_signature(member)
        self._enable()

    def _show_signature(self, member: StaffMember | None) -> None:
        label = self.signature_preview
        content = (
            signature(self.context.database, member.id)
            if member is not None and member.has_signature
            else None
        )
        if content is None:
            label.setPixmap(QPixmap())
            label.setText(self.tr("no signature"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        label.setPixmap(
            pixmap.scaled(
                label.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _enable(self) -> None:
        member = self.member()
        chosen = member is not None
        for button in (self.archive_button, self.delete_button, self.ics_button):
            button.setEnabled(chosen)
        self.signature_choose.setEnabled(chosen)
        self.signature_remove.setEnabled(chosen and member is not None and member.has_signature)
        tip = "" if chosen else self.tr("Save the staff member first.")
        self.signature_choose.setToolTip(tip)
        self.archive_button.setText(
            self.tr("Bring back") if member is not None and member.archived else self.tr("Archive")
        )

    def _say(self, text: str) -> None:
        """A refusal, beside the form; it replaces any note."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._note("")

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- doing -----------------------------------------------------------------------------

    def new(self) -> None:
        self.current = None
        self._say("")
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        for edit in self.edits.values():
            edit.clear()
        for role, box in self.role_boxes.items():
            box.setChecked(role is Role.TEACHER)
        self.dates.clear()
        self._show_signature(None)
        self._enable()
        self.edits["surname"].setFocus()

    def form_input(self) -> StaffInput:
        roles = tuple(role for role, box in self.role_boxes.items() if box.isChecked())
        return StaffInput(**{name: edit.text() for name, edit in self.edits.items()}, roles=roles)

    def save(self) -> int | None:
        data = self.form_input()
        try:
            check_staff(data)  # the form's own checks are shown beside its fields
        except SiooDeskError as error:
            self._say(str(error))
            return None
        person_id = self.current

        def step(db: Database) -> Edit:
            edit = save_staff(db, data, person_id)
            self.current = edit.result  # a new member is shown chosen once the table is read
            return edit

        if not self._run(self.tr("Save"), step):
            return None
        return self.current

    def toggle_archived(self) -> bool:
        member = self.member()
        if member is None:
            return False
        archive = not member.archived
        text = self.tr("archive %1") if archive else self.tr("bring back %1")
        if not self._run(
            fill(text, member.name.display_name),
            lambda db: set_archived(db, member.id, archive),
        ):
            return False
        if archive:
            self._note(
                fill(
                    self.tr("%1 is archived: kept wherever named, offered for nothing new."),
                    member.name.display_name,
                )
            )
        return True

    def delete(self) -> bool:
        member = self.member()
        if member is None:
            return False
        return self._run(
            fill(self.tr("delete %1"), member.name.display_name),
            lambda db: delete_staff(db, member.id),
        )

    def choose_signature(self, path: Path | None = None) -> bool:
        member = self.member()
        if member is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Signature"),
                str(Path.home()),
                self.tr("Images (*.png *.jpg *.jpeg)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            # The size first: a huge file is refused without reading it.
            check_signature_size(path.stat().st_size, path.name)
            content = path.read_bytes()
        except OSError as error:
            self._say(fill(self.tr("%1 cannot be read: %2"), path, error.strerror))
            return False
        except SiooDeskError as error:
            self._say(str(error))
            return False
        return self._run(
            fill(self.tr("signature of %1"), member.name.display_name),
            lambda db: set_signature(db, member.id, content, path.name),
        )

    def remove_signature(self) -> bool:
        member = self.member()
        if member is None:
            return False
        return self._run(
            fill(self.tr("remove the signature of %1"), member.name.display_name),
            lambda db: set_signature(db, member.id, None),
        )

    def _run(self, text: str, step: EditStep) -> bool:
        """An undoable edit; its refusal is said beside the form, which keeps the input."""
        refused = run_in_form(self.context, text, step)
        if refused is not None:
            self._say(str(refused))
            return False
        self._say("")
        return True

    def export_calendar(self, target: Path | None = None) -> Path | None:
        if self.current is None:
            return None
        try:
            content = person_calendar(self.context.database, self.current, dt.datetime.now(dt.UTC))
        except SiooDeskError as error:
            self._say(str(error))
            return None
        saved = save_and_open(
            self,
            content,
            target,
            "agenda-medewerker.ics",
            self.tr("Calendar (*.ics)"),
            open_folder=True,
            title=self.tr("Calendar file"),
        )
        if saved is not None:
            self._note(fill(self.tr("Saved %1."), saved))
        return saved

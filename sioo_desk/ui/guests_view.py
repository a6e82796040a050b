"""Guests of the masterclasses: register clients, managers and colleagues up to the capacity,
a waiting list after that, attendance, and the printed guest list and name badges."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import GuestRole
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import guests
from sioo_desk.services.changes import Kind
from sioo_desk.services.participants import list_participants
from sioo_desk.ui import failure
from sioo_desk.ui.form_edit import run_in_form
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext


class GuestsView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("guestsView")
        self.context = context
        self.cohort_id: int | None = None
        self.masterclass = QComboBox()
        self.masterclass.setObjectName("masterclass")
        self.masterclass.currentIndexChanged.connect(lambda _i: self.refresh())
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 500)
        save_capacity = QPushButton(self.tr("Set capacity"))
        failure.connect_named(save_capacity, self.set_capacity)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Masterclass:")))
        top.addWidget(self.masterclass, 1)
        top.addWidget(QLabel(self.tr("Capacity:")))
        top.addWidget(self.capacity)
        top.addWidget(save_capacity)
        self.summary = QLabel()
        self.summary.setObjectName("guestSummary")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("guestTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Invited by"),
                self.tr("Place"),
                self.tr("Attended"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit()
        self.name.setObjectName("guestName")
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.role = QComboBox()
        for role, text in guests.ROLE_TEXT.items():
            self.role.addItem(text, role)
        self.inviter = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Invited by:"), self.inviter)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Register guest"), self.add),
            (self.tr("Cancel registration"), self.remove),
            (self.tr("Attended / not"), self.toggle_attended),
            (self.tr("Guest list (PDF)…"), self.export_list),
            (self.tr("Name badges (PDF)…"), self.export_badges),
        ):
            button = QPushButton(text)
            failure.connect_named(button, slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("formErrors")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.classes: list[guests.Masterclass] = []
        self.shown: list[guests.Guest] = []
        # Guests are facts of their masterclass (SESSIONS); the inviters are participants.
        self.liveness = Liveness(
            self, context, (Kind.SESSIONS, Kind.PARTICIPANTS), self.show_cohort
        )

    def show_cohort(self, cohort_id: int | None) -> None:
        """Everything from scratch, keeping the masterclass, the inviter and the guest chosen
        when they are still there."""
        same = cohort_id == self.cohort_id
        keep_class = self.masterclass.currentData() if same else None
        keep_inviter = self.inviter.currentData() if same else None
        keep_row = self.table.currentRow() if same else -1
        self.cohort_id = cohort_id
        self.masterclass.blockSignals(True)
        self.masterclass.clear()
        self.inviter.clear()
        self.inviter.addItem(self.tr("(nobody)"), None)
        self.classes = []
        if cohort_id is not None:
            try:
                self.classes = guests.masterclasses(self.context.database, cohort_id)
                people = list_participants(self.context.database, cohort_id)
            except SiooDeskError as error:
                self._say(error)
                people = []
            for m in self.classes:
                when = long_date(m.date) if m.date else self.tr("no date")
                self.masterclass.addItem(f"{m.title} · {when} · {m.theme}", m.session_id)
            for p in people:
                self.inviter.addItem(p.name.display_name, p.id)
        self.masterclass.setCurrentIndex(max(0, self.masterclass.findData(keep_class)))
        self.inviter.setCurrentIndex(max(0, self.inviter.findData(keep_inviter)))
        self.masterclass.blockSignals(False)
        self.refresh()
        if 0 <= keep_row < self.table.rowCount():
            self.table.selectRow(keep_row)

    def current(self) -> guests.Masterclass | None:
        index = self.masterclass.currentIndex()
        return self.classes[index] if 0 <= index < len(self.classes) else None

    def refresh(self) -> None:
        masterclass = self.current()
        self.table.setRowCount(0)
        if masterclass is None:
            self.summary.setText(self.tr("This cohort has no masterclasses yet."))
            return
        self.classes = guests.masterclasses(self.context.database, self.cohort_id or 0)
        masterclass = self.current()
        assert masterclass is not None
        self.capacity.setValue(masterclass.capacity or 40)
        self.shown = guests.guests(self.context.database, masterclass.session_id)
        self.table.setRowCount(len(self.shown))
        for row, guest in enumerate(self.shown):
            place = (
                self.tr("place")
                if guest.waiting_position is None
                else fill(self.tr("waiting list %1"), guest.waiting_position)
            )
            attended = {True: self.tr("yes"), False: self.tr("no"), None: ""}[guest.attended]
            for column, text in enumerate(
                (
                    guest.name,
                    guest.organisation,
                    guests.ROLE_TEXT[guest.role],
                    guest.invited_by,
                    place,
                    attended,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        seated = sum(1 for g in self.shown if g.waiting_position is None)
        waiting = len(self.shown) - seated
        self.summary.setText(
            fill(
                self.tr("%1 of %2 places taken, %3 on the waiting list."),
                seated,
                masterclass.capacity or "—",
                waiting,
            )
        )

    def _say(self, error: Exception) -> None:
        self.message.setText(str(error))
        self.message.show()

    def add(self) -> bool:
        masterclass = self.current()
        if masterclass is None:
            return False
        data = guests.GuestInput(
            self.name.text(),
            self.organisation.text(),
            GuestRole(self.role.currentData()),
            self.email.text(),
            self.inviter.currentData(),
        )
        session_id, today = masterclass.session_id, self.context.today
        refused = run_in_form(
            self.context,
            fill(self.tr("register %1"), data.name),
            lambda db: guests.add_guest(db, session_id, data, today),
        )
        if refused is not None:  # said beside the form, which keeps what was typed
            self._say(refused)
            return False
        self.message.hide()
        self.name.clear()
        self.organisation.clear()
        self.email.clear()
        return True

    def selected(self) -> guests.Guest | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def remove(self) -> bool:
        guest, masterclass = self.selected(), self.current()
        if guest is None or masterclass is None:
            return False
        guest_id = guest.id
        return self.context.run(
            fill(self.tr("cancel %1"), guest.name),
            lambda db: guests.remove_guest(db, guest_id),
            self,
        )

    def toggle_attended(self) -> bool:
        guest = self.selected()
        if guest is None:
            return False
        guest_id, wanted = guest.id, not bool(guest.attended)
        return self.context.run(
            self.tr("guest attendance"),
            lambda db: guests.set_attended(db, guest_id, wanted),
            self,
        )

    def set_capacity(self) -> bool:
        masterclass = self.current()
        if masterclass is None:
            return False
        session_id, capacity = masterclass.session_id, self.capacity.value()
        return self.context.run(
            self.tr("Set capacity"),
            lambda db: guests.set_capacity(db, session_id, capacity),
            self,
        )

    def _save(self, content: bytes, name: str, target: Path | None) -> Path | None:
        return save_and_open(self, content, target, name, self.tr("PDF (*.pdf)"))

    def export_list(self, target: Path | None = None) -> Path | None:
        masterclass = self.current()
        if masterclass is None:
            return None
        return self._save(
            guests.guest_list_pdf(self.context.database, masterclass), "gastenlijst.pdf", target
        )

    def export_badges(self, target: Path | None = None) -> Path | None:
        masterclass = self.current()
        if masterclass is None:
            return None
        return self._save(
            guests.badges_pdf(self.context.database, masterclass), "naambadges.pdf", target
        )

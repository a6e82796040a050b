"""What a user can do to participants from the main window: add, edit, change status,
withdraw, delete — each an undoable step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.status_flow import ALLOWED
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services.participants import list_participants
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill
from sioo_desk.ui.undo import ServiceStep

if TYPE_CHECKING:
    from sioo_desk.services.intake_record import IntakeRecord
    from sioo_desk.ui.intake_dialog import IntakeDialog
    from sioo_desk.ui.main_window import MainWindow
    from sioo_desk.ui.participant_dialog import ParticipantDialog

# The services that write (SQLAlchemy) and the dialogs are imported when first used, so that
# they cost nothing before the main window's first paint.


class ParticipantActions(QObject):
    def __init__(self, window: MainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.stack = undo_stack
        self.new_action = self._action(
            self.tr("&New participant…"), self.create, QKeySequence.StandardKey.New
        )
        self.edit_action = self._action(
            self.tr("&Edit participant…"), self.edit, QKeySequence("Ctrl+E")
        )
        self.delete_action = self._action(
            self.tr("&Delete participant"), self.delete, QKeySequence.StandardKey.Delete
        )
        self.intake_action = self._action(
            self.tr("&Intake and admission…"), self.intake, QKeySequence("Ctrl+T")
        )
        self.calendar_action = self._action(
            self.tr("Participant's &calendar (.ics)…"),
            lambda: self.export_calendar(),
            QKeySequence("Ctrl+Shift+K"),
        )
        self.status_menu = QMenu(self.tr("&Status"))
        self.status_actions: dict[ParticipantStatus, QAction] = {}
        for status in ParticipantStatus:
            action = self.status_menu.addAction(labels.participant_status(status))
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        self.update_enabled()

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- state -----------------------------------------------------------------------------

    def update_enabled(self) -> None:
        cohort = self.window.selected_cohort_id()
        row = self.window.selected_participant()
        self.new_action.setEnabled(cohort is not None)
        self.edit_action.setEnabled(row is not None)
        self.intake_action.setEnabled(row is not None)
        self.calendar_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        self.status_menu.setEnabled(row is not None)
        for status, action in self.status_actions.items():
            action.setEnabled(row is not None and status in ALLOWED[row.status])

    def _partners(self, cohort_id: int, exclude: int | None) -> list[tuple[int, str]]:
        return [
            (p.id, f"{p.name.display_name} ({p.municipality})")
            for p in list_participants(self.window.database, cohort_id)
            if p.id != exclude
        ]

    def _done(self, participant_id: int | None) -> None:
        self.window.refresh_cohort(select=participant_id)

    def _failed(self, error: SiooDeskError) -> None:
        QMessageBox.warning(self.window, self.tr("Sioo Desk"), str(error))
        self.window.refresh_cohort()

    # --- the steps -------------------------------------------------------------------------

    def create(self) -> ParticipantDialog | None:
        from sioo_desk.services import participant_editing as editing
        from sioo_desk.ui.participant_dialog import ParticipantDialog

        cohort_id = self.window.selected_cohort_id()
        if cohort_id is None:
            return None
        db = self.window.database
        created: dict[str, object] = {}

        def submit(data: ParticipantInput) -> None:
            # A new pair may break up another: remember every partner to put them back.
            pairs = editing.partner_pointers(db, cohort_id)
            participant_id = editing.create_participant(db, cohort_id, data)
            created["id"] = participant_id
            after: dict[int, int | None] = {}

            def undo() -> None:
                after.update(editing.partner_pointers(db, cohort_id))
                created["snapshot"] = editing.delete_participant(db, participant_id)
                editing.restore_partners(db, pairs)

            def redo() -> None:
                editing.restore_deleted(db, created.pop("snapshot"))  # type: ignore[arg-type]
                editing.restore_partners(db, after)

            self.stack.push(
                ServiceStep(
                    fill(self.tr("add %1"), data.surname),
                    undo,
                    redo,
                    lambda: self._done(participant_id),
                    self._failed,
                )
            )

        return self._open(
            ParticipantDialog(
                self.window,
                title=self.tr("New participant"),
                data=ParticipantInput(surname=""),
                municipalities=editing.known_municipalities(db),
                partners=self._partners(cohort_id, None),
                submit=submit,
            )
        )

    def edit(self) -> ParticipantDialog | None:
        from sioo_desk.services import participant_editing as editing
        from sioo_desk.ui.participant_dialog import ParticipantDialog

        row = self.window.selected_participant()
        if row is None:
            return None
        db = self.window.database
        current = editing.participant_input(db, row.id)

        def submit(data: ParticipantInput) -> None:
            # A new pair may break up another: remember every partner to put them back.
            pairs = editing.partner_pointers(db, row.cohort_id)
            before = editing.update_participant(db, row.id, data)
            after = editing.partner_pointers(db, row.cohort_id)

            def undo() -> None:
                editing.update_participant(db, row.id, before)
                editing.restore_partners(db, pairs)

            def redo() -> None:
                editing.update_participant(db, row.id, data)
                editing.restore_partners(db, after)

            self.stack.push(
                ServiceStep(
                    fill(self.tr("edit %1"), row.name.display_name),
                    undo,
                    redo,
                    lambda: self._done(row.id),
                    self._failed,
                )
            )

        return self._open(
            ParticipantDialog(
                self.window,
                title=fill(self.tr("Edit %1"), row.name.display_name),
                data=current,
                municipalities=editing.known_municipalities(db),
                partners=self._partners(row.cohort_id, row.id),
                submit=submit,
            )
        )

    @staticmethod
    def _open(dialog: ParticipantDialog) -> ParticipantDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def intake(self) -> IntakeDialog | None:
        from sioo_desk.services.intake_record import restore_record
        from sioo_desk.ui.intake_dialog import IntakeDialog

        row = self.window.selected_participant()
        if row is None:
            return None
        db = self.window.database

        def record_step(text: str, before: IntakeRecord, after: IntakeRecord) -> None:
            self.stack.push(
                ServiceStep(
                    text,
                    lambda: restore_record(db, before),
                    lambda: restore_record(db, after),
                    lambda: self._done(row.id),
                    self._failed,
                )
            )

        dialog = IntakeDialog(self.window, db, row.id, self.window.today, record_step)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_calendar(self, target: Path | None = None) -> Path | None:
        """The participant's own meetings as a calendar file for Outlook."""
        from sioo_desk.services.calendar_files import participant_calendar

        row = self.window.selected_participant()
        if row is None:
            return None
        content = participant_calendar(self.window.database, row.id, dt.datetime.now(dt.UTC))
        if target is None:
            safe = "".join(c if c.isalnum() else "-" for c in row.name.sort_name).strip("-")
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Calendar file"),
                str(Path.home() / f"agenda-{safe}.ics"),
                self.tr("Calendar (*.ics)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        target.write_bytes(content)
        self.window.statusBar().showMessage(fill(self.tr("Saved %1."), target), 8000)
        return target

    def set_status(
        self, status: ParticipantStatus, *, reason: str | None = None, on: dt.date | None = None
    ) -> bool:
        from sioo_desk.services import participant_editing as editing

        row = self.window.selected_participant()
        if row is None:
            return False
        if status is ParticipantStatus.WITHDRAWN and reason is None:
            reason, ok = QInputDialog.getText(
                self.window,
                self.tr("Withdraw"),
                fill(self.tr("Why does %1 withdraw?"), row.name.display_name),
            )
            if not ok:
                return False
        db, day = self.window.database, on or self.window.today
        try:
            before = editing.change_status(db, row.id, status, on=day, reason=reason or "")
        except SiooDeskError as error:
            QMessageBox.warning(self.window, self.tr("Sioo Desk"), str(error))
            return False
        after = editing.status_state(db, row.id)
        self.stack.push(
            ServiceStep(
                fill(self.tr("%1: %2"), row.name.display_name, labels.participant_status(status)),
                lambda: editing.restore_status(db, row.id, before),
                lambda: editing.restore_status(db, row.id, after),
                lambda: self._done(row.id),
                self._failed,
            )
        )
        return True

    def delete(self, *, confirm: bool = True) -> bool:
        from sioo_desk.services import participant_editing as editing

        row = self.window.selected_participant()
        if row is None:
            return False
        if (
            confirm
            and QMessageBox.question(
                self.window,
                self.tr("Delete participant"),
                fill(
                    self.tr(
                        "Delete %1 and everything recorded about them? You can undo this with "
                        "Ctrl+Z."
                    ),
                    row.name.display_name,
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        db = self.window.database
        state = {"snapshot": editing.delete_participant(db, row.id)}

        def undo() -> None:
            editing.restore_deleted(db, state["snapshot"])

        def redo() -> None:
            state["snapshot"] = editing.delete_participant(db, row.id)

        self.stack.push(
            ServiceStep(
                fill(self.tr("delete %1"), row.name.display_name),
                undo,
                redo,
                lambda: self._done(row.id),
                self._failed,
            )
        )
        return True

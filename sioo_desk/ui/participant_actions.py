"""What a user can do to participants from the participants tab: add, edit, change status,
withdraw, delete — each an undoable edit that the service makes and knows how to take back.
The table follows through the change bus; nothing here refreshes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.status_flow import ALLOWED
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services.participants import ParticipantRow, list_participants
from sioo_desk.ui import failure, labels
from sioo_desk.ui.form_edit import keeping_result, run_in_form
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext
    from sioo_desk.ui.intake_dialog import IntakeDialog
    from sioo_desk.ui.participant_dialog import ParticipantDialog

# The services that write (SQLAlchemy) and the dialogs are imported when first used, so that
# they cost nothing before the main window's first paint.


class ParticipantTable(Protocol):
    """What the actions need of the participants tab that owns them (a widget too: dialogs
    open over it). A protocol, so that the tab and its actions do not import each other."""

    def selected_participant(self) -> ParticipantRow | None: ...

    def selected_participants(self) -> list[ParticipantRow]: ...

    def visible_participant_ids(self) -> list[int]: ...

    def select(self, participant_ids: list[int]) -> None: ...


class ParticipantActions(QObject):
    def __init__(self, view: ParticipantTable, context: ViewContext) -> None:
        widget = cast(QWidget, view)  # the tab: dialogs and actions hang under it
        super().__init__(widget)
        self.widget = widget
        self.view = view
        self.context = context
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
            failure.connect_named(action, lambda s=status: self.set_status(s))
            self.status_actions[status] = action
        self.update_enabled()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey,
    ) -> QAction:
        action = QAction(text, self.widget)
        action.setShortcut(shortcut)
        failure.connect_named(action, slot)
        return action

    # --- state -----------------------------------------------------------------------------

    def update_enabled(self) -> None:
        cohort = self.context.selection.cohort_id
        row = self.view.selected_participant()
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
            for p in list_participants(self.context.database, cohort_id)
            if p.id != exclude
        ]

    # --- the steps -------------------------------------------------------------------------

    def create(self) -> ParticipantDialog | None:
        from sioo_desk.services import participant_editing as editing
        from sioo_desk.ui.participant_dialog import ParticipantDialog

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return None
        db = self.context.database

        def submit(data: ParticipantInput) -> None:
            made: list[int] = []
            step = keeping_result(
                lambda db: editing.create_participant(db, cohort_id, data), into=made
            )
            refused = run_in_form(self.context, fill(self.tr("add %1"), data.surname), step)
            if refused is not None:
                raise refused  # the form says what is wrong and stays open
            self.view.select(made)

        return self._open(
            ParticipantDialog(
                self.widget,
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

        row = self.view.selected_participant()
        if row is None:
            return None
        db = self.context.database
        current = editing.participant_input(db, row.id)

        def submit(data: ParticipantInput) -> None:
            refused = run_in_form(
                self.context,
                fill(self.tr("edit %1"), row.name.display_name),
                lambda db: editing.update_participant(db, row.id, data),
            )
            if refused is not None:
                raise refused

        return self._open(
            ParticipantDialog(
                self.widget,
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
        from sioo_desk.ui.intake_dialog import IntakeDialog

        row = self.view.selected_participant()
        if row is None:
            return None
        dialog = IntakeDialog(self.widget, self.context, row.id, row.cohort_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_calendar(self, target: Path | None = None) -> Path | None:
        """The participant's own meetings as a calendar file for Outlook."""
        from sioo_desk.services.calendar_files import participant_calendar

        row = self.view.selected_participant()
        if row is None:
            return None
        content = participant_calendar(self.context.database, row.id, dt.datetime.now(dt.UTC))
        safe = "".join(c if c.isalnum() else "-" for c in row.name.sort_name).strip("-")
        saved = save_and_open(
            self.widget,
            content,
            target,
            f"agenda-{safe}.ics",
            self.tr("Calendar (*.ics)"),
            open_after=False,
            title=self.tr("Calendar file"),
        )
        if saved is not None:
            self.context.notify(fill(self.tr("Saved %1."), saved), 8000)
        return saved

    def set_status(
        self, status: ParticipantStatus, *, reason: str | None = None, on: dt.date | None = None
    ) -> bool:
        from sioo_desk.services import participant_editing as editing

        row = self.view.selected_participant()
        if row is None:
            return False
        if status is ParticipantStatus.WITHDRAWN and reason is None:
            reason, ok = QInputDialog.getText(
                self.widget,
                self.tr("Withdraw"),
                fill(self.tr("Why does %1 withdraw?"), row.name.display_name),
            )
            if not ok:
                return False
        day = on or self.context.today
        return self.context.run(
            fill(self.tr("%1: %2"), row.name.display_name, labels.participant_status(status)),
            lambda db: editing.change_status(db, row.id, status, on=day, reason=reason or ""),
            self.widget,
        )

    def delete(self, *, confirm: bool = True) -> bool:
        from sioo_desk.services import participant_editing as editing

        row = self.view.selected_participant()
        if row is None:
            return False
        if (
            confirm
            and QMessageBox.question(
                self.widget,
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
        return self.context.run(
            fill(self.tr("delete %1"), row.name.display_name),
            lambda db: editing.delete_participant(db, row.id),
            self.widget,
            refused=self._not_deleted,
        )

    def _not_deleted(self, error: SiooDeskError) -> None:
        """A certificate holder stays; when their status allows it, withdrawing them (most
        likely what the user wanted) is one button away, through the usual undoable step."""
        from sioo_desk.services.participant_editing import HoldsCertificate

        if not isinstance(error, HoldsCertificate) or not error.may_withdraw:
            self.context.warn(error, self.widget)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete participant"),
            str(error),
            QMessageBox.StandardButton.Cancel,
            self.widget,
        )
        withdraw = box.addButton(self.tr("Withdraw"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(withdraw)
        box.exec()
        if box.clickedButton() is withdraw:
            self.set_status(ParticipantStatus.WITHDRAWN)

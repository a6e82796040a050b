"""The little a view needs from the application, built once by the composition root: the
database, the app's date, the undo stack, the change bus and the selection. No view gets or
imports the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Edit
from sioo_desk.store.database import Database
from sioo_desk.ui import failure
from sioo_desk.ui.change_bus import ChangeBus
from sioo_desk.ui.edit_command import EditCommand, EditStep, busy, push_edit
from sioo_desk.ui.selection import Selection

#: How long an edit in the window waits for another program's (or colleague's) write lock.
#: Their ordinary edits hold it for milliseconds, so two seconds rides over every normal
#: collision; whoever holds it longer (a batch, a copy being made) will not be done in five
#: either, and a window that stops answering for five seconds looks hung. Past it the edit is
#: refused with a message that says to try again; the cursor shows the wait meanwhile.
LOCK_WAIT_SECONDS = 2.0


class ViewContext(QObject):
    def __init__(
        self,
        database: Database,
        today: dt.date,
        *,
        undo_stack: QUndoStack | None = None,
        bus: ChangeBus | None = None,
        selection: Selection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        database.wait_for_lock(LOCK_WAIT_SECONDS)
        self.today = today
        self.undo_stack = undo_stack or QUndoStack(self)
        self.bus = bus or ChangeBus(self)
        self.selection = selection or Selection(self)
        self._notify: Callable[[str, int], None] = lambda _text, _ms: None

    # --- editing ---------------------------------------------------------------------------

    def run(
        self,
        text: str,
        step: EditStep,
        parent: QWidget | None = None,
        *,
        refused: Callable[[SiooDeskError], None] | None = None,
    ) -> bool:
        """Do an undoable edit: it goes on the undo stack only when the service accepted it.
        A refusal is shown in Dutch (or handed to `refused`, for a form that shows its own
        errors) and leaves the stack as it was; a later refusal of its undo or redo is shown."""
        command = EditCommand(text, step, self, lambda error: self.warn(error, parent))
        error = push_edit(self.undo_stack, command)
        if error is not None:
            (refused or (lambda e: self.warn(e, parent)))(error)
        return error is None

    def apply(self, step: EditStep, parent: QWidget | None = None) -> Edit | None:
        """Do an edit that cannot be undone by nature (a certificate issued): published, not
        stacked. The refusal is shown and None returned."""
        try:
            with busy():
                edit = step(self.database)
        except SiooDeskError as error:
            self.warn(error, parent)
            return None
        self.bus.publish(edit.changes)
        return edit

    def warn(self, error: Exception, parent: QWidget | None = None) -> None:
        """A refusal as its Dutch sentence; anything else is a bug, for the failure dialog."""
        if not isinstance(error, SiooDeskError):
            failure.show_unexpected(parent, error)
            return
        QMessageBox.warning(parent or QApplication.activeWindow(), "Sioo Desk", str(error))

    # --- telling ---------------------------------------------------------------------------

    def notify(self, text: str, milliseconds: int = 8000) -> None:
        """A passing message in the status bar."""
        self._notify(text, milliseconds)

    def set_notifier(self, notify: Callable[[str, int], None]) -> None:
        self._notify = notify

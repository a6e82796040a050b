"""The little a view needs from the application, built once by the composition root: the
database, the app's date, the undo stack, the change bus and the selection. No view gets or
imports the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Edit
from sioo_desk.store.database import Database
from sioo_desk.ui import failure
from sioo_desk.ui.change_bus import ChangeBus
from sioo_desk.ui.edit_command import EditCommand, EditStep, busy, push_edit
from sioo_desk.ui.selection import Selection
from sioo_desk.ui.text import fill

# How long an edit in the window waits for another program's (or colleague's) write lock.
# Their ordinary edits hold it for milliseconds, so two seconds rides over every normal
# collision; whoever holds it longer (a batch, a copy being made) will not be done in five
# either, and a window that stops answering for five seconds looks hung. Past it the edit is
# refused with a message that says to try again; the cursor shows the wait meanwhile.
# (A script waits `store.database.LOCK_WAIT_SECONDS`.)
WINDOW_LOCK_WAIT_SECONDS = 2.0


class ViewContext(QObject):
    undone = Signal(str)  # a step was undone through `undo()`; its text
    redone = Signal(str)

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
        self.today = today
        self.undo_stack = undo_stack or QUndoStack(self)
        self.bus = bus or ChangeBus(self)
        self.selection = selection or Selection(self)
        self._notify: Callable[[str, int], None] = lambda _text, _ms: None

    @property
    def database(self) -> Database:
        return self._database

    @database.setter
    def database(self, database: Database) -> None:
        # Every file the window works on, the one opened later too: a script's wait freezes it.
        database.wait_for_lock(WINDOW_LOCK_WAIT_SECONDS)
        self._database = database

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
        with failure.doing(failure.named(text)):
            error = push_edit(self.undo_stack, command)
        if error is not None:
            (refused or (lambda e: self.warn(e, parent)))(error)
        return error is None

    def undo(self) -> bool:
        """Undo the last step; True when it was undone. Its step runs first and the stack
        moves only once it went through: refused because another program writes, the step
        stays where it is, to be tried again; refused for good, it goes. The refusal is shown
        after the stack has moved or not, never inside a stack call (see `EditCommand`)."""
        stack = self.undo_stack
        doing = fill(self.tr("undoing %1"), failure.named(stack.undoText()))
        return self._move(stack.index() - 1, QUndoStack.undo, self.undone, doing)

    def redo(self) -> bool:
        """Redo the next step; as `undo`."""
        stack = self.undo_stack
        doing = fill(self.tr("redoing %1"), failure.named(stack.redoText()))
        return self._move(stack.index(), QUndoStack.redo, self.redone, doing)

    def _move(
        self,
        index: int,
        move: Callable[[QUndoStack], None],
        moved: SignalInstance,
        doing: str,
    ) -> bool:
        stack = self.undo_stack
        command = stack.command(index)
        if command is None:
            return False
        text = command.text()
        if not isinstance(command, EditCommand):
            move(stack)
            moved.emit(text)
            return True
        with failure.doing(doing):
            error = command.run_ahead()
        tell = command.refused  # the stack may delete the command
        if error is None or command.isObsolete():  # went through, or would be refused again
            move(stack)  # runs nothing more: the step ran ahead, or is obsolete
        if error is not None:
            tell(error)
            return False
        moved.emit(text)
        return True

    def create_undo_action(self, parent: QObject, prefix: str) -> QAction:
        """`QUndoStack.createUndoAction` (enabled and named after the step, as Qt does it),
        but through `undo()`: the stack moves only over a step that went through."""
        action = self.undo_stack.createUndoAction(parent, prefix)
        action.triggered.disconnect()  # from QUndoStack.undo
        action.triggered.connect(self.undo)
        return action

    def create_redo_action(self, parent: QObject, prefix: str) -> QAction:
        action = self.undo_stack.createRedoAction(parent, prefix)
        action.triggered.disconnect()
        action.triggered.connect(self.redo)
        return action

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

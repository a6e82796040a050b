"""The one undo command: it runs a service edit, keeps the inverse the service returned, and
publishes what changed, on redo and undo alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.store.database import Database
from sioo_desk.store.errors import DatabaseUnavailable

EditStep = Callable[[Database], Edit]


class _Publishes(Protocol):
    @property
    def database(self) -> Database: ...

    @property
    def bus(self) -> _Bus: ...


class _Bus(Protocol):
    def publish(self, changes: Changes) -> None: ...


class EditCommand(QUndoCommand):
    """Every run of the step (the edit, its undo, its redo) goes through `run_ahead()` before
    the stack is asked to move: `push_edit` for the first run, `ViewContext.undo()` and
    `redo()` for the others. The stack then calls `redo()` or `undo()`, which finds the step
    already run and does nothing more. So the stack moves only over a step that went through,
    and the caller tells a refusal once the stack call has returned: a message box inside a
    stack call runs an event loop while the stack is half-way (a worker's result could push
    an edit meanwhile). `QUndoStack.push` also drops every step that could be redone before it
    looks at the command, so a refused first run must never reach it.

    A refusal because the database is busy (another program writes) leaves the step as it
    was: nothing happened, and it may well go through in a moment. Any other refusal marks the
    command obsolete: the stack drops it, as it would be refused every time.

    A direct `stack.undo()` or `stack.redo()` (tests) runs the step inside the stack call. The
    stack moves whatever happens there, so a refusal then drops the step, busy or not, and is
    handed to `refused` from inside the stack call; PySide would not pass an exception from
    `undo()` back to the caller anyway."""

    def __init__(
        self,
        text: str,
        step: EditStep,
        context: _Publishes,
        refused: Callable[[SiooDeskError], None],
    ) -> None:
        super().__init__(text)
        self._next: EditStep | None = step
        self._context = context
        self.refused = refused  # tells a refusal of a later undo or redo
        self._ran = False  # the step ran ahead: the stack's next undo() or redo() does nothing

    def run_ahead(self) -> SiooDeskError | None:
        """Run the next step now, ahead of the stack's move; the refusal, or None."""
        error = self._run()
        self._ran = error is None
        return error

    def redo(self) -> None:
        self._moved()

    def undo(self) -> None:
        self._moved()

    def _moved(self) -> None:
        if self._ran:
            self._ran = False
            return
        error = self._run()
        if error is not None:
            self.setObsolete(True)  # the stack has moved over it regardless: it goes
            self.refused(error)

    def _run(self) -> SiooDeskError | None:
        if self._next is None:
            self.setObsolete(True)
            return None
        try:
            with busy():
                edit = self._next(self._context.database)
        except DatabaseUnavailable as error:
            return error
        except SiooDeskError as error:
            self.setObsolete(True)
            return error
        self._next = edit.inverse
        if edit.inverse is None:  # nothing to go back to: the stack must not offer it
            self.setObsolete(True)
        self._context.bus.publish(edit.changes)
        return None


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while an edit runs: most take milliseconds, but one that waits for
    another program's write lock must not look like a window that hangs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def push_edit(stack: QUndoStack, command: EditCommand) -> SiooDeskError | None:
    """Run the edit; put it on the stack only when it was accepted and can be undone. The
    refusal is returned, and the stack (the steps that could be redone too) stays as it was."""
    refused = command.run_ahead()
    if refused is None and not command.isObsolete():
        stack.push(command)
    return refused

"""The one undo command: it runs a service edit, keeps the inverse the service returned, and
publishes what changed, on redo and undo alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.store.database import Database
from sioo_desk.store.errors import DatabaseUnavailable

EditStep = Callable[[Database], Edit]


class _Publishes(Protocol):
    database: Database

    @property
    def bus(self) -> _Bus: ...


class _Bus(Protocol):
    def publish(self, changes: Changes) -> None: ...


class EditCommand(QUndoCommand):
    """The first run goes through `redo()`, called by `push_edit` before the command is pushed:
    `QUndoStack.push` drops every step that could be redone before it looks at the command, so
    a refused command must never reach it. PySide does not pass an exception from `redo()`
    back to its caller: a refusal marks the command obsolete and is handed to `refused`.

    Except an undo or redo refused because the database is busy (another program writes):
    nothing happened and it may well go through in a moment, so the step must stay. The stack
    has moved past it by then; once it is done moving, it is moved back, and that move runs
    nothing."""

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
        self._refused = refused
        self._ran = False  # the first run happened; push() must not do it again
        self._stack: QUndoStack | None = None  # where it was pushed
        self._bounced = False  # the stack is moving back over a step that did not happen

    def first_run(self) -> SiooDeskError | None:
        errors: list[SiooDeskError] = []
        later, self._refused = self._refused, errors.append
        self.redo()
        self._refused = later
        self._ran = not errors
        return errors[0] if errors else None

    def redo(self) -> None:
        if self._ran:  # pushed after its first run: nothing more to do
            self._ran = False
            return
        self._step(back=QUndoStack.undo)

    def undo(self) -> None:
        self._step(back=QUndoStack.redo)

    def _step(self, back: Callable[[QUndoStack], None]) -> None:
        if self._bounced:
            self._bounced = False
            return
        if self._next is None:
            self.setObsolete(True)
            return
        try:
            with busy():
                edit = self._next(self._context.database)
        except DatabaseUnavailable as error:
            if self._stack is None:  # the first run: the command never reaches the stack
                self.setObsolete(True)
            self._refused(error)
            if self._stack is not None:
                self._bounced = True
                QTimer.singleShot(0, partial(back, self._stack))
            return
        except SiooDeskError as error:
            self.setObsolete(True)
            self._refused(error)
            return
        self._next = edit.inverse
        if edit.inverse is None:  # nothing to go back to: the stack must not offer it
            self.setObsolete(True)
        self._context.bus.publish(edit.changes)


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
    refused = command.first_run()
    if refused is None and not command.isObsolete():
        stack.push(command)
        command._stack = stack
    return refused

"""The one undo command: it runs a service edit, keeps the inverse the service returned, and
publishes what changed, on redo and undo alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.store.database import Database

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
    back to its caller: a refusal marks the command obsolete and is handed to `refused`."""

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
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        if self._next is None:
            self.setObsolete(True)
            return
        try:
            edit = self._next(self._context.database)
        except SiooDeskError as error:
            self.setObsolete(True)
            self._refused(error)
            return
        self._next = edit.inverse
        if edit.inverse is None:  # nothing to go back to: the stack must not offer it
            self.setObsolete(True)
        self._context.bus.publish(edit.changes)


def push_edit(stack: QUndoStack, command: EditCommand) -> SiooDeskError | None:
    """Run the edit; put it on the stack only when it was accepted and can be undone. The
    refusal is returned, and the stack (the steps that could be redone too) stays as it was."""
    refused = command.first_run()
    if refused is None and not command.isObsolete():
        stack.push(command)
    return refused

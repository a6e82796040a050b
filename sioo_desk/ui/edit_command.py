"""The one undo command: it runs a service edit, keeps the inverse the service returned, and
publishes what changed, on redo and undo alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

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
    """The first run goes through `redo()`, as QUndoStack.push calls it. PySide does not pass
    an exception from `redo()` back to `push()`: a refusal marks the command obsolete (so the
    stack drops it) and is handed to `refused`."""

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

    def redo(self) -> None:
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

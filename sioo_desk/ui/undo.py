"""An undoable step: does its work once when made (so that a refusal reaches the user before
anything is on the stack), then undoes and redoes through services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sioo_desk.domain.errors import SiooDeskError


class ServiceStep(QUndoCommand):
    def __init__(
        self,
        text: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        changed: Callable[[], None],
        failed: Callable[[SiooDeskError], None],
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._changed = changed
        self._failed = failed
        self._first = True

    def redo(self) -> None:
        if self._first:  # the work was done before the step was pushed
            self._first = False
        else:
            self._run(self._redo)
        self._changed()

    def undo(self) -> None:
        self._run(self._undo)
        self._changed()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except SiooDeskError as error:
            self.setObsolete(True)
            self._failed(error)

"""An undoable edit asked for from a form that shows its own errors: a refusal of the first run
goes back to the form (which stays open, with the user's input), not into a message box."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.ui.edit_command import EditStep

if TYPE_CHECKING:
    from sioo_desk.services.changes import Edit
    from sioo_desk.store.database import Database
    from sioo_desk.ui.context import ViewContext


def run_in_form(context: ViewContext, text: str, step: EditStep) -> SiooDeskError | None:
    """Like `context.run`, returning the refusal of the first run for the form to show beside
    its fields; a later refusal (of an undo or redo, the form long closed) is shown as
    `context.run` shows it."""
    refused: list[SiooDeskError] = []
    context.run(text, step, refused=refused.append)
    return refused[0] if refused else None


def keeping_result(step: EditStep, into: list[Any]) -> EditStep:
    """The step, noting what its first run made (a new id) for the caller to select."""

    def run(db: Database) -> Edit:
        edit = step(db)
        into.append(edit.result)
        return edit

    return run

"""The one path by which every screen learns that something changed: redo, undo, an edit that
cannot be undone, another database opened — and, later, other people's commits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sioo_desk.services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Counts what was published, so that a view that already read everything while this
        # change was being handed out (its cohort was selected anew) does not read it again.
        self.published = 0

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.published += 1
            self.changed.emit(changes)

"""The one path by which every screen learns that something changed: redo, undo, an edit that
cannot be undone, another database opened — and, later, other people's commits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sioo_desk.services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)

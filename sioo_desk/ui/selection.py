"""What the user has chosen to work on: the cohort of the navigator and the participants of
the participants table. Views read it and follow its signals; none of them owns it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    cohort_changed = Signal(object)  # int | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cohort_id: int | None = None
        self._participants: Callable[[], list[int]] = list

    def set_cohort(self, cohort_id: int | None) -> None:
        if cohort_id != self.cohort_id:
            self.cohort_id = cohort_id
            self.cohort_changed.emit(cohort_id)

    def participant_ids(self) -> list[int]:
        """The participants selected in the participants table, in table order."""
        return self._participants()

    def provide_participants(self, provider: Callable[[], list[int]]) -> None:
        self._participants = provider

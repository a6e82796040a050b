"""How a view keeps up: it follows the selected cohort and the change bus; while visible it
reloads what overlaps a change, while hidden it only marks itself stale and reloads when shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.ui.context import ViewContext


class Liveness(QObject):
    """Owned by its widget (it dies with it, and its connections with it).

    `load(cohort_id)` shows a cohort from scratch; `apply(changes)`, when given, brings the
    shown cohort up to date with a change that does not touch it whole. `follows(changes)`,
    when given, also lets through changes outside the selected cohort (a list of every cohort).
    """

    def __init__(
        self,
        widget: QWidget,
        context: ViewContext,
        kinds: tuple[Kind, ...],
        load: Callable[[int | None], None],
        apply: Callable[[Changes], None] | None = None,
        follows: Callable[[Changes], bool] | None = None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._context = context
        self.kinds = kinds
        self._load = load
        self._apply = apply
        self._follows = follows
        self.stale = True
        self._read_at = -1  # what the bus had published when this view last read everything
        context.bus.changed.connect(self._changed)
        if kinds:  # with no kinds it shows nothing of the selected cohort: a switch leaves it be
            context.selection.cohort_changed.connect(self._cohort_changed)
        widget.installEventFilter(self)

    @property
    def cohort_id(self) -> int | None:
        return self._context.selection.cohort_id

    def refresh(self) -> None:
        """Reload now if visible, else when next shown."""
        self.stale = True
        if self._widget.isVisible():
            self._reload()

    def _cohort_changed(self, _cohort_id: int | None) -> None:
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(self.cohort_id, *self.kinds) and not (
            self._follows is not None and self._follows(changes)
        ):
            return
        if self._read_at == self._context.bus.published:
            return  # read from scratch while this very change was handed out
        if not self._widget.isVisible():
            self.stale = True
        elif self.stale or self._apply is None or changes.whole_of(self.cohort_id):
            self._reload()
        elif not self._read(partial(self._apply, changes)):
            self.stale = True  # the next showing reads everything

    def _reload(self) -> None:
        self.stale = False
        self._read_at = self._context.bus.published
        if not self._read(lambda: self._load(self.cohort_id)):
            self.stale = True  # read again when next shown

    def _read(self, read: Callable[[], None]) -> bool:
        """A read the database refuses (damaged, locked, gone) is said over the view, in
        Dutch; the view keeps what it showed, and tries again when next shown."""
        try:
            read()
        except SiooDeskError as error:
            self._context.warn(error, self._widget)
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self._reload()
        return False

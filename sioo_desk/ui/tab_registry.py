"""The cohort's tabs, each built the first time it is opened: start-up builds nothing the
first screen does not show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.ui.context import ViewContext

Factory = Callable[[ViewContext], QWidget]


@dataclass
class _Tab:
    key: str
    title: str
    build: Factory
    view: QWidget | None = None


class TabRegistry(QObject):
    def __init__(self, tabs: QTabWidget, context: ViewContext) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._context = context
        self._entries: list[_Tab] = []
        tabs.currentChanged.connect(self._opened)

    def add(self, key: str, title: str, build: Factory) -> None:
        self._entries.append(_Tab(key, title, build))
        self._tabs.addTab(QWidget(), title)

    def add_built(self, key: str, title: str, view: QWidget) -> None:
        self._entries.append(_Tab(key, title, lambda _c: view, view))
        self._tabs.addTab(view, title)

    def built(self) -> list[str]:
        return [e.key for e in self._entries if e.view is not None]

    def view(self, key: str) -> QWidget:
        """The tab's view, built now if it was not yet."""
        index, entry = next((i, e) for i, e in enumerate(self._entries) if e.key == key)
        if entry.view is None:
            entry.view = entry.build(self._context)
            current = self._tabs.currentIndex()
            self._tabs.blockSignals(True)
            placeholder = self._tabs.widget(index)
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, entry.view, entry.title)
            self._tabs.setCurrentIndex(current)
            self._tabs.blockSignals(False)
            placeholder.deleteLater()
        return entry.view

    def open(self, key: str) -> QWidget:
        """Build the tab and make it the current one."""
        view = self.view(key)
        self._tabs.setCurrentWidget(view)
        return view

    def _opened(self, index: int) -> None:
        if 0 <= index < len(self._entries) and self._entries[index].view is None:
            try:
                self.view(self._entries[index].key)
            except SiooDeskError as error:
                # A view that reads as it is built, on a database that cannot be read: the
                # tab stays empty, the reason is said, and opening it again tries again.
                self._context.warn(error, self._tabs)

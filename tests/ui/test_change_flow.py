"""The one flow of a change: an edit runs in redo, its inverse in undo, and the change reaches
every view that shows it — at once when visible, when next shown when hidden."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Edit, Kind, final
from sioo_desk.store.database import Database
from sioo_desk.ui.context import ViewContext
from sioo_desk.ui.live_view import Liveness


class Counter:
    """A stand-in service: a number that an edit sets, with its inverse."""

    def __init__(self) -> None:
        self.value = 0
        self.runs = 0

    def set(self, _db: Database, value: int) -> Edit:
        if value < 0:
            raise SiooDeskError("Een negatief aantal kan niet.")
        self.runs += 1
        before, self.value = self.value, value
        return Edit(Changes.of(1, participants=[7]), lambda db: self.set(db, before))


@pytest.fixture
def context(qtbot, empty_db: Database) -> ViewContext:  # type: ignore[no-untyped-def]
    made = ViewContext(empty_db, dt.date(2026, 11, 23))
    made.selection.set_cohort(1)
    return made


def test_the_first_run_goes_through_redo_and_undo_runs_the_inverse(context: ViewContext) -> None:
    counter = Counter()
    published: list[Changes] = []
    context.bus.changed.connect(published.append)
    assert context.run("set", lambda db: counter.set(db, 5))
    assert counter.value == 5 and counter.runs == 1  # once, not before the push and again
    assert len(published) == 1 and published[0].participants == {7}
    context.undo_stack.undo()
    assert counter.value == 0 and len(published) == 2
    context.undo_stack.redo()
    assert counter.value == 5 and len(published) == 3


def test_a_refusal_is_shown_and_leaves_nothing_on_the_stack(
    context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    published: list[Changes] = []
    context.bus.changed.connect(published.append)
    counter = Counter()
    assert not context.run("set", lambda db: counter.set(db, -1))
    assert shown == ["Een negatief aantal kan niet."]
    assert context.undo_stack.count() == 0 and published == []


def test_a_refused_undo_drops_the_step(
    context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def refuse(_db: Database) -> Edit:
        raise SiooDeskError("Dit kan niet meer ongedaan worden gemaakt.")

    context.run("step", lambda _db: Edit(Changes.of(1, groups=[2]), refuse))
    context.undo_stack.undo()
    assert shown == ["Dit kan niet meer ongedaan worden gemaakt."]
    assert context.undo_stack.count() == 0


def test_an_edit_that_cannot_be_undone_is_published_but_not_stacked(context: ViewContext) -> None:
    published: list[Changes] = []
    context.bus.changed.connect(published.append)
    edit = context.apply(lambda _db: final(Changes.of(1, closing=[3]), "HRM-2011-001"))
    assert edit is not None and edit.result == "HRM-2011-001"
    assert context.undo_stack.count() == 0 and published[0].closing == {3}


def test_a_hidden_view_marks_itself_stale_and_reloads_when_shown(
    qtbot, context: ViewContext
) -> None:  # type: ignore[no-untyped-def]
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    loads: dict[str, list[int | None]] = {"a": [], "b": []}
    applied: list[Changes] = []
    views = {}
    for key in ("a", "b"):
        view = QWidget()
        tabs.addTab(view, key)
        views[key] = view
    Liveness(views["a"], context, (Kind.GROUPS,), loads["a"].append, applied.append)
    Liveness(views["b"], context, (Kind.GROUPS,), loads["b"].append)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert loads["a"] == [1] and loads["b"] == []  # only the visible one read anything
    context.bus.publish(Changes.of(1, groups=[4]))
    assert len(applied) == 1 and loads["b"] == []  # the visible one applied it; b only noted
    context.bus.publish(Changes.of(2, groups=[4]))  # another cohort: nobody cares
    context.bus.publish(Changes.of(1, attendance=[(1, 1)]))  # a fact neither shows
    assert len(applied) == 1
    tabs.setCurrentIndex(1)
    assert loads["b"] == [1]
    tabs.setCurrentIndex(0)
    assert loads["a"] == [1]  # a was not stale: no reload
    context.selection.set_cohort(2)
    assert loads["a"] == [1, 2] and loads["b"] == [1]  # b: when shown


def test_a_refusal_keeps_the_step_that_could_be_redone(
    context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QUndoStack.push drops the steps after the current one before it looks at a command:
    a refused edit must never reach it."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)
    counter = Counter()
    redo = context.undo_stack.createRedoAction(context.undo_stack)
    context.run("set 5", lambda db: counter.set(db, 5))
    context.undo_stack.undo()
    assert redo.isEnabled() and counter.value == 0
    assert not context.run("set -1", lambda db: counter.set(db, -1))
    assert context.undo_stack.count() == 1 and context.undo_stack.canRedo()
    assert redo.isEnabled() and "set 5" in redo.text()
    redo.trigger()
    assert counter.value == 5


def test_a_form_gets_the_refusal_to_show_itself(context: ViewContext) -> None:
    refused: list[SiooDeskError] = []
    counter = Counter()
    assert not context.run("set -1", lambda db: counter.set(db, -1), refused=refused.append)
    assert [str(e) for e in refused] == ["Een negatief aantal kan niet."]

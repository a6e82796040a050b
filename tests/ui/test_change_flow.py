"""The one flow of a change: an edit runs in redo, its inverse in undo, and the change reaches
every view that shows it — at once when visible, when next shown when hidden."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Edit, Kind, final
from sioo_desk.store.database import Database
from sioo_desk.store.errors import DatabaseUnavailable
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


# --- an undo or redo refused because another program writes -------------------------------


class Shelf:
    """A stand-in for the database: the names of the steps done, in order. While `busy`, every
    step is refused as SQLite refuses a write another program holds the lock for."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.busy = False

    def put(self, name: str) -> Callable[[Database], Edit]:
        def do(_db: Database) -> Edit:
            self._check()
            self.done.append(name)
            return Edit(Changes.of(1, groups=[1]), take)

        def take(_db: Database) -> Edit:
            self._check()
            self.done.remove(name)
            return Edit(Changes.of(1, groups=[1]), do)

        return do

    def _check(self) -> None:
        if self.busy:
            raise DatabaseUnavailable("x.sqlite", "database is locked", writing=True)


def stack_state(context: ViewContext) -> tuple[int, int, str, str, list[str]]:
    stack = context.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    return stack.index(), stack.count(), stack.undoText(), stack.redoText(), texts


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def test_a_refused_undo_leaves_the_stack_as_it_was_and_can_be_tried_again(
    context: ViewContext, warnings: list[str]
) -> None:
    shelf = Shelf()
    undo = context.create_undo_action(context, "&Undo")
    redo = context.create_redo_action(context, "&Redo")
    undone: list[str] = []
    context.undone.connect(undone.append)
    assert context.run("A", shelf.put("A")) and context.run("B", shelf.put("B"))
    before = stack_state(context)
    assert (undo.text(), undo.isEnabled(), redo.text(), redo.isEnabled()) == (
        "&Undo B",
        True,
        "&Redo",
        False,
    )

    shelf.busy = True
    undo.trigger()
    assert len(warnings) == 1 and "in gebruik door een ander programma" in warnings[0]
    assert stack_state(context) == before and shelf.done == ["A", "B"] and undone == []
    assert (undo.text(), undo.isEnabled(), redo.isEnabled()) == ("&Undo B", True, False)
    QApplication.processEvents()  # nothing is put back later either
    assert stack_state(context) == before

    shelf.busy = False
    undo.trigger()  # the same step, once the other program is done
    assert shelf.done == ["A"] and undone == ["B"]
    assert stack_state(context) == (1, 2, "A", "B", ["A", "B"])
    assert (undo.text(), redo.text(), redo.isEnabled()) == ("&Undo A", "&Redo B", True)

    shelf.busy = True
    assert not context.redo()
    assert stack_state(context) == (1, 2, "A", "B", ["A", "B"]) and len(warnings) == 2
    shelf.busy = False
    assert context.redo() and shelf.done == ["A", "B"]


def test_a_refused_redo_then_a_new_edit_before_the_event_loop_turns(
    context: ViewContext, warnings: list[str]
) -> None:
    """Once, a zero-delay timer moved the stack back after a refusal, over whatever step was
    there by the time it fired."""
    shelf = Shelf()
    assert context.run("A", shelf.put("A"))
    assert context.undo() and shelf.done == []
    shelf.busy = True
    assert not context.redo()
    shelf.busy = False
    assert context.run("B", shelf.put("B"))  # drops A's redo, as any new edit does
    QApplication.processEvents()
    assert shelf.done == ["B"]
    assert stack_state(context) == (1, 1, "B", "", ["B"])
    assert context.undo() and shelf.done == []


def test_an_edit_that_arrives_while_the_refusal_is_shown_lands_on_a_settled_stack(
    context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message box runs an event loop; a worker's result queued meanwhile pushes its edit
    there. By then the stack must be done moving."""
    shelf = Shelf()
    assert context.run("C", shelf.put("C"))
    seen: list[tuple[int, int, str, str, list[str]]] = []

    def warning_with_a_result_arriving(*_args: object) -> None:
        seen.append(stack_state(context))
        shelf.busy = False  # the other program is done meanwhile
        assert context.run("IMPORT", shelf.put("IMPORT"))

    monkeypatch.setattr(QMessageBox, "warning", warning_with_a_result_arriving)
    shelf.busy = True
    assert not context.undo()
    QApplication.processEvents()

    assert seen == [(1, 1, "C", "", ["C"])]
    assert shelf.done == ["C", "IMPORT"]
    assert stack_state(context) == (2, 2, "IMPORT", "", ["C", "IMPORT"])
    assert context.undo() and shelf.done == ["C"]
    assert context.undo() and shelf.done == []
    assert context.redo() and context.redo() and shelf.done == ["C", "IMPORT"]


def test_a_direct_stack_undo_that_is_refused_drops_the_step(
    context: ViewContext, warnings: list[str]
) -> None:
    """Only `ViewContext.undo` can keep a busy step: the stack's own undo has moved by the time
    the step is refused, so the step goes (what the stack shows must be what happened)."""
    shelf = Shelf()
    assert context.run("A", shelf.put("A")) and context.run("B", shelf.put("B"))
    shelf.busy = True
    context.undo_stack.undo()
    assert len(warnings) == 1 and shelf.done == ["A", "B"]
    assert stack_state(context) == (1, 1, "A", "", ["A"])

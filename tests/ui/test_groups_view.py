"""The group builder in the GUI: propose, drag to another group, lock, coach, meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from sioo_desk.services import grouping
from sioo_desk.ui.groups_view import GroupRole, MemberRole
from sioo_desk.ui.main_window import MainWindow


def open_groups(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.view("groups"))


def problems(window: MainWindow) -> list[str]:
    view = window.view("groups")
    return [view.problems.item(i).text() for i in range(view.problems.count())]


def test_propose_move_lock_and_undo(main_window: MainWindow) -> None:
    open_groups(main_window)
    view = main_window.view("groups")
    assert view.tree.topLevelItemCount() == 3
    assert problems(main_window) == ["Elke regel is gehaald."]

    assert view.propose()
    assert view.tree.topLevelItemCount() == 3
    member = view.tree.topLevelItem(0).child(0)
    assert member.toolTip(0).startswith("Groep A: de enige uit")
    assert view.tree.topLevelItem(0).childCount() == 6

    # Drag a member of group B onto group A (6 already): A gets 7 — shown as a breach.
    participant = view.tree.topLevelItem(1).child(0).data(0, MemberRole)
    assert view.move(participant, view.tree.topLevelItem(0).data(0, GroupRole))
    found = problems(main_window)
    assert any("Groep A heeft 7 deelnemers" in p for p in found)
    main_window.undo_action.trigger()
    assert problems(main_window) == ["Elke regel is gehaald."]

    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0))
    locked = view.selected_member()
    assert view.toggle_lock()
    assert "vastgezet" in next(
        view.tree.topLevelItem(0).child(i).text(0)
        for i in range(view.tree.topLevelItem(0).childCount())
        if view.tree.topLevelItem(0).child(i).data(0, MemberRole) == locked
    )
    assert view.propose()  # the locked participant stays in group A
    group_a = [
        view.tree.topLevelItem(0).child(i).data(0, MemberRole)
        for i in range(view.tree.topLevelItem(0).childCount())
    ]
    assert locked in group_a


def test_coach_and_meetings(main_window: MainWindow) -> None:
    open_groups(main_window)
    view = main_window.view("groups")
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    coach = next(i for i, name in grouping.coaches(main_window.database) if name == "Hanneke Vos")
    assert view.choose_coach(coach)
    assert "Hanneke Vos" in view.tree.topLevelItem(0).text(0)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert view.meetings.count() == 4
    view.meetings.setCurrentRow(1)
    assert view.set_meeting(day=dt.date(2026, 11, 30))  # on werkatelier 1: warned, kept
    text = view.meetings.item(1).text()
    assert "30 november 2026" in text and "niet tussen twee werkateliers" in text
    main_window.undo_action.trigger()
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert "27 januari 2027" in view.meetings.item(1).text()


def test_standing_wishes_shape_the_next_proposal(main_window: MainWindow) -> None:
    open_groups(main_window)
    view = main_window.view("groups")
    first = view.tree.topLevelItem(0).child(0)
    second = view.tree.topLevelItem(0).child(1)
    a, b = first.data(0, MemberRole), second.data(0, MemberRole)
    view.tree.setCurrentItem(first)
    assert view.add_wish(apart=True, other=b)
    assert view.wishes.count() == 1 and "uit elkaar" in view.wishes.item(0).text()
    assert view.propose()
    proposal = grouping.current_groups(main_window.database, view.cohort_id or 0)
    group_of = {m.id: i for i, g in enumerate(proposal) for m in g.members}
    assert group_of[a] != group_of[b]
    view.wishes.setCurrentRow(0)
    assert view.drop_wish() and view.wishes.count() == 0
    view.max_per_coach.setValue(1)
    assert grouping.max_groups_per_coach(main_window.database) == 1


def test_a_wish_with_nobody_else_to_choose_says_so_without_an_empty_choice(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_groups(main_window)
    view = main_window.view("groups")
    member = view.tree.topLevelItem(0).child(0)
    view.tree.setCurrentItem(member)
    alone = member.data(0, MemberRole)
    monkeypatch.setattr(view, "_names", lambda: {alone: "Rik Bos"})  # alone in the cohort
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: pytest.fail("an empty choice"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    before = view.wishes.count()
    assert not view.add_wish(apart=False)
    assert shown == ["Er is niemand anders in dit cohort om een wens voor op te geven."]
    assert view.wishes.count() == before and main_window.undo_stack.count() == 0


def test_a_meeting_date_set_here_shows_in_the_programme_tab(main_window: MainWindow) -> None:
    from sioo_desk.domain.enums import SessionKind

    programme = main_window.view("programme")  # built, and hidden behind the groups tab
    open_groups(main_window)
    view = main_window.view("groups")
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.meetings.setCurrentRow(2)
    assert view.set_meeting(day=dt.date(2027, 3, 3))
    assert "3 maart 2027" in view.meetings.item(2).text()
    main_window.tabs.setCurrentWidget(programme)
    model = programme.model
    meetings = [
        model.session(r)
        for r in range(model.rowCount())
        if model.session(r).kind is SessionKind.CONSULTATION
    ]
    assert any(s.first == dt.date(2027, 3, 3) for s in meetings)
    main_window.undo_action.trigger()  # the visible programme tab follows the undo at once
    assert not any(
        model.session(r).first == dt.date(2027, 3, 3)
        for r in range(model.rowCount())
        if model.session(r).kind is SessionKind.CONSULTATION
    )


def test_dropping_a_member_on_their_own_group_does_nothing(main_window: MainWindow) -> None:
    open_groups(main_window)
    view = main_window.view("groups")
    member = view.groups[0].members[0].id
    count = main_window.undo_stack.count()
    assert not view.move(member, 0)
    assert main_window.undo_stack.count() == count

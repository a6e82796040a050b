"""The coach workspace: own groups only, notes as a timeline with history, attendance."""

from __future__ import annotations

import datetime as dt

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.services import coach_notes, grouping
from sioo_desk.ui.coach_view import ParticipantRole
from sioo_desk.ui.main_window import MainWindow


def choose_member(window: MainWindow, name: str) -> None:
    tree = window.coach_view.tree
    for g in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(g)
        for i in range(top.childCount()):
            if top.child(i).text(0) == name:
                tree.setCurrentItem(top.child(i))
                return
    raise AssertionError(name)


def test_a_coach_sees_only_their_own_groups(main_window: MainWindow) -> None:
    view = main_window.coach_view
    koster = next(i for i, n in grouping.coaches(main_window.database) if n == "Wim Koster")
    view.choose(koster)
    groups = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert groups == [
        "Consultatiegroep A · Leergang 2026–2027",
        "Consultatiegroep A · Leergang 2011–2012",
    ]
    members = {
        view.tree.topLevelItem(0).child(i).data(0, ParticipantRole)
        for i in range(view.tree.topLevelItem(0).childCount())
    }
    assert len(members) == 6


def test_notes_timeline_history_and_attendance(main_window: MainWindow) -> None:
    view = main_window.coach_view
    koster = next(i for i, n in grouping.coaches(main_window.database) if n == "Wim Koster")
    view.choose(koster)
    choose_member(main_window, "Jan van der Berg")
    assert view.heading.text() == "Jan van der Berg"
    assert view.notes.count() == 4  # one after each meeting in 2012
    assert view.attendance.count() == 4
    assert view.attendance.item(0).text().startswith("Bijeenkomst 1, 5 januari 2012: ")

    view.note_text.setPlainText("Eerste gesprek met de nieuwe opdrachtgever gevoerd.")
    assert view.add_note(dt.date(2012, 6, 1))
    assert view.notes.count() == 5
    assert view.notes.item(0).text().startswith("1 juni 2012 — Wim Koster")
    view.notes.setCurrentRow(0)
    view.note_text.setPlainText("Eerste gesprek met de opdrachtgever gevoerd; vervolg in juni.")
    assert view.edit_note()
    assert "bewerkt" in view.notes.item(0).text()
    note_id = coach_notes.timeline(main_window.database, view.selected()[0])[0].id  # type: ignore[index]
    assert [text for _at, text in coach_notes.history(main_window.database, note_id)] == [
        "Eerste gesprek met de nieuwe opdrachtgever gevoerd."
    ]
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    assert view.notes.count() == 4

    view.attendance.setCurrentRow(1)
    view.attendance_status.setCurrentIndex(
        view.attendance_status.findData(AttendanceStatus.EXCUSED)
    )
    assert view.record_attendance()
    assert "afgemeld" in view.attendance.item(1).text()

"""The coach workspace: own groups only, notes as a timeline with history, attendance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.services import coach_notes, grouping
from sioo_desk.ui.attendance_view import MARKS
from sioo_desk.ui.coach_view import STATUS_TEXT, ParticipantRole
from sioo_desk.ui.main_window import MainWindow


def choose_member(window: MainWindow, name: str) -> None:
    tree = window.view("coach").tree
    for g in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(g)
        for i in range(top.childCount()):
            if top.child(i).text(0) == name:
                tree.setCurrentItem(top.child(i))
                return
    raise AssertionError(name)


def test_a_coach_sees_only_their_own_groups(main_window: MainWindow) -> None:
    view = main_window.view("coach")
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
    view = main_window.registry.open("coach")  # shown: it follows the changes as they come
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


def test_attendance_recorded_here_shows_in_the_register_and_undoes(
    main_window: MainWindow,
) -> None:
    from sioo_desk.services.attendance import cells
    from sioo_desk.ui.attendance_view import FIXED
    from tests.ui.test_main_window import select_cohort

    select_cohort(main_window, "Leergang 2011–2012")
    register = main_window.registry.open("attendance")  # built and shown once, then hidden
    view = main_window.registry.open("coach")
    koster = next(i for i, n in grouping.coaches(main_window.database) if n == "Wim Koster")
    view.choose(koster)
    choose_member(main_window, "Jan van der Berg")
    who = view.selected()[0]  # type: ignore[index]
    view.attendance.setCurrentRow(2)
    half_day = int(view.attendance.currentItem().data(Qt.ItemDataRole.UserRole))
    before = cells(main_window.database, [(who, half_day)])[(who, half_day)]
    wanted = AttendanceStatus.ABSENT if before is not AttendanceStatus.ABSENT else None
    view.attendance_status.setCurrentIndex(view.attendance_status.findData(wanted))
    shown_before = view.attendance.item(2).text()

    assert view.record_attendance()
    assert view.heading.text() == "Jan van der Berg" and view.attendance.currentRow() == 2
    assert view.attendance.item(2).text().endswith(STATUS_TEXT[wanted])

    main_window.registry.open("attendance")  # stale while hidden: shown as it is now
    model = register.model
    assert model.book is not None
    row = next(i for i, r in enumerate(model.book.rows) if r.participant_id == who)
    column = FIXED + next(i for i, c in enumerate(model.book.columns) if c.half_day_id == half_day)
    assert model.book.statuses.get((who, half_day)) == wanted
    assert model.index(row, column).data() == (MARKS[wanted] if wanted else "")

    main_window.registry.open("coach")
    main_window.undo_action.trigger()
    assert view.attendance.item(2).text() == shown_before
    main_window.registry.open("attendance")
    assert model.book.statuses.get((who, half_day)) == before

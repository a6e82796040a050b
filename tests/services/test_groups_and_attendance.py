"""Consultation groups and attendance of the demo cohorts, against a hand count."""

from __future__ import annotations

import datetime as dt

import pytest

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.domain.grouping import rule_breaches
from sioo_desk.services import grouping
from sioo_desk.services.attendance import (
    AttendanceError,
    effort_figures,
    register,
    set_attendance,
)
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database
from tests.conftest import TODAY


def by_surname(db: Database, cohort: int) -> dict[str, int]:
    return {p.surname: p.id for p in list_participants(db, cohort)}


def test_effort_of_the_reference_cohort_matches_a_hand_count(demo_db: Database) -> None:
    # Every participant has 45 planned half-days (intake 1, start 2, ateliers 6×5,
    # masterclasses 2, consultation meetings 4, tussengesprek 1, closing 5).
    # Kees Bakker missed ateliers 4 and 5 (10 half-days): 35 of 45 = 77.8 %, below 80 %.
    # Dennis Kramer withdrew on 31 January 2012: intake, start, ateliers 1 and 2, one
    # consultation meeting = 1 + 2 + 10 + 1 = 14 half-days, all attended.
    figures = {f.name.surname: f.effort for f in effort_figures(demo_db, 1, TODAY)}
    bakker, kramer = figures["Bakker"], figures["Kramer"]
    assert (bakker.planned, bakker.attended, bakker.absent) == (45, 35, 10)
    assert round(bakker.percentage or 0, 1) == 77.8 and bakker.below_threshold
    assert bakker.cannot_reach and "Er volgen geen dagdelen meer" in bakker.explanation()
    assert (kramer.planned, kramer.attended) == (14, 14)
    others = [f for name, f in figures.items() if name not in ("Bakker", "Kramer")]
    assert all(f.planned + f.excused == 45 and not f.below_threshold for f in others)


def test_the_register_and_recording_one_cell(demo_db: Database) -> None:
    book = register(demo_db, 2)
    people = by_surname(demo_db, 2)
    dijkstra = people["Dijkstra"]
    mine = book.half_days_of(dijkstra)
    assert len(mine) == 45 - 0  # every half-day of the 2026 cohort is planned for him
    atelier = next(c for c in mine if c.title == "Werkatelier 1")
    assert set_attendance(demo_db, dijkstra, atelier.half_day_id, AttendanceStatus.LATE) is None
    assert (
        set_attendance(demo_db, dijkstra, atelier.half_day_id, AttendanceStatus.PRESENT)
        is AttendanceStatus.LATE
    )
    assert (
        register(demo_db, 2).statuses[(dijkstra, atelier.half_day_id)] is AttendanceStatus.PRESENT
    )
    set_attendance(demo_db, dijkstra, atelier.half_day_id, None)
    assert (dijkstra, atelier.half_day_id) not in register(demo_db, 2).statuses
    outsider = by_surname(demo_db, 1)["Berg"]
    with pytest.raises(AttendanceError, match="zit niet in het cohort"):
        set_attendance(demo_db, outsider, atelier.half_day_id, AttendanceStatus.PRESENT)


def test_effort_in_a_running_cohort_counts_only_what_was_held(demo_db: Database) -> None:
    figures = effort_figures(demo_db, 2, dt.date(2026, 11, 23))
    assert all(f.effort.planned == 3 and f.effort.remaining == 42 for f in figures)


def test_groups_proposal_and_saving(demo_db: Database) -> None:
    proposal = grouping.propose_groups(demo_db, 2)
    people = {c.id: c for c in grouping.candidates(demo_db, 2)}
    from sioo_desk.services.cohorts import get_cohort

    assert rule_breaches(proposal.groups, people, get_cohort(demo_db, 2).norms) == []
    before = grouping.save_groups(demo_db, 2, proposal.groups)
    assert [len(g.members) for g in grouping.current_groups(demo_db, 2)] == [
        len(g) for g in proposal.groups
    ]
    assert grouping.problems(demo_db, 2) == []
    grouping.restore_groups(demo_db, 2, before)
    assert grouping.current_groups(demo_db, 2) == before


def test_groups_made_by_hand_show_their_breaches(demo_db: Database) -> None:
    people = by_surname(demo_db, 2)
    grouping.save_groups(
        demo_db,
        2,
        [
            [people["Dijkstra"], people["Zeeuw"], people["Bos"]],
            [p for n, p in people.items() if n not in ("Dijkstra", "Zeeuw", "Bos")],
        ],
    )
    found = grouping.problems(demo_db, 2)
    assert "Groep A heeft 3 deelnemers; een consultatiegroep heeft er 4 tot 6." in found
    assert "Groep A heeft 2 deelnemers uit Groningen." in found
    assert any("Groep B heeft 13 deelnemers" in p for p in found)


def test_moving_a_meeting_keeps_its_attendance(demo_db: Database) -> None:
    from sioo_desk.services import consultation

    group = grouping.current_groups(demo_db, 1)[0]
    count = (
        "SELECT count(*) FROM attendance a JOIN half_days h ON h.id = a.half_day_id "
        "JOIN sessions s ON s.id = h.session_id WHERE s.consultation_group_id = :g "
        "AND s.number = 1"
    )
    before = demo_db.read(count, {"g": group.id})[0][0]
    assert before == 6
    consultation.set_meeting(demo_db, group.id or 0, 1, dt.date(2012, 1, 12))
    assert demo_db.read(count, {"g": group.id})[0][0] == before
    with pytest.raises(Exception, match="al aanwezigheid geregistreerd"):
        consultation.set_meeting(demo_db, group.id or 0, 1, None)


def test_attendance_only_for_ones_own_meetings(demo_db: Database) -> None:
    groups = grouping.current_groups(demo_db, 1)
    outsider = groups[1].members[0].id
    meeting = demo_db.read(
        """SELECT h.id FROM half_days h JOIN sessions s ON s.id = h.session_id
           WHERE s.consultation_group_id = :g LIMIT 1""",
        {"g": groups[0].id},
    )[0][0]
    with pytest.raises(AttendanceError, match="geen bijeenkomst van"):
        set_attendance(demo_db, outsider, meeting, AttendanceStatus.PRESENT)


def test_guest_cancellation_and_capacity(demo_db: Database) -> None:
    from sioo_desk.services import guests

    masterclass = guests.masterclasses(demo_db, 1)[0]
    guests.set_capacity(demo_db, masterclass.session_id, 6)
    extra = [
        guests.add_guest(demo_db, masterclass.session_id, guests.GuestInput(f"Gast {i}"), TODAY)
        for i in range(2)
    ]
    before = [(g.id, g.waiting_position) for g in guests.guests(demo_db, masterclass.session_id)]
    assert [p for _i, p in before].count(None) == 6
    seated = next(i for i, p in before if p is None)
    removed = guests.remove_guest(demo_db, seated)
    assert guests.guests(demo_db, masterclass.session_id)[-1].waiting_position == 1
    guests.restore_guest(demo_db, removed)
    assert sorted(
        (g.id, g.waiting_position) for g in guests.guests(demo_db, masterclass.session_id)
    ) == sorted(before)
    guests.set_capacity(demo_db, masterclass.session_id, 20)  # the waiting list moves up
    assert all(g.waiting_position is None for g in guests.guests(demo_db, masterclass.session_id))
    assert extra

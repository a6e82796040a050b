"""Consultation groups and attendance of the demo cohorts, against a hand count."""

from __future__ import annotations

import datetime as dt

import pytest

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.grouping import rule_breaches
from sioo_desk.services import grouping
from sioo_desk.services.attendance import (
    AttendanceError,
    cells,
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
    cell = (dijkstra, atelier.half_day_id)
    late = set_attendance(demo_db, dijkstra, atelier.half_day_id, AttendanceStatus.LATE)
    assert late.result is None
    assert late.changes.cohorts == {2} and late.changes.attendance == {cell}
    present = set_attendance(demo_db, dijkstra, atelier.half_day_id, AttendanceStatus.PRESENT)
    assert present.result is AttendanceStatus.LATE
    assert register(demo_db, 2).statuses[cell] is AttendanceStatus.PRESENT
    assert cells(demo_db, [cell]) == {cell: AttendanceStatus.PRESENT}
    # The inverse puts back what was there, and its own inverse does the edit again.
    undone = present.inverse(demo_db)  # type: ignore[misc]
    assert register(demo_db, 2).statuses[cell] is AttendanceStatus.LATE
    undone.inverse(demo_db)  # type: ignore[misc]
    assert register(demo_db, 2).statuses[cell] is AttendanceStatus.PRESENT
    set_attendance(demo_db, dijkstra, atelier.half_day_id, None)
    assert cell not in register(demo_db, 2).statuses
    assert cells(demo_db, [cell]) == {cell: None}
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
    saved = grouping.save_groups(demo_db, 2, proposal.groups)
    before = saved.result
    after = grouping.current_groups(demo_db, 2)
    assert [len(g.members) for g in after] == [len(g) for g in proposal.groups]
    assert grouping.problems(demo_db, 2) == []
    assert saved.changes.whole == {2} and {g.id for g in before} <= saved.changes.groups
    # The inverse puts the groups back, and its own inverse makes those of the save again.
    assert saved.inverse is not None
    undone = saved.inverse(demo_db)
    assert grouping.current_groups(demo_db, 2) == before
    assert undone.inverse is not None
    undone.inverse(demo_db)
    assert grouping.current_groups(demo_db, 2) == after
    grouping.restore_groups(demo_db, 2, before)
    assert grouping.current_groups(demo_db, 2) == before


def test_undoing_a_save_brings_back_removed_groups_with_their_ids(demo_db: Database) -> None:
    from sioo_desk.services import consultation

    def split(cohort: int) -> tuple[list[grouping.Group], list[list[int]], list[list[int]]]:
        groups = grouping.current_groups(demo_db, cohort)
        members = [[m.id for m in g.members] for g in groups]
        return groups, members, [m[:-1] for m in members] + [[m[-1] for m in members]]

    original, members, four = split(1)
    grown = grouping.save_groups(demo_db, 1, four)
    grouping.save_groups(demo_db, 2, split(2)[2])  # another cohort's group, a higher id
    fourth = grouping.current_groups(demo_db, 1)[3]
    assert fourth.id not in {g.id for g in original}
    coached = grouping.set_coach(demo_db, fourth.id or 0, original[0].coach_id)
    with_coach = grouping.current_groups(demo_db, 1)
    shrunk = grouping.save_groups(demo_db, 1, members)
    assert [g.id for g in grouping.current_groups(demo_db, 1)] == [g.id for g in original]
    # Undo: the removed group back as it was (id, name, coach, members), and redo again.
    assert shrunk.inverse is not None
    back = shrunk.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1) == with_coach
    assert back.changes.groups >= {g.id for g in with_coach} and back.inverse is not None
    redone = back.inverse(demo_db)
    assert [g.id for g in grouping.current_groups(demo_db, 1)] == [g.id for g in original]
    assert redone.inverse is not None
    redone.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1) == with_coach
    # The steps before it undo in turn: the coach on the same group, then the growing,
    # which removes only the group it made.
    assert coached.inverse is not None and grown.inverse is not None
    coached.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1)[3].coach_id is None
    grown.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1) == original
    assert len(grouping.current_groups(demo_db, 2)) == 4

    # A group in the middle removed while a later one stays for its meeting: the undo puts
    # each back in its own place, not by position.
    five = [m[:-1] for m in four[:3]] + [[m[-1] for m in four[:3]], four[3]]
    grown = grouping.save_groups(demo_db, 1, five)
    made = grouping.current_groups(demo_db, 1)
    meeting = consultation.set_meeting(demo_db, made[4].id or 0, 1, dt.date(2012, 2, 1))
    shrunk = grouping.save_groups(demo_db, 1, members)
    assert [g.id for g in grouping.current_groups(demo_db, 1)] == [
        g.id for g in [*original, made[4]]
    ]
    regrown = grouping.save_groups(demo_db, 1, four)  # the group with a meeting is D now
    renamed = grouping.current_groups(demo_db, 1)
    assert renamed[3].id == made[4].id and renamed[3].name == made[3].name
    assert regrown.inverse is not None and shrunk.inverse is not None
    regrown.inverse(demo_db)
    shrunk.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1) == made
    # Straight from one to the other and back: names change hands without clashing.
    grouping.restore_groups(demo_db, 1, renamed)
    assert grouping.current_groups(demo_db, 1) == renamed
    grouping.restore_groups(demo_db, 1, made)
    assert grouping.current_groups(demo_db, 1) == made
    assert meeting.inverse is not None and grown.inverse is not None
    meeting.inverse(demo_db)
    grown.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1) == original


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


def test_a_proposal_is_saved_and_undone(demo_db: Database) -> None:
    before = grouping.current_groups(demo_db, 2)
    edit = grouping.save_proposal(demo_db, 2)
    assert edit.result.reasons and edit.changes.whole == {2}
    assert grouping.problems(demo_db, 2) == []
    assert edit.inverse is not None
    edit.inverse(demo_db)
    assert grouping.current_groups(demo_db, 2) == before


def test_moving_a_member_names_both_groups_and_is_undone(demo_db: Database) -> None:
    groups = grouping.current_groups(demo_db, 2)
    member = groups[0].members[0]
    locked = grouping.set_locked(demo_db, member.id, True)
    assert locked.result is False and locked.changes.groups == {groups[0].id}
    edit = grouping.move_member(demo_db, 2, member.id, 1)
    assert edit.changes.cohorts == {2} and not edit.changes.whole
    assert edit.changes.groups == {groups[0].id, groups[1].id}
    assert edit.changes.participants == {member.id} and edit.result == groups[0].id
    moved = grouping.current_groups(demo_db, 2)
    assert member.id in {m.id for m in moved[1].members}
    assert next(m for m in moved[1].members if m.id == member.id).locked  # the lock moves along
    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    after_undo = grouping.current_groups(demo_db, 2)
    assert [[m.id for m in g.members] for g in after_undo] == [
        [m.id for m in g.members] for g in groups
    ]
    assert back.inverse is not None
    back.inverse(demo_db)
    assert grouping.current_groups(demo_db, 2) == moved
    assert locked.inverse is not None
    locked.inverse(demo_db)
    assert not any(m.locked for g in grouping.current_groups(demo_db, 2) for m in g.members)
    with pytest.raises(SiooDeskError, match="geen consultatiegroep 9"):
        grouping.move_member(demo_db, 2, member.id, 8)
    outsider = by_surname(demo_db, 1)["Berg"]
    with pytest.raises(SiooDeskError, match="hoort niet bij dit cohort"):
        grouping.move_member(demo_db, 2, outsider, 0)


def test_coach_wishes_and_maximum_are_undone(demo_db: Database) -> None:
    group = grouping.current_groups(demo_db, 1)[0]
    meetings = {
        int(r[0])
        for r in demo_db.read(
            "SELECT id FROM sessions WHERE consultation_group_id = :g", {"g": group.id}
        )
    }
    coach = next(i for i, _n in grouping.coaches(demo_db) if i != group.coach_id)
    edit = grouping.set_coach(demo_db, group.id or 0, coach)
    assert edit.changes.groups == {group.id} and edit.changes.sessions == meetings
    assert edit.changes.people == {coach, group.coach_id} and edit.result == group.coach_id
    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1)[0].coach_id == group.coach_id
    assert back.inverse is not None
    back.inverse(demo_db)
    assert grouping.current_groups(demo_db, 1)[0].coach_id == coach

    people = by_surname(demo_db, 2)
    wish = grouping.Wishes(apart=((people["Dijkstra"], people["Bos"]),))
    saved = grouping.save_wishes(demo_db, 2, wish)
    assert saved.changes.cohorts == {2} and saved.changes.settings == {grouping.WISHES}
    assert grouping.wishes(demo_db, 2) == wish and saved.inverse is not None
    unsaved = saved.inverse(demo_db)
    assert grouping.wishes(demo_db, 2) == grouping.Wishes() and unsaved.inverse is not None
    unsaved.inverse(demo_db)
    assert grouping.wishes(demo_db, 2) == wish

    maximum = grouping.set_max_groups_per_coach(demo_db, 3)
    assert maximum.result == 2 and maximum.changes.settings == {grouping.MAX_PER_COACH}
    assert not maximum.changes.cohorts and maximum.inverse is not None
    maximum.inverse(demo_db)
    assert grouping.max_groups_per_coach(demo_db) == 2


def test_a_meeting_date_names_its_session_and_is_undone(demo_db: Database) -> None:
    from sioo_desk.services import consultation

    group = grouping.current_groups(demo_db, 2)[0]
    before = consultation.meetings(demo_db, group.id or 0)
    edit = consultation.set_meeting(demo_db, group.id or 0, 2, dt.date(2027, 2, 3))
    after = consultation.meetings(demo_db, group.id or 0)
    assert edit.changes.cohorts == {2} and edit.changes.sessions == {after[1].session_id}
    assert edit.result == (before[1].date, before[1].part)
    assert after[1].date == dt.date(2027, 2, 3)
    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    assert [(m.date, m.part) for m in consultation.meetings(demo_db, group.id or 0)] == [
        (m.date, m.part) for m in before
    ]
    assert back.inverse is not None
    back.inverse(demo_db)
    assert consultation.meetings(demo_db, group.id or 0)[1].date == dt.date(2027, 2, 3)


def test_a_cleared_meeting_comes_back_with_its_id_and_calendar_uid(demo_db: Database) -> None:
    from sqlalchemy import text

    from sioo_desk.services import consultation

    group = grouping.current_groups(demo_db, 2)[0].id or 0

    def meeting(number: int) -> tuple[object, ...] | None:
        rows = demo_db.read(
            """SELECT s.id, s.uid, s.sequence, s.title, h.id, h.date, h.part, h.starts_at
               FROM sessions s JOIN half_days h ON h.session_id = s.id
               WHERE s.consultation_group_id = :g AND s.number = :n""",
            {"g": group, "n": number},
        )
        return tuple(rows[0]) if rows else None

    fourth = meeting(4)
    assert fourth is not None
    with demo_db.session() as s:  # a coach's note made at the meeting
        s.execute(text("UPDATE coach_notes SET session_id = :s WHERE id = 1"), {"s": fourth[0]})
    cleared = consultation.set_meeting(demo_db, group, 4, None)
    assert meeting(4) is None and cleared.inverse is not None
    # Undo brings back the same session: an .ics already sent updates, it does not duplicate.
    back = cleared.inverse(demo_db)
    assert meeting(4) == fourth
    assert demo_db.read("SELECT session_id FROM coach_notes WHERE id = 1")[0][0] == fourth[0]
    assert back.changes.sessions == {fourth[0]} and back.result == (None, None)
    assert back.inverse is not None
    again = back.inverse(demo_db)
    assert meeting(4) is None and again.inverse is not None
    again.inverse(demo_db)
    assert meeting(4) == fourth

    # A meeting entered anew keeps its id and UID through undo and redo as well.
    consultation.set_meeting(demo_db, group, 4, None)
    made = consultation.set_meeting(demo_db, group, 4, dt.date(2027, 4, 21))
    entered = meeting(4)
    assert entered is not None and entered[1] != fourth[1]
    assert made.inverse is not None
    unmade = made.inverse(demo_db)
    assert meeting(4) is None and unmade.inverse is not None
    unmade.inverse(demo_db)
    assert meeting(4) == entered


def test_the_warnings_of_all_meetings_match_one_by_one(demo_db: Database) -> None:
    from sioo_desk.services import consultation

    for group in grouping.current_groups(demo_db, 1) + grouping.current_groups(demo_db, 2):
        for meeting in consultation.meetings(demo_db, group.id or 0):
            if meeting.date is None or meeting.part is None:
                continue
            alone = consultation.check_meeting(
                demo_db, group.id or 0, meeting.date, meeting.part, meeting.session_id
            )
            assert list(meeting.warnings) == alone


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
    removed = guests.remove_guest(demo_db, seated).result
    assert guests.guests(demo_db, masterclass.session_id)[-1].waiting_position == 1
    guests.restore_guest(demo_db, removed)
    assert sorted(
        (g.id, g.waiting_position) for g in guests.guests(demo_db, masterclass.session_id)
    ) == sorted(before)
    guests.set_capacity(demo_db, masterclass.session_id, 20)  # the waiting list moves up
    assert all(g.waiting_position is None for g in guests.guests(demo_db, masterclass.session_id))
    assert extra

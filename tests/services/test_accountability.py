"""Planning the accountability conversations on the demo cohorts."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from sioo_desk.services import accountability as acc
from sioo_desk.services.changes import Kind
from sioo_desk.store.database import Database

REFERENCE = 1


def coach_of(db: Database) -> dict[int, int]:
    return {
        int(p): int(c)
        for p, c in db.read(
            """SELECT m.participant_id, g.coach_id FROM group_members m
               JOIN consultation_groups g ON g.id = m.group_id"""
        )
    }


def test_the_demo_plan_is_sound_and_printable(demo_db: Database) -> None:
    plan = acc.plan_of(demo_db, REFERENCE)
    assert [len(g.turns) for g in plan.groups] == [5, 4, 4, 4]
    assert plan.problems == []
    text_ = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(acc.day_plan_pdf(demo_db, REFERENCE))).pages
    )
    assert "Dagplanning" in text_ and "Gerard Hendriks" in text_ and "Şahin Yıldız" in text_
    assert "Presentaties aan de opdrachtgever" in text_
    reader = PdfReader(io.BytesIO(acc.day_plan_pdf(demo_db, REFERENCE)))
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        assert "/FontDescriptor" in font.get_object()  # embedded TrueType, no standard font


def test_a_proposal_follows_every_rule_and_saves(demo_db: Database) -> None:
    groups = acc.propose(demo_db, REFERENCE)
    coaches = coach_of(demo_db)
    closing = acc.closing_half_days(demo_db, REFERENCE)
    assert sorted((len(g.turns) for g in groups), reverse=True) == [5, 4, 4, 4]
    for g in groups:
        assert all(coaches.get(t.participant_id) != g.assessor_id for t in g.turns)
        for t in g.turns:
            assert t.starts_at and t.ends_at
            assert t.ends_at - t.starts_at == dt.timedelta(minutes=75)
            assert any(h.starts_at <= t.starts_at and t.ends_at <= h.ends_at for h in closing)
    uids = dict(
        demo_db.read(
            "SELECT number, uid FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    )
    edit = acc.save(demo_db, REFERENCE, groups, acc.Settings(75))
    before = edit.result
    assert [len(g.turns) for g in before.groups] == [5, 4, 4, 4]
    after = acc.plan_of(demo_db, REFERENCE)
    assert after.problems == []
    assert [[t.participant_id for t in g.turns] for g in after.groups] == [
        [t.participant_id for t in g.turns] for g in groups
    ]
    # The calendar keeps recognising each group's meeting; its SEQUENCE rises.
    rows = demo_db.read(
        "SELECT number, uid, sequence FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
    )
    assert {n: u for n, u, _s in rows} == uids and all(s >= 1 for _n, _u, s in rows)
    # Undo: the former plan comes back as it was.
    assert edit.inverse is not None
    edit.inverse(demo_db)
    assert acc.plan_of(demo_db, REFERENCE).groups == before.groups


def test_nobody_talks_during_their_own_presentation(demo_db: Database) -> None:
    groups = acc.propose(demo_db, REFERENCE)
    first = groups[0].turns[0]
    assert first.starts_at is not None and first.ends_at is not None
    with demo_db.session() as s:
        s.execute(
            text(
                """UPDATE organisational_assignments SET presentation_date = :d,
                   presentation_starts_at = :a, presentation_ends_at = :b
                   WHERE id = (SELECT assignment_id FROM assignment_members
                               WHERE participant_id = :p)"""
            ),
            {
                "d": first.starts_at.date().isoformat(),
                "a": first.starts_at.time().isoformat(),
                "b": (first.starts_at + dt.timedelta(minutes=30)).time().isoformat(),
                "p": first.participant_id,
            },
        )
    again = acc.propose(demo_db, REFERENCE)
    mine = next(t for g in again for t in g.turns if t.participant_id == first.participant_id)
    assert mine.starts_at != first.starts_at
    # The saved old plan now shows the clash as a problem.
    acc.save(demo_db, REFERENCE, groups, acc.Settings())
    assert any("eigen presentatie" in p for p in acc.plan_of(demo_db, REFERENCE).problems)


def test_moving_by_hand_refuses_the_own_coach(demo_db: Database) -> None:
    plan = acc.plan_of(demo_db, REFERENCE)
    coaches = coach_of(demo_db)
    groups = [[t.participant_id for t in g.turns] for g in plan.groups]
    someone = groups[1][0]
    coach = coaches[someone]
    demo_db.engine  # noqa: B018
    with demo_db.session() as s:
        s.execute(
            text("INSERT INTO person_roles (person_id, role) VALUES (:p, 'assessor')"), {"p": coach}
        )
    assessors = [g.assessor_id for g in plan.groups]
    assessors[1] = coach
    with pytest.raises(acc.PlanError, match="nooit de eigen coach"):
        acc.rearranged(demo_db, REFERENCE, groups, assessors, 75)
    # Moving one member to another group is laid out again, and the sizes are reported.
    groups[0].append(groups[1].pop())
    moved = acc.rearranged(
        demo_db, REFERENCE, groups, [g.assessor_id for g in plan.groups], 75, (), None
    )
    with pytest.raises(acc.PlanError, match="passen niet"):
        acc.rearranged(
            demo_db,
            REFERENCE,
            groups,
            [g.assessor_id for g in plan.groups],
            75,
            acc.default_half_days(acc.closing_half_days(demo_db, REFERENCE), 4),
        )
    acc.save(demo_db, REFERENCE, moved, acc.Settings())
    assert any("Groepsgrootte 6 + 4 + 4 + 3" in p for p in acc.plan_of(demo_db, REFERENCE).problems)
    # A group emptied by hand is dropped; the others keep their numbers and calendar UIDs.
    uids = dict(
        demo_db.read(
            "SELECT number, uid FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    )
    groups = [[t.participant_id for t in g.turns] for g in acc.plan_of(demo_db, REFERENCE).groups]
    moving = groups[1]
    groups[2].extend(moving[:2])
    groups[3].extend(moving[2:])
    groups[1] = []
    kept = acc.rearranged(
        demo_db, REFERENCE, groups, [g.assessor_id for g in plan.groups], 75, (), None
    )
    assert [g.number for g in kept] == [1, 3, 4]
    acc.save(
        demo_db,
        REFERENCE,
        kept,
        acc.Settings(75, acc.default_half_days(acc.closing_half_days(demo_db, REFERENCE), 6)),
    )
    after = dict(
        demo_db.read(
            "SELECT number, uid FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    )
    assert after == {n: uids[n] for n in (1, 3, 4)}


def test_without_closing_meeting_or_assessors_the_reason_is_given(demo_db: Database) -> None:
    current = 2  # the cohort in progress has its closing meeting planned, not its groups
    with demo_db.session() as s:
        s.execute(text("DELETE FROM person_roles WHERE role = 'assessor'"))
    with pytest.raises(acc.PlanError, match="er zijn er 0"):
        acc.propose(demo_db, current)
    with demo_db.session() as s:
        s.execute(
            text("DELETE FROM sessions WHERE kind = 'closing' AND cohort_id = :c"), {"c": current}
        )
    with pytest.raises(acc.PlanError, match="slotbijeenkomst is nog niet gepland"):
        acc.rearranged(demo_db, current, [[1]], [None], 75)


def test_laying_out_again_changes_nothing_that_did_not_change(demo_db: Database) -> None:
    plan = acc.plan_of(demo_db, REFERENCE)
    groups = [[t.participant_id for t in g.turns] for g in plan.groups]
    assessors = [g.assessor_id for g in plan.groups]
    again = acc.rearranged(demo_db, REFERENCE, groups, assessors, 75, (), None, None)
    assert again == plan.groups  # same members, same order, same times
    before = dict(
        demo_db.read(
            "SELECT number, sequence FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    )
    acc.save(demo_db, REFERENCE, again, plan.settings)
    after = dict(
        demo_db.read(
            "SELECT number, sequence FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    )
    assert after == before  # no calendar update for what did not change


def test_group_numbers_and_calendar_identity_survive_edits_and_undo(demo_db: Database) -> None:
    plan = acc.plan_of(demo_db, REFERENCE)
    uids = dict(
        demo_db.read(
            "SELECT number, uid FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    )
    groups = [[t.participant_id for t in g.turns] for g in plan.groups]
    assessors = [g.assessor_id for g in plan.groups]
    moving = groups[1]
    groups[2].extend(moving[:2])
    groups[3].extend(moving[2:])
    groups[1] = []
    emptied = acc.rearranged(demo_db, REFERENCE, groups, assessors, 75, (), None, [1, 2, 3, 4])
    before = acc.save(demo_db, REFERENCE, emptied, acc.Settings(75)).result
    # A second edit on the three that are left keeps their numbers 1, 3 and 4.
    shown = acc.plan_of(demo_db, REFERENCE)
    second = acc.rearranged(
        demo_db,
        REFERENCE,
        [[t.participant_id for t in g.turns] for g in shown.groups],
        [g.assessor_id for g in shown.groups],
        75,
        (),
        None,
        [g.number for g in shown.groups],
    )
    assert [g.number for g in second] == [1, 3, 4]
    stored = demo_db.read("SELECT value FROM settings WHERE key = 'accountability.1'")
    high = json.loads(stored[0][0])["sequence"]
    # Undo brings group 2 back under its own calendar UID, with a SEQUENCE above any sent.
    acc.save(demo_db, REFERENCE, before.groups, before.settings)
    rows = demo_db.read(
        "SELECT number, uid, sequence FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
    )
    assert {n: u for n, u, _s in rows} == uids
    assert next(s for n, _u, s in rows if n == 2) > high


def test_a_presentation_away_from_the_groups_turns_is_no_problem(demo_db: Database) -> None:
    plan = acc.plan_of(demo_db, REFERENCE)
    member = plan.groups[0].turns[0]
    with demo_db.session() as s:
        s.execute(
            text(
                """UPDATE organisational_assignments SET presentation_date = '2012-06-26',
                   presentation_starts_at = '19:00:00', presentation_ends_at = '19:30:00'
                   WHERE id = (SELECT assignment_id FROM assignment_members
                               WHERE participant_id = :p)"""
            ),
            {"p": member.participant_id},
        )
    assert acc.plan_of(demo_db, REFERENCE).problems == []


def test_a_saved_plan_names_what_changed_and_undoes_and_redoes(demo_db: Database) -> None:
    plan = acc.plan_of(demo_db, REFERENCE)
    session_of = {
        int(n): int(i)
        for i, n in demo_db.read(
            "SELECT id, number FROM sessions WHERE kind = 'accountability' AND cohort_id = 1"
        )
    }
    groups = [[t.participant_id for t in g.turns] for g in plan.groups]
    moved = groups[0].pop()
    groups[1].append(moved)
    laid_out = acc.rearranged(
        demo_db,
        REFERENCE,
        groups,
        [g.assessor_id for g in plan.groups],
        plan.settings.minutes,
        plan.settings.half_day_ids,
        None,
        [g.number for g in plan.groups],
    )
    edit = acc.save(demo_db, REFERENCE, laid_out, plan.settings)
    after = acc.plan_of(demo_db, REFERENCE)
    assert edit.undoable and edit.result.groups == plan.groups
    # Only the two groups that changed; every member whose turn may have moved.
    assert edit.changes.cohorts == {REFERENCE}
    assert edit.changes.sessions == {session_of[1], session_of[2]}
    assert moved in edit.changes.closing
    assert edit.changes.closing == {t.participant_id for g in plan.groups for t in g.turns}
    assert edit.changes.touches(REFERENCE, Kind.CLOSING)
    assert not edit.changes.touches(2, Kind.CLOSING, Kind.SESSIONS)

    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    assert acc.plan_of(demo_db, REFERENCE).groups == plan.groups
    assert back.changes.sessions == {session_of[1], session_of[2]}
    assert back.inverse is not None
    back.inverse(demo_db)  # redo
    assert acc.plan_of(demo_db, REFERENCE).groups == after.groups

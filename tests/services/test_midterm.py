"""The tussengesprek: not before atelier 3, planned as a meeting, recorded, undone, printed."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import midterm
from sioo_desk.services.demo import REFERENCE_CODE
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database


def first(db: Database) -> tuple[int, int]:
    cohort = int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": REFERENCE_CODE})[0][0])
    return cohort, list_participants(db, cohort)[0].id


def test_not_before_atelier_three(demo_db: Database) -> None:
    cohort, who = first(demo_db)
    assert midterm.earliest_day(demo_db, cohort) == dt.date(2012, 2, 16)  # after 14–15 Feb
    before = midterm.review_of(demo_db, who)
    with pytest.raises(SiooDeskError, match="volgt op werkatelier 3"):
        midterm.plan_review(demo_db, who, dt.date(2012, 2, 15), dt.time(10))
    with pytest.raises(SiooDeskError, match="weekend"):
        midterm.plan_review(demo_db, who, dt.date(2012, 3, 3), dt.time(10))
    with pytest.raises(SiooDeskError, match="volgt op werkatelier 3"):
        midterm.record_review(demo_db, who, dt.date(2012, 1, 10), "x", "y")
    assert midterm.review_of(demo_db, who) == before  # nothing half-saved


def test_plan_record_restore_and_summary(demo_db: Database) -> None:
    _cohort, who = first(demo_db)
    before = midterm.review_of(demo_db, who)
    assert before.planned_on and before.yield_so_far  # the demo has held them
    taken = next(
        x.review for x in midterm.cohort_reviews(demo_db, _cohort) if x.participant_id != who
    )
    assert taken.planned_on and taken.starts_at
    with pytest.raises(SiooDeskError, match="programmamanager heeft dan al een afspraak"):
        midterm.plan_review(demo_db, who, taken.planned_on, taken.starts_at)
    assert midterm.review_of(demo_db, who) == before
    midterm.plan_review(demo_db, who, dt.date(2012, 4, 16), dt.time(14), 45)
    midterm.record_review(
        demo_db, who, dt.date(2012, 4, 16), "Meer lef in het MT.", "Scenario's oefenen."
    )
    now = midterm.review_of(demo_db, who)
    assert (now.planned_on, now.starts_at, now.ends_at) == (
        dt.date(2012, 4, 16),
        dt.time(14),
        dt.time(14, 45),
    )
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(midterm.summary_pdf(demo_db, who))).pages
    )
    assert "Samenvatting tussengesprek" in text and "16 april 2012" in text
    assert "Meer lef in het MT." in text and "Scenario's oefenen." in text
    assert len(PdfReader(io.BytesIO(midterm.summary_pdf(demo_db, who))).pages) == 1
    midterm.restore(demo_db, who, before)
    assert midterm.review_of(demo_db, who) == before


def _cohort_reviews_one_by_one(db: Database, cohort_id: int) -> list[midterm.Planned]:
    """What `cohort_reviews` was before it became one query: a `review_of` per participant."""
    from sioo_desk.services.progress import FOLLOWED

    found = [
        midterm.Planned(p.id, p.name.display_name, midterm.review_of(db, p.id))
        for p in list_participants(db, cohort_id)
        if p.status in FOLLOWED
    ]
    return sorted(
        found,
        key=lambda x: (
            x.review.planned_on is None,
            x.review.planned_on or dt.date.max,
            x.review.starts_at or dt.time(),
        ),
    )


def test_cohort_reviews_is_one_query_with_the_same_answer(demo_db: Database) -> None:
    from sioo_desk.domain.enums import ParticipantStatus
    from sioo_desk.domain.errors import NotFoundError
    from sioo_desk.domain.models import Cohort, Participant

    cohorts = [int(r[0]) for r in demo_db.read("SELECT id FROM cohorts ORDER BY id")]
    for cohort in cohorts:
        assert midterm.cohort_reviews(demo_db, cohort) == _cohort_reviews_one_by_one(
            demo_db, cohort
        )
    # Some unplanned, one only recorded (no meeting), one no longer followed.
    cohort = cohorts[-1]
    ids = [x.participant_id for x in midterm.cohort_reviews(demo_db, cohort)]
    for who in ids[:3]:
        midterm.restore(demo_db, who, midterm.Review())
    midterm.restore(demo_db, ids[3], midterm.Review(yield_so_far="Veel.", agreements="Meer."))
    with demo_db.session() as s:
        s.get_one(Participant, ids[4]).status = ParticipantStatus.WITHDRAWN
        programme_id = s.get_one(Cohort, cohort).programme_id
        empty = Cohort(programme_id=programme_id, code="C99", name="Leeg", location="Doorn")
        s.add(empty)
        s.flush()
        empty_id = empty.id
    assert midterm.cohort_reviews(demo_db, empty_id) == []
    sent: list[str] = []
    with demo_db.trace(sent.append):
        now = midterm.cohort_reviews(demo_db, cohort)
    assert len(sent) == 1, sent
    assert now == _cohort_reviews_one_by_one(demo_db, cohort)
    assert [x.review.planned_on for x in now[-4:]] == [None] * 4
    assert ids[4] not in {x.participant_id for x in now}
    assert any(x.review.yield_so_far == "Veel." and not x.review.planned_on for x in now)
    with pytest.raises(NotFoundError):
        midterm.cohort_reviews(demo_db, empty_id + 1)


def test_a_summary_needs_a_record(demo_db: Database) -> None:
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    who = list_participants(demo_db, cohort)[0].id
    assert not midterm.review_of(demo_db, who).yield_so_far  # the cohort has barely begun
    with pytest.raises(SiooDeskError, match="nog niet vastgelegd"):
        midterm.summary_pdf(demo_db, who)


def test_plan_the_rest_fills_working_days_and_undoes(demo_db: Database) -> None:
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    everyone = midterm.cohort_reviews(demo_db, cohort)
    assert all(x.review.planned_on for x in everyone)  # the demo planned them
    loose = [x.participant_id for x in everyone[:5]]
    for who in loose:
        midterm.restore(demo_db, who, midterm.Review())
    assert sum(x.review.planned_on is None for x in midterm.cohort_reviews(demo_db, cohort)) == 5
    with pytest.raises(SiooDeskError, match="07:00 tot 21:00"):
        midterm.plan_rest(demo_db, cohort, dt.date(2027, 3, 5), [dt.time(6)])
    earliest = midterm.earliest_day(demo_db, cohort)
    assert earliest is not None
    with pytest.raises(SiooDeskError, match="werkatelier 3"):
        midterm.plan_rest(demo_db, cohort, earliest - dt.timedelta(days=1), [dt.time(10)])

    friday = dt.date(2027, 4, 9)
    done = midterm.plan_rest(demo_db, cohort, friday, [dt.time(10), dt.time(14)], 45).result
    assert sorted(who for who, _before in done) == sorted(loose)
    planned = {who: midterm.review_of(demo_db, who) for who in loose}
    days = sorted((r.planned_on, r.starts_at) for r in planned.values())
    assert days[0] == (friday, dt.time(10)) and days[1] == (friday, dt.time(14))
    assert days[2][0] == dt.date(2027, 4, 12)  # over the weekend to Monday
    assert all(r.ends_at == dt.time(r.starts_at.hour, 45) for r in planned.values() if r.starts_at)
    for who, before in done:
        midterm.restore(demo_db, who, before)
    assert all(midterm.review_of(demo_db, who).planned_on is None for who in loose)


def test_plan_the_rest_never_overlaps_its_own_slots(demo_db: Database) -> None:
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    loose = [x.participant_id for x in midterm.cohort_reviews(demo_db, cohort)[:4]]
    for who in loose:
        midterm.restore(demo_db, who, midterm.Review())
    done = midterm.plan_rest(
        demo_db, cohort, dt.date(2027, 4, 12), [dt.time(9), dt.time(9, 30)], 60
    ).result
    assert len(done) == 4
    slots = sorted(
        (r.planned_on, r.starts_at)
        for r in (midterm.review_of(demo_db, who) for who in loose)
        if r.planned_on and r.starts_at
    )
    assert len(slots) == 4 and all(start == dt.time(9) for _day, start in slots)


def test_edits_name_the_participant_and_the_meeting_and_undo(demo_db: Database) -> None:
    cohort, who = first(demo_db)
    before = midterm.review_of(demo_db, who)
    meeting = int(
        demo_db.read(
            "SELECT session_id FROM midterm_reviews WHERE participant_id = :p", {"p": who}
        )[0][0]
    )
    planned = midterm.plan_review(demo_db, who, dt.date(2012, 4, 16), dt.time(14), 45)
    assert planned.changes.cohorts == {cohort} and planned.changes.portfolio == {who}
    assert planned.changes.sessions == {meeting} and planned.result == before
    recorded = midterm.record_review(demo_db, who, dt.date(2012, 4, 16), "Veel.", "Meer.")
    assert recorded.changes.portfolio == {who} and not recorded.changes.sessions
    after = midterm.review_of(demo_db, who)
    assert recorded.inverse is not None and planned.inverse is not None
    unrecorded = recorded.inverse(demo_db)
    unplanned = planned.inverse(demo_db)
    assert midterm.review_of(demo_db, who) == before
    assert unplanned.inverse is not None and unrecorded.inverse is not None
    unplanned.inverse(demo_db)
    unrecorded.inverse(demo_db)
    assert midterm.review_of(demo_db, who) == after


def test_planning_the_rest_undoes_and_redoes_as_one(demo_db: Database) -> None:
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    loose = [x.participant_id for x in midterm.cohort_reviews(demo_db, cohort)[:3]]
    for who in loose:
        midterm.restore(demo_db, who, midterm.Review())
    done = midterm.plan_rest(demo_db, cohort, dt.date(2027, 4, 12), [dt.time(10)], 60)
    assert done.changes.portfolio == set(loose) and len(done.changes.sessions) == 3
    planned = {who: midterm.review_of(demo_db, who) for who in loose}
    assert done.inverse is not None
    undone = done.inverse(demo_db)
    assert all(midterm.review_of(demo_db, who).planned_on is None for who in loose)
    assert undone.inverse is not None
    undone.inverse(demo_db)
    assert {who: midterm.review_of(demo_db, who) for who in loose} == planned


def test_planning_the_rest_is_all_or_nothing(demo_db: Database) -> None:
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    loose = [x.participant_id for x in midterm.cohort_reviews(demo_db, cohort)[:2]]
    for who in loose:
        midterm.restore(demo_db, who, midterm.Review())
    with pytest.raises(SiooDeskError, match="weekend"):
        midterm.restore(demo_db, loose[0], midterm.Review(dt.date(2027, 4, 10), dt.time(10)))
    assert all(midterm.review_of(demo_db, who) == midterm.Review() for who in loose)


def _meeting(db: Database, who: int) -> tuple[object, ...] | None:
    """The tussengesprek's session as calendars and the register know it."""
    rows = db.read(
        """SELECT s.id, s.uid, s.sequence, s.title, h.id, h.date, h.starts_at, h.ends_at,
                  (SELECT count(*) FROM attendance a WHERE a.half_day_id = h.id),
                  (SELECT count(*) FROM session_teachers t WHERE t.session_id = s.id)
           FROM midterm_reviews r JOIN sessions s ON s.id = r.session_id
           JOIN half_days h ON h.session_id = s.id WHERE r.participant_id = :p""",
        {"p": who},
    )
    return tuple(rows[0]) if rows else None


def test_undo_and_redo_bring_back_the_same_meeting_and_calendar_uid(demo_db: Database) -> None:
    from dataclasses import replace

    # Unplanned and undone: the same session (id, UID, SEQUENCE, half-day, attendance).
    _cohort, who = first(demo_db)
    held = _meeting(demo_db, who)
    assert held is not None and held[8] == 1  # held, and in the register
    before = midterm.review_of(demo_db, who)
    unplanned = midterm.restore(
        demo_db, who, replace(before, planned_on=None, starts_at=None, ends_at=None)
    )
    assert _meeting(demo_db, who) is None and unplanned.inverse is not None
    back = unplanned.inverse(demo_db)
    assert _meeting(demo_db, who) == held and midterm.review_of(demo_db, who) == before
    assert back.changes.sessions == {held[0]} and back.inverse is not None
    again = back.inverse(demo_db)
    assert _meeting(demo_db, who) is None and again.inverse is not None
    again.inverse(demo_db)
    assert _meeting(demo_db, who) == held

    # Planned anew, undone and redone: the meeting made, not another one beside it.
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    loose = [x.participant_id for x in midterm.cohort_reviews(demo_db, cohort)[:3]]
    for other in loose:
        midterm.restore(demo_db, other, midterm.Review())
    planned = midterm.plan_review(demo_db, loose[0], dt.date(2027, 4, 12), dt.time(10))
    made = _meeting(demo_db, loose[0])
    assert made is not None and planned.inverse is not None
    unmade = planned.inverse(demo_db)
    assert _meeting(demo_db, loose[0]) is None and unmade.inverse is not None
    unmade.inverse(demo_db)
    assert _meeting(demo_db, loose[0]) == made

    # Planning the rest at once, undone and redone as one.
    rest = midterm.plan_rest(demo_db, cohort, dt.date(2027, 4, 13), [dt.time(10)], 60)
    made_rest = {other: _meeting(demo_db, other) for other in loose[1:]}
    assert all(made_rest.values()) and rest.inverse is not None
    unrest = rest.inverse(demo_db)
    assert all(_meeting(demo_db, other) is None for other in loose[1:])
    assert unrest.inverse is not None
    unrest.inverse(demo_db)
    assert {other: _meeting(demo_db, other) for other in loose[1:]} == made_rest

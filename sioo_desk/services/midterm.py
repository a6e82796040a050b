"""The tussengesprek: planned after atelier 3 with the programme manager, then recorded — what
the programme has yielded so far and the agreements on the learning route for the second
half — and printed as a one-page summary for the participant.

A tussengesprek is part of the participant's record (`Changes.portfolio`) and, once planned,
a meeting of the cohort (`Changes.sessions`). Every write runs in one transaction, its checks
included; undo puts back the former state through `restore`."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from sioo_desk.domain.enums import SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import pdf_fonts
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sioo_desk.domain.models import Participant
    from sioo_desk.services.snapshots import Snapshot


@dataclass(frozen=True)
class Review:
    planned_on: dt.date | None = None
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None
    held_on: dt.date | None = None
    yield_so_far: str = ""
    agreements: str = ""


def _time(value: object) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value)[:8])


_REVIEW = """SELECT h.date, h.starts_at, h.ends_at, r.held_on, r.yield_so_far,
                     r.learning_route_agreements
              FROM midterm_reviews r
              LEFT JOIN half_days h ON h.session_id = r.session_id
              WHERE r.participant_id = :p"""
_EARLIEST = """SELECT MAX(h.date) FROM sessions s JOIN half_days h ON h.session_id = s.id
               WHERE s.cohort_id = :c AND s.kind = 'atelier' AND s.number = 3"""


def _as_review(row: Any) -> Review:
    if row is None:
        return Review()
    return Review(as_date(row[0]), _time(row[1]), _time(row[2]), as_date(row[3]), row[4], row[5])


def review_of(db: Database, participant_id: int) -> Review:
    rows = db.read(_REVIEW, {"p": participant_id})
    return _as_review(rows[0] if rows else None)


def _review(s: Session, participant_id: int) -> Review:
    from sqlalchemy import text

    return _as_review(s.execute(text(_REVIEW), {"p": participant_id}).first())


def earliest_day(db: Database, cohort_id: int) -> dt.date | None:
    """The first day a tussengesprek may be held: after the last day of atelier 3."""
    rows = db.read(_EARLIEST, {"c": cohort_id})
    last = as_date(rows[0][0]) if rows else None
    return None if last is None else last + dt.timedelta(days=1)


def _check_day(s: Session, cohort_id: int, day: dt.date, what: str) -> None:
    from sqlalchemy import text

    last = as_date(s.execute(text(_EARLIEST), {"c": cohort_id}).scalar())
    if last is None:
        raise SiooDeskError(
            "Werkatelier 3 is nog niet gepland; het tussengesprek volgt daarop. "
            "Plan eerst het programma."
        )
    earliest = last + dt.timedelta(days=1)
    if day < earliest:
        raise SiooDeskError(
            f"{what} op {long_date(day)} kan niet: het tussengesprek volgt op werkatelier 3 "
            f"(vanaf {long_date(earliest)})."
        )


def _check_start(starts_at: dt.time) -> None:
    if not dt.time(7) <= starts_at <= dt.time(21):
        raise SiooDeskError(f"Een gesprek om {starts_at:%H:%M} kan niet; kies 07:00 tot 21:00.")


def _participant(s: Session, participant_id: int) -> Participant:
    from sioo_desk.domain.models import Participant

    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    return participant


def _session_of(s: Session, participant_id: int) -> int | None:
    from sqlalchemy import select

    from sioo_desk.domain.models import MidtermReview

    return s.scalar(
        select(MidtermReview.session_id).where(MidtermReview.participant_id == participant_id)
    )


def _changes(
    cohort_id: int, participants: Iterable[int], sessions: Iterable[int | None]
) -> Changes:
    return Changes.of(
        cohort_id, portfolio=participants, sessions=[i for i in sessions if i is not None]
    )


def _check_plan(
    s: Session, participant: Participant, day: dt.date, starts_at: dt.time, minutes: int
) -> None:
    """Refuse a day or time that cannot hold the participant's tussengesprek."""
    from sioo_desk.domain.models import Cohort
    from sioo_desk.services.intake_planning import busy
    from sioo_desk.services.schedule import dutch_holidays

    if day.isoweekday() > 5:
        raise SiooDeskError(f"{long_date(day)} valt in het weekend.")
    holidays = dutch_holidays((day.year,))
    if day in holidays:
        raise SiooDeskError(f"{long_date(day)} is {holidays[day]}.")
    _check_start(starts_at)
    _check_day(s, participant.cohort_id, day, "Een tussengesprek")
    manager = s.get_one(Cohort, participant.cohort_id).programme_manager_id
    if manager is None:
        return
    begin = dt.datetime.combine(day, starts_at)
    end = begin + dt.timedelta(minutes=minutes)
    for other_begin, other_end in busy(s, manager, except_session=_session_of(s, participant.id)):
        if begin < other_end and other_begin < end:
            raise SiooDeskError(
                f"{long_date(day)} {starts_at:%H:%M}: de programmamanager heeft dan al "
                f"een afspraak ({other_begin:%H:%M}–{other_end:%H:%M})."
            )


def _plan(
    s: Session,
    participant: Participant,
    day: dt.date,
    starts_at: dt.time,
    minutes: int,
    meeting: Snapshot | None = None,
) -> int:
    """Plan or move the tussengesprek within `s`; the meeting's id. A participant without one
    gets `meeting` back when given (the session `_unplan` removed: its id, calendar UID and
    SEQUENCE, with all that hung on it), otherwise a new session."""
    from sqlalchemy import select

    from sioo_desk.domain.models import (
        Cohort,
        HalfDay,
        MidtermReview,
        SessionParticipant,
        SessionTeacher,
    )
    from sioo_desk.domain.models import Session as Meeting
    from sioo_desk.services.intake_planning import day_part

    _check_plan(s, participant, day, starts_at, minutes)
    ends = (dt.datetime.combine(day, starts_at) + dt.timedelta(minutes=minutes)).time()
    review = s.scalar(select(MidtermReview).where(MidtermReview.participant_id == participant.id))
    if review is None:
        review = MidtermReview(participant_id=participant.id)
        s.add(review)
    session = None if review.session_id is None else s.get(Meeting, review.session_id)
    manager = s.get_one(Cohort, participant.cohort_id).programme_manager_id
    brought_back = session is None and meeting is not None
    if brought_back and meeting is not None:
        from sioo_desk.services import snapshots

        s.flush()
        snapshots.restore(s.connection(), meeting)
        session = s.get_one(Meeting, next(iter(meeting.rows["sessions"])))
    elif session is None:
        session = Meeting(
            cohort_id=participant.cohort_id,
            kind=SessionKind.MIDTERM_REVIEW,
            title=f"Tussengesprek {participant.name.display_name}",
            uid=f"tussengesprek-{uuid.uuid4()}@sioo-desk",
            attendees=[SessionParticipant(participant_id=participant.id)],
        )
        if manager is not None:
            session.teachers.append(SessionTeacher(person_id=manager, role="programmamanager"))
        s.add(session)
    else:
        session.sequence += 1  # the invitation already sent changes
    # Changed in place: a new row beside the old one could clash on (date, part).
    if not session.half_days:
        session.half_days.append(HalfDay(date=day, part=day_part(starts_at)))
    del session.half_days[1:]
    half_day = session.half_days[0]
    wanted = (day, day_part(starts_at), starts_at, ends)
    if brought_back and (half_day.date, half_day.part, half_day.starts_at, half_day.ends_at) != (
        wanted
    ):
        session.sequence += 1  # back, but not as the invitation sent before
    half_day.date, half_day.part = day, day_part(starts_at)
    half_day.starts_at, half_day.ends_at = starts_at, ends
    s.flush()
    review.session_id = session.id
    s.flush()
    return session.id


def _unplan(s: Session, participant_id: int) -> Snapshot | None:
    """Remove the participant's tussengesprek meeting; the session as it was, with all that
    hung on it, for `_plan` to bring back (None: there was none)."""
    from sqlalchemy import select

    from sioo_desk.domain.models import MidtermReview
    from sioo_desk.domain.models import Session as Meeting
    from sioo_desk.services import snapshots

    removed = None
    review = s.scalar(select(MidtermReview).where(MidtermReview.participant_id == participant_id))
    if review is not None and review.session_id is not None:
        session = s.get(Meeting, review.session_id)
        if session is not None:
            s.flush()
            removed = snapshots.take(s.connection(), "sessions", [session.id])
        review.session_id = None
        if session is not None:
            s.delete(session)
        s.flush()
    return removed


def _record(
    s: Session,
    participant: Participant,
    held_on: dt.date | None,
    yield_so_far: str,
    agreements: str,
) -> None:
    from sqlalchemy import select

    from sioo_desk.domain.models import MidtermReview

    if held_on is not None:
        _check_day(s, participant.cohort_id, held_on, "Een tussengesprek gehouden")
    review = s.scalar(select(MidtermReview).where(MidtermReview.participant_id == participant.id))
    if review is None:
        review = MidtermReview(participant_id=participant.id)
        s.add(review)
    review.held_on = held_on
    review.yield_so_far = yield_so_far.strip()
    review.learning_route_agreements = agreements.strip()
    s.flush()


def plan_review(
    db: Database, participant_id: int, day: dt.date, starts_at: dt.time, minutes: int = 60
) -> Edit:
    """Plan or move the tussengesprek; the result is what was planned before."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        before, was = _review(s, participant_id), _session_of(s, participant_id)
        now = _plan(s, participant, day, starts_at, minutes)
        cohort_id = participant.cohort_id
    return Edit(
        _changes(cohort_id, [participant_id], [was, now]),
        partial(restore, participant_id=participant_id, review=before),
        result=before,
    )


def record_review(
    db: Database, participant_id: int, held_on: dt.date | None, yield_so_far: str, agreements: str
) -> Edit:
    """Record the conversation; the result is what was recorded before."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        before = _review(s, participant_id)
        _record(s, participant, held_on, yield_so_far, agreements)
        cohort_id = participant.cohort_id
    return Edit(
        _changes(cohort_id, [participant_id], []),
        partial(restore, participant_id=participant_id, review=before),
        result=before,
    )


def _put(
    s: Session, participant: Participant, review: Review, meeting: Snapshot | None = None
) -> tuple[list[int | None], Snapshot | None]:
    """Make the tussengesprek `review` within `s` (a planned one in `meeting`, the session
    removed before, when given); the meetings this touched, and the session it removed."""
    touched = [_session_of(s, participant.id)]
    removed = None
    if review.planned_on and review.starts_at:
        minutes = 60
        if review.ends_at:
            span = dt.datetime.combine(review.planned_on, review.ends_at) - dt.datetime.combine(
                review.planned_on, review.starts_at
            )
            minutes = int(span.total_seconds() // 60)
        touched.append(_plan(s, participant, review.planned_on, review.starts_at, minutes, meeting))
    else:
        removed = _unplan(s, participant.id)
    _record(s, participant, review.held_on, review.yield_so_far, review.agreements)
    return touched, removed


def restore(
    db: Database, participant_id: int, review: Review, meeting: Snapshot | None = None
) -> Edit:
    """Put back a former state (undo); the result is the state it replaced. A meeting it
    removes comes back, id and calendar UID and all, through the inverse's `meeting`."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        before = _review(s, participant_id)
        touched, removed = _put(s, participant, review, meeting)
        cohort_id = participant.cohort_id
    return Edit(
        _changes(cohort_id, [participant_id], touched),
        partial(restore, participant_id=participant_id, review=before, meeting=removed),
        result=before,
    )


def _restore_all(
    db: Database,
    *,
    cohort_id: int,
    states: tuple[tuple[int, Review], ...],
    meetings: tuple[tuple[int, Snapshot], ...] = (),
) -> Edit:
    """Put several tussengesprekken back at once (undo of planning the rest), in reverse;
    `meetings` are the sessions (per participant) that the step undone here removed."""
    kept = dict(meetings)
    done: list[tuple[int, Review]] = []
    removed: list[tuple[int, Snapshot]] = []
    touched: list[int | None] = []
    with db.session() as s:
        for participant_id, review in reversed(states):
            participant = _participant(s, participant_id)
            done.append((participant_id, _review(s, participant_id)))
            made, gone = _put(s, participant, review, kept.get(participant_id))
            touched += made
            if gone is not None:
                removed.append((participant_id, gone))
    return Edit(
        _changes(cohort_id, [who for who, _r in states], touched),
        partial(
            _restore_all,
            cohort_id=cohort_id,
            states=tuple(reversed(done)),
            meetings=tuple(removed),
        ),
        result=list(reversed(done)),
    )


def summary_pdf(db: Database, participant_id: int) -> bytes:
    """One page in Dutch for the participant: when, what it yielded, what was agreed."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from sioo_desk.services.cohorts import get_cohort
    from sioo_desk.services.participants import participant_detail

    detail = participant_detail(db, participant_id)
    review = review_of(db, participant_id)
    if not (review.yield_so_far or review.agreements):
        raise SiooDeskError(
            f"Het tussengesprek van {detail.row.name.display_name} is nog niet vastgelegd; "
            "er is nog niets om samen te vatten."
        )
    cohort = get_cohort(db, detail.row.cohort_id)
    regular, bold = pdf_fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=9, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle(
        "title", fontName=bold, fontSize=16, leading=21, textColor=colors.HexColor("#1f4e79")
    )
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=11.5, spaceBefore=8)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(safe.replace("\n", "<br/>"), style)

    held = review.held_on or review.planned_on
    story = [
        p("Samenvatting tussengesprek", title),
        p(f"{detail.row.name.display_name} · {cohort.name} · {cohort.programme_title}", small),
        p(f"Gehouden op {long_date(held)}" if held else "", small),
        Spacer(1, 4 * mm),
        p("Wat het programma tot nu toe heeft opgeleverd", heading),
        p(review.yield_so_far or "–"),
        p("Afspraken over de leerroute voor de tweede helft", heading),
        p(review.agreements or "–"),
        Spacer(1, 8 * mm),
        p(
            "Deze afspraken zijn onderdeel van je portfolio; we komen erop terug bij de "
            "slotbijeenkomst.",
            small,
        ),
    ]
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=f"Tussengesprek {detail.row.name.display_name}",
        author="Sioo",
        initialFontName=regular,
    ).build(story)
    return out.getvalue()


@dataclass(frozen=True)
class Planned:
    participant_id: int
    name: str
    review: Review


#: The cohort (so that an unknown one is told from an empty one), each participant who follows
#: the programme, and their tussengesprek as `_REVIEW` reads it (the review's columns NULL when
#: there is none).
_COHORT_REVIEWS = """SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname,
                            r.participant_id, h.date, h.starts_at, h.ends_at, r.held_on,
                            r.yield_so_far, r.learning_route_agreements
                     FROM cohorts c
                     LEFT JOIN participants p ON p.cohort_id = c.id AND p.status IN ({statuses})
                     LEFT JOIN midterm_reviews r ON r.participant_id = p.id
                     LEFT JOIN half_days h ON h.session_id = r.session_id
                     WHERE c.id = :c
                     ORDER BY p.id"""


def cohort_reviews(db: Database, cohort_id: int) -> list[Planned]:
    """Every participant who follows the programme with their tussengesprek, in date order
    (the unplanned last; otherwise in the order of the participants list). One query."""
    from sioo_desk.domain.names import PersonName
    from sioo_desk.services.progress import FOLLOWED

    statuses = ", ".join(f"'{s.value}'" for s in sorted(FOLLOWED))
    rows = db.read(_COHORT_REVIEWS.format(statuses=statuses), {"c": cohort_id})
    if not rows:
        raise NotFoundError("Cohort", cohort_id)
    people: dict[int, tuple[PersonName, Review]] = {}
    for r in rows:
        if r[0] is None or int(r[0]) in people:  # no followers; a second half-day
            continue
        name = PersonName(r[4], r[1], r[2], r[3])
        people[int(r[0])] = (name, Review() if r[5] is None else _as_review(r[6:]))
    found = [
        Planned(who, name.display_name, review)
        for who, (name, review) in sorted(people.items(), key=lambda x: x[1][0].sort_key)
    ]
    return sorted(
        found,
        key=lambda x: (
            x.review.planned_on is None,
            x.review.planned_on or dt.date.max,
            x.review.starts_at or dt.time(),
        ),
    )


def _followers(s: Session, cohort_id: int) -> list[Participant]:
    """Who follows the programme, in the order of the participants list."""
    from sqlalchemy import select

    from sioo_desk.domain.models import Cohort, Participant
    from sioo_desk.services.progress import FOLLOWED

    if s.get(Cohort, cohort_id) is None:
        raise NotFoundError("Cohort", cohort_id)
    found = s.scalars(
        select(Participant).where(
            Participant.cohort_id == cohort_id, Participant.status.in_(FOLLOWED)
        )
    )
    return sorted(found, key=lambda p: p.name.sort_key)


def plan_rest(
    db: Database,
    cohort_id: int,
    first_day: dt.date,
    starts: list[dt.time],
    minutes: int = 60,
) -> Edit:
    """Give everyone still without a tussengesprek one, in the slots `starts` of each working
    day from `first_day` on, all or nothing; the result is (participant, former state) of
    each one planned."""
    from sioo_desk.domain.models import Cohort
    from sioo_desk.services.intake_planning import busy
    from sioo_desk.services.schedule import dutch_holidays

    if not starts:
        raise SiooDeskError("Kies minstens één begintijd.")
    for start in starts:
        _check_start(start)
    holidays = dutch_holidays((first_day.year, first_day.year + 1))
    done: list[tuple[int, Review]] = []
    touched: list[int | None] = []
    with db.session() as s:
        _check_day(s, cohort_id, first_day, "Tussengesprekken plannen vanaf")
        everyone = [(p, _review(s, p.id)) for p in _followers(s, cohort_id)]
        waiting = [(p, review) for p, review in everyone if review.planned_on is None]
        taken = {(r.planned_on, r.starts_at) for _p, r in everyone if r.planned_on}
        manager = s.get_one(Cohort, cohort_id).programme_manager_id
        appointments = [] if manager is None else busy(s, manager)

        def free(day: dt.date, start: dt.time) -> bool:
            begin = dt.datetime.combine(day, start)
            end = begin + dt.timedelta(minutes=minutes)
            return (day, start) not in taken and not any(
                begin < other_end and other_begin < end for other_begin, other_end in appointments
            )

        day = first_day
        while waiting:
            if day.isoweekday() <= 5 and day not in holidays:
                for start in sorted(starts):
                    if waiting and free(day, start):
                        person, before = waiting.pop(0)
                        done.append((person.id, before))
                        touched.append(_plan(s, person, day, start, minutes))
                        begin = dt.datetime.combine(day, start)
                        appointments.append((begin, begin + dt.timedelta(minutes=minutes)))
            day += dt.timedelta(days=1)
    return Edit(
        _changes(cohort_id, [who for who, _r in done], touched),
        partial(_restore_all, cohort_id=cohort_id, states=tuple(done)),
        result=done,
    )

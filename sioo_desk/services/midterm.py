"""The tussengesprek: planned after atelier 3 with the programme manager, then recorded — what
the programme has yielded so far and the agreements on the learning route for the second
half — and printed as a one-page summary for the participant."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass

from sioo_desk.domain.enums import SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import pdf_fonts
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database


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


def review_of(db: Database, participant_id: int) -> Review:
    rows = db.read(
        """SELECT h.date, h.starts_at, h.ends_at, r.held_on, r.yield_so_far,
                  r.learning_route_agreements
           FROM midterm_reviews r
           LEFT JOIN half_days h ON h.session_id = r.session_id
           WHERE r.participant_id = :p""",
        {"p": participant_id},
    )
    if not rows:
        return Review()
    r = rows[0]
    return Review(as_date(r[0]), _time(r[1]), _time(r[2]), as_date(r[3]), r[4], r[5])


def earliest_day(db: Database, cohort_id: int) -> dt.date | None:
    """The first day a tussengesprek may be held: after the last day of atelier 3."""
    rows = db.read(
        """SELECT MAX(h.date) FROM sessions s JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind = 'atelier' AND s.number = 3""",
        {"c": cohort_id},
    )
    last = as_date(rows[0][0]) if rows else None
    return None if last is None else last + dt.timedelta(days=1)


def _check_day(db: Database, cohort_id: int, day: dt.date, what: str) -> None:
    earliest = earliest_day(db, cohort_id)
    if earliest is None:
        raise SiooDeskError(
            "Werkatelier 3 is nog niet gepland; het tussengesprek volgt daarop. "
            "Plan eerst het programma."
        )
    if day < earliest:
        raise SiooDeskError(
            f"{what} op {long_date(day)} kan niet: het tussengesprek volgt op werkatelier 3 "
            f"(vanaf {long_date(earliest)})."
        )


def plan_review(
    db: Database, participant_id: int, day: dt.date, starts_at: dt.time, minutes: int = 60
) -> Review:
    """Plan or move the tussengesprek; return what was planned before, for undo."""
    from sqlalchemy import select

    from sioo_desk.domain.models import (
        Cohort,
        HalfDay,
        MidtermReview,
        Participant,
        Session,
        SessionParticipant,
        SessionTeacher,
    )
    from sioo_desk.services.intake_planning import busy, day_part
    from sioo_desk.services.schedule import dutch_holidays

    if day.isoweekday() > 5:
        raise SiooDeskError(f"{long_date(day)} valt in het weekend.")
    holidays = dutch_holidays((day.year,))
    if day in holidays:
        raise SiooDeskError(f"{long_date(day)} is {holidays[day]}.")
    if not dt.time(7) <= starts_at <= dt.time(21):
        raise SiooDeskError(f"Een gesprek om {starts_at:%H:%M} kan niet; kies 07:00 tot 21:00.")
    before = review_of(db, participant_id)
    ends = (dt.datetime.combine(day, starts_at) + dt.timedelta(minutes=minutes)).time()
    with db.session() as s:
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise NotFoundError("Deelnemer", participant_id)
        _check_day(db, participant.cohort_id, day, "Een tussengesprek")
        review = s.scalar(
            select(MidtermReview).where(MidtermReview.participant_id == participant_id)
        )
        if review is None:
            review = MidtermReview(participant_id=participant_id)
            s.add(review)
        session = None if review.session_id is None else s.get(Session, review.session_id)
        manager = s.get_one(Cohort, participant.cohort_id).programme_manager_id
        if manager is not None:
            begin, end = dt.datetime.combine(day, starts_at), dt.datetime.combine(day, ends)
            for other_begin, other_end in busy(
                s, manager, except_session=None if session is None else session.id
            ):
                if begin < other_end and other_begin < end:
                    raise SiooDeskError(
                        f"{long_date(day)} {starts_at:%H:%M}: de programmamanager heeft dan al "
                        f"een afspraak ({other_begin:%H:%M}–{other_end:%H:%M})."
                    )
        if session is None:
            cohort = s.get_one(Cohort, participant.cohort_id)
            session = Session(
                cohort_id=participant.cohort_id,
                kind=SessionKind.MIDTERM_REVIEW,
                title=f"Tussengesprek {participant.name.display_name}",
                uid=f"tussengesprek-{uuid.uuid4()}@sioo-desk",
                attendees=[SessionParticipant(participant_id=participant_id)],
            )
            if cohort.programme_manager_id is not None:
                session.teachers.append(
                    SessionTeacher(person_id=cohort.programme_manager_id, role="programmamanager")
                )
            s.add(session)
        else:
            session.sequence += 1  # the invitation already sent changes
        # Changed in place: a new row beside the old one could clash on (date, part).
        if not session.half_days:
            session.half_days.append(HalfDay(date=day, part=day_part(starts_at)))
        del session.half_days[1:]
        half_day = session.half_days[0]
        half_day.date, half_day.part = day, day_part(starts_at)
        half_day.starts_at, half_day.ends_at = starts_at, ends
        s.flush()
        review.session_id = session.id
    return before


def record_review(
    db: Database, participant_id: int, held_on: dt.date | None, yield_so_far: str, agreements: str
) -> Review:
    """Record the conversation; return what was recorded before, for undo."""
    from sqlalchemy import select

    from sioo_desk.domain.models import MidtermReview, Participant

    before = review_of(db, participant_id)
    with db.session() as s:
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise NotFoundError("Deelnemer", participant_id)
        if held_on is not None:
            _check_day(db, participant.cohort_id, held_on, "Een tussengesprek gehouden")
        review = s.scalar(
            select(MidtermReview).where(MidtermReview.participant_id == participant_id)
        )
        if review is None:
            review = MidtermReview(participant_id=participant_id)
            s.add(review)
        review.held_on = held_on
        review.yield_so_far = yield_so_far.strip()
        review.learning_route_agreements = agreements.strip()
    return before


def restore(db: Database, participant_id: int, review: Review) -> None:
    """Put back a former state (undo)."""
    if review.planned_on and review.starts_at:
        minutes = 60
        if review.ends_at:
            span = dt.datetime.combine(review.planned_on, review.ends_at) - dt.datetime.combine(
                review.planned_on, review.starts_at
            )
            minutes = int(span.total_seconds() // 60)
        plan_review(db, participant_id, review.planned_on, review.starts_at, minutes)
    else:
        _unplan(db, participant_id)
    record_review(db, participant_id, review.held_on, review.yield_so_far, review.agreements)


def _unplan(db: Database, participant_id: int) -> None:
    from sqlalchemy import select

    from sioo_desk.domain.models import MidtermReview, Session

    with db.session() as s:
        review = s.scalar(
            select(MidtermReview).where(MidtermReview.participant_id == participant_id)
        )
        if review is not None and review.session_id is not None:
            session = s.get(Session, review.session_id)
            review.session_id = None
            if session is not None:
                s.delete(session)


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


def cohort_reviews(db: Database, cohort_id: int) -> list[Planned]:
    """Every participant who follows the programme with their tussengesprek, in date order
    (the unplanned last)."""
    from sioo_desk.services.participants import list_participants
    from sioo_desk.services.progress import FOLLOWED

    found = [
        Planned(p.id, p.name.display_name, review_of(db, p.id))
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


def _manager_appointments(db: Database, cohort_id: int) -> list[tuple[dt.datetime, dt.datetime]]:
    from sioo_desk.domain.models import Cohort
    from sioo_desk.services.intake_planning import busy

    with db.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        return [] if cohort.programme_manager_id is None else busy(s, cohort.programme_manager_id)


def plan_rest(
    db: Database,
    cohort_id: int,
    first_day: dt.date,
    starts: list[dt.time],
    minutes: int = 60,
) -> list[tuple[int, Review]]:
    """Give everyone still without a tussengesprek one, in the slots `starts` of each working
    day from `first_day` on; return (participant, former state) for undo."""
    from sioo_desk.services.schedule import dutch_holidays

    if not starts:
        raise SiooDeskError("Kies minstens één begintijd.")
    for start in starts:
        if not dt.time(7) <= start <= dt.time(21):
            raise SiooDeskError(f"Een gesprek om {start:%H:%M} kan niet; kies 07:00 tot 21:00.")
    _check_day(db, cohort_id, first_day, "Tussengesprekken plannen vanaf")
    waiting = [x for x in cohort_reviews(db, cohort_id) if x.review.planned_on is None]
    taken = {
        (x.review.planned_on, x.review.starts_at)
        for x in cohort_reviews(db, cohort_id)
        if x.review.planned_on
    }
    holidays = dutch_holidays((first_day.year, first_day.year + 1))
    appointments = _manager_appointments(db, cohort_id)

    def free(day: dt.date, start: dt.time) -> bool:
        begin = dt.datetime.combine(day, start)
        end = begin + dt.timedelta(minutes=minutes)
        return (day, start) not in taken and not any(
            begin < other_end and other_begin < end for other_begin, other_end in appointments
        )

    done: list[tuple[int, Review]] = []
    day = first_day
    try:
        while waiting:
            if day.isoweekday() <= 5 and day not in holidays:
                for start in sorted(starts):
                    if waiting and free(day, start):
                        person = waiting.pop(0)
                        before = plan_review(db, person.participant_id, day, start, minutes)
                        done.append((person.participant_id, before))
                        begin = dt.datetime.combine(day, start)
                        appointments.append((begin, begin + dt.timedelta(minutes=minutes)))
            day += dt.timedelta(days=1)
    except SiooDeskError:
        for who, before in reversed(done):  # all or nothing
            restore(db, who, before)
        raise
    return done

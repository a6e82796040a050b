"""Intake slots: made in series, filled by hand or with the first free one, and sent out as
calendar files. A slot is a session of kind INTAKE_INTERVIEW; its candidate is its attendee."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from sioo_desk.domain.enums import DayPart, ParticipantStatus, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.models import (
    Cohort,
    HalfDay,
    Intake,
    Participant,
    Person,
    Session,
    SessionParticipant,
    SessionTeacher,
)
from sioo_desk.domain.names import PersonName
from sioo_desk.domain.status_flow import STATUS_LABELS
from sioo_desk.services import audit, snapshots
from sioo_desk.services.changes import Changes, Edit, final
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database


class PlanningError(SiooDeskError):
    pass


NO_INTERVIEWER = (
    "Er zijn nog geen medewerkers die een intakegesprek kunnen voeren; voeg eerst een "
    "medewerker toe (Bewerken ▸ Medewerkers…) en kies die als interviewer."
)


class NoFreeSlot(PlanningError):
    """Every slot on or after the day asked for is taken (or there are none)."""


@dataclass(frozen=True)
class Slot:
    session_id: int
    date: dt.date
    starts_at: dt.time
    ends_at: dt.time
    interviewer: str
    participant_id: int | None
    participant_name: str

    @property
    def free(self) -> bool:
        return self.participant_id is None


def day_part(at: dt.time) -> DayPart:
    if at < dt.time(12, 30):
        return DayPart.MORNING
    if at < dt.time(18, 0):
        return DayPart.AFTERNOON
    return DayPart.EVENING


def interviewers(db: Database) -> list[tuple[int, str]]:
    """Every staff member not archived, whatever their roles: anyone may hold an intake."""
    from sioo_desk.services.staff import list_staff

    return [(m.id, m.name.display_name) for m in list_staff(db, archived=False)]


def make_slots(
    db: Database,
    cohort_id: int,
    days: Iterable[dt.date],
    starts: Iterable[dt.time],
    minutes: int,
    interviewer_id: int | None,
) -> Edit:
    """One slot per day per start time; `result` is their ids, and the undo deletes them.
    Weekends and clashes with the interviewer's other appointments are refused, with the day
    and time that clash."""
    days, starts = sorted(set(days)), sorted(set(starts))
    if interviewer_id is None:
        raise PlanningError(NO_INTERVIEWER)
    if not days or not starts:
        raise PlanningError("Kies minstens één dag en één begintijd.")
    if not 15 <= minutes <= 240:
        raise PlanningError(f"Een intakegesprek van {minutes} minuten kan niet (15 tot 240).")
    for start in starts:
        if not dt.time(7) <= start <= dt.time(21):
            raise PlanningError(
                f"Een intakegesprek om {start:%H:%M} kan niet; kies een tijd tussen 07:00 en 21:00."
            )
    from sioo_desk.services.schedule import dutch_holidays

    holidays = dutch_holidays(tuple(sorted({d.year for d in days})))
    for day in days:
        if day.isoweekday() > 5:
            raise PlanningError(f"{day:%d-%m-%Y} valt in het weekend.")
        if day in holidays:
            raise PlanningError(f"{day:%d-%m-%Y} is {holidays[day]}.")
    with db.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        interviewer = s.get(Person, interviewer_id)
        if interviewer is None:
            raise NotFoundError("Interviewer", interviewer_id)
        if interviewer.archived:
            raise PlanningError(
                f"{interviewer.name.display_name} is gearchiveerd; kies een andere interviewer."
            )
        period = (cohort.intake_from, cohort.intake_until)
        if period[0] and period[1]:
            outside = [d for d in days if not period[0] <= d <= period[1]]
            if outside:
                raise PlanningError(
                    f"{outside[0]:%d-%m-%Y} ligt buiten de intakeperiode van {cohort.name} "
                    f"({period[0]:%d-%m-%Y} tot en met {period[1]:%d-%m-%Y})."
                )
        taken = busy(s, interviewer_id)
        made: list[Session] = []
        for day in days:
            for start in starts:
                begin = dt.datetime.combine(day, start)
                end = begin + dt.timedelta(minutes=minutes)
                if end.date() != day:
                    raise PlanningError(
                        f"Een gesprek om {start:%H:%M} van {minutes} minuten loopt "
                        "over middernacht heen."
                    )
                for other_begin, other_end in taken:
                    if begin < other_end and other_begin < end:
                        raise PlanningError(
                            f"{day:%d-%m-%Y} {start:%H:%M}: de interviewer heeft dan al een "
                            f"afspraak ({other_begin:%H:%M}–{other_end:%H:%M})."
                        )
                taken.append((begin, end))
                session = Session(
                    cohort_id=cohort_id,
                    kind=SessionKind.INTAKE_INTERVIEW,
                    title="Intakegesprek",
                    uid=f"intake-{uuid.uuid4()}@sioo-desk",
                    half_days=[
                        HalfDay(date=day, part=day_part(start), starts_at=start, ends_at=end.time())
                    ],
                    teachers=[SessionTeacher(person_id=interviewer_id, role="interviewer")],
                )
                s.add(session)
                made.append(session)
        s.flush()
        audit.record(s, "slots", "cohort", cohort_id, f"{len(made)} intakeplekken gemaakt")
        ids = [x.id for x in made]
    return Edit(
        Changes.of(cohort_id, sessions=ids), partial(delete_slots, session_ids=ids), result=ids
    )


def busy(
    s: OrmSession, person_id: int, *, except_session: int | None = None
) -> list[tuple[dt.datetime, dt.datetime]]:
    """When this person teaches, interviews or holds a conversation already."""
    rows = s.execute(
        select(HalfDay.date, HalfDay.starts_at, HalfDay.ends_at, HalfDay.part)
        .join(Session, Session.id == HalfDay.session_id)
        .join(SessionTeacher, SessionTeacher.session_id == Session.id)
        .where(SessionTeacher.person_id == person_id, Session.id != (except_session or -1))
    )
    out = []
    for day, start, end, part in rows:
        start = (
            start
            or {
                DayPart.MORNING: dt.time(9),
                DayPart.AFTERNOON: dt.time(13, 30),
                DayPart.EVENING: dt.time(19),
            }[part]
        )
        end = end or dt.time(min(23, start.hour + 4))
        out.append((dt.datetime.combine(day, start), dt.datetime.combine(day, end)))
    return out


def list_slots(db: Database, cohort_id: int) -> list[Slot]:
    rows = db.read(
        """SELECT s.id, h.date, h.starts_at, h.ends_at,
                  i.first_name, i.initials, i.tussenvoegsel, i.surname,
                  p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname
           FROM sessions s
           JOIN half_days h ON h.session_id = s.id
           LEFT JOIN session_teachers t ON t.session_id = s.id AND t.role = 'interviewer'
           LEFT JOIN people i ON i.id = t.person_id
           LEFT JOIN session_participants sp ON sp.session_id = s.id
           LEFT JOIN participants p ON p.id = sp.participant_id
           WHERE s.cohort_id = :c AND s.kind = 'intake_interview'
           ORDER BY h.date, h.starts_at""",
        {"c": cohort_id},
    )
    slots = []
    for r in rows:
        day = as_date(r[1])
        assert day is not None
        slots.append(
            Slot(
                session_id=int(r[0]),
                date=day,
                starts_at=_time(r[2], dt.time(9)),
                ends_at=_time(r[3], dt.time(10)),
                interviewer=PersonName(r[7], r[4], r[5], r[6]).display_name if r[7] else "",
                participant_id=None if r[8] is None else int(r[8]),
                participant_name=PersonName(r[12], r[9], r[10], r[11]).display_name if r[8] else "",
            )
        )
    return slots


def _time(value: object, default: dt.time) -> dt.time:
    if value is None:
        return default
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value)[:8])


def unplanned_candidates(db: Database, cohort_id: int) -> list[tuple[int, str]]:
    from sioo_desk.services.participants import list_participants

    planned = {s.participant_id for s in list_slots(db, cohort_id) if s.participant_id}
    return [
        (p.id, p.name.display_name)
        for p in list_participants(db, cohort_id)
        if p.id not in planned
        and p.status in (ParticipantStatus.REGISTERED, ParticipantStatus.INTAKE_PLANNED)
    ]


def assign(db: Database, session_id: int, participant_id: int) -> Edit:
    """Put the candidate in this slot (out of any other intake slot); `result` is the slot they
    were in before."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        status = participant.status
        previous = _assign(s, _slot(s, session_id), participant)
        cohort_id = participant.cohort_id
    return _assigned(cohort_id, session_id, participant_id, previous, status, result=previous)


def _assigned(
    cohort_id: int,
    session_id: int,
    participant_id: int,
    previous: int | None,
    status: ParticipantStatus,
    result: int | None,
) -> Edit:
    return Edit(
        Changes.of(
            cohort_id,
            participants=[participant_id],
            sessions=[session_id] if previous is None else [session_id, previous],
        ),
        partial(
            _take_back,
            session_id=session_id,
            participant_id=participant_id,
            previous=previous,
            status=status,
        ),
        result=result,
    )


def _assign(s: OrmSession, session: Session, participant: Participant) -> int | None:
    if participant.cohort_id != session.cohort_id:
        raise PlanningError(f"{participant.name.display_name} zit in een ander cohort.")
    if session.attendees and session.attendees[0].participant_id != participant.id:
        taken = s.get_one(Participant, session.attendees[0].participant_id)
        raise PlanningError(f"Deze plek is al voor {taken.name.display_name}.")
    if participant.status not in (
        ParticipantStatus.REGISTERED,
        ParticipantStatus.INTAKE_PLANNED,
    ):
        raise PlanningError(
            f"{participant.name.display_name} is al "
            f"{STATUS_LABELS[participant.status]}; een intake "
            "plannen kan alleen voor aangemelde kandidaten."
        )
    previous = _current_slot(s, participant.id)
    if previous is not None and previous != session.id:
        s.execute(
            delete(SessionParticipant).where(
                SessionParticipant.session_id == previous,
                SessionParticipant.participant_id == participant.id,
            )
        )
        old = s.get_one(Session, previous)
        old.title = "Intakegesprek"
        old.sequence += 1  # the invitation already sent changes
    if not session.attendees:
        session.attendees.append(SessionParticipant(participant_id=participant.id))
        session.sequence += 1
    participant.status = ParticipantStatus.INTAKE_PLANNED
    intake = s.scalar(select(Intake).where(Intake.participant_id == participant.id))
    if intake is None:
        intake = Intake(participant_id=participant.id)
        s.add(intake)
    intake.session_id = session.id
    intake.interviewer_id = session.teachers[0].person_id if session.teachers else None
    session.title = f"Intakegesprek {participant.name.display_name}"
    audit.record(s, "assign", "session", session.id, participant.name.display_name)
    return previous


def _take_back(
    db: Database,
    *,
    session_id: int,
    participant_id: int,
    previous: int | None,
    status: ParticipantStatus,
) -> Edit:
    """Undo of an assignment: the slot free again, the candidate back in the slot they had
    and with the status they had."""
    with db.session() as s:
        _unassign(s, _slot(s, session_id))
        participant = _participant(s, participant_id)
        if previous is not None:
            _assign(s, _slot(s, previous), participant)
        participant.status = status
        cohort_id = participant.cohort_id
    return Edit(
        Changes.of(
            cohort_id,
            participants=[participant_id],
            sessions=[session_id] if previous is None else [session_id, previous],
        ),
        partial(assign, session_id=session_id, participant_id=participant_id),
    )


def assign_first_free(db: Database, cohort_id: int, participant_id: int, after: dt.date) -> Edit:
    """Put the candidate in the earliest free slot on or after `after`; `result` is that slot.
    The slot is found in the same transaction as it is taken, so that another desk cannot take
    it in between; `NoFreeSlot` when there is none."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        slot = s.scalar(
            select(Session.id)
            .join(HalfDay, HalfDay.session_id == Session.id)
            .where(
                Session.cohort_id == cohort_id,
                Session.kind == SessionKind.INTAKE_INTERVIEW,
                HalfDay.date >= after,
                ~select(SessionParticipant.id)
                .where(SessionParticipant.session_id == Session.id)
                .exists(),
            )
            .order_by(HalfDay.date, HalfDay.starts_at, Session.id)
            .limit(1)
        )
        if slot is None:
            raise NoFreeSlot("Er is geen vrije intakeplek meer; maak eerst nieuwe plekken.")
        status = participant.status
        previous = _assign(s, _slot(s, slot), participant)
    return _assigned(cohort_id, slot, participant_id, previous, status, result=slot)


def unassign(db: Database, session_id: int) -> Edit:
    """Free the slot; its candidate goes back to 'registered'. `result` is who was in it (None
    when nobody was: then there is nothing to undo)."""
    with db.session() as s:
        session = _slot(s, session_id)
        cohort_id = session.cohort_id
        freed = _unassign(s, session)
    if freed is None:
        return final(Changes())  # nobody was in it: nothing changed, nothing to undo
    participant_id, status, title = freed
    return Edit(
        Changes.of(cohort_id, participants=[participant_id], sessions=[session_id]),
        partial(
            _put_back,
            session_id=session_id,
            participant_id=participant_id,
            status=status,
            title=title,
        ),
        result=participant_id,
    )


def _unassign(s: OrmSession, session: Session) -> tuple[int, ParticipantStatus, str] | None:
    """Who was in the slot, with their status and the slot's title, for the undo."""
    if not session.attendees:
        return None
    participant_id = session.attendees[0].participant_id
    title = session.title
    session.attendees.clear()
    session.sequence += 1
    session.title = "Intakegesprek"
    participant = s.get_one(Participant, participant_id)
    status = participant.status
    if participant.status is ParticipantStatus.INTAKE_PLANNED:
        participant.status = ParticipantStatus.REGISTERED
    intake = s.scalar(select(Intake).where(Intake.participant_id == participant_id))
    if intake is not None and intake.session_id == session.id:
        intake.session_id = None
    return participant_id, status, title


def _put_back(
    db: Database, *, session_id: int, participant_id: int, status: ParticipantStatus, title: str
) -> Edit:
    """Undo of freeing a slot: the candidate in it again, as they were."""
    with db.session() as s:
        session = _slot(s, session_id)
        if session.attendees:
            taken = s.get_one(Participant, session.attendees[0].participant_id)
            raise PlanningError(f"Deze plek is al voor {taken.name.display_name}.")
        session.attendees.append(SessionParticipant(participant_id=participant_id))
        session.sequence += 1
        session.title = title
        participant = s.get_one(Participant, participant_id)
        participant.status = status
        intake = s.scalar(select(Intake).where(Intake.participant_id == participant_id))
        if intake is not None:
            intake.session_id = session_id
        cohort_id = session.cohort_id
    return Edit(
        Changes.of(cohort_id, participants=[participant_id], sessions=[session_id]),
        partial(unassign, session_id=session_id),
        result=participant_id,
    )


def delete_slot(db: Database, session_id: int) -> Edit:
    """Delete a free slot; the undo brings it back."""
    return delete_slots(db, [session_id])


def delete_slots(db: Database, session_ids: list[int]) -> Edit:
    """Delete free slots (one, or the series just made); the undo brings them back."""
    with db.session() as s:
        sessions = [_slot(s, i) for i in session_ids]
        if any(session.attendees for session in sessions):
            raise PlanningError("Deze plek is bezet; ontkoppel eerst de kandidaat.")
        cohort_ids = {session.cohort_id for session in sessions}
        snapshot = snapshots.take(s.connection(), "sessions", list(session_ids))
        for session in sessions:
            s.delete(session)
    return Edit(
        Changes.of(cohort_ids, sessions=session_ids),
        partial(_restore_slots, snapshot=snapshot, session_ids=list(session_ids)),
    )


def _restore_slots(db: Database, *, snapshot: Snapshot, session_ids: list[int]) -> Edit:
    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
    cohort_ids = {int(r["cohort_id"]) for r in snapshot.rows["sessions"].values()}
    return Edit(
        Changes.of(cohort_ids, sessions=session_ids),
        partial(delete_slots, session_ids=list(session_ids)),
        result=list(session_ids),
    )


def _participant(s: OrmSession, participant_id: int) -> Participant:
    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    return participant


def _slot(s: OrmSession, session_id: int) -> Session:
    session = s.get(Session, session_id)
    if session is None or session.kind is not SessionKind.INTAKE_INTERVIEW:
        raise NotFoundError("Intakeplek", session_id)
    return session


def _current_slot(s: OrmSession, participant_id: int) -> int | None:
    return s.scalar(
        select(SessionParticipant.session_id)
        .join(Session, Session.id == SessionParticipant.session_id)
        .where(
            SessionParticipant.participant_id == participant_id,
            Session.kind == SessionKind.INTAKE_INTERVIEW,
        )
    )

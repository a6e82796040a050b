"""A cohort's schedule: generated from the programme template, edited session by session,
checked, and read back for the views, the CLI and the calendar files."""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from sioo_desk.domain.enums import COHORT_WIDE_KINDS, DayPart, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import PersonName
from sioo_desk.domain.rules import ContactTime, Norms
from sioo_desk.domain.schedule_checks import (
    Problem,
    SessionFacts,
    check_contact_time,
    check_days,
    check_double_bookings,
    check_order,
    check_shape,
)
from sioo_desk.domain.schedule_template import TIMES, lay_out
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.contact_time import planned_contact_time
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from sioo_desk.services.snapshots import Snapshot

KIND_NAMES = {
    SessionKind.INTAKE_INTERVIEW: "Intakegesprek",
    SessionKind.START: "Startbijeenkomst",
    SessionKind.ATELIER: "Werkatelier",
    SessionKind.MASTERCLASS: "Masterclass",
    SessionKind.CONSULTATION: "Consultatiebijeenkomst",
    SessionKind.MIDTERM_REVIEW: "Tussengesprek",
    SessionKind.CLOSING: "Slotbijeenkomst",
    SessionKind.ACCOUNTABILITY: "Verantwoordingsgesprek",
}


class ScheduleError(SiooDeskError):
    pass


@dataclass(frozen=True)
class HalfDayTime:
    date: dt.date
    part: DayPart
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None

    @property
    def span(self) -> tuple[dt.datetime, dt.datetime]:
        begin, end = TIMES[self.part]
        return (
            dt.datetime.combine(self.date, self.starts_at or begin),
            dt.datetime.combine(self.date, self.ends_at or end),
        )


@dataclass(frozen=True)
class SessionRow:
    id: int
    cohort_id: int
    cohort: str
    kind: SessionKind
    number: int | None
    title: str
    theme: str
    location: str
    notes: str
    uid: str
    sequence: int
    half_days: tuple[HalfDayTime, ...]
    teachers: dict[int, str] = field(default_factory=dict)
    group: str = ""
    coach: tuple[int, str] | None = None
    attendees: tuple[str, ...] = ()

    @property
    def first(self) -> dt.date | None:
        return self.half_days[0].date if self.half_days else None

    @property
    def last(self) -> dt.date | None:
        return self.half_days[-1].date if self.half_days else None

    @property
    def people(self) -> dict[int, str]:
        people = dict(self.teachers)
        if self.coach is not None:
            people[self.coach[0]] = self.coach[1]
        return people

    def facts(self) -> SessionFacts:
        return SessionFacts(
            self.id,
            self.cohort,
            self.kind,
            self.number,
            self.title,
            tuple((h.date, h.part) for h in self.half_days),
            self.people,
            tuple(h.span for h in self.half_days),
        )


@dataclass
class Schedule:
    cohort_id: int
    sessions: list[SessionRow]
    contact: ContactTime
    norms: Norms
    problems: list[Problem]

    def problems_of(self, session_id: int) -> list[Problem]:
        return [p for p in self.problems if p.session_id == session_id]


# --- reading ---------------------------------------------------------------------------------


def _time(value: object) -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value)[:8])


def load_sessions(
    db: Database, cohort_ids: Iterable[int] | None = None, session_ids: Iterable[int] | None = None
) -> list[SessionRow]:
    """Sessions with their half-days, teachers, coach and attendees, in date order."""
    where, params = "1 = 1", {}
    if cohort_ids is not None:
        ids = list(cohort_ids)
        where = "s.cohort_id IN (" + (", ".join(f":c{i}" for i in range(len(ids))) or "NULL") + ")"
        params = {f"c{i}": c for i, c in enumerate(ids)}
    if session_ids is not None:
        ids = list(session_ids)
        where += " AND s.id IN (" + (", ".join(f":s{i}" for i in range(len(ids))) or "NULL") + ")"
        params.update({f"s{i}": x for i, x in enumerate(ids)})
    base = db.read(
        f"""SELECT s.id, s.cohort_id, c.name, s.kind, s.number, s.title, s.theme,
                   CASE WHEN s.location != '' THEN s.location ELSE c.location END, s.notes,
                   s.uid, s.sequence, g.name, g.coach_id,
                   co.first_name, co.initials, co.tussenvoegsel, co.surname
            FROM sessions s JOIN cohorts c ON c.id = s.cohort_id
            LEFT JOIN consultation_groups g ON g.id = s.consultation_group_id
            LEFT JOIN people co ON co.id = g.coach_id
            WHERE {where}""",
        params,
    )
    half_days: dict[int, list[HalfDayTime]] = defaultdict(list)
    for r in db.read(
        f"""SELECT h.session_id, h.date, h.part, h.starts_at, h.ends_at FROM half_days h
            JOIN sessions s ON s.id = h.session_id WHERE {where}
            ORDER BY h.date, h.part_order""",
        params,
    ):
        day = as_date(r[1])
        assert day is not None
        half_days[int(r[0])].append(HalfDayTime(day, DayPart(r[2]), _time(r[3]), _time(r[4])))
    teachers: dict[int, dict[int, str]] = defaultdict(dict)
    for r in db.read(
        f"""SELECT t.session_id, p.id, p.title, p.first_name, p.initials, p.tussenvoegsel,
                   p.surname
            FROM session_teachers t JOIN people p ON p.id = t.person_id
            JOIN sessions s ON s.id = t.session_id WHERE {where}""",
        params,
    ):
        teachers[int(r[0])][int(r[1])] = PersonName(r[6], r[3], r[4], r[5]).display_name
    attendees: dict[int, list[str]] = defaultdict(list)
    for r in db.read(
        f"""SELECT a.session_id, p.first_name, p.initials, p.tussenvoegsel, p.surname
            FROM session_participants a JOIN participants p ON p.id = a.participant_id
            JOIN sessions s ON s.id = a.session_id WHERE {where}""",
        params,
    ):
        attendees[int(r[0])].append(PersonName(r[4], r[1], r[2], r[3]).display_name)
    rows = []
    for r in base:
        sid = int(r[0])
        coach = (
            (int(r[12]), PersonName(r[16], r[13], r[14], r[15]).display_name)
            if r[12] is not None
            else None
        )
        rows.append(
            SessionRow(
                id=sid,
                cohort_id=int(r[1]),
                cohort=r[2],
                kind=SessionKind(r[3]),
                number=r[4],
                title=r[5],
                theme=r[6],
                location=r[7],
                notes=r[8],
                uid=r[9],
                sequence=int(r[10]),
                half_days=tuple(half_days.get(sid, ())),
                teachers=teachers.get(sid, {}),
                group=r[11] or "",
                coach=coach,
                attendees=tuple(attendees.get(sid, ())),
            )
        )
    return sorted(rows, key=lambda s: (s.first or dt.date.max, s.id))


@lru_cache(maxsize=8)
def dutch_holidays(years: tuple[int, ...]) -> dict[dt.date, str]:
    import holidays

    return dict(holidays.country_holidays("NL", years=years, language="nl"))


def holidays_for(sessions: Iterable[SessionRow]) -> dict[dt.date, str]:
    years = tuple(sorted({h.date.year for s in sessions for h in s.half_days}))
    return dutch_holidays(years) if years else {}


def cohort_schedule(db: Database, cohort_id: int) -> Schedule:
    from sioo_desk.services.cohorts import get_cohort

    cohort = get_cohort(db, cohort_id)
    sessions = load_sessions(db, [cohort_id])
    contact = planned_contact_time(db, cohort_id).cohort
    return Schedule(
        cohort_id, sessions, contact, cohort.norms, _problems(db, sessions, contact, cohort.norms)
    )


def _problems(
    db: Database, sessions: list[SessionRow], contact: ContactTime, norms: Norms
) -> list[Problem]:
    facts = [s.facts() for s in sessions]
    mine = {s.id for s in sessions}
    people = {p for s in sessions for p in s.people}
    days = [h.date for s in sessions for h in s.half_days]
    others = (
        [
            s.facts()
            for s in _sessions_of_people(db, people, min(days), max(days))
            if s.id not in mine
        ]
        if days
        else []
    )
    doubles = [p for p in check_double_bookings(facts + others) if p.session_id in mine]
    problems = (
        check_order(facts)
        + check_shape(facts)
        + check_days(facts, holidays_for(sessions))
        + doubles
    )
    if any(s.kind in COHORT_WIDE_KINDS for s in sessions):
        problems += check_contact_time(contact, norms)
    return problems


def _sessions_of_people(
    db: Database, people: set[int], first: dt.date, last: dt.date
) -> list[SessionRow]:
    """The sessions of these teachers and coaches, in any cohort, between two dates."""
    if not people:
        return []
    ids = sorted(people)
    marks = ", ".join(f":p{i}" for i in range(len(ids)))
    params: dict[str, object] = {f"p{i}": p for i, p in enumerate(ids)}
    params.update(first=first.isoformat(), last=last.isoformat())
    session_ids = {
        int(r[0])
        for r in db.read(
            f"""SELECT t.session_id FROM session_teachers t
            JOIN half_days h ON h.session_id = t.session_id
            WHERE t.person_id IN ({marks}) AND h.date BETWEEN :first AND :last
            UNION
            SELECT s.id FROM sessions s
            JOIN consultation_groups g ON g.id = s.consultation_group_id
            JOIN half_days h ON h.session_id = s.id
            WHERE g.coach_id IN ({marks}) AND h.date BETWEEN :first AND :last""",
            params,
        )
    }
    return load_sessions(db, session_ids=session_ids) if session_ids else []


def load_facts(db: Database) -> list[SessionFacts]:
    """Every session of every cohort as the checks need it, read lean: the checks across all
    cohorts have to be quick, so rows are parsed once per distinct value and clock times are
    worked out only for sessions that have people to double-book."""
    names = {
        int(r[0]): PersonName(r[4], r[1], r[2], r[3]).display_name
        for r in db.read("SELECT id, first_name, initials, tussenvoegsel, surname FROM people")
    }
    people: dict[int, dict[int, str]] = defaultdict(dict)
    for session_id, person_id in db.read(
        """SELECT session_id, person_id FROM session_teachers
           UNION ALL
           SELECT s.id, g.coach_id FROM sessions s
           JOIN consultation_groups g ON g.id = s.consultation_group_id
           WHERE g.coach_id IS NOT NULL"""
    ):
        people[session_id][person_id] = names.get(person_id, "")
    cohorts = {int(r[0]): str(r[1]) for r in db.read("SELECT id, name FROM cohorts")}
    raw: dict[int, list[tuple[str, int, str, object, object]]] = defaultdict(list)
    for sid, day, part, order, begin, end in db.read(
        "SELECT session_id, date, part, part_order, starts_at, ends_at FROM half_days"
    ):
        raw[sid].append((day, order, part, begin, end))
    dates: dict[str, dt.date] = {}
    times: dict[object, dt.time | None] = {}
    parts = {p.value: p for p in DayPart}
    kinds = {k.value: k for k in SessionKind}
    nobody: dict[int, str] = {}
    facts = []
    for sid, cohort_id, kind, number, title in db.read(
        "SELECT id, cohort_id, kind, number, title FROM sessions"
    ):
        rows = sorted(raw.get(sid, ()))
        slots = []
        for day, _order, part, _b, _e in rows:
            date = dates.get(day)
            if date is None:
                date = dates[day] = dt.date.fromisoformat(day[:10])
            slots.append((date, parts[part]))
        spans: list[tuple[dt.datetime, dt.datetime]] = []
        if sid in people:
            for (date, part), (_d, _o, _p, begin, end) in zip(slots, rows, strict=True):
                for value in (begin, end):
                    if value not in times:
                        times[value] = _time(value)
                default_begin, default_end = TIMES[part]
                spans.append(
                    (
                        dt.datetime.combine(date, times[begin] or default_begin),
                        dt.datetime.combine(date, times[end] or default_end),
                    )
                )
        facts.append(
            SessionFacts(
                sid,
                cohorts[cohort_id],
                kinds[kind],
                number,
                title,
                tuple(slots),
                people.get(sid, nobody),
                tuple(spans),
                cohort_id,
            )
        )
    return facts


def all_problems(db: Database) -> dict[int, list[Problem]]:
    """Every cohort's problems at once (for an overview, and the benchmark)."""
    with _no_garbage_collection():
        return _all_problems(db)


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Tens of thousands of small objects are made here and all kept: the cyclic collector
    would only walk them again and again (it costs a third of the time in a full process)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _all_problems(db: Database) -> dict[int, list[Problem]]:
    facts = [f for f in load_facts(db) if f.slots]
    cohort_of = {f.id: f.cohort_id for f in facts}
    by_cohort: dict[int, list[SessionFacts]] = defaultdict(list)
    for f in facts:
        by_cohort[f.cohort_id].append(f)
    years = tuple(sorted({f.first.year for f in facts} | {f.last.year for f in facts}))
    holidays = dutch_holidays(years) if years else {}
    doubles = check_double_bookings(facts)
    out: dict[int, list[Problem]] = {}
    for cohort_id, rows in by_cohort.items():
        out[cohort_id] = (
            check_order(rows)
            + check_shape(rows)
            + check_days(rows, holidays)
            + [p for p in doubles if cohort_of.get(p.session_id or -1) == cohort_id]
        )
    return out


# --- generating ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CohortDates:
    """A cohort's start and end date, as an undo of generating puts them back."""

    cohort_id: int
    start: dt.date | None
    end: dt.date | None


def generate_schedule(db: Database, cohort_id: int, start: dt.date) -> Edit:
    """Lay out the programme from the start meeting's date, skipping weekends and Dutch public
    holidays. Refused when the cohort already has a programme. The result is the ids of the
    sessions made; undoing removes them and empties again the cohort dates it filled in."""
    from sqlalchemy import text

    from sioo_desk.domain.models import Cohort, HalfDay, Session
    from sioo_desk.services import audit
    from sioo_desk.services.programme_template import part_of

    holidays = dutch_holidays(tuple(range(start.year, start.year + 2)))

    def is_free(day: dt.date) -> bool:
        return day.isoweekday() <= 5 and day not in holidays

    plan = lay_out(start, is_free)
    with db.session() as s:
        existing = s.execute(
            text(
                "SELECT count(*) FROM sessions WHERE cohort_id = :c AND kind IN "
                "('start', 'atelier', 'masterclass', 'closing')"
            ),
            {"c": cohort_id},
        ).scalar_one()
        if existing:
            raise ScheduleError(
                "Dit cohort heeft al een programma; pas de bijeenkomsten aan of verwijder ze eerst."
            )
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        made = []
        for planned in plan:
            t = planned.template
            # What the part is about as the database's programme has it, edits included.
            about = part_of(s, cohort.programme_id, t.kind, t.number) or t
            session = Session(
                cohort_id=cohort_id,
                kind=t.kind,
                number=t.number,
                title=about.title,
                theme=about.theme,
                description=about.description,
                uid=f"{cohort.code.lower()}-{t.kind.value}{t.number or ''}-"
                f"{uuid.uuid4().hex[:8]}@sioo-desk",
                half_days=[
                    HalfDay(date=day, part=part, starts_at=TIMES[part][0], ends_at=TIMES[part][1])
                    for day, part in planned.slots
                ],
            )
            s.add(session)
            made.append(session)
        s.flush()
        # Dates the user entered stay; a cohort without them gets the programme's.
        dates = CohortDates(cohort_id, cohort.start_date, cohort.end_date)
        cohort.start_date = cohort.start_date or plan[0].first_day
        cohort.end_date = cohort.end_date or plan[-1].slots[-1][0]
        audit.record(s, "generate", "cohort", cohort_id, f"programma vanaf {start}")
        ids = [x.id for x in made]
    return Edit(
        Changes.of(cohort_id, sessions=ids, whole=True),
        partial(remove_sessions, session_ids=ids, dates=dates),
        result=ids,
    )


def _put_dates(s: OrmSession, dates: CohortDates | None) -> CohortDates | None:
    """Give the cohort these dates (nothing when None); the dates it had."""
    from sioo_desk.domain.models import Cohort

    if dates is None:
        return None
    cohort = s.get(Cohort, dates.cohort_id)
    if cohort is None:
        raise NotFoundError("Cohort", dates.cohort_id)
    before = CohortDates(dates.cohort_id, cohort.start_date, cohort.end_date)
    cohort.start_date, cohort.end_date = dates.start, dates.end
    return before


def remove_sessions(db: Database, session_ids: list[int], dates: CohortDates | None = None) -> Edit:
    """Delete sessions with all that hangs on them (undo of generating) and, when given, put
    back the cohort's dates; the inverse puts them back as they were, ids and all."""
    from sioo_desk.domain.models import Session
    from sioo_desk.services import snapshots

    with db.session() as s:
        snapshot = snapshots.take(s.connection(), "sessions", session_ids)
        for sid in session_ids:
            session = s.get(Session, sid)
            if session is not None:
                s.delete(session)
        former = _put_dates(s, dates)
    return Edit(
        _sessions_changed(snapshot, dates),
        partial(restore_sessions, snapshot=snapshot, dates=former),
        result=snapshot,
    )


def restore_sessions(db: Database, snapshot: Snapshot, dates: CohortDates | None = None) -> Edit:
    """Put back sessions that `remove_sessions` deleted, and the cohort's dates when given."""
    from sioo_desk.services import snapshots

    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
        former = _put_dates(s, dates)
    return Edit(
        _sessions_changed(snapshot, dates),
        partial(
            remove_sessions, session_ids=sorted(snapshot.rows.get("sessions", {})), dates=former
        ),
        result=snapshot,
    )


def _sessions_changed(snapshot: Snapshot, dates: CohortDates | None = None) -> Changes:
    """Removing or restoring a whole programme changes most of the cohort."""
    rows = snapshot.rows.get("sessions", {})
    cohorts = {int(r["cohort_id"]) for r in rows.values()}
    if dates is not None:
        cohorts.add(dates.cohort_id)
    return Changes.of(cohorts, sessions=rows.keys(), whole=True)


# --- editing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionEdit:
    title: str
    theme: str
    location: str
    notes: str
    half_days: tuple[HalfDayTime, ...]
    teacher_ids: tuple[int, ...]


def session_edit(db: Database, session_id: int) -> SessionEdit:
    rows = load_sessions(db, session_ids=[session_id])
    if not rows:
        raise NotFoundError("Bijeenkomst", session_id)
    row = rows[0]
    own_location = db.read("SELECT location FROM sessions WHERE id = :id", {"id": session_id})
    return SessionEdit(
        row.title,
        row.theme,
        own_location[0][0],
        row.notes,
        row.half_days,
        tuple(sorted(row.teachers)),
    )


def validate_edit(kind: SessionKind, edit: SessionEdit) -> None:
    if not edit.title.strip():
        raise ScheduleError("Titel: is verplicht.")
    if not edit.half_days:
        raise ScheduleError("Een bijeenkomst heeft minstens één dagdeel.")
    keys = [(h.date, h.part) for h in edit.half_days]
    if len(set(keys)) != len(keys):
        raise ScheduleError("Hetzelfde dagdeel staat er twee keer in.")
    for h in edit.half_days:
        begin, end = h.span  # a missing time is the part's usual one
        if end <= begin:
            raise ScheduleError(
                f"{h.date:%d-%m-%Y}: de eindtijd {end:%H:%M} ligt niet na "
                f"de begintijd {begin:%H:%M}."
            )
    if kind is SessionKind.ATELIER:
        days = sorted({h.date for h in edit.half_days})
        if len(days) != 2 or days[1] - days[0] != dt.timedelta(days=1):
            raise ScheduleError("Een werkatelier duurt twee opeenvolgende dagen.")


def update_session(db: Database, session_id: int, edit: SessionEdit) -> Edit:
    """Store the edit (every change raises the calendar SEQUENCE); the result is the former
    state, which the inverse stores again."""
    return _update(db, session_id, lambda _before: edit)


def _update(db: Database, session_id: int, make: Callable[[SessionEdit], SessionEdit]) -> Edit:
    """Read the session as it is and store `make(it)`, in one transaction."""
    from sioo_desk.domain.models import HalfDay, Person, Session, SessionTeacher
    from sioo_desk.services import audit

    with db.session() as s:
        session = s.get(Session, session_id)
        if session is None:
            raise NotFoundError("Bijeenkomst", session_id)
        before = SessionEdit(
            session.title,
            session.theme,
            session.location,
            session.notes,
            tuple(HalfDayTime(h.date, h.part, h.starts_at, h.ends_at) for h in session.half_days),
            tuple(sorted(t.person_id for t in session.teachers)),
        )
        edit = make(before)
        validate_edit(session.kind, edit)
        for person_id in edit.teacher_ids:
            if s.get(Person, person_id) is None:
                raise NotFoundError("Docent", person_id)
        session.title = edit.title.strip()
        session.theme = edit.theme.strip()
        session.location = edit.location.strip()
        session.notes = edit.notes
        wanted = {(h.date, h.part): h for h in edit.half_days}
        for existing in list(session.half_days):
            key = (existing.date, existing.part)
            if key in wanted:
                existing.starts_at = wanted[key].starts_at
                existing.ends_at = wanted[key].ends_at
                del wanted[key]
            else:
                session.half_days.remove(existing)
        s.flush()
        for h in wanted.values():
            session.half_days.append(
                HalfDay(date=h.date, part=h.part, starts_at=h.starts_at, ends_at=h.ends_at)
            )
        kept_roles = {t.person_id: t.role for t in session.teachers}
        session.teachers.clear()
        s.flush()
        for person_id in edit.teacher_ids:
            session.teachers.append(
                SessionTeacher(person_id=person_id, role=kept_roles.get(person_id, "docent"))
            )
        if _normalised(before) != _normalised(edit):
            session.sequence += 1  # Outlook takes a higher SEQUENCE as an update
        audit.record(s, "update", "session", session_id, session.title)
        cohort_id = session.cohort_id
    return Edit(
        Changes.of(cohort_id, sessions=[session_id]),
        partial(update_session, session_id=session_id, edit=before),
        result=before,
    )


def _normalised(edit: SessionEdit) -> SessionEdit:
    return SessionEdit(
        edit.title.strip(),
        edit.theme.strip(),
        edit.location.strip(),
        edit.notes,
        tuple(sorted(edit.half_days, key=lambda h: h.span)),
        tuple(sorted(edit.teacher_ids)),
    )


def moved(edit: SessionEdit, first_day: dt.date) -> SessionEdit:
    """The same session starting on `first_day`: every half-day shifts alike, so a two-day
    atelier stays two consecutive days."""
    if not edit.half_days:
        raise ScheduleError("Deze bijeenkomst heeft nog geen dagdelen om te verschuiven.")
    delta = first_day - edit.half_days[0].date
    return SessionEdit(
        edit.title,
        edit.theme,
        edit.location,
        edit.notes,
        tuple(HalfDayTime(h.date + delta, h.part, h.starts_at, h.ends_at) for h in edit.half_days),
        edit.teacher_ids,
    )


def move_session(db: Database, session_id: int, first_day: dt.date) -> Edit:
    """Move the session to start on `first_day`, its shape kept; undone by storing it back."""
    return _update(db, session_id, lambda before: moved(before, first_day))


def schedule_json(schedule: Schedule) -> dict[str, object]:
    return {
        "cohort": schedule.cohort_id,
        "sessions": [
            {
                "id": s.id,
                "kind": s.kind.value,
                "number": s.number,
                "title": s.title,
                "theme": s.theme,
                "location": s.location,
                "half_days": [
                    {
                        "date": h.date.isoformat(),
                        "part": h.part.value,
                        "starts_at": h.starts_at.strftime("%H:%M") if h.starts_at else None,
                        "ends_at": h.ends_at.strftime("%H:%M") if h.ends_at else None,
                    }
                    for h in s.half_days
                ],
                "teachers": list(s.teachers.values()),
                "group": s.group or None,
                "coach": s.coach[1] if s.coach else None,
                "problems": [p.message for p in schedule.problems_of(s.id)],
            }
            for s in schedule.sessions
        ],
        "contact_half_days": schedule.contact.half_days,
        "outside_working_hours_half_days": schedule.contact.outside_working_hours,
        "study_hours": schedule.contact.study_hours,
        "problems": [p.message for p in schedule.problems],
    }

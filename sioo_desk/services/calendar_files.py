"""Calendar files (.ics) that Outlook imports cleanly: METHOD:PUBLISH, a stable UID per
session so that a second import updates rather than duplicates, SEQUENCE raised on change,
DTSTAMP, and times in Europe/Amsterdam with a VTIMEZONE as Outlook itself writes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from sioo_desk.domain.enums import COHORT_WIDE_KINDS, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.names import PersonName
from sioo_desk.services.schedule import HalfDayTime, SessionRow, load_sessions
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

TZID = "Europe/Amsterdam"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    sequence: int
    start: dt.datetime  # wall-clock time in Amsterdam
    end: dt.datetime
    summary: str
    location: str = ""
    description: str = ""


def _timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", TZID)
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1601, 10, 28, 3, 0))
    standard.add("rrule", {"freq": "yearly", "byday": "-1su", "bymonth": 10})
    standard.add("tzoffsetfrom", dt.timedelta(hours=2))
    standard.add("tzoffsetto", dt.timedelta(hours=1))
    daylight = TimezoneDaylight()
    daylight.add("dtstart", dt.datetime(1601, 3, 25, 2, 0))
    daylight.add("rrule", {"freq": "yearly", "byday": "-1su", "bymonth": 3})
    daylight.add("tzoffsetfrom", dt.timedelta(hours=1))
    daylight.add("tzoffsetto", dt.timedelta(hours=2))
    zone.add_component(standard)
    zone.add_component(daylight)
    return zone


def calendar_file(events: Iterable[CalendarEvent], *, name: str, now: dt.datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Sioo//Sioo Desk//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add_component(_timezone())
    stamp = now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("sequence", item.sequence)
        event.add("dtstamp", stamp.replace(tzinfo=dt.UTC))
        event.add("dtstart", item.start, parameters={"TZID": TZID})
        event.add("dtend", item.end, parameters={"TZID": TZID})
        event.add("summary", item.summary)
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def intake_event(db: Database, session_id: int) -> CalendarEvent:
    rows = db.read(
        """SELECT s.uid, s.sequence, h.date, h.starts_at, h.ends_at, s.title, c.location,
                  c.name, s.location
           FROM sessions s JOIN half_days h ON h.session_id = s.id
           JOIN cohorts c ON c.id = s.cohort_id
           WHERE s.id = :id AND s.kind = 'intake_interview'""",
        {"id": session_id},
    )
    if not rows:
        raise NotFoundError("Intakeplek", session_id)
    uid, sequence, day, start, end, title, location, cohort, own_location = rows[0]
    date = as_date(day)
    assert date is not None
    begin = dt.datetime.combine(date, dt.time.fromisoformat(str(start)[:8]))
    finish = dt.datetime.combine(date, dt.time.fromisoformat(str(end)[:8]))
    return CalendarEvent(
        uid=uid,
        sequence=int(sequence),
        start=begin,
        end=finish,
        summary=title,
        location=own_location or location,
        description=f"Intakegesprek voor de leergang 'De gemeentelijke HRM-adviseur als partner "
        f"in business', {cohort}, op {long_date(date)}.",
    )


def _events(db: Database, sessions: list[SessionRow]) -> list[CalendarEvent]:
    """One event per session per day: a two-day atelier is two appointments, each from the
    first half-day's start to the last one's end; the UID stays stable per session and day."""
    events = []
    for session in sessions:
        by_day: dict[dt.date, list[HalfDayTime]] = {}
        for half_day in session.half_days:
            by_day.setdefault(half_day.date, []).append(half_day)
        for position, (_day, parts) in enumerate(sorted(by_day.items()), start=1):
            begin = min(h.span[0] for h in parts)
            end = max(h.span[1] for h in parts)
            # The first day keeps the session's own UID; later days are numbered, not dated,
            # so that moving a session updates the same appointments in Outlook.
            uid = session.uid if position == 1 else session.uid.replace("@", f"-d{position}@", 1)
            summary = session.title + (
                f": {session.theme}"
                if session.theme and session.kind in (SessionKind.ATELIER, SessionKind.MASTERCLASS)
                else ""
            )
            lines = [session.cohort]
            if session.teachers:
                lines.append("Met " + ", ".join(session.teachers.values()))
            if session.group:
                lines.append(
                    session.group + (f", coach {session.coach[1]}" if session.coach else "")
                )
            events.append(
                CalendarEvent(
                    uid=uid,
                    sequence=session.sequence,
                    start=begin,
                    end=end,
                    summary=summary,
                    location=session.location,
                    description="\n".join(lines),
                )
            )
    return events


def cohort_calendar(db: Database, cohort_id: int, now: dt.datetime) -> bytes:
    """The meetings of the whole cohort: start, werkateliers, masterclasses, closing."""
    from sioo_desk.services.cohorts import get_cohort

    cohort = get_cohort(db, cohort_id)
    sessions = [s for s in load_sessions(db, [cohort_id]) if s.kind in COHORT_WIDE_KINDS]
    if not sessions:
        raise CalendarError(f"{cohort.name} heeft nog geen bijeenkomsten om te versturen.")
    return calendar_file(_events(db, sessions), name=cohort.name, now=now)


def participant_calendar(db: Database, participant_id: int, now: dt.datetime) -> bytes:
    """One participant's own meetings: the cohort's, their consultation group's, and their
    intake, tussengesprek and accountability conversation where those exist."""
    rows = db.read(
        """SELECT p.cohort_id, p.first_name, p.initials, p.tussenvoegsel, p.surname,
                  (SELECT group_id FROM group_members WHERE participant_id = p.id)
           FROM participants p WHERE p.id = :id""",
        {"id": participant_id},
    )
    if not rows:
        raise NotFoundError("Deelnemer", participant_id)
    cohort_id, first, initials, tussenvoegsel, surname, group_id = rows[0]
    own = {
        int(r[0])
        for r in db.read(
            "SELECT session_id FROM session_participants WHERE participant_id = :p",
            {"p": participant_id},
        )
    }
    group_sessions = (
        {
            int(r[0])
            for r in db.read(
                "SELECT id FROM sessions WHERE consultation_group_id = :g", {"g": group_id}
            )
        }
        if group_id is not None
        else set()
    )
    sessions = [
        s
        for s in load_sessions(db, [cohort_id])
        if s.kind in COHORT_WIDE_KINDS or s.id in own or s.id in group_sessions
    ]
    name = PersonName(surname, first, initials, tussenvoegsel).display_name
    return calendar_file(_events(db, sessions), name=f"Leergang — {name}", now=now)


def person_calendar(db: Database, person_id: int, now: dt.datetime) -> bytes:
    """A teacher's, coach's or assessor's meetings across all cohorts."""
    rows = db.read(
        "SELECT first_name, initials, tussenvoegsel, surname FROM people WHERE id = :id",
        {"id": person_id},
    )
    if not rows:
        raise NotFoundError("Docent of coach", person_id)
    ids = {
        int(r[0])
        for r in db.read(
            """SELECT session_id FROM session_teachers WHERE person_id = :p
           UNION SELECT s.id FROM sessions s JOIN consultation_groups g
                 ON g.id = s.consultation_group_id WHERE g.coach_id = :p""",
            {"p": person_id},
        )
    }
    first, initials, tussenvoegsel, surname = rows[0]
    name = PersonName(surname, first, initials, tussenvoegsel).display_name
    if not ids:
        raise CalendarError(f"{name} heeft nog geen bijeenkomsten om te versturen.")
    sessions = load_sessions(db, session_ids=ids)
    return calendar_file(_events(db, sessions), name=f"Sioo — {name}", now=now)


class CalendarError(SiooDeskError):
    pass

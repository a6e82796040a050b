"""Calendar files (.ics) that Outlook imports cleanly: METHOD:PUBLISH, a stable UID per
session so that a second import updates rather than duplicates, SEQUENCE raised on change,
DTSTAMP, and times in Europe/Amsterdam with a VTIMEZONE as Outlook itself writes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from sioo_desk.domain.errors import NotFoundError
from sioo_desk.domain.formatting import long_date
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

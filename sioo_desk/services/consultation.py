"""The four consultation meetings of each group: dates agreed within the group, entered as they
are agreed, and checked against the ateliers and everybody's other meetings."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass

from sioo_desk.domain.enums import DayPart, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.schedule_template import TIMES
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

MEETINGS_PER_GROUP = 4
PART_NAMES = {DayPart.MORNING: "ochtend", DayPart.AFTERNOON: "middag", DayPart.EVENING: "avond"}


@dataclass(frozen=True)
class Meeting:
    number: int
    session_id: int | None
    date: dt.date | None
    part: DayPart | None
    warnings: tuple[str, ...] = ()


def meetings(db: Database, group_id: int) -> list[Meeting]:
    rows = {
        int(r[0]): (int(r[1]), as_date(r[2]), DayPart(r[3]) if r[3] else None)
        for r in db.read(
            """SELECT s.number, s.id, min(h.date), min(h.part) FROM sessions s
                   LEFT JOIN half_days h ON h.session_id = s.id
                   WHERE s.consultation_group_id = :g GROUP BY s.id""",
            {"g": group_id},
        )
    }
    out = []
    for number in range(1, MEETINGS_PER_GROUP + 1):
        if number in rows:
            sid, date, part = rows[number]
            out.append(
                Meeting(
                    number,
                    sid,
                    date,
                    part,
                    tuple(check_meeting(db, group_id, date, part, sid)) if date and part else (),
                )
            )
        else:
            out.append(Meeting(number, None, None, None))
    return out


def check_meeting(
    db: Database, group_id: int, day: dt.date, part: DayPart, session_id: int | None = None
) -> list[str]:
    """Warnings, never a refusal: the group may agree on an exception."""
    group = db.read(
        "SELECT cohort_id, coach_id FROM consultation_groups WHERE id = :g", {"g": group_id}
    )
    if not group:
        raise NotFoundError("Consultatiegroep", group_id)
    cohort_id, coach_id = group[0]
    warnings = []
    ateliers = sorted(
        (as_date(a), as_date(b))
        for a, b in db.read(
            """SELECT min(h.date), max(h.date) FROM sessions s JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind = 'atelier' GROUP BY s.id""",
            {"c": cohort_id},
        )
    )
    between = any(
        end < day < start
        for (_s, end), (start, _e) in itertools.pairwise(ateliers)
        if end and start
    )
    if ateliers and not between:
        warnings.append(f"{long_date(day)} valt niet tussen twee werkateliers.")
    members = [
        int(r[0])
        for r in db.read(
            "SELECT participant_id FROM group_members WHERE group_id = :g", {"g": group_id}
        )
    ]
    busy = db.read(
        f"""SELECT DISTINCT s.title FROM sessions s JOIN half_days h ON h.session_id = s.id
            WHERE h.date = :d AND h.part = :p AND s.id != :me AND (
                (s.cohort_id = :c AND s.kind IN ('start', 'atelier', 'masterclass', 'closing'))
                OR s.id IN (SELECT session_id FROM session_participants
                            WHERE participant_id IN ({", ".join(str(m) for m in members) or "NULL"}))
                OR s.consultation_group_id = :g
                OR s.id IN (SELECT session_id FROM session_teachers WHERE person_id = :coach)
                OR s.consultation_group_id IN (SELECT id FROM consultation_groups
                                               WHERE coach_id = :coach))""",
        {
            "d": day.isoformat(),
            "p": part.value,
            "me": session_id or -1,
            "c": cohort_id,
            "g": group_id,
            "coach": coach_id or -1,
        },
    )
    for (title,) in busy:
        warnings.append(f"Op {long_date(day)} ({PART_NAMES[part]}) is er al: {title}.")
    return warnings


def set_meeting(
    db: Database, group_id: int, number: int, day: dt.date | None, part: DayPart = DayPart.AFTERNOON
) -> tuple[dt.date | None, DayPart | None]:
    """Enter (or clear) the agreed date of meeting `number`; return the former date and part."""
    from sqlalchemy import func, select

    from sioo_desk.domain.models import Attendance, Cohort, ConsultationGroup, HalfDay, Session

    if not 1 <= number <= MEETINGS_PER_GROUP:
        raise SiooDeskError(
            f"Een consultatiegroep komt {MEETINGS_PER_GROUP} keer bijeen; "
            f"bijeenkomst {number} bestaat niet."
        )
    with db.session() as s:
        group = s.get(ConsultationGroup, group_id)
        if group is None:
            raise NotFoundError("Consultatiegroep", group_id)
        cohort = s.get_one(Cohort, group.cohort_id)
        if (
            day is not None
            and cohort.start_date
            and cohort.end_date
            and not (cohort.start_date <= day <= cohort.end_date)
        ):
            raise SiooDeskError(
                f"{long_date(day)} ligt buiten de looptijd van {cohort.name} "
                f"({long_date(cohort.start_date)} – {long_date(cohort.end_date)})."
            )
        session = s.scalar(
            select(Session).where(
                Session.consultation_group_id == group_id, Session.number == number
            )
        )
        before: tuple[dt.date | None, DayPart | None] = (None, None)
        if session is not None and session.half_days:
            before = (session.half_days[0].date, session.half_days[0].part)
        if day is None:
            if session is not None:
                recorded = (
                    s.scalar(
                        select(func.count())
                        .select_from(Attendance)
                        .join(HalfDay, HalfDay.id == Attendance.half_day_id)
                        .where(HalfDay.session_id == session.id)
                    )
                    or 0
                )
                if recorded:
                    raise SiooDeskError(
                        f"Voor deze bijeenkomst is al aanwezigheid geregistreerd ({recorded}×); "
                        "verzet de datum in plaats van haar te wissen."
                    )
                s.delete(session)
            return before
        letter = group.name.split()[-1]
        if session is None:
            session = Session(
                cohort_id=group.cohort_id,
                kind=SessionKind.CONSULTATION,
                number=number,
                consultation_group_id=group_id,
                title=f"Consultatiebijeenkomst {number}, groep {letter}",
                uid=f"consultatie-{uuid.uuid4().hex[:12]}@sioo-desk",
            )
            s.add(session)
        begin, end = TIMES[part]
        if session.half_days:
            # The same half-day, moved: its attendance and notes stay with it.
            half_day = session.half_days[0]
            if (half_day.date, half_day.part) != (day, part):
                half_day.date, half_day.part = day, part
                half_day.starts_at, half_day.ends_at = begin, end
                session.sequence += 1
        else:
            session.half_days.append(HalfDay(date=day, part=part, starts_at=begin, ends_at=end))
        return before

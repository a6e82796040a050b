"""The four consultation meetings of each group: dates agreed within the group, entered as they
are agreed, and checked against the ateliers and everybody's other meetings."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from sioo_desk.domain.enums import DayPart, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.schedule_template import TIMES
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sioo_desk.services.snapshots import Snapshot

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
    """The group's four meetings with their warnings, in at most three reads whatever the
    number of dates: the groups tab reads them again after every change to the group."""
    rows = db.read(
        """SELECT g.cohort_id, g.coach_id, s.number, s.id, min(h.date), min(h.part)
           FROM consultation_groups g
           LEFT JOIN sessions s ON s.consultation_group_id = g.id
           LEFT JOIN half_days h ON h.session_id = s.id
           WHERE g.id = :g GROUP BY s.id""",
        {"g": group_id},
    )
    if not rows:
        raise NotFoundError("Consultatiegroep", group_id)
    cohort_id, coach_id = int(rows[0][0]), rows[0][1]
    found = {
        int(number): (int(sid), as_date(day), DayPart(part) if part else None)
        for _c, _coach, number, sid, day, part in rows
        if number is not None
    }
    dated = {
        sid: (day, part)
        for sid, day, part in found.values()
        if day is not None and part is not None
    }
    warned = _warnings(db, group_id, cohort_id, coach_id, dated)
    out = []
    for number in range(1, MEETINGS_PER_GROUP + 1):
        if number in found:
            sid, day, part = found[number]
            out.append(Meeting(number, sid, day, part, tuple(warned.get(sid, ()))))
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
    key = session_id if session_id is not None else -1
    return _warnings(db, group_id, int(cohort_id), coach_id, {key: (day, part)}).get(key, [])


def _warnings(
    db: Database,
    group_id: int,
    cohort_id: int,
    coach_id: int | None,
    slots: Mapping[int, tuple[dt.date, DayPart]],
) -> dict[int, list[str]]:
    """Per meeting (session id: its half-day) what is wrong with its date: outside the time
    between two ateliers, or a half-day on which the cohort, a member, the group or its coach
    already has another meeting. Two reads for any number of meetings."""
    if not slots:
        return {}
    ateliers = sorted(
        (as_date(a), as_date(b))
        for a, b in db.read(
            """SELECT min(h.date), max(h.date) FROM sessions s JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind = 'atelier' GROUP BY s.id""",
            {"c": cohort_id},
        )
    )
    params: dict[str, Any] = {"c": cohort_id, "g": group_id, "coach": coach_id or -1}
    wanted = []
    for i, (day, part) in enumerate(sorted(set(slots.values()))):
        params[f"d{i}"], params[f"p{i}"] = day.isoformat(), part.value
        wanted.append(f"(h.date = :d{i} AND h.part = :p{i})")
    busy = db.read(
        f"""SELECT DISTINCT h.date, h.part, s.id, s.title FROM sessions s
            JOIN half_days h ON h.session_id = s.id
            WHERE ({" OR ".join(wanted)}) AND (
                (s.cohort_id = :c AND s.kind IN ('start', 'atelier', 'masterclass', 'closing'))
                OR s.id IN (SELECT session_id FROM session_participants
                            WHERE participant_id IN (SELECT participant_id FROM group_members
                                                     WHERE group_id = :g))
                OR s.consultation_group_id = :g
                OR s.id IN (SELECT session_id FROM session_teachers WHERE person_id = :coach)
                OR s.consultation_group_id IN (SELECT id FROM consultation_groups
                                               WHERE coach_id = :coach))""",
        params,
    )
    out: dict[int, list[str]] = {}
    for session_id, (day, part) in slots.items():
        warnings = out.setdefault(session_id, [])
        between = any(
            end < day < start
            for (_s, end), (start, _e) in itertools.pairwise(ateliers)
            if end and start
        )
        if ateliers and not between:
            warnings.append(f"{long_date(day)} valt niet tussen twee werkateliers.")
        titles = dict.fromkeys(
            title
            for on, at, other, title in busy
            if str(on)[:10] == day.isoformat() and at == part.value and other != session_id
        )
        warnings.extend(f"Op {long_date(day)} ({PART_NAMES[part]}) is er al: {t}." for t in titles)
    return out


def set_meeting(
    db: Database, group_id: int, number: int, day: dt.date | None, part: DayPart = DayPart.AFTERNOON
) -> Edit:
    """Enter (or clear) the agreed date of meeting `number`; the result is the former date and
    part. The meeting is a session of the cohort's programme: the change names it."""
    from sqlalchemy import func, select

    from sioo_desk.domain.models import Attendance, Cohort, ConsultationGroup, HalfDay, Session
    from sioo_desk.services import snapshots

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
        session_id = session.id if session is not None else None
        removed: Snapshot | None = None
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
                # Kept whole, so that undo brings back this session (id and calendar UID),
                # not a new appointment beside the one already sent.
                removed = snapshots.take(s.connection(), "sessions", [session.id])
                s.delete(session)
        else:
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
            s.flush()
            session_id = session.id
        cohort_id = group.cohort_id
    return Edit(
        Changes.of(cohort_id, sessions=[session_id] if session_id is not None else []),
        partial(
            set_meeting,
            group_id=group_id,
            number=number,
            day=before[0],
            part=before[1] or DayPart.AFTERNOON,
        )
        if removed is None
        else partial(_restore_meeting, group_id=group_id, number=number, snapshot=removed),
        result=before,
    )


def _restore_meeting(db: Database, group_id: int, number: int, snapshot: Snapshot) -> Edit:
    """Undo of clearing a meeting: the very session back, with its id, calendar UID and
    SEQUENCE, its half-day and all that hung on it; the inverse clears it again."""
    from sqlalchemy import select

    from sioo_desk.domain.models import ConsultationGroup, Session
    from sioo_desk.services import snapshots

    with db.session() as s:
        group = s.get(ConsultationGroup, group_id)
        if group is None:
            raise NotFoundError("Consultatiegroep", group_id)
        taken = s.scalar(
            select(Session.id).where(
                Session.consultation_group_id == group_id, Session.number == number
            )
        )
        if taken is not None:
            raise SiooDeskError(
                f"Bijeenkomst {number} van {group.name} heeft intussen al een datum."
            )
        snapshots.restore(s.connection(), snapshot)
        cohort_id = group.cohort_id
    return Edit(
        Changes.of(cohort_id, sessions=snapshot.rows.get("sessions", {}).keys()),
        partial(set_meeting, group_id=group_id, number=number, day=None),
        result=(None, None),
    )

"""The attendance register: per participant per half-day present, late, excused or absent, and
the effort figure that follows from it."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, NoReturn

from sioo_desk.domain.effort import Effort, EffortSettings, PlannedHalfDay, effort
from sioo_desk.domain.enums import COHORT_WIDE_KINDS, AttendanceStatus, DayPart, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import PersonName
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.settings_schema import EXCUSED_OUT, LATE_COUNTS, default
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

_WIDE = ", ".join(f"'{k.value}'" for k in sorted(COHORT_WIDE_KINDS))
#: Participants whose attendance is kept: candidates and refused ones have none.
EFFORT = "effort"  # the name a change gives the effort settings
_KEPT = "('admitted', 'active', 'withdrawn', 'completed')"


class AttendanceError(SiooDeskError):
    pass


@dataclass(frozen=True)
class Column:
    half_day_id: int
    date: dt.date
    part: DayPart
    session_id: int
    kind: SessionKind
    title: str


@dataclass(frozen=True)
class Row:
    participant_id: int
    name: PersonName
    joined_on: dt.date | None
    withdrawn_on: dt.date | None


@dataclass
class Register:
    cohort_id: int
    rows: list[Row]
    columns: list[Column]
    statuses: dict[tuple[int, int], AttendanceStatus]
    applicable: set[tuple[int, int]]  # (participant, half-day) pairs that are theirs

    def half_days_of(self, participant_id: int) -> list[Column]:
        return [c for c in self.columns if (participant_id, c.half_day_id) in self.applicable]


def register(db: Database, cohort_id: int) -> Register:
    """Everybody's half-days: the cohort's own meetings for all, a consultation meeting for its
    group, an individual meeting for its participants. An accountability conversation lies in
    the closing meeting's half-days and is not counted twice."""
    if not db.read("SELECT 1 FROM cohorts WHERE id = :c", {"c": cohort_id}):
        raise NotFoundError("Cohort", cohort_id)
    rows = [
        Row(int(r[0]), PersonName(r[4], r[1], r[2], r[3]), as_date(r[5]), as_date(r[6]))
        for r in db.read(
            f"""SELECT id, first_name, initials, tussenvoegsel, surname, joined_on,
                           withdrawn_on
                    FROM participants WHERE cohort_id = :c AND status IN {_KEPT}""",
            {"c": cohort_id},
        )
    ]
    rows.sort(key=lambda r: r.name.sort_key)
    columns = []
    for hid, day, part, sid, kind, title in db.read(
        """SELECT h.id, h.date, h.part, s.id, s.kind, s.title FROM half_days h
           JOIN sessions s ON s.id = h.session_id
           WHERE s.cohort_id = :c AND s.kind != 'accountability'
           ORDER BY h.date, h.part_order, s.id""",
        {"c": cohort_id},
    ):
        date = as_date(day)
        assert date is not None
        columns.append(Column(int(hid), date, DayPart(part), int(sid), SessionKind(kind), title))
    everyone = {r.participant_id for r in rows}
    applicable: set[tuple[int, int]] = set()
    wide = {c.half_day_id for c in columns if c.kind in COHORT_WIDE_KINDS}
    for participant in everyone:
        applicable.update((participant, h) for h in wide)
    for participant, hid in db.read(
        """SELECT gm.participant_id, h.id FROM group_members gm
           JOIN sessions s ON s.consultation_group_id = gm.group_id
           JOIN half_days h ON h.session_id = s.id WHERE s.cohort_id = :c
           UNION ALL
           SELECT sp.participant_id, h.id FROM session_participants sp
           JOIN sessions s ON s.id = sp.session_id JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind != 'accountability'""",
        {"c": cohort_id},
    ):
        if participant in everyone:
            applicable.add((int(participant), int(hid)))
    statuses = {
        (int(p), int(h)): AttendanceStatus(st)
        for p, h, st in db.read(
            """SELECT a.participant_id, a.half_day_id, a.status FROM attendance a
           JOIN participants p ON p.id = a.participant_id WHERE p.cohort_id = :c""",
            {"c": cohort_id},
        )
    }
    # Half-days after a withdrawal are no longer the participant's.
    dates = {c.half_day_id: c.date for c in columns}
    left = {r.participant_id: r.withdrawn_on for r in rows if r.withdrawn_on is not None}
    applicable = {(p, h) for p, h in applicable if p not in left or dates[h] <= left[p]}
    used = {h for _p, h in applicable}
    return Register(
        cohort_id, rows, [c for c in columns if c.half_day_id in used], statuses, applicable
    )


def set_attendance(
    db: Database,
    participant_id: int,
    half_day_id: int,
    status: AttendanceStatus | None,
    recorded_by: str = "",
) -> Edit:
    """Record (or clear) one cell. Refused for a half-day that is not the participant's.

    One read and one write: the checks read through the write's own transaction, so that
    what they see is what the write changes."""
    from sqlalchemy import text

    with db.session() as s:
        found = s.execute(
            text(
                """SELECT p.status, p.cohort_id, se.cohort_id, se.kind, se.id,
                       EXISTS (SELECT 1 FROM group_members m
                               WHERE m.group_id = se.consultation_group_id
                                 AND m.participant_id = p.id)
                       OR EXISTS (SELECT 1 FROM session_participants sp
                                  WHERE sp.session_id = se.id AND sp.participant_id = p.id),
                       a.id, a.status
                FROM half_days h
                JOIN sessions se ON se.id = h.session_id
                JOIN participants p ON p.id = :p
                LEFT JOIN attendance a ON a.participant_id = p.id AND a.half_day_id = h.id
                WHERE h.id = :h"""
            ),
            {"p": participant_id, "h": half_day_id},
        ).one_or_none()
        if found is None:
            _missing(s, participant_id, half_day_id)
        kept, cohort_id, session_cohort, kind, session_id, member, row_id, was = found
        if (
            session_cohort != cohort_id
            or f"'{kept}'" not in _KEPT
            or not (SessionKind(kind) in COHORT_WIDE_KINDS or member)
        ):
            _refuse(s, participant_id, session_id, same_cohort=session_cohort == cohort_id)
        before = AttendanceStatus(was) if was is not None else None
        if status is None:
            if row_id is not None:
                s.execute(text("DELETE FROM attendance WHERE id = :id"), {"id": row_id})
        elif row_id is None:
            s.execute(
                text(
                    """INSERT INTO attendance
                       (participant_id, half_day_id, status, note, recorded_at, recorded_by)
                       VALUES (:p, :h, :status, '', :at, :by)"""
                ),
                {
                    "p": participant_id,
                    "h": half_day_id,
                    "status": status.value,
                    "at": dt.datetime.now().replace(microsecond=0),
                    "by": recorded_by,
                },
            )
        else:
            s.execute(
                text("UPDATE attendance SET status = :status, recorded_by = :by WHERE id = :id"),
                {"status": status.value, "by": recorded_by, "id": row_id},
            )
    return Edit(
        Changes.of(cohort_id, attendance=[(participant_id, half_day_id)]),
        partial(
            _set_back,
            participant_id=participant_id,
            half_day_id=half_day_id,
            status=before,
            recorded_by=recorded_by,
        ),
        result=before,
    )


def _set_back(
    db: Database,
    *,
    participant_id: int,
    half_day_id: int,
    status: AttendanceStatus | None,
    recorded_by: str,
) -> Edit:
    return set_attendance(db, participant_id, half_day_id, status, recorded_by)


def _missing(s: OrmSession, participant_id: int, half_day_id: int) -> NoReturn:
    from sioo_desk.domain.models import Participant

    if s.get(Participant, participant_id) is None:
        raise NotFoundError("Deelnemer", participant_id)
    raise NotFoundError("Dagdeel", half_day_id)


def _refuse(s: OrmSession, participant_id: int, session_id: int, *, same_cohort: bool) -> NoReturn:
    from sioo_desk.domain.models import Participant, Session

    name = s.get_one(Participant, participant_id).name.display_name
    title = s.get_one(Session, session_id).title
    if not same_cohort:
        raise AttendanceError(f"{name} zit niet in het cohort van {title}.")
    raise AttendanceError(f"{title} is geen bijeenkomst van {name}.")


def cells(
    db: Database, changed: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], AttendanceStatus | None]:
    """The stored status of some cells of the register (what a change touched)."""
    wanted = sorted(set(changed))
    if not wanted:
        return {}
    found: dict[tuple[int, int], AttendanceStatus | None] = dict.fromkeys(wanted)
    people = sorted({p for p, _h in wanted})
    half_days = sorted({h for _p, h in wanted})
    rows = db.read(
        f"""SELECT participant_id, half_day_id, status FROM attendance
           WHERE participant_id IN ({",".join(map(str, people))})
             AND half_day_id IN ({",".join(map(str, half_days))})"""
    )
    for participant_id, half_day_id, status in rows:
        if (participant_id, half_day_id) in found:
            found[(participant_id, half_day_id)] = AttendanceStatus(status)
    return found


def effort_settings(db: Database, cohort_id: int) -> EffortSettings:
    rows = db.read(
        """SELECT p.effort_threshold_percent FROM programmes p
                      JOIN cohorts c ON c.programme_id = p.id WHERE c.id = :c""",
        {"c": cohort_id},
    )
    if not rows:
        raise NotFoundError("Cohort", cohort_id)
    stored = {
        k: json.loads(v)
        for k, v in db.read("SELECT key, value FROM settings WHERE key LIKE 'effort.%'")
    }
    return EffortSettings(
        threshold_percent=int(rows[0][0]),
        late_counts_as_present=bool(stored.get(LATE_COUNTS, default(LATE_COUNTS))),
        excused_leaves_denominator=bool(stored.get(EXCUSED_OUT, default(EXCUSED_OUT))),
    )


@dataclass(frozen=True)
class ParticipantEffort:
    participant_id: int
    name: PersonName
    effort: Effort


def effort_figures(
    db: Database, cohort_id: int, today: dt.date, book: Register | None = None
) -> list[ParticipantEffort]:
    book = book or register(db, cohort_id)
    settings = effort_settings(db, cohort_id)
    columns = {c.half_day_id: c for c in book.columns}
    mine: dict[int, list[int]] = defaultdict(list)
    for participant, hid in book.applicable:
        if hid in columns:
            mine[participant].append(hid)
    figures = []
    for row in book.rows:
        half_days = [
            PlannedHalfDay(columns[h].date, book.statuses.get((row.participant_id, h)))
            for h in mine[row.participant_id]
            if row.withdrawn_on is None or columns[h].date <= row.withdrawn_on
        ]
        figures.append(
            ParticipantEffort(
                row.participant_id,
                row.name,
                effort(half_days, today=today, joined_on=row.joined_on, settings=settings),
            )
        )
    return figures


def save_effort_settings(db: Database, cohort_id: int, settings: EffortSettings) -> Edit:
    """Store the programme's effort settings (they hold for every cohort of the programme)."""
    from sqlalchemy import select

    from sioo_desk.domain.models import Cohort, Programme, Setting

    if not 1 <= settings.threshold_percent <= 100:
        raise AttendanceError(
            f"Een drempel van {settings.threshold_percent}% kan niet (1 tot 100)."
        )
    keys = (LATE_COUNTS, EXCUSED_OUT)
    with db.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        programme = s.get_one(Programme, cohort.programme_id)
        rows = {key: s.get(Setting, key) for key in keys}
        # What undo puts back is what this transaction replaces.
        before = EffortSettings(
            threshold_percent=programme.effort_threshold_percent,
            late_counts_as_present=_flag(rows[keys[0]], LATE_COUNTS),
            excused_leaves_denominator=_flag(rows[keys[1]], EXCUSED_OUT),
        )
        if before == settings:
            return unchanged(before)
        programme.effort_threshold_percent = settings.threshold_percent
        cohorts = s.scalars(
            select(Cohort.id).where(Cohort.programme_id == cohort.programme_id)
        ).all()
        for key, value in zip(
            keys,
            (settings.late_counts_as_present, settings.excused_leaves_denominator),
            strict=True,
        ):
            row = rows[key]
            if row is None:
                s.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
    return Edit(
        Changes.of(cohorts, settings=[EFFORT]),
        partial(_save_back, cohort_id=cohort_id, settings=before),
        result=before,
    )


def _flag(row: Any, key: str) -> bool:
    """A stored effort switch; its default (on) unless the programme manager switched it."""
    return bool(default(key)) if row is None else bool(json.loads(row.value))


def _save_back(db: Database, *, cohort_id: int, settings: EffortSettings) -> Edit:
    return save_effort_settings(db, cohort_id, settings)


def sign_in_pdf(db: Database, session_id: int) -> bytes:
    """A sign-in list for one meeting: every participant it is for, a column per half-day."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from sioo_desk.domain.formatting import long_date
    from sioo_desk.services import pdf_fonts

    found = db.read(
        """SELECT s.cohort_id, s.title, s.theme, c.name,
                              CASE WHEN s.location != '' THEN s.location ELSE c.location END
                       FROM sessions s JOIN cohorts c ON c.id = s.cohort_id WHERE s.id = :s""",
        {"s": session_id},
    )
    if not found:
        raise NotFoundError("Bijeenkomst", session_id)
    cohort_id, title, theme, cohort, location = found[0]
    book = register(db, cohort_id)
    columns = [c for c in book.columns if c.session_id == session_id]
    if not columns:
        raise AttendanceError(f"{title} heeft geen dagdelen om voor te tekenen.")
    people = [
        r
        for r in book.rows
        if any((r.participant_id, c.half_day_id) in book.applicable for c in columns)
    ]
    regular, bold = pdf_fonts.register()
    heading = ParagraphStyle(
        "h", fontName=bold, fontSize=14, leading=18, textColor=colors.HexColor("#1f4e79")
    )
    small = ParagraphStyle("s", fontName=regular, fontSize=9.5, leading=12)
    parts = {DayPart.MORNING: "ochtend", DayPart.AFTERNOON: "middag", DayPart.EVENING: "avond"}
    header = ["Deelnemer"] + [f"{c.date:%d-%m} {parts[c.part]}" for c in columns]
    data = [header] + [[r.name.sort_name] + [""] * len(columns) for r in people]
    width = (174 - 55) / len(columns)
    table = Table(data, colWidths=[55 * mm] + [width * mm] * len(columns), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0f8")),
                ("TOPPADDING", (0, 1), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
            ]
        )
    )
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        initialFontName=regular,
        title=f"Presentielijst {title}",
        author="Sioo",
    )
    days = sorted({c.date for c in columns})
    when = " en ".join(long_date(d) for d in days)
    document.build(
        [
            Paragraph(f"Presentielijst — {title}" + (f": {theme}" if theme else ""), heading),
            Paragraph(f"{cohort} · {when} · {location}", small),
            Spacer(1, 6 * mm),
            table,
        ]
    )
    return out.getvalue()

"""The attendance register: per participant per half-day present, late, excused or absent, and
the effort figure that follows from it."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sioo_desk.domain.effort import Effort, EffortSettings, PlannedHalfDay, effort
from sioo_desk.domain.enums import COHORT_WIDE_KINDS, AttendanceStatus, DayPart, SessionKind
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import PersonName
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

_WIDE = ", ".join(f"'{k.value}'" for k in sorted(COHORT_WIDE_KINDS))
#: Participants whose attendance is kept: candidates and refused ones have none.
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
) -> AttendanceStatus | None:
    """Record (or clear) one cell; return what was there, for undo. Refused for a half-day
    that is not the participant's."""
    from sqlalchemy import select

    from sioo_desk.domain.models import Attendance, HalfDay, Participant, Session

    with db.session() as s:
        participant = s.get(Participant, participant_id)
        half_day = s.get(HalfDay, half_day_id)
        if participant is None:
            raise NotFoundError("Deelnemer", participant_id)
        if half_day is None:
            raise NotFoundError("Dagdeel", half_day_id)
        session = s.get_one(Session, half_day.session_id)
        if session.cohort_id != participant.cohort_id:
            raise AttendanceError(
                f"{participant.name.display_name} zit niet in het cohort van {session.title}."
            )
        if not _is_theirs(db, participant_id, session.id, session.kind):
            raise AttendanceError(
                f"{session.title} is geen bijeenkomst van {participant.name.display_name}."
            )
        current = s.scalar(
            select(Attendance).where(
                Attendance.participant_id == participant_id, Attendance.half_day_id == half_day_id
            )
        )
        before = current.status if current is not None else None
        if status is None:
            if current is not None:
                s.delete(current)
        elif current is None:
            s.add(
                Attendance(
                    participant_id=participant_id,
                    half_day_id=half_day_id,
                    status=status,
                    recorded_by=recorded_by,
                    recorded_at=dt.datetime.now().replace(microsecond=0),
                )
            )
        else:
            current.status = status
            current.recorded_by = recorded_by
        return before


def _is_theirs(db: Database, participant_id: int, session_id: int, kind: SessionKind) -> bool:
    """Whether the meeting is the participant's: everybody's, their group's, or their own —
    and whether they are someone whose attendance is kept at all."""
    kept = db.read(
        f"SELECT 1 FROM participants WHERE id = :p AND status IN {_KEPT}", {"p": participant_id}
    )
    if not kept:
        return False
    if kind in COHORT_WIDE_KINDS:
        return True
    return bool(
        db.read(
            """SELECT 1 FROM sessions s JOIN group_members m ON m.group_id = s.consultation_group_id
           WHERE s.id = :s AND m.participant_id = :p
           UNION SELECT 1 FROM session_participants WHERE session_id = :s AND participant_id = :p""",
            {"s": session_id, "p": participant_id},
        )
    )


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
        late_counts_as_present=bool(stored.get("effort.late_counts_as_present", True)),
        excused_leaves_denominator=bool(stored.get("effort.excused_leaves_denominator", True)),
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


def save_effort_settings(db: Database, cohort_id: int, settings: EffortSettings) -> EffortSettings:
    """Store the programme's effort settings; return the former ones."""
    from sioo_desk.domain.models import Cohort, Programme, Setting

    if not 1 <= settings.threshold_percent <= 100:
        raise AttendanceError(
            f"Een drempel van {settings.threshold_percent}% kan niet (1 tot 100)."
        )
    before = effort_settings(db, cohort_id)
    with db.session() as s:
        cohort = s.get_one(Cohort, cohort_id)
        programme = s.get_one(Programme, cohort.programme_id)
        programme.effort_threshold_percent = settings.threshold_percent
        for key, value in (
            ("effort.late_counts_as_present", settings.late_counts_as_present),
            ("effort.excused_leaves_denominator", settings.excused_leaves_denominator),
        ):
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
    return before


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

"""Planning the professioneel verantwoordingsgesprekken of a cohort's slotbijeenkomst: the
groups with their assessors, each participant's turn, the problems with the plan as it stands,
and the printed day plan. A group is an accountability session: the assessor is its teacher,
its members are its participants, each with their own turn."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial

from sioo_desk.domain import accountability as rules
from sioo_desk.domain.enums import DayPart
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.names import PersonName
from sioo_desk.domain.schedule_template import TIMES
from sioo_desk.services import pdf_fonts
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.settings_schema import ACCOUNTABILITY_MINUTES, int_value
from sioo_desk.services.values import as_date, as_datetime, as_time
from sioo_desk.store.database import Database, Read, reading

_IN_PROGRAMME = "('admitted', 'active', 'completed')"
PART_NAMES = {"morning": "ochtend", "afternoon": "middag", "evening": "avond"}


@dataclass(frozen=True)
class ClosingHalfDay:
    id: int
    date: dt.date
    part: DayPart
    starts_at: dt.datetime
    ends_at: dt.datetime

    @property
    def label(self) -> str:
        return (
            f"{long_date(self.date)}, {PART_NAMES[self.part.value]} "
            f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"
        )


@dataclass(frozen=True)
class Turn:
    participant_id: int
    name: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None


@dataclass(frozen=True)
class Group:
    number: int
    assessor_id: int | None
    assessor: str
    turns: tuple[Turn, ...]
    location: str = ""


@dataclass(frozen=True)
class Settings:
    minutes: int = rules.DEFAULT_MINUTES
    half_day_ids: tuple[int, ...] = ()  # empty: the daytime half-days of the last day


@dataclass
class Plan:
    groups: list[Group]
    settings: Settings
    problems: list[str] = field(default_factory=list)


class PlanError(SiooDeskError):
    pass


def closing_half_days(db: Database, cohort_id: int) -> list[ClosingHalfDay]:
    return _closing_half_days(db.read, cohort_id)


def _closing_half_days(read: Read, cohort_id: int) -> list[ClosingHalfDay]:
    rows = read(
        """SELECT h.id, h.date, h.part, h.starts_at, h.ends_at FROM half_days h
           JOIN sessions s ON s.id = h.session_id
           WHERE s.cohort_id = :c AND s.kind = 'closing' ORDER BY h.date, h.part_order""",
        {"c": cohort_id},
    )
    out = []
    for hid, day, part, start, end in rows:
        date = as_date(day)
        assert date is not None
        kind = DayPart(part)
        begin = as_time(start) or TIMES[kind][0]
        finish = as_time(end) or TIMES[kind][1]
        out.append(
            ClosingHalfDay(
                int(hid),
                date,
                kind,
                dt.datetime.combine(date, begin),
                dt.datetime.combine(date, finish),
            )
        )
    return out


def default_half_days(
    half_days: list[ClosingHalfDay],
    largest_group: int = rules.GROUP_SIZE,
    minutes: int = rules.DEFAULT_MINUTES,
) -> tuple[int, ...]:
    """The daytime half-days of the closing meeting's last day (the first day has the
    presentations and the evening programme), and earlier daytime half-days when the largest
    group's turns do not fit in those."""
    daytime = [h for h in half_days if h.part is not DayPart.EVENING] or half_days
    if not daytime:
        return ()
    last = daytime[-1].date
    chosen = [h for h in daytime if h.date == last]
    earlier = [h for h in daytime if h.date != last]
    length = dt.timedelta(minutes=minutes)

    def room() -> int:
        return sum((h.ends_at - h.starts_at) // length for h in chosen)

    while room() < largest_group and earlier:
        chosen.insert(0, earlier.pop())
    return tuple(h.id for h in chosen)


def _settings_key(cohort_id: int) -> str:
    return f"accountability.{cohort_id}"


def settings(db: Database, cohort_id: int) -> Settings:
    return _settings(db.read, cohort_id)


def _settings(read: Read, cohort_id: int) -> Settings:
    rows = read("SELECT value FROM settings WHERE key = :k", {"k": _settings_key(cohort_id)})
    if not rows:  # nothing chosen for the cohort yet: the length the settings propose
        return Settings(int_value(read, ACCOUNTABILITY_MINUTES))
    stored = json.loads(rows[0][0])
    if "minutes" not in stored:
        return Settings(int_value(read, ACCOUNTABILITY_MINUTES), tuple(stored["half_days"]))
    return Settings(int(stored["minutes"]), tuple(stored["half_days"]))


@dataclass(frozen=True)
class Assessor:
    id: int
    name: str
    organisation: str

    @property
    def label(self) -> str:
        return self.name + (f" ({self.organisation})" if self.organisation else "")


def _assessors(db: Database) -> list[Assessor]:
    """People with the assessor role, in the registry's order (surname)."""
    rows = db.read(
        """SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname, p.organisation
           FROM people p JOIN person_roles r ON r.person_id = p.id AND r.role = 'assessor'"""
    )
    found = [(PersonName(r[4], r[1], r[2], r[3]), int(r[0]), r[5] or "") for r in rows]
    return [
        Assessor(pid, name.display_name, organisation)
        for name, pid, organisation in sorted(found, key=lambda f: f[0].sort_key)
    ]


def assessors(db: Database) -> list[tuple[int, str]]:
    """(id, "name (organisation)") of every assessor, to choose from."""
    return [(a.id, a.label) for a in _assessors(db)]


def _assessor_names(db: Database) -> dict[int, str]:
    """Assessors by their names alone, as a plan shows them."""
    return {a.id: a.name for a in _assessors(db)}


def _members(read: Read, cohort_id: int) -> list[rules.Member]:
    rows = read(
        f"""SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname,
                   g.id, g.coach_id, a.presentation_date, a.presentation_starts_at,
                   a.presentation_ends_at
            FROM participants p
            LEFT JOIN group_members m ON m.participant_id = p.id
            LEFT JOIN consultation_groups g ON g.id = m.group_id
            LEFT JOIN assignment_members am ON am.participant_id = p.id
            LEFT JOIN organisational_assignments a ON a.id = am.assignment_id
            WHERE p.cohort_id = :c AND p.status IN {_IN_PROGRAMME}""",
        {"c": cohort_id},
    )
    members = []
    for pid, first, initials, tv, surname, group_id, coach_id, day, start, end in rows:
        name = PersonName(surname, first, initials, tv)
        date, begin, finish = as_date(day), as_time(start), as_time(end)
        shown = (
            (dt.datetime.combine(date, begin), dt.datetime.combine(date, finish))
            if date and begin and finish
            else None
        )
        members.append(
            (
                name.sort_key,
                rules.Member(
                    int(pid),
                    name.display_name,
                    frozenset({int(coach_id)} if coach_id is not None else ()),
                    int(group_id) if group_id is not None else None,
                    shown,
                ),
            )
        )
    return [m for _key, m in sorted(members, key=lambda item: item[0])]


def plan_of(db: Database, cohort_id: int) -> Plan:
    return _plan(db.read, cohort_id)


def _plan(read: Read, cohort_id: int) -> Plan:
    rows = read(
        """SELECT s.id, s.number, s.location, t.person_id, pe.first_name, pe.initials,
                  pe.tussenvoegsel, pe.surname,
                  sp.participant_id, p.first_name, p.initials, p.tussenvoegsel, p.surname,
                  sp.starts_at, sp.ends_at
           FROM sessions s
           LEFT JOIN session_teachers t ON t.session_id = s.id
           LEFT JOIN people pe ON pe.id = t.person_id
           LEFT JOIN session_participants sp ON sp.session_id = s.id
           LEFT JOIN participants p ON p.id = sp.participant_id
           WHERE s.cohort_id = :c AND s.kind = 'accountability'
           ORDER BY s.number, s.id""",
        {"c": cohort_id},
    )
    heads: dict[int, tuple[int, str, int | None, str]] = {}
    turns: dict[int, list[Turn]] = defaultdict(list)
    for r in rows:
        sid = int(r[0])
        if sid not in heads:
            assessor = PersonName(r[7], r[4], r[5], r[6]).display_name if r[3] else ""
            heads[sid] = (int(r[1] or len(heads) + 1), r[2] or "", r[3], assessor)
        if r[8] is not None and all(t.participant_id != r[8] for t in turns[sid]):
            name = PersonName(r[12], r[9], r[10], r[11]).display_name
            turns[sid].append(Turn(int(r[8]), name, as_datetime(r[13]), as_datetime(r[14])))
    groups = [
        Group(
            number,
            None if assessor_id is None else int(assessor_id),
            assessor,
            tuple(sorted(turns[sid], key=lambda t: (t.starts_at or dt.datetime.max, t.name))),
            location,
        )
        for sid, (number, location, assessor_id, assessor) in heads.items()
    ]
    plan = Plan(sorted(groups, key=lambda g: g.number), _settings(read, cohort_id))
    plan.problems = _problems(read, cohort_id, plan)
    return plan


def problems_of(db: Database, cohort_id: int, groups: list[Group], settings: Settings) -> list[str]:
    """The problems a plan would have, before it is saved."""
    return _problems(db.read, cohort_id, Plan(groups, settings))


def _problems(read: Read, cohort_id: int, plan: Plan) -> list[str]:
    if not plan.groups:
        return []
    members = {m.id: m for m in _members(read, cohort_id)}
    problems: list[str] = []
    planned = {t.participant_id for g in plan.groups for t in g.turns}
    for absent in members.values():
        if absent.id not in planned:
            problems.append(f"{absent.name} zit in geen groep voor het verantwoordingsgesprek.")
    sizes = rules.group_sizes(len(members))
    expected = sorted(sizes)
    actual = sorted(len(g.turns) for g in plan.groups)
    if actual != expected and members:
        problems.append(
            f"Groepsgrootte {' + '.join(map(str, sorted(actual, reverse=True)))}; "
            f"bij {len(members)} deelnemers hoort {' + '.join(map(str, sizes))} "
            "(groepen van vier, drie of vijf alleen als het aantal daartoe dwingt)."
        )
    windows = [(h.starts_at, h.ends_at) for h in _closing_half_days(read, cohort_id)]
    by_assessor: dict[int, list[tuple[Group, list[tuple[dt.datetime, dt.datetime]]]]] = defaultdict(
        list
    )
    for g in plan.groups:
        label = f"Groep {g.number}"
        if g.assessor_id is None:
            problems.append(f"{label} heeft nog geen assessor.")
        for t in g.turns:
            m = members.get(t.participant_id)
            if m is None:
                problems.append(f"{label}: {t.name} doet niet meer mee aan het programma.")
                continue
            if g.assessor_id is not None and g.assessor_id in m.coach_ids:
                problems.append(
                    f"{label}: {g.assessor} is de coach van {t.name}; een assessor is nooit de "
                    "eigen coach."
                )
            if t.starts_at is None or t.ends_at is None:
                problems.append(f"{label}: {t.name} heeft nog geen gesprekstijd.")
                continue
            turn = (t.starts_at, t.ends_at)
            if not any(w[0] <= turn[0] and turn[1] <= w[1] for w in windows):
                problems.append(
                    f"{label}: het gesprek van {t.name} ({_span(turn)}) valt buiten de dagdelen "
                    "van de slotbijeenkomst."
                )
            if (turn[1] - turn[0]) < dt.timedelta(minutes=rules.MIN_MINUTES):
                problems.append(f"{label}: het gesprek van {t.name} duurt korter dan een uur.")
            if m.presentation and rules.overlaps(turn, m.presentation):
                problems.append(
                    f"{label}: het gesprek van {t.name} valt samen met de eigen presentatie aan "
                    f"de opdrachtgever ({_span(m.presentation)})."
                )
        times = [(t.starts_at, t.ends_at) for t in g.turns if t.starts_at and t.ends_at]
        for t in g.turns:
            m = members.get(t.participant_id)
            if m is None or m.presentation is None:
                continue
            own = (t.starts_at, t.ends_at) if t.starts_at and t.ends_at else None
            others = [x for x in times if x != own]
            if any(rules.overlaps(x, m.presentation) for x in others) and not (
                own and rules.overlaps(own, m.presentation)
            ):
                problems.append(
                    f"{label}: {t.name} presenteert aan de opdrachtgever "
                    f"({_span(m.presentation)}) terwijl de groep in gesprek is."
                )
        if g.assessor_id is not None and times:
            by_assessor[g.assessor_id].append((g, times))
    for turns_of in by_assessor.values():
        for (a, turns_a), (b, turns_b) in itertools.combinations(turns_of, 2):
            if any(rules.overlaps(x, y) for x in turns_a for y in turns_b):
                problems.append(
                    f"{a.assessor} leidt groep {a.number} en groep {b.number} op dezelfde tijd."
                )
    return problems


def _span(span: tuple[dt.datetime, dt.datetime]) -> str:
    return f"{long_date(span[0].date())} {span[0]:%H:%M}–{span[1]:%H:%M}"


def _windows(
    db: Database, cohort_id: int, half_day_ids: tuple[int, ...], largest_group: int, minutes: int
) -> tuple[list[rules.Window], tuple[int, ...]]:
    half_days = closing_half_days(db, cohort_id)
    if not half_days:
        raise PlanError(
            "De slotbijeenkomst is nog niet gepland; de verantwoordingsgesprekken vallen daarin. "
            "Plan eerst het programma."
        )
    chosen = half_day_ids or default_half_days(half_days, largest_group, minutes)
    unknown = set(chosen) - {h.id for h in half_days}
    if unknown:
        raise PlanError("Kies dagdelen van de slotbijeenkomst zelf.")
    if not chosen:
        raise PlanError("Kies minstens één dagdeel van de slotbijeenkomst.")
    return [rules.Window(h.starts_at, h.ends_at) for h in half_days if h.id in chosen], chosen


def propose(
    db: Database,
    cohort_id: int,
    assessor_ids: list[int] | None = None,
    minutes: int = rules.DEFAULT_MINUTES,
    half_day_ids: tuple[int, ...] = (),
) -> list[Group]:
    """A fresh plan (not saved): groups, assessors in the order given (default: the
    registry's), and the turns laid out in the chosen half-days."""
    members = _members(db.read, cohort_id)
    names = _assessor_names(db)
    pool = assessor_ids if assessor_ids is not None else list(names)
    try:
        plan = rules.propose(members, pool)
    except rules.NoPlan as error:
        raise PlanError(str(error)) from None
    windows, _chosen = _windows(db, cohort_id, half_day_ids, max(map(len, plan.groups)), minutes)
    by_id = {m.id: m for m in members}
    groups = []
    for number, (ids, assessor_id) in enumerate(zip(plan.groups, plan.assessors, strict=True), 1):
        groups.append(
            _laid_out(number, assessor_id, names.get(assessor_id, ""), ids, by_id, windows, minutes)
        )
    return groups


def _laid_out(
    number: int,
    assessor_id: int | None,
    assessor: str,
    ids: list[int],
    by_id: dict[int, rules.Member],
    windows: list[rules.Window],
    minutes: int,
    location: str = "",
) -> Group:
    try:
        times = rules.lay_out([by_id[i] for i in ids], windows, minutes)
    except rules.NoPlan as error:
        raise PlanError(f"Groep {number}: {error}") from None
    turns = [Turn(i, by_id[i].name, *times[i]) for i in ids]
    return Group(
        number,
        assessor_id,
        assessor,
        tuple(sorted(turns, key=lambda t: t.starts_at or dt.datetime.max)),
        location,
    )


def rearranged(
    db: Database,
    cohort_id: int,
    groups: list[list[int]],
    assessor_ids: list[int | None],
    minutes: int,
    half_day_ids: tuple[int, ...] = (),
    locations: list[str] | None = None,
    numbers: list[int] | None = None,
) -> list[Group]:
    """The plan after a change by hand (a member moved, another assessor): turns laid out
    again; an assessor who coaches a member is refused; a group left empty is dropped, the
    others keep their numbers."""
    windows, _chosen = _windows(
        db, cohort_id, half_day_ids, max(map(len, groups), default=0), minutes
    )
    by_id = {m.id: m for m in _members(db.read, cohort_id)}
    names = _assessor_names(db)
    out: list[Group] = []
    for number, (ids, assessor_id) in enumerate(zip(groups, assessor_ids, strict=True), 1):
        if not ids:
            continue
        for pid in ids:
            if pid not in by_id:
                raise PlanError(f"Deelnemer {pid} doet niet mee aan dit programma.")
            if assessor_id is not None and assessor_id in by_id[pid].coach_ids:
                raise PlanError(
                    f"{names.get(assessor_id, 'Deze assessor')} is de coach van "
                    f"{by_id[pid].name}; een assessor is nooit de eigen coach."
                )
        index = number - 1
        location = locations[index] if locations and index < len(locations) else ""
        # A group keeps its number when another empties, and so its meeting and calendar UID.
        out.append(
            _laid_out(
                numbers[index] if numbers else number,
                assessor_id,
                names.get(assessor_id, "") if assessor_id else "",
                ids,
                by_id,
                windows,
                minutes,
                location,
            )
        )
    return out


def save(db: Database, cohort_id: int, groups: list[Group], new: Settings) -> Edit:
    """Make these the cohort's accountability groups. The edit's result is the plan as it was;
    its inverse saves that plan again. A group keeps its calendar UID (matched by number) and
    raises its SEQUENCE."""
    from sqlalchemy import select, update

    from sioo_desk.domain.enums import SessionKind
    from sioo_desk.domain.models import (
        Assessment,
        Cohort,
        HalfDay,
        Session,
        SessionParticipant,
        SessionTeacher,
        Setting,
    )
    from sioo_desk.services import audit

    if new.minutes < rules.MIN_MINUTES:
        raise PlanError(f"Een gesprek duurt minstens {rules.MIN_MINUTES} minuten.")
    with db.session() as s:
        # What undo puts back is what this transaction replaces.
        read = reading(s)
        before = _plan(read, cohort_id)
        half_days = {h.id: h for h in _closing_half_days(read, cohort_id)}
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        existing = {
            x.number: x
            for x in s.scalars(
                select(Session).where(
                    Session.cohort_id == cohort_id, Session.kind == SessionKind.ACCOUNTABILITY
                )
            )
        }
        key = _settings_key(cohort_id)
        row = s.get(Setting, key)
        stored = json.loads(row.value) if row is not None else {}
        # The highest SEQUENCE ever sent for the cohort's groups: a group that comes back
        # (undo of emptying it) gets its old UID and a SEQUENCE above anything sent before.
        high = max([int(stored.get("sequence", 0))] + [x.sequence for x in existing.values()])
        previous = {g.number: g for g in before.groups}
        kept: set[int] = set()
        touched: set[int] = set()  # the sessions made, changed or removed
        for g in groups:
            session = existing.get(g.number)
            kept.add(g.number)
            if session is not None and previous.get(g.number) == g:
                continue  # unchanged: no new SEQUENCE for calendars that have it already
            if session is None:
                high += 1
                session = Session(
                    cohort_id=cohort_id,
                    kind=SessionKind.ACCOUNTABILITY,
                    number=g.number,
                    uid=f"{cohort.code.lower()}-verantwoording-{g.number}@sioo-desk",
                    sequence=high,
                )
                s.add(session)
            else:
                session.sequence += 1
                high = max(high, session.sequence)
            session.title = f"Professioneel verantwoordingsgesprek, groep {g.number}"
            session.location = g.location
            session.teachers.clear()
            session.attendees.clear()
            session.half_days.clear()
            s.flush()
            if g.assessor_id is not None:
                session.teachers.append(SessionTeacher(person_id=g.assessor_id, role="assessor"))
            for t in g.turns:
                session.attendees.append(
                    SessionParticipant(
                        participant_id=t.participant_id, starts_at=t.starts_at, ends_at=t.ends_at
                    )
                )
            for h in half_days.values():
                inside = [
                    t
                    for t in g.turns
                    if t.starts_at and t.ends_at and h.starts_at <= t.starts_at < h.ends_at
                ]
                if inside:
                    first = min(t.starts_at for t in inside if t.starts_at)
                    last = max(t.ends_at for t in inside if t.ends_at)
                    session.half_days.append(
                        HalfDay(
                            date=h.date, part=h.part, starts_at=first.time(), ends_at=last.time()
                        )
                    )
            s.flush()
            touched.add(session.id)
            ids = [t.participant_id for t in g.turns]
            if ids:
                s.execute(
                    update(Assessment)
                    .where(Assessment.participant_id.in_(ids))
                    .values(session_id=session.id)
                )
        for number, session in existing.items():
            if number not in kept:
                touched.add(session.id)
                s.delete(session)
        value = json.dumps(
            {"minutes": new.minutes, "half_days": list(new.half_day_ids), "sequence": high}
        )
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(
            s,
            "accountability",
            "cohort",
            cohort_id,
            f"{len(groups)} groepen voor het verantwoordingsgesprek",
        )
    turns = {t.participant_id for g in [*before.groups, *groups] for t in g.turns}
    return Edit(
        Changes.of(cohort_id, sessions=touched, closing=turns, settings=["accountability"]),
        partial(_save_back, cohort_id=cohort_id, groups=before.groups, new=before.settings),
        result=before,
    )


def _save_back(db: Database, *, cohort_id: int, groups: list[Group], new: Settings) -> Edit:
    return save(db, cohort_id, groups, new)


def day_plan_pdf(db: Database, cohort_id: int) -> bytes:
    """The day plan: a column per group (assessor, room), a row per turn, then the
    presentations to the clients that fall on the same days."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from sioo_desk.services.cohorts import get_cohort

    cohort = get_cohort(db, cohort_id)
    plan = plan_of(db, cohort_id)
    if not plan.groups:
        raise PlanError(f"{cohort.name} heeft nog geen indeling voor de verantwoordingsgesprekken.")
    regular, bold = pdf_fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5)
    head = ParagraphStyle("head", parent=body, fontName=bold)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=15, leading=19)
    buffer = io.BytesIO()
    wide = len(plan.groups) > 3
    page = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Dagplanning verantwoordingsgesprekken {cohort.name}",
        author="Sioo Desk",
        # The canvas's first font is ours too: no unembedded font.
        initialFontName=regular,
    )
    days = sorted({t.starts_at.date() for g in plan.groups for t in g.turns if t.starts_at})
    story: list[object] = [
        Paragraph("Dagplanning professioneel verantwoordingsgesprek", title),
        Paragraph(
            f"{cohort.name} · slotbijeenkomst {', '.join(long_date(d) for d in days)}"
            + (f" · {cohort.location}" if cohort.location else ""),
            body,
        ),
        Paragraph(
            f"Ruim een uur per deelnemer ({plan.settings.minutes} minuten), in groepen onder "
            "leiding van een assessor; de groep is bij elkaars gesprekken aanwezig.",
            body,
        ),
        Spacer(1, 5 * mm),
    ]
    starts = sorted(
        {
            (t.starts_at, t.ends_at)
            for g in plan.groups
            for t in g.turns
            if t.starts_at and t.ends_at
        }
    )
    header = [Paragraph("Tijd", head)] + [
        Paragraph(
            f"Groep {g.number}<br/>{_escape(g.assessor or 'assessor nog open')}"
            + (f"<br/>{_escape(g.location)}" if g.location else ""),
            head,
        )
        for g in plan.groups
    ]
    data = [header]
    current_day: dt.date | None = None
    day_rows: list[int] = []
    for start, end in starts:
        if start.date() != current_day:
            current_day = start.date()
            data.append([Paragraph(long_date(current_day), head)] + [""] * len(plan.groups))
            day_rows.append(len(data) - 1)
        row: list[object] = [Paragraph(f"{start:%H:%M}–{end:%H:%M}", body)]
        for g in plan.groups:
            who = next((t.name for t in g.turns if t.starts_at == start), "")
            row.append(Paragraph(_escape(who), body))
        data.append(row)
    width = page[0] - 30 * mm
    time_width = 28 * mm
    table = Table(
        data,
        colWidths=[time_width] + [(width - time_width) / len(plan.groups)] * len(plan.groups),
        repeatRows=1,
    )
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular),  # empty cells too: no standard font
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r in day_rows:
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f6f9")),
        ]
    table.setStyle(TableStyle(style))
    story.append(table)
    presentations = [
        m
        for m in _members(db.read, cohort_id)
        if m.presentation and m.presentation[0].date() in days
    ]
    if presentations:
        story += [Spacer(1, 6 * mm), Paragraph("Presentaties aan de opdrachtgever", head)]
        for m in sorted(presentations, key=lambda m: m.presentation or (dt.datetime.min,) * 2):
            assert m.presentation is not None
            story.append(Paragraph(f"{_span(m.presentation)} · {_escape(m.name)}", body))
    if plan.problems:
        story += [Spacer(1, 6 * mm), Paragraph("Nog op te lossen", head)]
        story += [Paragraph("• " + _escape(p), body) for p in plan.problems]
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

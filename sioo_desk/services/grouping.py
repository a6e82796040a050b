"""Consultation groups of a cohort: the builder's proposal, the groups as they are, their rule
breaches, and saving what the user settles on. Every write returns an `Edit`: what it touched
and how to take it back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.grouping import (
    Candidate,
    Proposal,
    Wishes,
    group_name,
    propose,
    rule_breaches,
)
from sioo_desk.domain.names import PersonName
from sioo_desk.domain.rules import Norms
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.settings_schema import COACH_GROUPS, default, int_value
from sioo_desk.store.database import Database, Read, reading

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

_GROUPED = "('admitted', 'active', 'completed')"
#: The settings a change to them names (the groups tab follows them).
MAX_PER_COACH = COACH_GROUPS
WISHES = "groups.wishes"

_GROUPS = """SELECT g.id, g.name, g.coach_id, c.first_name, c.initials, c.tussenvoegsel, c.surname
             FROM consultation_groups g LEFT JOIN people c ON c.id = g.coach_id
             WHERE g.cohort_id = :c ORDER BY g.id"""
_MEMBERS = """SELECT m.group_id, p.id, m.locked, p.first_name, p.initials, p.tussenvoegsel,
                     p.surname, p.municipality
              FROM group_members m JOIN participants p ON p.id = m.participant_id
              JOIN consultation_groups g ON g.id = m.group_id WHERE g.cohort_id = :c"""
_NORMS = """SELECT p.contact_half_days, p.outside_working_hours_half_days, p.study_hours,
                   p.min_participants, p.max_participants, p.min_group_size, p.max_group_size
            FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = :c"""
# The cohort's participants and everybody in one of its groups, with their place: the groups
# tab draws the groups and checks the rules from this one read.
_PEOPLE = f"""SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname, p.municipality,
                     p.cohort_id = :c AND p.status IN {_GROUPED}, m.group_id, m.locked
              FROM participants p LEFT JOIN group_members m ON m.participant_id = p.id
              WHERE p.cohort_id = :c
                 OR m.group_id IN (SELECT id FROM consultation_groups WHERE cohort_id = :c)
              ORDER BY p.id"""


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    municipality: str
    locked: bool = False


@dataclass(frozen=True)
class Group:
    id: int | None
    name: str
    coach_id: int | None
    coach: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Board:
    """What the groups tab shows of a cohort: its groups, who can be in one, and its norms."""

    cohort_id: int
    norms: Norms
    groups: list[Group]
    people: dict[int, Candidate]

    def problems(self) -> list[str]:
        """The rule breaches of the groups as they are, and who is in none."""
        groups, people = self.groups, self.people
        found = rule_breaches(
            [[m.id for m in g.members if m.id in people] for g in groups], people, self.norms
        )
        placed = {m.id for g in groups for m in g.members}
        if groups:
            found += [
                f"{c.name} zit in geen consultatiegroep."
                for c in people.values()
                if c.id not in placed
            ]
        found += [f"{g.name} heeft nog geen coach." for g in groups if g.coach_id is None]
        return found


# --- reading ---------------------------------------------------------------------------------


def candidates(db: Database, cohort_id: int) -> list[Candidate]:
    rows = db.read(
        f"""SELECT id, first_name, initials, tussenvoegsel, surname, municipality
                       FROM participants WHERE cohort_id = :c AND status IN {_GROUPED}""",
        {"c": cohort_id},
    )
    out = []
    for r in rows:
        name = PersonName(r[4], r[1], r[2], r[3])
        out.append(Candidate(int(r[0]), name.display_name, r[5] or "", name.sort_key))
    return out


def _groups(
    group_rows: Iterable[Sequence[Any]], member_rows: Iterable[Sequence[Any]]
) -> list[Group]:
    """Groups in id order, members by name: from the rows of `_GROUPS` and of the members
    (group id, participant id, locked, first name, initials, tussenvoegsel, surname, town)."""
    groups: dict[int, Group] = {}
    for gid, name, coach_id, cf, ci, ct, cs in group_rows:
        coach = PersonName(cs, cf, ci, ct).display_name if cs else ""
        groups[int(gid)] = Group(int(gid), name, coach_id, coach, ())
    members: dict[int, list[Member]] = {g: [] for g in groups}
    for gid, pid, locked, first, initials, tussenvoegsel, surname, town in member_rows:
        if gid is None or int(gid) not in members:
            continue
        name = PersonName(surname, first, initials, tussenvoegsel)
        members[int(gid)].append(Member(int(pid), name.display_name, town or "", bool(locked)))
    return [
        Group(g.id, g.name, g.coach_id, g.coach, tuple(sorted(members[gid], key=lambda m: m.name)))
        for gid, g in groups.items()
    ]


def current_groups(db: Database, cohort_id: int) -> list[Group]:
    return _groups(db.read(_GROUPS, {"c": cohort_id}), db.read(_MEMBERS, {"c": cohort_id}))


def _groups_in(s: OrmSession, cohort_id: int) -> list[Group]:
    """The groups as they are, read through a write's own session."""
    from sqlalchemy import text

    return _groups(
        s.execute(text(_GROUPS), {"c": cohort_id}).all(),
        s.execute(text(_MEMBERS), {"c": cohort_id}).all(),
    )


def board(db: Database, cohort_id: int) -> Board:
    """The cohort's groups, candidates and norms in three reads (the groups tab's refresh)."""
    return _board(db.read, cohort_id)


def _board(read: Read, cohort_id: int) -> Board:
    norms = read(_NORMS, {"c": cohort_id})
    if not norms:
        raise NotFoundError("Cohort", cohort_id)
    people: dict[int, Candidate] = {}
    members = []
    for pid, first, initials, tussenvoegsel, surname, town, candidate, gid, locked in read(
        _PEOPLE, {"c": cohort_id}
    ):
        name = PersonName(surname, first, initials, tussenvoegsel)
        if candidate:
            people[int(pid)] = Candidate(int(pid), name.display_name, town or "", name.sort_key)
        members.append((gid, pid, locked, first, initials, tussenvoegsel, surname, town))
    return Board(
        cohort_id,
        Norms(*(int(v) for v in norms[0])),
        _groups(read(_GROUPS, {"c": cohort_id}), members),
        people,
    )


def propose_groups(db: Database, cohort_id: int, wishes_given: Wishes | None = None) -> Proposal:
    """A proposal that keeps every locked place of the groups as they are and the standing
    wishes (kept apart, kept together) of the cohort."""
    return _propose(db.read, cohort_id, wishes_given)


def _propose(read: Read, cohort_id: int, wishes_given: Wishes | None = None) -> Proposal:
    now = _board(read, cohort_id)
    locked = {m.id: index for index, g in enumerate(now.groups) for m in g.members if m.locked}
    standing = wishes_given or _wishes(read, cohort_id)
    present = set(now.people)
    keep = [p for p in standing.together if set(p) <= present]
    apart = [p for p in standing.apart if set(p) <= present]
    return propose(
        list(now.people.values()),
        now.norms,
        Wishes({**locked, **standing.locked}, tuple(apart), tuple(keep)),
    )


def problems(db: Database, cohort_id: int) -> list[str]:
    """The rule breaches of the groups as they are, and who is in none."""
    return board(db, cohort_id).problems()


# --- the groups as a whole -------------------------------------------------------------------


def save_groups(
    db: Database,
    cohort_id: int,
    groups: list[list[int]],
    coaches: list[int | None] | None = None,
    locked: set[int] | None = None,
) -> Edit:
    """Make the cohort's groups these (named A, B, …); the result is the groups as they were.
    Groups keep their ids in order, so their meetings and coaches stay with them."""
    with db.session() as s:
        before, touched = _replace_groups(s, cohort_id, groups, coaches, locked)
    return Edit(
        Changes.of(cohort_id, groups=touched, whole=True),
        partial(restore_groups, cohort_id=cohort_id, groups=before),
        result=before,
    )


def _replace_groups(
    s: OrmSession,
    cohort_id: int,
    groups: list[list[int]],
    coaches: list[int | None] | None = None,
    locked: set[int] | None = None,
) -> tuple[list[Group], set[int]]:
    """`save_groups` inside a write's session: the groups as they were (read in it, for the
    undo) and the ids of the groups made, changed or removed."""
    from sqlalchemy import delete, select

    from sioo_desk.domain.models import ConsultationGroup, GroupMember, Session
    from sioo_desk.services import audit

    before = _groups_in(s, cohort_id)
    if locked is None:
        locked = {m.id for g in before for m in g.members if m.locked}
    rows = list(
        s.scalars(
            select(ConsultationGroup)
            .where(ConsultationGroup.cohort_id == cohort_id)
            .order_by(ConsultationGroup.id)
        )
    )
    ids = [g.id for g in rows]
    if ids:
        s.execute(delete(GroupMember).where(GroupMember.group_id.in_(ids)))
        s.flush()
    touched = set(ids)
    for index, members in enumerate(groups):
        name = f"Consultatiegroep {group_name(index)}"
        if index < len(rows):
            group = rows[index]
            group.name = name
        else:
            group = ConsultationGroup(cohort_id=cohort_id, name=name)
            s.add(group)
            s.flush()
            touched.add(group.id)
        if coaches is not None and index < len(coaches):
            group.coach_id = coaches[index]
        for participant_id in members:
            s.add(
                GroupMember(
                    group_id=group.id,
                    participant_id=participant_id,
                    locked=participant_id in locked,
                )
            )
    for extra in rows[len(groups) :]:
        meetings = s.scalar(select(Session.id).where(Session.consultation_group_id == extra.id))
        if meetings is None:
            s.delete(extra)
    audit.record(s, "groups", "cohort", cohort_id, f"{len(groups)} consultatiegroepen")
    return before, touched


def restore_groups(db: Database, cohort_id: int, groups: list[Group]) -> Edit:
    """Put the groups back exactly as they were (undoes `save_groups`, and redoes it): each
    under its own id, with its name, coach and members (and their locks), so that the steps
    before it still find it. A group that is not among them, made by the step undone, goes
    again unless it has meetings by now (as `save_groups` keeps those). `save_groups` removes
    only groups without meetings, so nothing else hung on one. The result is the groups as
    they were."""
    from sqlalchemy import delete, select

    from sioo_desk.domain.models import ConsultationGroup, GroupMember, Session
    from sioo_desk.services import audit

    with db.session() as s:
        before = _groups_in(s, cohort_id)
        rows = {
            g.id: g
            for g in s.scalars(
                select(ConsultationGroup).where(ConsultationGroup.cohort_id == cohort_id)
            )
        }
        if rows:
            s.execute(delete(GroupMember).where(GroupMember.group_id.in_(list(rows))))
        wanted = {g.id for g in groups if g.id is not None}
        touched = set(rows) | wanted
        for group_id, extra in rows.items():
            if group_id in wanted:
                continue
            meetings = s.scalar(
                select(Session.id).where(Session.consultation_group_id == group_id).limit(1)
            )
            if meetings is None:
                s.delete(extra)
        # A name is unique within the cohort: the groups renamed let go of theirs first.
        for g in groups:
            kept = rows.get(g.id) if g.id is not None else None
            if kept is not None and kept.name != g.name:
                kept.name = f"{g.name} ({kept.id}, wordt hernoemd)"
        s.flush()
        for g in groups:
            found = rows.get(g.id) if g.id is not None else None
            if found is None:
                # Its own id again, unless another cohort's group has taken it meanwhile.
                free = g.id is not None and s.get(ConsultationGroup, g.id) is None
                row = ConsultationGroup(id=g.id if free else None, cohort_id=cohort_id, name=g.name)
                s.add(row)
                s.flush()
                touched.add(row.id)
            else:
                row = found
            row.name = g.name
            row.coach_id = g.coach_id
            for m in g.members:
                s.add(GroupMember(group_id=row.id, participant_id=m.id, locked=m.locked))
        audit.record(s, "groups", "cohort", cohort_id, f"{len(groups)} consultatiegroepen terug")
    return Edit(
        Changes.of(cohort_id, groups=touched, whole=True),
        partial(restore_groups, cohort_id=cohort_id, groups=before),
        result=before,
    )


def save_proposal(db: Database, cohort_id: int) -> Edit:
    """Propose groups and make them the cohort's (locked places and coaches stay); the result
    is the proposal, whose reasons say why each participant is where they are. The proposal
    is made from the groups as this transaction sees them (their locked places), and undo
    puts those back."""
    with db.session() as s:
        proposal = _propose(reading(s), cohort_id)
        before, touched = _replace_groups(s, cohort_id, proposal.groups)
    return Edit(
        Changes.of(cohort_id, groups=touched, whole=True),
        partial(restore_groups, cohort_id=cohort_id, groups=before),
        result=proposal,
    )


# --- one member ------------------------------------------------------------------------------


def move_member(db: Database, cohort_id: int, participant_id: int, to_group: int) -> Edit:
    """Put one participant in group number `to_group` (0 = A), keeping their lock; the result
    is the id of the group they were in (None: none)."""
    return _move(db, cohort_id, participant_id, index=to_group)


def move_to_group(db: Database, cohort_id: int, participant_id: int, group_id: int | None) -> Edit:
    """Put one participant in the group with this id, or in none (None)."""
    return _move(db, cohort_id, participant_id, group_id=group_id)


def _move(
    db: Database,
    cohort_id: int,
    participant_id: int,
    *,
    index: int | None = None,
    group_id: int | None = None,
) -> Edit:
    """One read (the participant, their place and the cohort's groups) and one write, plus the
    audit line: dragging a member is the groups tab's most frequent edit."""
    from sqlalchemy import text

    from sioo_desk.services import audit

    with db.session() as s:
        rows = s.execute(
            text(
                """SELECT p.cohort_id, m.id, m.group_id, g.id, g.name FROM participants p
                   LEFT JOIN group_members m ON m.participant_id = p.id
                   LEFT JOIN consultation_groups g ON g.cohort_id = :c
                   WHERE p.id = :p ORDER BY g.id"""
            ),
            {"p": participant_id, "c": cohort_id},
        ).all()
        if not rows:
            raise NotFoundError("Deelnemer", participant_id)
        own_cohort, member_id, was = rows[0][0], rows[0][1], rows[0][2]
        if own_cohort != cohort_id:
            raise SiooDeskError("Deze deelnemer hoort niet bij dit cohort.")
        groups = {int(r[3]): str(r[4]) for r in rows if r[3] is not None}
        if index is not None:
            order = list(groups)
            if not 0 <= index < len(order):
                raise SiooDeskError(f"Dit cohort heeft geen consultatiegroep {index + 1}.")
            group_id = order[index]
        if group_id is not None and group_id not in groups:
            raise NotFoundError("Consultatiegroep", group_id)
        if group_id != was:
            if group_id is None:
                s.execute(text("DELETE FROM group_members WHERE id = :m"), {"m": member_id})
            elif member_id is None:
                s.execute(
                    text(
                        """INSERT INTO group_members (group_id, participant_id, locked)
                           VALUES (:g, :p, 0)"""
                    ),
                    {"g": group_id, "p": participant_id},
                )
            else:
                s.execute(
                    text("UPDATE group_members SET group_id = :g WHERE id = :m"),
                    {"g": group_id, "m": member_id},
                )
            where = groups[group_id] if group_id is not None else "geen groep"
            audit.record(s, "move", "participant", participant_id, f"naar {where}")
    return Edit(
        Changes.of(
            cohort_id,
            groups=[g for g in (was, group_id) if g is not None],
            participants=[participant_id],
        ),
        partial(move_to_group, cohort_id=cohort_id, participant_id=participant_id, group_id=was),
        result=was,
    )


def set_locked(db: Database, participant_id: int, locked: bool) -> Edit:
    """Lock a participant in their group (the builder never moves them); the result is the
    former setting."""
    from sqlalchemy import select

    from sioo_desk.domain.models import ConsultationGroup, GroupMember

    with db.session() as s:
        found = s.execute(
            select(GroupMember, ConsultationGroup.cohort_id)
            .join(ConsultationGroup, ConsultationGroup.id == GroupMember.group_id)
            .where(GroupMember.participant_id == participant_id)
        ).one_or_none()
        if found is None:
            raise SiooDeskError("Deze deelnemer zit nog in geen consultatiegroep.")
        member, cohort_id = found
        before = member.locked
        member.locked = locked
        group_id = member.group_id
    return Edit(
        Changes.of(cohort_id, groups=[group_id]),
        partial(set_locked, participant_id=participant_id, locked=before),
        result=before,
    )


# --- coaches ---------------------------------------------------------------------------------


def set_coach(db: Database, group_id: int, coach_id: int | None) -> Edit:
    """Give a group its coach; refused when the coach already has their maximum of groups.
    The group's meetings change with it (their coach is shown and checked for clashes)."""
    from sqlalchemy import func, select

    from sioo_desk.domain.models import ConsultationGroup, Session

    with db.session() as s:
        group = s.get(ConsultationGroup, group_id)
        if group is None:
            raise NotFoundError("Consultatiegroep", group_id)
        before = group.coach_id
        if before == coach_id:
            return unchanged(before)
        if coach_id is not None:
            maximum = int_value(reading(s), MAX_PER_COACH)
            count = (
                s.scalar(
                    select(func.count())
                    .select_from(ConsultationGroup)
                    .where(
                        ConsultationGroup.cohort_id == group.cohort_id,
                        ConsultationGroup.coach_id == coach_id,
                        ConsultationGroup.id != group_id,
                    )
                )
                or 0
            )
            if count >= maximum:
                raise SiooDeskError(
                    f"Deze coach begeleidt in dit cohort al {count} groepen (hoogstens {maximum})."
                )
        group.coach_id = coach_id
        cohort_id = group.cohort_id
        meetings = s.scalars(select(Session.id).where(Session.consultation_group_id == group_id))
        sessions = list(meetings)
    return Edit(
        Changes.of(
            cohort_id,
            groups=[group_id],
            sessions=sessions,
            people=[c for c in (before, coach_id) if c is not None],
        ),
        partial(set_coach, group_id=group_id, coach_id=before),
        result=before,
    )


def coaches(db: Database) -> list[tuple[int, str]]:
    """The coaches to choose from: an archived one is offered for nothing new."""
    rows = db.read("""SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname
                      FROM people p JOIN person_roles r ON r.person_id = p.id
                      WHERE r.role = 'coach' AND NOT p.archived""")
    return sorted(
        ((int(r[0]), PersonName(r[4], r[1], r[2], r[3]).display_name) for r in rows),
        key=lambda x: x[1],
    )


def max_groups_per_coach(db: Database) -> int:
    return int_value(db.read, MAX_PER_COACH)


def set_max_groups_per_coach(db: Database, maximum: int) -> Edit:
    """How many groups of one cohort a coach may have (a setting for every cohort); the result
    is the former maximum."""
    from sioo_desk.domain.models import Setting

    if maximum < 1:
        raise SiooDeskError("Een coach begeleidt minstens één groep.")
    with db.session() as s:
        row = s.get(Setting, MAX_PER_COACH)
        before = int(row.value) if row is not None else int(default(MAX_PER_COACH))
        if row is None:
            s.add(Setting(key=MAX_PER_COACH, value=str(maximum)))
        else:
            row.value = str(maximum)
    return Edit(
        Changes.of(None, settings=[MAX_PER_COACH]),
        partial(set_max_groups_per_coach, maximum=before),
        result=before,
    )


# --- wishes ----------------------------------------------------------------------------------


def _wishes_key(cohort_id: int) -> str:
    return f"groups.wishes.{cohort_id}"


def _parse_wishes(value: str | None) -> Wishes:
    if value is None:
        return Wishes()
    stored = json.loads(value)
    return Wishes(
        apart=tuple((int(a), int(b)) for a, b in stored.get("apart", [])),
        together=tuple((int(a), int(b)) for a, b in stored.get("together", [])),
    )


def wishes(db: Database, cohort_id: int) -> Wishes:
    """The user's standing wishes for a cohort: pairs kept apart and kept together."""
    return _wishes(db.read, cohort_id)


def _wishes(read: Read, cohort_id: int) -> Wishes:
    rows = read("SELECT value FROM settings WHERE key = :k", {"k": _wishes_key(cohort_id)})
    return _parse_wishes(rows[0][0] if rows else None)


def save_wishes(db: Database, cohort_id: int, new: Wishes) -> Edit:
    """Store the cohort's standing wishes; the result is the wishes as they were."""
    from sioo_desk.domain.models import Setting

    value = json.dumps(
        {"apart": [list(p) for p in new.apart], "together": [list(p) for p in new.together]}
    )
    with db.session() as s:
        row = s.get(Setting, _wishes_key(cohort_id))
        before = _parse_wishes(row.value if row is not None else None)
        if row is None:
            s.add(Setting(key=_wishes_key(cohort_id), value=value))
        else:
            row.value = value
    return Edit(
        Changes.of(cohort_id, settings=[WISHES]),
        partial(save_wishes, cohort_id=cohort_id, new=before),
        result=before,
    )

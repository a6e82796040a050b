"""Consultation groups of a cohort: the builder's proposal, the groups as they are, their rule
breaches, and saving what the user settles on."""

from __future__ import annotations

from dataclasses import dataclass

from sioo_desk.domain.grouping import (
    Candidate,
    Proposal,
    Wishes,
    group_name,
    propose,
    rule_breaches,
)
from sioo_desk.domain.names import PersonName
from sioo_desk.services.cohorts import get_cohort
from sioo_desk.store.database import Database

_GROUPED = "('admitted', 'active', 'completed')"


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


def current_groups(db: Database, cohort_id: int) -> list[Group]:
    groups: dict[int, Group] = {}
    for gid, name, coach_id, cf, ci, ct, cs in db.read(
        """SELECT g.id, g.name, g.coach_id, c.first_name, c.initials, c.tussenvoegsel, c.surname
           FROM consultation_groups g LEFT JOIN people c ON c.id = g.coach_id
           WHERE g.cohort_id = :c ORDER BY g.id""",
        {"c": cohort_id},
    ):
        coach = PersonName(cs, cf, ci, ct).display_name if cs else ""
        groups[int(gid)] = Group(int(gid), name, coach_id, coach, ())
    members: dict[int, list[Member]] = {g: [] for g in groups}
    for gid, pid, locked, first, initials, tussenvoegsel, surname, town in db.read(
        """SELECT m.group_id, p.id, m.locked, p.first_name, p.initials, p.tussenvoegsel,
                  p.surname, p.municipality
           FROM group_members m JOIN participants p ON p.id = m.participant_id
           JOIN consultation_groups g ON g.id = m.group_id WHERE g.cohort_id = :c""",
        {"c": cohort_id},
    ):
        name = PersonName(surname, first, initials, tussenvoegsel)
        members[int(gid)].append(Member(int(pid), name.display_name, town or "", bool(locked)))
    return [
        Group(
            g.id,
            g.name,
            g.coach_id,
            g.coach,
            tuple(sorted(members[g.id or 0], key=lambda m: m.name)),
        )
        for g in groups.values()
    ]


def propose_groups(db: Database, cohort_id: int, wishes_given: Wishes | None = None) -> Proposal:
    """A proposal that keeps every locked place of the groups as they are and the standing
    wishes (kept apart, kept together) of the cohort."""
    cohort = get_cohort(db, cohort_id)
    existing = current_groups(db, cohort_id)
    locked = {m.id: index for index, g in enumerate(existing) for m in g.members if m.locked}
    standing = wishes_given or wishes(db, cohort_id)
    present = {c.id for c in candidates(db, cohort_id)}
    keep = [p for p in standing.together if set(p) <= present]
    apart = [p for p in standing.apart if set(p) <= present]
    return propose(
        candidates(db, cohort_id),
        cohort.norms,
        Wishes({**locked, **standing.locked}, tuple(apart), tuple(keep)),
    )


def problems(db: Database, cohort_id: int) -> list[str]:
    """The rule breaches of the groups as they are, and who is in none."""
    cohort = get_cohort(db, cohort_id)
    people = {c.id: c for c in candidates(db, cohort_id)}
    groups = current_groups(db, cohort_id)
    found = rule_breaches(
        [[m.id for m in g.members if m.id in people] for g in groups], people, cohort.norms
    )
    placed = {m.id for g in groups for m in g.members}
    if groups:
        found += [
            f"{c.name} zit in geen consultatiegroep." for c in people.values() if c.id not in placed
        ]
    found += [f"{g.name} heeft nog geen coach." for g in groups if g.coach_id is None]
    return found


def save_groups(
    db: Database,
    cohort_id: int,
    groups: list[list[int]],
    coaches: list[int | None] | None = None,
    locked: set[int] | None = None,
) -> list[Group]:
    """Make the cohort's groups these (named A, B, …); return the groups as they were."""
    from sqlalchemy import delete, select

    from sioo_desk.domain.models import ConsultationGroup, GroupMember, Session
    from sioo_desk.services import audit

    before = current_groups(db, cohort_id)
    locked = locked if locked is not None else {m.id for g in before for m in g.members if m.locked}
    with db.session() as s:
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
        for index, members in enumerate(groups):
            name = f"Consultatiegroep {group_name(index)}"
            if index < len(rows):
                group = rows[index]
                group.name = name
            else:
                group = ConsultationGroup(cohort_id=cohort_id, name=name)
                s.add(group)
                s.flush()
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
    return before


def restore_groups(db: Database, cohort_id: int, groups: list[Group]) -> None:
    save_groups(
        db,
        cohort_id,
        [[m.id for m in g.members] for g in groups],
        [g.coach_id for g in groups],
        {m.id for g in groups for m in g.members if m.locked},
    )


def move_member(db: Database, cohort_id: int, participant_id: int, to_group: int) -> list[Group]:
    """Put one participant in group number `to_group` (0 = A); return the groups as they were."""
    groups = current_groups(db, cohort_id)
    layout = [[m.id for m in g.members if m.id != participant_id] for g in groups]
    while len(layout) <= to_group:
        layout.append([])
    layout[to_group].append(participant_id)
    return save_groups(db, cohort_id, layout, [g.coach_id for g in groups])


def set_locked(db: Database, participant_id: int, locked: bool) -> bool:
    """Lock a participant in their group (the builder never moves them); return the former."""
    from sqlalchemy import select

    from sioo_desk.domain.errors import SiooDeskError
    from sioo_desk.domain.models import GroupMember

    with db.session() as s:
        member = s.scalar(select(GroupMember).where(GroupMember.participant_id == participant_id))
        if member is None:
            raise SiooDeskError("Deze deelnemer zit nog in geen consultatiegroep.")
        before = member.locked
        member.locked = locked
        return before


def set_coach(db: Database, group_id: int, coach_id: int | None) -> int | None:
    """Give a group its coach; refused when the coach already has their maximum of groups."""
    from sqlalchemy import func, select

    from sioo_desk.domain.errors import NotFoundError, SiooDeskError
    from sioo_desk.domain.models import ConsultationGroup, Setting

    with db.session() as s:
        group = s.get(ConsultationGroup, group_id)
        if group is None:
            raise NotFoundError("Consultatiegroep", group_id)
        before = group.coach_id
        if coach_id is not None:
            stored = s.get(Setting, "groups.max_per_coach")
            maximum = int(stored.value) if stored else 2
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
        return before


def coaches(db: Database) -> list[tuple[int, str]]:
    rows = db.read("""SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname
                      FROM people p JOIN person_roles r ON r.person_id = p.id
                      WHERE r.role = 'coach'""")
    return sorted(
        ((int(r[0]), PersonName(r[4], r[1], r[2], r[3]).display_name) for r in rows),
        key=lambda x: x[1],
    )


def _wishes_key(cohort_id: int) -> str:
    return f"groups.wishes.{cohort_id}"


def wishes(db: Database, cohort_id: int) -> Wishes:
    """The user's standing wishes for a cohort: pairs kept apart and kept together."""
    import json

    rows = db.read("SELECT value FROM settings WHERE key = :k", {"k": _wishes_key(cohort_id)})
    if not rows:
        return Wishes()
    stored = json.loads(rows[0][0])
    return Wishes(
        apart=tuple(tuple(p) for p in stored.get("apart", [])),
        together=tuple(tuple(p) for p in stored.get("together", [])),
    )


def save_wishes(db: Database, cohort_id: int, new: Wishes) -> Wishes:
    import json

    from sioo_desk.domain.models import Setting

    before = wishes(db, cohort_id)
    with db.session() as s:
        value = json.dumps(
            {"apart": [list(p) for p in new.apart], "together": [list(p) for p in new.together]}
        )
        row = s.get(Setting, _wishes_key(cohort_id))
        if row is None:
            s.add(Setting(key=_wishes_key(cohort_id), value=value))
        else:
            row.value = value
    return before


def max_groups_per_coach(db: Database) -> int:
    rows = db.read("SELECT value FROM settings WHERE key = 'groups.max_per_coach'")
    return int(rows[0][0]) if rows else 2


def set_max_groups_per_coach(db: Database, maximum: int) -> int:
    from sioo_desk.domain.errors import SiooDeskError
    from sioo_desk.domain.models import Setting

    if maximum < 1:
        raise SiooDeskError("Een coach begeleidt minstens één groep.")
    before = max_groups_per_coach(db)
    with db.session() as s:
        row = s.get(Setting, "groups.max_per_coach")
        if row is None:
            s.add(Setting(key="groups.max_per_coach", value=str(maximum)))
        else:
            row.value = str(maximum)
    return before

"""The registry of teachers (and coaches, assessors): who they are, and their dates across all
cohorts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sioo_desk.domain.enums import Role
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import PersonName, collation_key
from sioo_desk.domain.validation import check_email
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sioo_desk.services.snapshots import Snapshot

TEACHING_ROLES = (Role.TEACHER, Role.COACH, Role.ASSESSOR, Role.RECTOR, Role.PROGRAMME_MANAGER)


@dataclass(frozen=True)
class TeacherInput:
    surname: str
    first_name: str = ""
    initials: str = ""
    tussenvoegsel: str = ""
    title: str = ""
    organisation: str = ""
    expertise: str = ""
    email: str = ""
    phone: str = ""
    roles: tuple[Role, ...] = (Role.TEACHER,)


#: The roles a person can be given in the registry.
REGISTRY_ROLES = (Role.TEACHER, Role.COACH, Role.ASSESSOR)


@dataclass(frozen=True)
class TeacherRow:
    id: int
    name: PersonName
    title: str
    organisation: str
    expertise: str
    email: str
    phone: str
    roles: tuple[Role, ...]

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.title, self.name.formal_name) if p)


def list_teachers(db: Database) -> list[TeacherRow]:
    roles: dict[int, list[Role]] = {}
    for person_id, role in db.read("SELECT person_id, role FROM person_roles"):
        roles.setdefault(int(person_id), []).append(Role(role))
    wanted = set(TEACHING_ROLES)
    rows = []
    for r in db.read("""SELECT id, surname, first_name, initials, tussenvoegsel, title,
                               organisation, expertise, email, phone FROM people"""):
        person_roles = tuple(roles.get(int(r[0]), []))
        if not set(person_roles) & wanted:
            continue
        rows.append(
            TeacherRow(
                int(r[0]),
                PersonName(r[1], r[2], r[3], r[4]),
                r[5],
                r[6],
                r[7],
                r[8] or "",
                r[9],
                person_roles,
            )
        )
    return sorted(rows, key=lambda t: t.name.sort_key)


def check_teacher(data: TeacherInput) -> None:
    """The checks of the form, without the database: a refusal names the field in Dutch."""
    if not data.surname.strip():
        raise SiooDeskError("Achternaam: is verplicht.")
    if problem := check_email(data.email.strip(), required=False):
        raise SiooDeskError(f"E-mail: {problem}")
    if not set(data.roles) & set(TEACHING_ROLES):
        raise SiooDeskError("Rol: kies docent, coach of assessor (of meer).")


def save_teacher(db: Database, data: TeacherInput, person_id: int | None = None) -> Edit:
    """Add a teacher (person_id None) or change one; the result is their id. Undoing an
    addition removes the person again, undoing a change stores what was there."""
    from sioo_desk.domain.models import Person, PersonRole
    from sioo_desk.services import audit

    check_teacher(data)
    with db.session() as s:
        before: TeacherInput | None = None
        if person_id is None:
            person = Person(surname="")
            s.add(person)
        else:
            found = s.get(Person, person_id)
            if found is None:
                raise NotFoundError("Docent", person_id)
            person = found
            before = TeacherInput(
                surname=person.surname,
                first_name=person.first_name,
                initials=person.initials,
                tussenvoegsel=person.tussenvoegsel,
                title=person.title,
                organisation=person.organisation,
                expertise=person.expertise,
                email=person.email or "",
                phone=person.phone,
                roles=tuple(r.role for r in person.roles),
            )
        for name in (
            "surname",
            "first_name",
            "initials",
            "tussenvoegsel",
            "title",
            "organisation",
            "expertise",
            "phone",
        ):
            setattr(person, name, getattr(data, name).strip())
        person.email = data.email.strip().lower() or None
        kept = [r for r in person.roles if r.role not in REGISTRY_ROLES or r.role in data.roles]
        present = {r.role for r in kept}
        person.roles = kept + [PersonRole(role=role) for role in data.roles if role not in present]
        s.flush()
        audit.record(s, "save", "teacher", person.id, person.name.display_name)
        saved = person.id
    inverse = (
        partial(_remove_teacher, person_id=saved)
        if before is None
        else partial(save_teacher, data=before, person_id=saved)
    )
    return Edit(Changes.of(None, people=[saved]), inverse, result=saved)


def _remove_teacher(db: Database, *, person_id: int) -> Edit:
    """Undo of adding a teacher: the person goes, kept so that redo brings them back."""
    from sqlalchemy import text

    from sioo_desk.services import snapshots

    with db.session() as s:
        snapshot = snapshots.take(s.connection(), "people", [person_id])
        s.execute(text("DELETE FROM people WHERE id = :id"), {"id": person_id})
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(_restore_teacher, person_id=person_id, snapshot=snapshot),
        result=person_id,
    )


def _restore_teacher(db: Database, *, person_id: int, snapshot: Snapshot) -> Edit:
    from sioo_desk.services import snapshots

    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(_remove_teacher, person_id=person_id),
        result=person_id,
    )


@dataclass(frozen=True)
class TeacherDate:
    date: dt.date
    cohort: str
    session: str
    role: str


def teacher_dates(db: Database, person_id: int) -> list[TeacherDate]:
    """Every day this person teaches, coaches or assesses, in any cohort."""
    rows = db.read(
        """SELECT DISTINCT h.date, c.name, s.title, t.role FROM session_teachers t
           JOIN sessions s ON s.id = t.session_id JOIN cohorts c ON c.id = s.cohort_id
           JOIN half_days h ON h.session_id = s.id WHERE t.person_id = :p
           UNION
           SELECT DISTINCT h.date, c.name, s.title, 'coach' FROM sessions s
           JOIN consultation_groups g ON g.id = s.consultation_group_id
           JOIN cohorts c ON c.id = s.cohort_id JOIN half_days h ON h.session_id = s.id
           WHERE g.coach_id = :p""",
        {"p": person_id},
    )
    dates = []
    for day, cohort, title, role in rows:
        date = as_date(day)
        assert date is not None
        dates.append(TeacherDate(date, cohort, title, role or "docent"))
    return sorted(dates, key=lambda d: (d.date, collation_key(d.session)))

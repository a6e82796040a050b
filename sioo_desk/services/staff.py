"""The staff: everyone who works on a cohort rather than in it, with every role the programme
has (one person may hold several), and the days they teach, coach or assess across cohorts.

A person named anywhere (a cohort, a session, a group, an intake, a verdict, a coach's note)
is archived rather than deleted, so that what was done keeps its name; an archived person is
offered for nothing new. Someone named nowhere can be deleted, and the deletion undone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from sioo_desk.domain.enums import Role
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import PersonName, collation_key, normalise_initials
from sioo_desk.domain.validation import check_email
from sioo_desk.services import images
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database, Read

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from sioo_desk.domain.models import Person
    from sioo_desk.services.snapshots import Snapshot


class StaffError(SiooDeskError):
    pass


#: The Dutch names of the roles, for messages and the command line (the GUI has its own).
ROLE_NAMES: dict[Role, str] = {
    Role.PROGRAMME_MANAGER: "programmamanager",
    Role.SECRETARY: "secretariaat",
    Role.SIGNATORY: "ondertekenaar",
    Role.TEACHER: "docent",
    Role.COACH: "coach",
    Role.ASSESSOR: "assessor",
}

#: The roles of whoever can be named as a session's teacher.
TEACHING_ROLES = frozenset(
    {Role.TEACHER, Role.COACH, Role.ASSESSOR, Role.SIGNATORY, Role.PROGRAMME_MANAGER}
)

#: Every place a person can be named, as (table, column, what that makes them). A test keeps
#: this in step with the schema's foreign keys to `people`.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("cohorts", "programme_manager_id", "programmamanager van 1 cohort", "programmamanager van {n} cohorten"),
    ("cohorts", "secretary_id", "secretariaat van 1 cohort", "secretariaat van {n} cohorten"),
    ("cohorts", "signatory_id", "ondertekenaar van 1 cohort", "ondertekenaar van {n} cohorten"),
    ("session_teachers", "person_id", "genoemd bij 1 bijeenkomst", "genoemd bij {n} bijeenkomsten"),
    ("consultation_groups", "coach_id", "coach van 1 consultatiegroep", "coach van {n} consultatiegroepen"),
    ("intakes", "interviewer_id", "interviewer bij 1 intake", "interviewer bij {n} intakes"),
    ("assessments", "assessor_id", "assessor bij 1 eindoordeel", "assessor bij {n} eindoordelen"),
    ("coach_notes", "author_id", "schrijver van 1 coachnotitie", "schrijver van {n} coachnotities"),
    ("coach_note_revisions", "edited_by_id", "bewerker van 1 versie van een coachnotitie", "bewerker van {n} versies van coachnotities"),
)  # fmt: skip
#: Rows that belong to the person and go with them: not a reason to keep them.
OWN_ROWS = (("person_roles", "person_id"),)

_SIGNATURE_SIZE = {
    "for_what": "een handtekening",
    "advice": "Scan de handtekening met een lagere resolutie of snijd hem bij.",
}


def parse_role(text: str) -> Role:
    """A role as typed: its stored value ('programme_manager') or its Dutch name
    ('programmamanager'); 'rector' (the role's former name) is a signatory."""
    wanted = text.strip().lower().replace("-", "_").replace(" ", "_")
    for role in Role:
        if wanted in (role.value, ROLE_NAMES[role]):
            return role
    aliases = {"rector": Role.SIGNATORY, "secretaris": Role.SECRETARY}
    if wanted in aliases:
        return aliases[wanted]
    choices = ", ".join(
        r.value if r.value == ROLE_NAMES[r] else f"{r.value} ({ROLE_NAMES[r]})" for r in Role
    )
    raise StaffError(f"Onbekende rol '{text}'; kies uit {choices}.")


@dataclass(frozen=True)
class StaffInput:
    """What the form or the command line says about a staff member."""

    surname: str
    first_name: str = ""
    initials: str = ""
    tussenvoegsel: str = ""
    title: str = ""
    function: str = ""
    organisation: str = ""
    expertise: str = ""
    email: str = ""
    phone: str = ""
    roles: tuple[Role, ...] = (Role.TEACHER,)

    @classmethod
    def named(cls, name: PersonName, **values: Any) -> StaffInput:
        """From a name in its parts (see `parse_full_name`) and the other fields."""
        return cls(
            surname=name.surname,
            first_name=name.first_name,
            initials=name.initials,
            tussenvoegsel=name.tussenvoegsel,
            **values,
        )


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: PersonName
    title: str
    function: str
    organisation: str
    expertise: str
    email: str
    phone: str
    roles: tuple[Role, ...]
    archived: bool
    has_signature: bool

    @property
    def label(self) -> str:
        """'prof. dr. J.J. Boonstra': the name as printed, with the title."""
        return " ".join(p for p in (self.title, self.name.formal_name) if p)

    def as_input(self) -> StaffInput:
        return StaffInput.named(
            self.name,
            title=self.title,
            function=self.function,
            organisation=self.organisation,
            expertise=self.expertise,
            email=self.email,
            phone=self.phone,
            roles=self.roles,
        )


_ROLE_ORDER = {role: index for index, role in enumerate(Role)}


def list_staff(db: Database, *, archived: bool = True) -> list[StaffMember]:
    """Every staff member in Dutch name order; without the archived ones if `archived` is
    False."""
    roles: dict[int, list[Role]] = {}
    for person_id, role in db.read("SELECT person_id, role FROM person_roles"):
        roles.setdefault(int(person_id), []).append(Role(role))
    rows = []
    for r in db.read(
        """SELECT id, surname, first_name, initials, tussenvoegsel, title, function,
                  organisation, expertise, email, phone, archived, signature_attachment_id
           FROM people"""
        + ("" if archived else " WHERE NOT archived")
    ):
        rows.append(
            StaffMember(
                id=int(r[0]),
                name=PersonName(r[1], r[2], r[3], r[4]),
                title=r[5],
                function=r[6],
                organisation=r[7],
                expertise=r[8],
                email=r[9] or "",
                phone=r[10],
                roles=tuple(sorted(roles.get(int(r[0]), []), key=_ROLE_ORDER.__getitem__)),
                archived=bool(r[11]),
                has_signature=r[12] is not None,
            )
        )
    return sorted(rows, key=lambda m: (m.name.sort_key, m.id))


def staff_member(db: Database, person_id: int) -> StaffMember:
    for member in list_staff(db):
        if member.id == person_id:
            return member
    raise NotFoundError("Medewerker", person_id)


def choosable(
    db: Database, roles: frozenset[Role] | None = None, keep: tuple[int, ...] = ()
) -> list[StaffMember]:
    """Whom a form offers: the staff not archived (holding one of `roles`, if given), and
    those in `keep` (already chosen) whatever they are now."""
    return [
        m
        for m in list_staff(db)
        if m.id in keep or (not m.archived and (roles is None or set(m.roles) & roles))
    ]


def check_staff(data: StaffInput) -> None:
    """The checks of the form, without the database: a refusal names the field in Dutch."""
    if not data.surname.strip():
        raise StaffError("Achternaam: is verplicht.")
    if problem := check_email(data.email.strip(), required=False):
        raise StaffError(f"E-mail: {problem}")
    if not data.roles:
        raise StaffError("Rol: kies minstens één rol.")
    for role in data.roles:
        if not isinstance(role, Role):
            parse_role(str(role))  # raises, naming the roles there are


def save_staff(db: Database, data: StaffInput, person_id: int | None = None) -> Edit:
    """Add a staff member (person_id None) or change one; `result` is their id. Undoing an
    addition removes the person again; undoing a change stores what was there."""
    from sqlalchemy import select

    from sioo_desk.domain.models import Person, PersonRole
    from sioo_desk.services import audit

    check_staff(data)
    tidy = _tidy(data)
    with db.session() as s:
        if tidy.email:
            other = s.scalar(
                select(Person).where(Person.email == tidy.email, Person.id != (person_id or -1))
            )
            if other is not None:
                raise StaffError(
                    f"E-mail: {tidy.email} is al het adres van {other.name.display_name}; "
                    "twee medewerkers kunnen niet hetzelfde adres hebben."
                )
        before: StaffInput | None = None
        if person_id is None:
            person = Person(surname="")
            s.add(person)
        else:
            person = _person(s, person_id)
            before = _input_of(person)
            if before == tidy:
                return unchanged(person_id)
        for name in (
            "surname",
            "first_name",
            "initials",
            "tussenvoegsel",
            "title",
            "function",
            "organisation",
            "expertise",
            "phone",
        ):
            setattr(person, name, getattr(tidy, name))
        person.email = tidy.email or None
        kept = [r for r in person.roles if r.role in tidy.roles]
        present = {r.role for r in kept}
        person.roles = kept + [PersonRole(role=role) for role in tidy.roles if role not in present]
        s.flush()
        audit.record(s, "save", "person", person.id, person.name.display_name)
        saved = person.id
    inverse = (
        partial(_remove, person_id=saved)
        if before is None
        else partial(save_staff, data=before, person_id=saved)
    )
    return Edit(Changes.of(None, people=[saved]), inverse, result=saved)


def _tidy(data: StaffInput) -> StaffInput:
    roles = tuple(sorted(set(data.roles), key=_ROLE_ORDER.__getitem__))
    return StaffInput(
        surname=" ".join(data.surname.split()),
        first_name=" ".join(data.first_name.split()),
        initials=normalise_initials(data.initials),
        tussenvoegsel=" ".join(data.tussenvoegsel.split()),
        title=" ".join(data.title.split()),
        function=" ".join(data.function.split()),
        organisation=data.organisation.strip(),
        expertise=data.expertise.strip(),
        email=data.email.strip().lower(),
        phone=data.phone.strip(),
        roles=roles,
    )


def _input_of(person: Person) -> StaffInput:
    return StaffInput(
        surname=person.surname,
        first_name=person.first_name,
        initials=person.initials,
        tussenvoegsel=person.tussenvoegsel,
        title=person.title,
        function=person.function,
        organisation=person.organisation,
        expertise=person.expertise,
        email=person.email or "",
        phone=person.phone,
        roles=tuple(sorted((r.role for r in person.roles), key=_ROLE_ORDER.__getitem__)),
    )


def _person(s: OrmSession, person_id: int) -> Person:
    from sioo_desk.domain.models import Person

    person = s.get(Person, person_id)
    if person is None:
        raise NotFoundError("Medewerker", person_id)
    return person


# -- archiving and deleting -------------------------------------------------------------------


def references(read: Read, person_id: int) -> list[str]:
    """Where this person is named, in Dutch ('programmamanager van 2 cohorten'); empty
    when nowhere. `read` is `db.read`, or `reading(session)` inside a write."""
    found = []
    for table, column, one, more in REFERENCES:
        count = int(
            read(f"SELECT count(*) FROM {table} WHERE {column} = :p", {"p": person_id})[0][0]
        )
        if count:
            found.append(one if count == 1 else more.format(n=count))
    return found


def set_archived(db: Database, person_id: int, archived: bool = True) -> Edit:
    """Archive a staff member (offered for nothing new, kept wherever named) or bring them
    back; the inverse does the opposite."""
    from sioo_desk.services import audit

    with db.session() as s:
        person = _person(s, person_id)
        if person.archived == archived:
            return unchanged(person_id)
        person.archived = archived
        audit.record(
            s, "archive" if archived else "unarchive", "person", person_id, person.name.display_name
        )
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(set_archived, person_id=person_id, archived=not archived),
        result=person_id,
    )


def delete_staff(db: Database, person_id: int) -> Edit:
    """Delete a staff member named nowhere; the undo brings them back. Someone named anywhere
    is refused, with where, and the advice to archive them."""
    return _remove(db, person_id=person_id)


def _remove(db: Database, *, person_id: int) -> Edit:
    """The person goes with their roles, kept so that the undo brings them back. Also the
    undo of an addition: refused as well once the person has been named somewhere since."""
    from sqlalchemy import text

    from sioo_desk.services import audit, snapshots
    from sioo_desk.store.database import reading

    with db.session() as s:
        person = _person(s, person_id)
        name = person.name.display_name
        named = references(reading(s), person_id)
        if named:
            raise StaffError(
                f"{name} kan niet worden verwijderd: {'; '.join(named)}. Archiveer deze "
                "medewerker in plaats daarvan: die blijft dan staan waar die genoemd is, maar "
                "wordt voor niets nieuws meer aangeboden."
            )
        s.expunge(person)
        snapshot = snapshots.take(s.connection(), "people", [person_id])
        s.execute(text("DELETE FROM people WHERE id = :id"), {"id": person_id})
        audit.record(s, "delete", "person", person_id, name)
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(_restore, person_id=person_id, snapshot=snapshot),
        result=person_id,
    )


def _restore(db: Database, *, person_id: int, snapshot: Snapshot) -> Edit:
    from sioo_desk.services import snapshots

    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(_remove, person_id=person_id),
        result=person_id,
    )


# -- the scanned signature --------------------------------------------------------------------


def check_signature_size(size: int, filename: str = "") -> None:
    """Refused in Dutch when an image of `size` bytes is too big for a signature: asked
    before a file is read."""
    images.check_size(size, filename, error=StaffError, **_SIGNATURE_SIZE)


def check_signature_image(content: bytes, filename: str = "") -> str:
    """The media type of a scanned signature fit to print; a Dutch refusal otherwise."""
    return images.printable(
        content,
        filename,
        error=StaffError,
        too_big=_SIGNATURE_SIZE["advice"],
        for_what=_SIGNATURE_SIZE["for_what"],
        wrong_kind="kies een scan van de handtekening in een van die vormen.",
    )


def signature(db: Database, person_id: int) -> bytes | None:
    """The person's scanned signature, or None."""
    rows = db.read(
        """SELECT a.data FROM people p JOIN attachments a ON a.id = p.signature_attachment_id
           WHERE p.id = :p""",
        {"p": person_id},
    )
    return bytes(rows[0][0]) if rows else None


def set_signature(db: Database, person_id: int, content: bytes | None, filename: str = "") -> Edit:
    """Store a scanned signature (PNG or JPEG, at most 2 MB) as the person's; None removes
    it. The former image stays stored, so that the undo can point at it again."""
    from sioo_desk.domain.models import Attachment
    from sioo_desk.services import audit

    kind = None if content is None else check_signature_image(content, filename)
    with db.session() as s:
        person = _person(s, person_id)
        before = person.signature_attachment_id
        if content is None:
            if before is None:
                return unchanged(person_id)
            person.signature_attachment_id = None
        else:
            attachment = Attachment(
                filename=filename or f"handtekening-{person_id}",
                media_type=kind or "",
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                data=content,
                created_at=dt.datetime.now().replace(microsecond=0),
            )
            s.add(attachment)
            s.flush()
            person.signature_attachment_id = attachment.id
        audit.record(s, "signature", "person", person_id, person.name.display_name)
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(_signature_back, person_id=person_id, attachment_id=before),
        result=person_id,
    )


def _signature_back(db: Database, *, person_id: int, attachment_id: int | None) -> Edit:
    """Point the person's signature at an image stored before (None: no signature)."""
    from sioo_desk.services import audit

    with db.session() as s:
        person = _person(s, person_id)
        now = person.signature_attachment_id
        person.signature_attachment_id = attachment_id
        audit.record(s, "signature", "person", person_id, person.name.display_name)
    return Edit(
        Changes.of(None, people=[person_id]),
        partial(_signature_back, person_id=person_id, attachment_id=now),
        result=person_id,
    )


# -- their dates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffDate:
    date: dt.date
    cohort: str
    session: str
    role: str


def staff_dates(db: Database, person_id: int) -> list[StaffDate]:
    """Every day this person teaches, coaches, assesses or interviews, in any cohort."""
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
        dates.append(StaffDate(date, cohort, title, role or "docent"))
    return sorted(dates, key=lambda d: (d.date, collation_key(d.session)))

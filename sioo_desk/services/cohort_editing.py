"""Making, editing, archiving and deleting a cohort of the programme (its schedule is planned
separately). Every write returns an `Edit` with its inverse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sioo_desk.domain.cohort_rules import (
    carries_code,
    code_problem,
    normalise_code,
    proposed_code,
    status_on,
)
from sioo_desk.domain.enums import CohortStatus, Role
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.models import Certificate, Cohort, Participant, Person, PersonRole, Programme
from sioo_desk.domain.names import PersonName
from sioo_desk.services import audit, snapshots
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.store.database import Database


class CohortError(SiooDeskError):
    pass


@dataclass(frozen=True)
class CohortInput:
    """What the form (or `sioo-desk cohort add/edit`) says about a cohort. The first six are
    positional for the callers that only make one; `code` empty: proposed from the start year;
    `status` None: it follows the dates."""

    name: str
    location: str
    intake_from: dt.date | None
    intake_until: dt.date | None
    start: dt.date | None
    end: dt.date | None
    code: str = ""
    location_address: str = ""
    programme_manager_id: int | None = None
    secretary_id: int | None = None
    signatory_id: int | None = None
    status: CohortStatus | None = None


# The roles a cohort's staff fields ask for, with the field's Dutch name.
_STAFF_FIELDS = (
    ("programme_manager_id", Role.PROGRAMME_MANAGER, "Programmamanager", "programmamanager"),
    ("secretary_id", Role.SECRETARY, "Secretariaat", "secretariaat"),
    ("signatory_id", Role.SIGNATORY, "Ondertekenaar", "ondertekenaar"),
)


# --- what the form offers --------------------------------------------------------------------


@dataclass(frozen=True)
class StaffChoice:
    id: int
    label: str  # "prof. dr. A. de Vries"


@dataclass(frozen=True)
class CohortChoices:
    """What the cohort form needs besides the cohort: who holds each role, the codes that are
    taken (by other cohorts, or carried by certificates), and whether this cohort's own code is
    frozen because a certificate carries it."""

    staff: dict[Role, list[StaffChoice]]
    taken_codes: frozenset[str]
    code_frozen: bool
    current: CohortInput | None  # None for a new cohort


def cohort_choices(db: Database, cohort_id: int | None = None) -> CohortChoices:
    with db.session() as s:
        current = _input_of(_get(s, cohort_id)) if cohort_id is not None else None
        staff = {role: _holders(s, role, current) for _f, role, _n, _l in _STAFF_FIELDS}
        taken = _taken_codes(s, exclude=cohort_id)
        frozen = current is not None and _carried(s, current.code)
    return CohortChoices(staff, taken, frozen, current)


def proposed_staff(choices: CohortChoices) -> dict[str, int | None]:
    """For a new cohort: each role's holder when exactly one person holds it, else nobody."""
    return {
        field: (choices.staff[role][0].id if len(choices.staff[role]) == 1 else None)
        for field, role, _n, _l in _STAFF_FIELDS
    }


def _holders(s: Session, role: Role, current: CohortInput | None) -> list[StaffChoice]:
    """Who holds `role` and is not archived, by name; the cohort's own choice stays offered
    even when archived since."""
    keep = {
        getattr(current, field) for field, r, _n, _l in _STAFF_FIELDS if r is role and current
    } - {None}
    people = s.scalars(
        select(Person).join(PersonRole).where(PersonRole.role == role).distinct()
    ).all()
    chosen = [p for p in people if not p.archived or p.id in keep]
    chosen.sort(key=lambda p: p.name.sort_key)
    return [StaffChoice(p.id, _label(p.title, p.name)) for p in chosen]


def _label(title: str, name: PersonName) -> str:
    return " ".join(p for p in (title.strip(), name.formal_name) if p)


def propose_code(db: Database, start: dt.date | None, cohort_id: int | None = None) -> str:
    """`HRM-<start year>`, or with `-2`, `-3` when taken."""
    with db.session() as s:
        taken = _taken_codes(s, exclude=cohort_id)
    return proposed_code((start or dt.date.today()).year, taken)


def _taken_codes(s: Session, *, exclude: int | None) -> frozenset[str]:
    codes = set(s.scalars(select(Cohort.code).where(Cohort.id != (exclude or 0))))
    # A code once printed on a certificate stays that certificate's, even if its cohort has
    # another code by now (it cannot: frozen) or is gone: the numbers would continue from it.
    for number in s.scalars(select(Certificate.number)):
        head, _dash, tail = number.rpartition("-")
        if head and tail.isdigit():
            codes.add(head)
    if exclude is not None:
        own = s.get(Cohort, exclude)
        if own is not None:
            codes.discard(own.code)
    return frozenset(codes)


def _carried(s: Session, code: str) -> bool:
    numbers = s.scalars(select(Certificate.number).where(Certificate.number.like(f"{code}-%")))
    return any(carries_code(n, code) for n in numbers)


# --- making ----------------------------------------------------------------------------------


def create_cohort(db: Database, data: CohortInput) -> Edit:
    """A new cohort; `result` is its id. On a database without a programme the shipped
    programme is put in first. The undo deletes the cohort again while it is still empty."""
    data = _checked(data)
    with db.session() as s:
        programme = s.scalar(select(Programme).order_by(Programme.id))
        if programme is None:
            from sioo_desk.services.programme_template import install_programme

            programme = install_programme(s)
        _refuse_taken_name(s, data.name, None)
        code = data.code or proposed_code(
            (data.start or dt.date.today()).year, _taken_codes(s, exclude=None)
        )
        _refuse_taken_code(s, code, None)
        _refuse_wrong_staff(s, data, None)
        cohort = Cohort(programme_id=programme.id, code=code, name=data.name)
        _store(cohort, replace(data, code=code))
        s.add(cohort)
        s.flush()
        audit.record(s, "create", "cohort", cohort.id, data.name)
        cohort_id = cohort.id
    return Edit(_whole(cohort_id), partial(delete_cohort, cohort_id=cohort_id), cohort_id)


def update_cohort(
    db: Database, cohort_id: int, data: CohortInput, *, restoring: bool = False
) -> Edit:
    """Store `data`; `result` is what was there before. An empty code keeps the one it has.
    `restoring` (an undo or redo): the staff as they were, even one archived since."""
    data = _checked(data)
    with db.session() as s:
        cohort = _get(s, cohort_id)
        before = _input_of(cohort)
        if not data.code:
            data = replace(data, code=before.code)
        if data == before:  # OK on an unchanged form: no step for the undo stack
            return unchanged(before)
        if data.name != before.name:
            _refuse_taken_name(s, data.name, cohort_id)
        if data.code != before.code:
            if _carried(s, before.code):
                raise CohortError(
                    f"Code: {before.code} staat al op uitgereikte certificaten en kan niet "
                    "meer veranderen."
                )
            _refuse_taken_code(s, data.code, cohort_id)
        if not restoring:
            _refuse_wrong_staff(s, data, before)
        _store(cohort, data)
        audit.record(s, "update", "cohort", cohort_id, data.name)
    return Edit(
        _whole(cohort_id),
        partial(update_cohort, cohort_id=cohort_id, data=before, restoring=True),
        before,
    )


def set_archived(db: Database, cohort_id: int, archived: bool) -> Edit:
    """Archive (hidden from the navigator, still found by search and by `cohorts`) or bring
    back; `result` is the cohort's name."""
    with db.session() as s:
        cohort = _get(s, cohort_id)
        name = cohort.name
        if cohort.archived == archived:
            return unchanged(name)
        cohort.archived = archived
        audit.record(s, "archive" if archived else "unarchive", "cohort", cohort_id, name)
    return Edit(
        _whole(cohort_id), partial(set_archived, cohort_id=cohort_id, archived=not archived), name
    )


def delete_cohort(db: Database, cohort_id: int) -> Edit:
    """Delete a cohort without participants, its schedule and groups with it; undoable.
    `result` is its name."""
    with db.session() as s:
        cohort = _get(s, cohort_id)
        count = s.scalar(
            select(func.count()).select_from(Participant).where(Participant.cohort_id == cohort_id)
        )
        if count:
            who = "1 deelnemer" if count == 1 else f"{count} deelnemers"
            raise CohortError(
                f"{cohort.name} heeft al {who} en wordt daarom niet verwijderd; "
                "archiveer het cohort als u het niet meer wilt zien."
            )
        name = cohort.name
        snapshot = snapshots.take(s.connection(), "cohorts", [cohort_id])
        s.delete(cohort)
        audit.record(s, "delete", "cohort", cohort_id, name)
    return Edit(
        _whole(cohort_id), partial(_restore_cohort, snapshot=snapshot, cohort_id=cohort_id), name
    )


#: The undo of a new cohort, under its earlier name.
delete_empty_cohort = delete_cohort


def _restore_cohort(db: Database, *, snapshot: Snapshot, cohort_id: int) -> Edit:
    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
        audit.record(s, "restore", "cohort", cohort_id, "verwijdering ongedaan gemaakt")
    return Edit(_whole(cohort_id), partial(delete_cohort, cohort_id=cohort_id), cohort_id)


# --- the parts -------------------------------------------------------------------------------


def cohort_input(db: Database, cohort_id: int) -> CohortInput:
    """The cohort as the form shows it (`status` None when it follows the dates)."""
    with db.session() as s:
        return _input_of(_get(s, cohort_id))


def _get(s: Session, cohort_id: int) -> Cohort:
    cohort = s.get(Cohort, cohort_id)
    if cohort is None:
        raise CohortError(f"Cohort {cohort_id} bestaat niet (meer).")
    return cohort


def _input_of(cohort: Cohort) -> CohortInput:
    return CohortInput(
        name=cohort.name,
        location=cohort.location,
        intake_from=cohort.intake_from,
        intake_until=cohort.intake_until,
        start=cohort.start_date,
        end=cohort.end_date,
        code=cohort.code,
        location_address=cohort.location_address,
        programme_manager_id=cohort.programme_manager_id,
        secretary_id=cohort.secretary_id,
        signatory_id=cohort.signatory_id,
        status=cohort.status if cohort.status_by_hand else None,
    )


def _store(cohort: Cohort, data: CohortInput) -> None:
    cohort.name = data.name
    cohort.code = data.code
    cohort.location = data.location
    cohort.location_address = data.location_address
    cohort.intake_from = data.intake_from
    cohort.intake_until = data.intake_until
    cohort.start_date = data.start
    cohort.end_date = data.end
    cohort.programme_manager_id = data.programme_manager_id
    cohort.secretary_id = data.secretary_id
    cohort.signatory_id = data.signatory_id
    cohort.status_by_hand = data.status is not None
    # Followed by the dates, the stored status is what they make of it on the day written: a
    # script reading the file sees something sensible; the app works it out again when shown.
    cohort.status = data.status or status_on(
        dt.date.today(),
        intake_from=data.intake_from,
        intake_until=data.intake_until,
        start=data.start,
        end=data.end,
    )


def _checked(data: CohortInput) -> CohortInput:
    """Tidied (spaces, upper-case code) and checked on its own; the checks against the
    database follow in the write."""
    data = replace(
        data,
        name=" ".join(data.name.split()),
        location=" ".join(data.location.split()),
        location_address=" ".join(data.location_address.split()),
        code=normalise_code(data.code),
    )
    if not data.name:
        raise CohortError("Naam: is verplicht.")
    if len(data.name) > 200:
        raise CohortError("Naam: hoogstens 200 tekens.")
    if data.code and (problem := code_problem(data.code)):
        raise CohortError(problem)
    if data.intake_from and data.intake_until and data.intake_until < data.intake_from:
        raise CohortError("Intakeperiode: het einde ligt vóór het begin.")
    if data.start and data.end and data.end < data.start:
        raise CohortError("Einddatum: ligt vóór de startdatum.")
    if data.intake_until and data.start and data.start < data.intake_until:
        raise CohortError("Startdatum: ligt vóór het einde van de intakeperiode.")
    return data


def _refuse_taken_name(s: Session, name: str, cohort_id: int | None) -> None:
    found = s.scalar(
        select(Cohort.id).where(Cohort.name == name, Cohort.id != (cohort_id or 0)).limit(1)
    )
    if found is not None:
        raise CohortError(f"Naam: er is al een cohort met de naam {name}.")


def _refuse_taken_code(s: Session, code: str, cohort_id: int | None) -> None:
    other = s.scalar(
        select(Cohort.name).where(Cohort.code == code, Cohort.id != (cohort_id or 0)).limit(1)
    )
    if other is not None:
        raise CohortError(f"Code: {code} is al de code van {other}.")
    if _carried(s, code):
        raise CohortError(
            f"Code: {code} staat al op uitgereikte certificaten van een ander cohort; "
            "kies een andere."
        )


def _refuse_wrong_staff(s: Session, data: CohortInput, before: CohortInput | None) -> None:
    """Each chosen person must hold the role the field asks for and not be archived. Checked
    only where the choice changed, so that an edit of the name never trips over a role taken
    away, or a person archived, since."""
    for field, role, label, role_name in _STAFF_FIELDS:
        person_id = getattr(data, field)
        if person_id is None or (before is not None and getattr(before, field) == person_id):
            continue
        person = s.get(Person, person_id)
        if person is None:
            raise CohortError(f"{label}: medewerker {person_id} bestaat niet.")
        if person.archived:
            raise CohortError(
                f"{label}: {_label(person.title, person.name)} is gearchiveerd en kan niet meer "
                "worden gekozen; haal die eerst terug bij Medewerkers of kies een ander."
            )
        holds = s.scalar(
            select(PersonRole.id).where(PersonRole.person_id == person_id, PersonRole.role == role)
        )
        if holds is None:
            raise CohortError(
                f"{label}: {_label(person.title, person.name)} heeft de rol {role_name} niet; "
                "geef die eerst bij Medewerkers."
            )


def _whole(cohort_id: int) -> Changes:
    # A cohort made, changed or gone: the navigator and the header look again, and its dates,
    # place and staff may be on any of its screens.
    return Changes.of(cohort_id, whole=True)

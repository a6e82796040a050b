"""Making a new cohort of the programme (its schedule is planned separately)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import partial

from sqlalchemy import func, select

from sioo_desk.domain.enums import CohortStatus, Role
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.models import Cohort, Person, PersonRole, Programme
from sioo_desk.services import audit, snapshots
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.store.database import Database


class CohortError(SiooDeskError):
    pass


@dataclass(frozen=True)
class CohortInput:
    name: str
    location: str
    intake_from: dt.date | None
    intake_until: dt.date | None
    start: dt.date | None
    end: dt.date | None


def create_cohort(db: Database, data: CohortInput) -> Edit:
    """A new cohort; `result` is its id. The undo deletes it again while it is still empty."""
    name = " ".join(data.name.split())
    if not name:
        raise CohortError("Naam: is verplicht.")
    if data.intake_from and data.intake_until and data.intake_until < data.intake_from:
        raise CohortError("Intakeperiode: het einde ligt vóór het begin.")
    if data.start and data.end and data.end < data.start:
        raise CohortError("Looptijd: het einde ligt vóór de start.")
    if data.intake_until and data.start and data.start < data.intake_until:
        raise CohortError("De start ligt vóór het einde van de intakeperiode.")
    with db.session() as s:
        programme = s.scalar(select(Programme).order_by(Programme.id))
        if programme is None:
            raise CohortError(
                "Er is nog geen programma in deze database; laad eerst de "
                "demogegevens of importeer een programma."
            )
        if s.scalar(select(func.count()).select_from(Cohort).where(Cohort.name == name)):
            raise CohortError(f"Er is al een cohort met de naam {name}.")
        manager = s.scalar(
            select(Person.id).join(PersonRole).where(PersonRole.role == Role.PROGRAMME_MANAGER)
        )
        secretary = s.scalar(
            select(Person.id).join(PersonRole).where(PersonRole.role == Role.SECRETARY)
        )
        code = re.sub(r"[^A-Z0-9]+", "-", name.upper()).strip("-")[:30] or "COHORT"
        while s.scalar(select(Cohort.id).where(Cohort.code == code)):
            code = f"{code[:27]}-{s.scalar(select(func.count()).select_from(Cohort))}"
        cohort = Cohort(
            programme_id=programme.id,
            code=code,
            name=name,
            location=data.location.strip(),
            intake_from=data.intake_from,
            intake_until=data.intake_until,
            start_date=data.start,
            end_date=data.end,
            status=CohortStatus.INTAKE,
            programme_manager_id=manager,
            secretary_id=secretary,
        )
        s.add(cohort)
        s.flush()
        audit.record(s, "create", "cohort", cohort.id, name)
        cohort_id = cohort.id
    return Edit(_whole(cohort_id), partial(delete_empty_cohort, cohort_id=cohort_id), cohort_id)


def delete_empty_cohort(db: Database, cohort_id: int) -> Edit:
    """Undo of a new cohort: only while nothing was added to it."""
    with db.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise CohortError(f"Cohort {cohort_id} bestaat niet meer.")
        if cohort.participants or cohort.sessions:
            raise CohortError(
                f"{cohort.name} heeft al deelnemers of bijeenkomsten; het wordt niet verwijderd."
            )
        snapshot = snapshots.take(s.connection(), "cohorts", [cohort_id])
        s.delete(cohort)
        audit.record(s, "delete", "cohort", cohort_id, cohort.name)
    return Edit(_whole(cohort_id), partial(_restore_cohort, snapshot=snapshot, cohort_id=cohort_id))


def _restore_cohort(db: Database, *, snapshot: Snapshot, cohort_id: int) -> Edit:
    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
        audit.record(s, "restore", "cohort", cohort_id, "verwijdering ongedaan gemaakt")
    return Edit(_whole(cohort_id), partial(delete_empty_cohort, cohort_id=cohort_id), cohort_id)


def _whole(cohort_id: int) -> Changes:
    # A cohort that comes or goes: the navigator looks again, and no screen of it keeps rows.
    return Changes.of(cohort_id, whole=True)

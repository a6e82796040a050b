"""The competence frames a programme rates against, kept as data and edited by the programme
manager: add, rename and remove competences, add a frame. A competence that has ratings or
evidence is never removed: that would lose what participants wrote.

The frames belong to no one cohort: every edit names the setting `competences`, which every
screen showing competences follows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import collation_key
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sioo_desk.services.snapshots import Snapshot

#: What a change to the frames names: they are programme settings, shared by every cohort.
COMPETENCES = "competences"


@dataclass(frozen=True)
class Frame:
    id: int
    code: str
    name: str
    source: str


def frames(db: Database) -> list[Frame]:
    return [
        Frame(int(r[0]), r[1], r[2], r[3])
        for r in db.read("SELECT id, code, name, source FROM competence_frameworks ORDER BY id")
    ]


def _changed() -> Changes:
    return Changes.of(None, settings=[COMPETENCES])


def _code(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", collation_key(name)).strip("-")[:30] or "c"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def add_frame(db: Database, name: str, source: str = "") -> Edit:
    """A new, empty frame; the result is its id."""
    from sqlalchemy import select

    from sioo_desk.domain.models import CompetenceFramework, Programme

    if not name.strip():
        raise SiooDeskError("Naam van het kader: is verplicht.")
    with db.session() as s:
        taken = set(s.scalars(select(CompetenceFramework.code)))
        programme = s.scalar(select(Programme.id).limit(1))
        frame = CompetenceFramework(
            programme_id=programme,
            code=_code(name, taken),
            name=name.strip(),
            source=source.strip(),
        )
        s.add(frame)
        s.flush()
        frame_id = frame.id
    return Edit(
        _changed(), partial(_remove, table="competence_frameworks", row_id=frame_id), frame_id
    )


def add_competence(db: Database, frame_id: int, name: str, description: str = "") -> Edit:
    """A new competence at the end of a frame; the result is its id."""
    from sioo_desk.domain.models import Competence, CompetenceFramework

    if not name.strip():
        raise SiooDeskError("Naam van de competentie: is verplicht.")
    with db.session() as s:
        frame = s.get(CompetenceFramework, frame_id)
        if frame is None:
            raise NotFoundError("Competentiekader", frame_id)
        if any(c.name.lower() == name.strip().lower() for c in frame.competences):
            raise SiooDeskError(f"'{name.strip()}' staat al in {frame.name}.")
        competence = Competence(
            code=_code(name, {c.code for c in frame.competences}),
            name=name.strip(),
            description=description.strip(),
            position=max((c.position for c in frame.competences), default=-1) + 1,
        )
        frame.competences.append(competence)
        s.flush()
        competence_id = competence.id
    return Edit(
        _changed(), partial(_remove, table="competences", row_id=competence_id), competence_id
    )


def change_competence(db: Database, competence_id: int, name: str, description: str) -> Edit:
    """Rename or describe; the result is the former name and description."""
    from sioo_desk.domain.models import Competence

    if not name.strip():
        raise SiooDeskError("Naam van de competentie: is verplicht.")
    with db.session() as s:
        competence = s.get(Competence, competence_id)
        if competence is None:
            raise NotFoundError("Competentie", competence_id)
        before = (competence.name, competence.description)
        competence.name, competence.description = name.strip(), description.strip()
    return Edit(
        _changed(),
        partial(
            change_competence,
            competence_id=competence_id,
            name=before[0],
            description=before[1],
        ),
        before,
    )


def remove_competence(db: Database, competence_id: int) -> Edit:
    """Remove a competence nobody has rated or linked evidence to; undone by putting it back
    with its own id."""
    return _remove(db, table="competences", row_id=competence_id)


def _remove(db: Database, *, table: str, row_id: int) -> Edit:
    """Delete a competence, or a frame with its competences, kept so that it can come back.
    Refused when anything to delete has ratings or evidence (undoing an addition too)."""
    from sqlalchemy import text

    from sioo_desk.services import snapshots

    ours = (
        "competence_id = :id"
        if table == "competences"
        else "competence_id IN (SELECT id FROM competences WHERE framework_id = :id)"
    )
    with db.session() as s:
        exists, ratings, links = (
            int(x)
            for x in s.execute(
                text(
                    f"""SELECT (SELECT COUNT(*) FROM {table} WHERE id = :id),
                               (SELECT COUNT(*) FROM competence_ratings WHERE {ours}),
                               (SELECT COUNT(*) FROM portfolio_entry_competences WHERE {ours})"""
                ),
                {"id": row_id},
            ).one()
        )
        if not exists:
            raise NotFoundError(
                "Competentie" if table == "competences" else "Competentiekader", row_id
            )
        if ratings or links:
            what, it = (
                ("Deze competentie", "haar") if table == "competences" else ("Dit kader", "het")
            )
            raise SiooDeskError(
                f"{what} kan niet weg: er zijn {ratings} zelfbeoordelingen en {links} "
                f"portfolio-onderdelen aan gekoppeld. Hernoem {it} liever."
            )
        snapshot = snapshots.take(s.connection(), table, [row_id])
        s.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": row_id})
    return Edit(_changed(), partial(_restore, table=table, row_id=row_id, snapshot=snapshot))


def _restore(db: Database, *, table: str, row_id: int, snapshot: Snapshot) -> Edit:
    from sioo_desk.services import snapshots

    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
    return Edit(_changed(), partial(_remove, table=table, row_id=row_id))

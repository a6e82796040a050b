"""The competence frames a programme rates against, kept as data and edited by the programme
manager: add, rename and remove competences, add a frame. A competence that has ratings or
evidence is never removed: that would lose what participants wrote."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import collation_key
from sioo_desk.store.database import Database


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


def _code(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", collation_key(name)).strip("-")[:30] or "c"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def add_frame(db: Database, name: str, source: str = "") -> int:
    from sioo_desk.domain.models import CompetenceFramework, Programme

    if not name.strip():
        raise SiooDeskError("Naam van het kader: is verplicht.")
    taken = {f.code for f in frames(db)}
    with db.session() as s:
        from sqlalchemy import select

        programme = s.scalar(select(Programme.id).limit(1))
        frame = CompetenceFramework(
            programme_id=programme,
            code=_code(name, taken),
            name=name.strip(),
            source=source.strip(),
        )
        s.add(frame)
        s.flush()
        return frame.id


def add_competence(db: Database, frame_id: int, name: str, description: str = "") -> int:
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
        return competence.id


def change_competence(
    db: Database, competence_id: int, name: str, description: str
) -> tuple[str, str]:
    """Rename or describe; return the former name and description, for undo."""
    from sioo_desk.domain.models import Competence

    if not name.strip():
        raise SiooDeskError("Naam van de competentie: is verplicht.")
    with db.session() as s:
        competence = s.get(Competence, competence_id)
        if competence is None:
            raise NotFoundError("Competentie", competence_id)
        before = (competence.name, competence.description)
        competence.name, competence.description = name.strip(), description.strip()
        return before


def remove_competence(db: Database, competence_id: int) -> None:
    from sioo_desk.domain.models import Competence

    used = db.read(
        """SELECT (SELECT COUNT(*) FROM competence_ratings WHERE competence_id = :c),
                  (SELECT COUNT(*) FROM portfolio_entry_competences WHERE competence_id = :c)""",
        {"c": competence_id},
    )
    ratings, links = (int(x) for x in used[0])
    if ratings or links:
        raise SiooDeskError(
            f"Deze competentie kan niet weg: er zijn {ratings} zelfbeoordelingen en {links} "
            "portfolio-onderdelen aan gekoppeld. Hernoem haar liever."
        )
    with db.session() as s:
        competence = s.get(Competence, competence_id)
        if competence is None:
            raise NotFoundError("Competentie", competence_id)
        s.delete(competence)

"""Competence frames as data: added to, renamed, and never stripped of what is in use."""

from __future__ import annotations

import pytest

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import competence_frames, portfolio
from sioo_desk.store.database import Database


def test_add_rename_and_remove(demo_db: Database) -> None:
    frames = competence_frames.frames(demo_db)
    assert [f.code for f in frames] == ["PIB-BP", "PIB-OK", "ADV"]
    added = competence_frames.add_competence(demo_db, frames[1].id, "Financiën", "Begroting lezen")
    found = next(c for c in portfolio.competences(demo_db) if c.id == added)
    assert (found.framework, found.code, found.description) == (
        "Oriëntatiekader",
        "financien",
        "Begroting lezen",
    )
    with pytest.raises(SiooDeskError, match="staat al in"):
        competence_frames.add_competence(demo_db, frames[1].id, "financiën")
    assert competence_frames.change_competence(demo_db, added, "Financiën en begroting", "") == (
        "Financiën",
        "Begroting lezen",
    )
    competence_frames.remove_competence(demo_db, added)
    assert added not in {c.id for c in portfolio.competences(demo_db)}


def test_a_competence_in_use_stays(demo_db: Database) -> None:
    used = portfolio.competences(demo_db)[0].id
    with pytest.raises(SiooDeskError, match="zelfbeoordelingen"):
        competence_frames.remove_competence(demo_db, used)
    assert used in {c.id for c in portfolio.competences(demo_db)}


def test_a_new_frame(demo_db: Database) -> None:
    with pytest.raises(SiooDeskError, match="verplicht"):
        competence_frames.add_frame(demo_db, "  ")
    made = competence_frames.add_frame(demo_db, "Gesprekstechnieken")
    competence_frames.add_competence(demo_db, made, "Doorvragen")
    assert competence_frames.frames(demo_db)[-1].name == "Gesprekstechnieken"
    assert portfolio.competences(demo_db)[-1].name == "Doorvragen"

"""Competence frames as data: added to, renamed, and never stripped of what is in use."""

from __future__ import annotations

import pytest

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import competence_frames, portfolio
from sioo_desk.store.database import Database


def test_add_rename_and_remove(demo_db: Database) -> None:
    frames = competence_frames.frames(demo_db)
    assert [f.code for f in frames] == ["PIB-BP", "PIB-OK", "ADV"]
    added = competence_frames.add_competence(
        demo_db, frames[1].id, "Financiën", "Begroting lezen"
    ).result
    found = next(c for c in portfolio.competences(demo_db) if c.id == added)
    assert (found.framework, found.code, found.description) == (
        "Oriëntatiekader",
        "financien",
        "Begroting lezen",
    )
    with pytest.raises(SiooDeskError, match="staat al in"):
        competence_frames.add_competence(demo_db, frames[1].id, "financiën")
    assert competence_frames.change_competence(
        demo_db, added, "Financiën en begroting", ""
    ).result == ("Financiën", "Begroting lezen")
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
    made = competence_frames.add_frame(demo_db, "Gesprekstechnieken").result
    competence_frames.add_competence(demo_db, made, "Doorvragen")
    assert competence_frames.frames(demo_db)[-1].name == "Gesprekstechnieken"
    assert portfolio.competences(demo_db)[-1].name == "Doorvragen"


def names(db: Database) -> dict[int, tuple[str, str]]:
    return {c.id: (c.name, c.description) for c in portfolio.competences(db)}


def test_every_edit_of_the_frames_is_undone_and_redone(demo_db: Database) -> None:
    frame = competence_frames.frames(demo_db)[1].id
    before = names(demo_db)
    added = competence_frames.add_competence(demo_db, frame, "Financiën")
    assert added.changes.settings == {competence_frames.COMPETENCES}
    assert not added.changes.cohorts and added.inverse is not None
    removed = added.inverse(demo_db)
    assert names(demo_db) == before and removed.inverse is not None
    removed.inverse(demo_db)  # back with its own id
    assert names(demo_db)[added.result] == ("Financiën", "")

    changed = competence_frames.change_competence(demo_db, added.result, "Begroting", "lezen")
    assert changed.inverse is not None
    back = changed.inverse(demo_db)
    assert names(demo_db)[added.result] == ("Financiën", "") and back.inverse is not None
    back.inverse(demo_db)
    assert names(demo_db)[added.result] == ("Begroting", "lezen")

    gone = competence_frames.remove_competence(demo_db, added.result)
    assert added.result not in names(demo_db) and gone.inverse is not None
    gone.inverse(demo_db)
    assert names(demo_db)[added.result] == ("Begroting", "lezen")

    made = competence_frames.add_frame(demo_db, "Gesprekstechnieken")
    assert made.inverse is not None
    made.inverse(demo_db)
    assert made.result not in {f.id for f in competence_frames.frames(demo_db)}


def test_undoing_an_addition_keeps_what_was_rated(demo_db: Database) -> None:
    used = portfolio.competences(demo_db)[0].id
    frame = next(c.framework_id for c in portfolio.competences(demo_db) if c.id == used)
    with pytest.raises(SiooDeskError, match="kan niet weg"):
        competence_frames._remove(demo_db, table="competence_frameworks", row_id=frame)

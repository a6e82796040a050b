"""A new cohort comes with its undo: deleting it again, while it is still empty."""

from __future__ import annotations

import pytest

from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services.cohort_editing import CohortError, CohortInput, create_cohort
from sioo_desk.services.cohorts import list_cohorts
from sioo_desk.services.participant_editing import create_participant
from sioo_desk.store.database import Database


def names(db: Database) -> set[str]:
    return {c.name for c in list_cohorts(db)}


def test_a_new_cohort_undone_and_redone(demo_db: Database) -> None:
    edit = create_cohort(
        demo_db, CohortInput("Leergang 2027–2028", "Doorn", None, None, None, None)
    )
    cohort_id = edit.result
    assert edit.changes.cohorts == {cohort_id} == edit.changes.whole
    assert "Leergang 2027–2028" in names(demo_db)
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert "Leergang 2027–2028" not in names(demo_db)
    assert undo.changes.cohorts == {cohort_id} == undo.changes.whole
    assert undo.inverse is not None
    redo = undo.inverse(demo_db)
    assert redo.result == cohort_id and "Leergang 2027–2028" in names(demo_db)


def test_a_cohort_with_participants_is_not_undone(demo_db: Database) -> None:
    edit = create_cohort(
        demo_db, CohortInput("Leergang 2027–2028", "Doorn", None, None, None, None)
    )
    create_participant(
        demo_db,
        edit.result,
        ParticipantInput(surname="Nieuw", first_name="Noor", email="noor@ede.nl"),
    )
    assert edit.inverse is not None
    with pytest.raises(CohortError, match="heeft al deelnemers"):
        edit.inverse(demo_db)
    assert "Leergang 2027–2028" in names(demo_db)

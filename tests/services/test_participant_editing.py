"""Every participant edit says what it touched and carries its own undo: the learning-team
partners it moved, the rows a deletion took with it — and the undo's undo does it again."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services import participant_editing as editing
from sioo_desk.services.changes import Edit
from sioo_desk.store.database import Database

# The demo's running cohort: Thijs Dijkstra and Esther de Zeeuw are a learning team, so are
# Joris van der Meer and Annelies Lange; Rik Bos and Mert Aydın have no partner.
COHORT, THIJS, ESTHER, JORIS, ANNELIES, RIK, MERT = 2, 19, 20, 23, 24, 25, 33


def partners(db: Database) -> dict[int, int | None]:
    return {
        int(r[0]): r[1]
        for r in db.read(
            "SELECT id, learning_team_partner_id FROM participants WHERE cohort_id = :c",
            {"c": COHORT},
        )
    }


def phone(db: Database, participant_id: int) -> str:
    return str(db.read("SELECT phone FROM participants WHERE id = :p", {"p": participant_id})[0][0])


def writes(db: Database, edit: object) -> list[str]:
    sent: list[str] = []

    def note(statement: str) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            sent.append(statement)

    with db.trace(note):
        assert callable(edit)
        edit()
    return sent


def test_a_phone_number_names_only_its_participant_and_costs_three_statements(
    demo_db: Database,
) -> None:
    before = editing.participant_input(demo_db, MERT)
    changed = dataclasses.replace(before, phone="06-12345678")
    made: list[Edit] = []
    sent = writes(demo_db, lambda: made.append(editing.update_participant(demo_db, MERT, changed)))
    edit = made[0]
    # One read (the cohort, for the duplicate check), the update and its audit line.
    assert len(sent) == 3, "\n".join(sent)
    assert edit.changes.cohorts == {COHORT} and edit.changes.participants == {MERT}
    assert edit.result == before and phone(demo_db, MERT) == "06-12345678"
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert phone(demo_db, MERT) == before.phone
    assert undo.changes.participants == {MERT} and undo.inverse is not None
    undo.inverse(demo_db)
    assert phone(demo_db, MERT) == "06-12345678"


def test_a_new_pair_breaks_two_and_the_undo_puts_all_four_back(demo_db: Database) -> None:
    was = partners(demo_db)
    data = dataclasses.replace(
        editing.participant_input(demo_db, THIJS), learning_team_partner_id=JORIS
    )
    edit = editing.update_participant(demo_db, THIJS, data)
    assert edit.changes.participants == {THIJS, ESTHER, JORIS, ANNELIES}
    now = partners(demo_db)
    assert (now[THIJS], now[JORIS], now[ESTHER], now[ANNELIES]) == (JORIS, THIJS, None, None)
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert partners(demo_db) == was
    assert undo.inverse is not None
    undo.inverse(demo_db)
    assert partners(demo_db) == now


def test_a_new_participant_goes_and_comes_back_with_the_pair_they_broke(
    demo_db: Database,
) -> None:
    was = partners(demo_db)
    data = ParticipantInput(
        surname="Akker",
        first_name="Fenna",
        email="f.akker@ede.nl",
        municipality="Ede",
        learning_team_partner_id=ESTHER,
    )
    edit = editing.create_participant(demo_db, COHORT, data)
    new = edit.result
    assert edit.changes.cohorts == {COHORT}
    assert edit.changes.participants == {new, ESTHER, THIJS}
    assert (partners(demo_db)[new], partners(demo_db)[ESTHER], partners(demo_db)[THIJS]) == (
        ESTHER,
        new,
        None,
    )
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert partners(demo_db) == was  # gone, and Thijs and Esther a team again
    assert undo.inverse is not None
    redo = undo.inverse(demo_db)
    assert redo.result == new
    assert (partners(demo_db)[new], partners(demo_db)[ESTHER], partners(demo_db)[THIJS]) == (
        ESTHER,
        new,
        None,
    )


def test_a_withdrawal_and_its_undo_and_redo(demo_db: Database) -> None:
    edit = editing.change_status(
        demo_db, RIK, ParticipantStatus.WITHDRAWN, on=dt.date(2026, 11, 23), reason="Verhuisd"
    )
    assert edit.changes.participants == {RIK} and edit.changes.cohorts == {COHORT}
    state = "SELECT status, withdrawn_on, withdrawal_reason FROM participants WHERE id = :p"
    assert demo_db.read(state, {"p": RIK}) == [("withdrawn", "2026-11-23", "Verhuisd")]
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert demo_db.read(state, {"p": RIK}) == [("active", None, "")]
    assert undo.inverse is not None
    undo.inverse(demo_db)
    assert demo_db.read(state, {"p": RIK}) == [("withdrawn", "2026-11-23", "Verhuisd")]


def test_a_forbidden_status_is_refused(demo_db: Database) -> None:
    with pytest.raises(SiooDeskError, match="niet rechtstreeks"):
        editing.change_status(demo_db, RIK, ParticipantStatus.INTAKE_PLANNED, on=dt.date.today())


def test_a_deletion_names_what_it_took_and_the_undo_brings_it_back(demo_db: Database) -> None:
    jan, sophie = 1, 2  # the reference cohort: a learning team, in a group, with a portfolio
    group = demo_db.read("SELECT group_id FROM group_members WHERE participant_id = 1")[0][0]
    cells = demo_db.read("SELECT count(*) FROM attendance WHERE participant_id = 1")[0][0]
    edit = editing.delete_participant(demo_db, jan)
    assert edit.changes.cohorts == {1}
    assert edit.changes.participants == {jan, sophie}  # her pointer to him went too
    assert edit.changes.groups == {group} and edit.changes.portfolio == {jan}
    assert len(edit.changes.attendance) == cells > 0
    assert demo_db.read("SELECT learning_team_partner_id FROM participants WHERE id = 2") == [
        (None,)
    ]
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert demo_db.read("SELECT learning_team_partner_id FROM participants WHERE id = 2") == [(1,)]
    assert demo_db.read("SELECT count(*) FROM attendance WHERE participant_id = 1")[0][0] == cells
    assert undo.inverse is not None
    undo.inverse(demo_db)
    assert demo_db.read("SELECT count(*) FROM participants WHERE id = 1") == [(0,)]

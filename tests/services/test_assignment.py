"""The organisatievraagstuk: stored whole or not at all, a client needs a name, a learning
team may share one."""

from __future__ import annotations

import datetime as dt

import pytest

from sioo_desk.domain.enums import AssignmentStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import assignment as assignments
from sioo_desk.services.demo import REFERENCE_CODE
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database


def reference(db: Database) -> list[int]:
    cohort = int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": REFERENCE_CODE})[0][0])
    return [p.id for p in list_participants(db, cohort)]


def team(db: Database) -> tuple[int, int]:
    ids = reference(db)
    rows = db.read(
        f"SELECT id, learning_team_partner_id FROM participants "
        f"WHERE learning_team_partner_id IS NOT NULL AND id IN ({','.join(map(str, ids))})"
    )
    return int(rows[0][0]), int(rows[0][1])


def test_demo_assignments_have_a_named_client(demo_db: Database) -> None:
    found = assignments.assignment_of(demo_db, reference(demo_db)[0])
    assert found is not None and found.client_name and found.status is AssignmentStatus.EVALUATED


def test_a_client_needs_a_name_and_a_valid_address(demo_db: Database) -> None:
    who = reference(demo_db)[0]
    before = assignments.assignment_of(demo_db, who)
    bad = assignments.AssignmentInput(
        title="Nieuw", client_name=" ", client_email="geen-adres", status=AssignmentStatus.AGREED
    )
    with pytest.raises(SiooDeskError) as refused:
        assignments.save_assignment(demo_db, who, bad)
    assert "Opdrachtgever" in str(refused.value) and "E-mail opdrachtgever" in str(refused.value)
    assert assignments.assignment_of(demo_db, who) == before  # nothing half-saved
    # A draft with only a title is fine: the client is often found later.
    assert assignments.check(assignments.AssignmentInput(title="Idee")) == []


def test_save_change_and_share_with_the_partner(demo_db: Database) -> None:
    one, partner = team(demo_db)
    assert assignments.shared_with(demo_db, one)  # the demo teams share theirs
    assignments.delete_assignment(demo_db, one)
    assert assignments.assignment_of(demo_db, one) is None
    assert assignments.assignment_of(demo_db, partner) is None

    data = assignments.AssignmentInput(
        title="Strategische personeelsplanning",
        client_name="mw. A. de Wit",
        client_email="a.dewit@gemeente.nl",
        status=AssignmentStatus.IN_PROGRESS,
        feedback_start="Scherp geformuleerd.",
        presentation_date=dt.date(2012, 6, 19),
    )
    assignments.save_assignment(demo_db, one, data)
    assert assignments.assignment_of(demo_db, one) == data
    assert assignments.assignment_of(demo_db, partner) is None

    shared = assignments.AssignmentInput(**{**data.__dict__, "shared_with_partner": True})
    assignments.save_assignment(demo_db, one, shared)
    assert assignments.assignment_of(demo_db, partner) == shared
    assignments.save_assignment(demo_db, one, data)
    assert assignments.assignment_of(demo_db, partner) is None

    assignments.save_assignment(demo_db, partner, assignments.AssignmentInput(title="Eigen"))
    with pytest.raises(SiooDeskError, match="eigen organisatievraagstuk"):
        assignments.save_assignment(demo_db, one, shared)


def test_sharing_needs_a_partner(demo_db: Database) -> None:
    loner = next(
        p
        for p in reference(demo_db)
        if demo_db.read(
            "SELECT learning_team_partner_id FROM participants WHERE id = :p", {"p": p}
        )[0][0]
        is None
    )
    with pytest.raises(SiooDeskError, match="geen leerteampartner"):
        assignments.save_assignment(
            demo_db, loner, assignments.AssignmentInput(title="x", shared_with_partner=True)
        )


def test_undo_puts_back_both_partners_exactly(demo_db: Database) -> None:
    one, partner = team(demo_db)
    cohort = int(demo_db.read("SELECT cohort_id FROM participants WHERE id = :p", {"p": one})[0][0])

    def state() -> list[tuple[int, int]]:
        return [
            (int(a), int(p))
            for a, p in demo_db.read(
                "SELECT assignment_id, participant_id FROM assignment_members "
                "WHERE participant_id IN (:a, :b) ORDER BY participant_id",
                {"a": one, "b": partner},
            )
        ]

    start, shared = state(), assignments.assignment_of(demo_db, one)
    assert shared is not None and shared.shared_with_partner
    alone = assignments.AssignmentInput(**{**shared.__dict__, "shared_with_partner": False})
    saved = assignments.save_assignment(demo_db, one, alone)
    assert saved.changes.cohorts == {cohort} and saved.changes.portfolio == {one, partner}
    assert assignments.assignment_of(demo_db, partner) is None
    assert saved.inverse is not None
    undone = saved.inverse(demo_db)
    assert state() == start and assignments.assignment_of(demo_db, partner) == shared
    assert undone.inverse is not None
    undone.inverse(demo_db)
    assert assignments.assignment_of(demo_db, partner) is None

    deleted = assignments.delete_assignment(demo_db, one)
    assert deleted.inverse is not None
    back = deleted.inverse(demo_db)
    assert assignments.assignment_of(demo_db, one) == alone
    assert back.inverse is not None
    back.inverse(demo_db)
    assert assignments.assignment_of(demo_db, one) is None

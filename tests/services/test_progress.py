"""Progress at a glance: what is due depends on the day; each missing item says why."""

from __future__ import annotations

import datetime as dt

from sioo_desk.domain.enums import AssignmentStatus
from sioo_desk.services import assignment as assignments
from sioo_desk.services.demo import CURRENT_CODE
from sioo_desk.services.progress import cohort_progress
from sioo_desk.store.database import Database


def current(db: Database) -> int:
    return int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": CURRENT_CODE})[0][0])


def test_nothing_is_due_yet_at_the_start(demo_db: Database) -> None:
    found = cohort_progress(demo_db, current(demo_db), dt.date(2026, 11, 23))
    assert found and all(p.in_order for p in found)


def test_reflections_are_due_a_week_after_each_atelier(demo_db: Database) -> None:
    cohort = current(demo_db)
    later = cohort_progress(demo_db, cohort, dt.date(2027, 3, 20))
    assert all("portfolio" in p.problems for p in later)
    assert "sinds werkatelier 3" in later[0].problems["portfolio"]


def test_assignment_and_tussengesprek_after_atelier_three(demo_db: Database) -> None:
    cohort = current(demo_db)
    first = cohort_progress(demo_db, cohort, dt.date(2027, 3, 20))[0]
    assert "tussengesprek" not in first.problems  # planned by the demo, not yet held
    after = cohort_progress(demo_db, cohort, dt.date(2027, 4, 20))[0]
    assert "is nog niet vastgelegd" in after.problems["tussengesprek"]
    assignments.save_assignment(
        demo_db, first.participant_id, assignments.AssignmentInput(title="Nog een idee")
    )
    again = next(
        p
        for p in cohort_progress(demo_db, cohort, dt.date(2027, 3, 20))
        if p.participant_id == first.participant_id
    )
    assert "in voorbereiding" in again.problems["organisatievraagstuk"]
    assignments.save_assignment(
        demo_db,
        first.participant_id,
        assignments.AssignmentInput(
            title="Nog een idee", client_name="mw. A. de Wit", status=AssignmentStatus.AGREED
        ),
    )
    settled = next(
        p
        for p in cohort_progress(demo_db, cohort, dt.date(2027, 3, 20))
        if p.participant_id == first.participant_id
    )
    assert "organisatievraagstuk" not in settled.problems

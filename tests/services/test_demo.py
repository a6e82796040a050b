"""The demo data: the reference cohort as the brochure dates it, with a finished programme's
variety, a cohort in progress relative to --today, and nothing added twice."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from sioo_desk.domain.enums import CohortStatus, ParticipantStatus
from sioo_desk.domain.errors import Cancelled
from sioo_desk.services.cohorts import list_cohorts
from sioo_desk.services.contact_time import planned_contact_time
from sioo_desk.services.demo import CURRENT_CODE, REFERENCE_CODE, load_demo
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database
from tests.conftest import TODAY


def cohort_id(db: Database, code: str) -> int:
    return int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": code})[0][0])


def test_reference_cohort_has_eighteen_participants_with_variety(demo_db: Database) -> None:
    rows = list_participants(demo_db, cohort_id(demo_db, REFERENCE_CODE))
    assert len(rows) == 18
    statuses = Counter(r.status for r in rows)
    assert statuses == {ParticipantStatus.COMPLETED: 17, ParticipantStatus.WITHDRAWN: 1}
    names = " ".join(r.name.display_name for r in rows)
    assert "Şahin Yıldız" in names and "Łukasz" in names
    assert any(r.tussenvoegsel for r in rows)
    assert any(not c.isascii() or ord(c) > 255 for c in names)
    pairs = {
        frozenset((r.id, r.learning_team_partner_id)) for r in rows if r.learning_team_partner_id
    }
    assert len(pairs) == 3
    by_id = {r.id: r for r in rows}
    assert all(by_id[a].municipality == by_id[b].municipality for a, b in map(tuple, pairs))


def test_reference_schedule_gives_the_brochures_contact_time(demo_db: Database) -> None:
    figures = planned_contact_time(demo_db, cohort_id(demo_db, REFERENCE_CODE))
    assert (figures.cohort.half_days, figures.cohort.outside_working_hours) == (45, 7)
    assert figures.cohort.study_hours == 360
    completed = demo_db.read(
        "SELECT id FROM participants WHERE cohort_id = :c AND status = 'completed'",
        {"c": cohort_id(demo_db, REFERENCE_CODE)},
    )
    assert all(figures.per_participant[r[0]].half_days == 45 for r in completed)


def test_reference_sessions_are_dated_as_in_the_brochure(demo_db: Database) -> None:
    rows = demo_db.read(
        """SELECT s.kind, s.number, min(h.date), max(h.date), count(h.id)
           FROM sessions s JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind IN ('start', 'atelier', 'masterclass', 'closing')
           GROUP BY s.id ORDER BY min(h.date)""",
        {"c": cohort_id(demo_db, REFERENCE_CODE)},
    )
    assert [(k, n, a, b, c) for k, n, a, b, c in rows] == [
        ("start", None, "2011-11-23", "2011-11-23", 2),
        ("atelier", 1, "2011-12-19", "2011-12-20", 5),
        ("atelier", 2, "2012-01-16", "2012-01-17", 5),
        ("atelier", 3, "2012-02-14", "2012-02-15", 5),
        ("masterclass", 1, "2012-03-07", "2012-03-07", 1),
        ("atelier", 4, "2012-03-19", "2012-03-20", 5),
        ("atelier", 5, "2012-04-23", "2012-04-24", 5),
        ("masterclass", 2, "2012-05-09", "2012-05-09", 1),
        ("atelier", 6, "2012-05-21", "2012-05-22", 5),
        ("closing", None, "2012-06-26", "2012-06-27", 5),
    ]


def test_consultation_groups_follow_the_rules(demo_db: Database) -> None:
    rows = demo_db.read(
        """SELECT g.id, p.municipality, g.coach_id,
                  (SELECT count(*) FROM sessions s WHERE s.consultation_group_id = g.id)
           FROM consultation_groups g JOIN group_members m ON m.group_id = g.id
           JOIN participants p ON p.id = m.participant_id"""
    )
    groups: dict[int, list[str]] = {}
    for group, town, coach, meetings in rows:
        groups.setdefault(group, []).append(town)
        assert coach is not None and meetings == 4
    assert all(4 <= len(towns) <= 6 for towns in groups.values())
    assert all(len(set(towns)) == len(towns) for towns in groups.values())


def test_finished_programme_has_verdicts_notes_and_a_short_attender(demo_db: Database) -> None:
    reference = cohort_id(demo_db, REFERENCE_CODE)
    verdicts = dict(
        demo_db.read(
            """SELECT p.surname, a.verdict FROM assessments a
           JOIN participants p ON p.id = a.participant_id WHERE p.cohort_id = :c""",
            {"c": reference},
        )
    )
    assert len(verdicts) == 17 and verdicts["Dam"] == "voldoende"
    assert Counter(verdicts.values())["goed"] == 16
    effort = dict(
        demo_db.read(
            """SELECT p.surname,
                  100.0 * sum(a.status IN ('present', 'late'))
                        / sum(a.status != 'excused')
           FROM attendance a JOIN participants p ON p.id = a.participant_id
           WHERE p.cohort_id = :c GROUP BY p.id""",
            {"c": reference},
        )
    )
    assert (
        effort["Bakker"] < 80 <= min(v for k, v in effort.items() if k not in ("Bakker", "Kramer"))
    )
    notes = demo_db.read(
        """SELECT count(*) FROM coach_notes n JOIN participants p ON p.id = n.participant_id
           WHERE p.cohort_id = :c""",
        {"c": reference},
    )
    assert notes[0][0] >= 17 * 4


def test_current_cohort_is_in_progress_relative_to_today(demo_db: Database) -> None:
    current = cohort_id(demo_db, CURRENT_CODE)
    cohort = next(c for c in list_cohorts(demo_db) if c.id == current)
    assert cohort.status is CohortStatus.RUNNING and cohort.start <= TODAY <= cohort.end
    latest = demo_db.read(
        """SELECT max(h.date) FROM attendance a JOIN half_days h ON h.id = a.half_day_id
           JOIN participants p ON p.id = a.participant_id WHERE p.cohort_id = :c""",
        {"c": current},
    )[0][0]
    assert latest is not None and dt.date.fromisoformat(latest) < TODAY
    assert all(r.status is ParticipantStatus.ACTIVE for r in list_participants(demo_db, current))


def test_before_the_start_the_current_cohort_is_in_intake(empty_db: Database) -> None:
    load_demo(empty_db, today=dt.date(2026, 9, 20))
    current = cohort_id(empty_db, CURRENT_CODE)
    statuses = Counter(r.status for r in list_participants(empty_db, current))
    # Intakes on 14 and 16 September have been held and decided; the rest are planned.
    assert statuses == {ParticipantStatus.ADMITTED: 4, ParticipantStatus.INTAKE_PLANNED: 12}
    assert empty_db.read(
        """SELECT count(*) FROM attendance a JOIN participants p ON p.id = a.participant_id
           WHERE p.cohort_id = :c AND a.half_day_id IN (
               SELECT h.id FROM half_days h JOIN sessions s ON s.id = h.session_id
               WHERE s.kind != 'intake_interview')""",
        {"c": current},
    ) == [(0,)]


TABLES = (
    "programmes",
    "people",
    "cohorts",
    "participants",
    "sessions",
    "half_days",
    "attendance",
    "coach_notes",
    "consultation_groups",
    "competence_frameworks",
)


def test_running_demo_twice_adds_nothing(demo_db: Database) -> None:
    before = {t: demo_db.read(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    result = load_demo(demo_db, today=TODAY)
    assert result.created == [] and len(result.already_there) == 2
    assert {t: demo_db.read(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES} == before


@pytest.mark.parametrize("extra", [3])
def test_generated_cohorts_for_scale(empty_db: Database, extra: int) -> None:
    progress: list[tuple[int, int, str]] = []
    result = load_demo(
        empty_db, today=TODAY, extra_cohorts=extra, report=lambda *step: progress.append(step)
    )
    assert len(result.created) == 2 + extra
    assert progress == [(n, 2 + extra, name) for n, name in enumerate(result.created)] + [
        (2 + extra, 2 + extra, "")
    ]
    cohorts = list_cohorts(empty_db)
    assert len(cohorts) == 2 + extra
    assert len({c.name for c in cohorts}) == len(cohorts)
    scale = [c for c in cohorts if c.code.startswith("SCHAAL-")]
    assert all(c.participants == 16 and c.status is CohortStatus.FINISHED for c in scale)


@pytest.mark.parametrize("stop_at", [1, 3])
def test_a_cancelled_demo_load_adds_nothing(empty_db: Database, stop_at: int) -> None:
    """Cancelled after the first cohort was built, or after the last: one transaction, so
    nothing of it stays, not even the programme or the staff."""

    def report(done: int, _total: int, _what: str) -> None:
        if done == stop_at:
            raise Cancelled

    with pytest.raises(Cancelled):
        load_demo(empty_db, today=TODAY, extra_cohorts=1, report=report)
    for table in ("programmes", "people", "cohorts", "participants", "audit_log"):
        assert empty_db.read(f"SELECT count(*) FROM {table}") == [(0,)], table


def test_the_demo_is_the_template_programme_run_by_sioo_with_signers(demo_db: Database) -> None:
    from sioo_desk.services.certificates import signers
    from sioo_desk.services.demo import is_demo
    from sioo_desk.services.organisation import organisation
    from sioo_desk.services.programme_template import TEMPLATE

    assert is_demo(demo_db) and organisation(demo_db).name == "Sioo"
    assert demo_db.read("SELECT code, title, fee_cents FROM programmes") == [
        (TEMPLATE.code, TEMPLATE.title, TEMPLATE.fee_cents)
    ]
    themes = demo_db.read(
        "SELECT s.theme FROM sessions s WHERE s.kind = 'atelier' AND s.cohort_id = :c "
        "ORDER BY s.number",
        {"c": cohort_id(demo_db, REFERENCE_CODE)},
    )
    assert [t for (t,) in themes] == [p.theme for p in TEMPLATE.parts if p.kind == "atelier"]
    for code in (REFERENCE_CODE, CURRENT_CODE):
        found = signers(demo_db, cohort_id(demo_db, code))
        assert found.programme_manager is not None and found.signatory is not None
        assert (found.programme_manager.function, found.signatory.function) == (
            "programmamanager",
            "rector Sioo",
        )

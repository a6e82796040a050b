from __future__ import annotations

import datetime as dt

import pytest

from sioo_desk.domain.enums import CohortStatus, Gender
from sioo_desk.domain.errors import NotFoundError
from sioo_desk.domain.rules import CohortSize, Norms
from sioo_desk.services.cohorts import CohortSummary, current_cohort, get_cohort, list_cohorts
from sioo_desk.services.participants import list_participants, participant_detail
from sioo_desk.store.database import Database


def test_cohorts_newest_first_with_counts(demo_db: Database) -> None:
    cohorts = list_cohorts(demo_db)
    assert [c.name for c in cohorts] == ["Leergang 2026–2027", "Leergang 2011–2012"]
    reference = cohorts[1]
    assert reference.participants == 18 and reference.places_taken == 17
    assert reference.start == dt.date(2011, 11, 23) and reference.end == dt.date(2012, 6, 27)
    assert reference.location.startswith("Kaap Doorn")
    assert reference.size is CohortSize.WITHIN
    assert get_cohort(demo_db, reference.id) == reference


def test_unknown_cohort(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="Cohort met nummer 999 bestaat niet"):
        get_cohort(demo_db, 999)
    with pytest.raises(NotFoundError):
        list_participants(demo_db, 999)


def test_participants_sorted_under_the_surname(demo_db: Database) -> None:
    reference = list_cohorts(demo_db)[1]
    names = [p.name.sort_name for p in list_participants(demo_db, reference.id)]
    assert names[:3] == ["Bakker, Kees", "Berg, Jan van der", "Brink, Ingrid ten"]
    assert names.index("Hart, Marloes 't") < names.index("Heuvel, Lotte van den")
    assert names[-1] == "Yıldız, Şahin"


def test_participant_detail(demo_db: Database) -> None:
    reference = list_cohorts(demo_db)[1]
    rows = {p.name.display_name: p for p in list_participants(demo_db, reference.id)}
    jan = participant_detail(demo_db, rows["Jan van der Berg"].id)
    assert jan.salutation == "Geachte heer Van der Berg"
    assert jan.partner_name == "Sophie de Vries"
    assert jan.group_name.startswith("Consultatiegroep") and jan.coach_name
    assert jan.verdict == "goed" and jan.row.gender is Gender.MALE
    dennis = participant_detail(demo_db, rows["Dennis Kramer"].id)
    assert dennis.withdrawn_on == dt.date(2012, 1, 31) and dennis.verdict == ""
    with pytest.raises(NotFoundError, match="Deelnemer"):
        participant_detail(demo_db, 10_000)


def _summary(cid: int, start: str, end: str) -> CohortSummary:
    return CohortSummary(
        cid,
        f"C{cid}",
        f"Cohort {cid}",
        "",
        "",
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
        CohortStatus.PLANNED,
        0,
        0,
        Norms(),
    )


def test_the_cohort_to_open_with() -> None:
    old = _summary(1, "2011-11-23", "2012-06-27")
    now = _summary(2, "2026-11-04", "2027-06-23")
    later = _summary(3, "2027-11-03", "2028-06-21")
    cohorts = [later, now, old]
    assert current_cohort(cohorts, dt.date(2026, 12, 1)) == now
    assert current_cohort(cohorts, dt.date(2027, 8, 1)) == later
    assert current_cohort(cohorts, dt.date(2030, 1, 1)) == later
    assert current_cohort([], dt.date(2030, 1, 1)) is None

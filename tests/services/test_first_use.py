"""A new database set up in one go (the first-use assistant's Finish): all of it, or no file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sioo_desk.domain.enums import Role
from sioo_desk.services.cohort_editing import CohortError
from sioo_desk.services.first_use import (
    FirstCohort,
    FirstUse,
    FirstUseError,
    Logo,
    check_demo_target,
    set_up,
)
from sioo_desk.services.new_database import DatabaseHoldsData
from sioo_desk.services.organisation import Organisation, OrganisationError, organisation
from sioo_desk.services.staff import StaffInput
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path

PLAN = FirstUse(
    Organisation(name="Academie Noord"),
    staff=(
        StaffInput(surname="Jansen", initials="A.", roles=(Role.PROGRAMME_MANAGER,)),
        StaffInput(surname="Bakker", initials="K.", roles=(Role.SIGNATORY, Role.TEACHER)),
    ),
    cohort=FirstCohort(
        "Leergang 2027–2028",
        dt.date(2027, 11, 3),
        dt.date(2028, 6, 28),
        programme_manager=0,
        signatory=1,
    ),
)


def test_everything_in_one_go(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.sqlite"
    database, made = set_up(from_path(target), PLAN)
    with database:
        assert organisation(database).name == "Academie Noord"
        assert made.cohort_id is not None and len(made.staff_ids) == 2
        assert database.read("SELECT code, programme_manager_id, signatory_id FROM cohorts") == [
            ("HRM-2027", made.staff_ids[0], made.staff_ids[1])
        ]
        assert organisation(database).logo is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuw.sqlite"]


def test_a_refusal_halfway_leaves_no_file_and_an_empty_file_as_it_was(tmp_path: Path) -> None:
    bad = FirstUse(
        PLAN.organisation,
        staff=PLAN.staff,
        cohort=FirstCohort("Leergang", dt.date(2027, 11, 3), dt.date(2027, 1, 1)),
    )
    target = tmp_path / "nieuw.sqlite"
    with pytest.raises(CohortError, match=r"Einddatum: ligt vóór de startdatum\."):
        set_up(from_path(target), bad)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"")
    with pytest.raises(CohortError):
        set_up(from_path(target), bad)
    assert [p.name for p in tmp_path.iterdir()] == ["nieuw.sqlite"]
    assert target.read_bytes() == b""
    database, _made = set_up(from_path(target), PLAN)  # the empty file is taken
    database.close()
    with pytest.raises(DatabaseHoldsData, match="bevat al gegevens"):
        set_up(from_path(target), PLAN)


def test_a_logo_that_is_no_image_is_refused_before_anything(tmp_path: Path) -> None:
    plan = FirstUse(PLAN.organisation, logo=Logo(b"%PDF-1.4", "logo.pdf"))
    with pytest.raises(OrganisationError) as refused:
        set_up(from_path(tmp_path / "nieuw.sqlite"), plan)
    assert str(refused.value) == (
        "logo.pdf is geen PNG- of JPEG-afbeelding; kies het logo in een van die vormen."
    )
    assert list(tmp_path.iterdir()) == []
    staffless = FirstUse(PLAN.organisation, staff=(StaffInput(surname="", roles=()),))
    with pytest.raises(FirstUseError, match=r"^Medewerker 1: Achternaam: is verplicht\.$"):
        set_up(from_path(tmp_path / "nieuw.sqlite"), staffless)


def test_the_demo_takes_the_place_only_of_nothing_or_a_demo(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    check_demo_target(target)  # missing
    Database.open(from_path(target)).close()
    check_demo_target(target)  # empty
    target.unlink()
    set_up(from_path(target), PLAN)[0].close()
    with pytest.raises(FirstUseError, match="bevat eigen gegevens en is geen demodatabase"):
        check_demo_target(target)

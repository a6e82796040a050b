"""A new database for a real organisation: the programme from the template, the organisation's
name, nothing invented; a file with data is refused untouched; and the certificates of a cohort
staffed there carry the organisation, programme manager and signatory that were entered."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from sioo_desk.domain.enums import AdmissionCriterion, ParticipantStatus, Role, SessionKind, Verdict
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services import certificates as certs
from sioo_desk.services import programme_template, verdicts
from sioo_desk.services.cohort_editing import CohortInput, create_cohort
from sioo_desk.services.demo import DemoRefused, is_demo, load_demo
from sioo_desk.services.new_database import DatabaseHoldsData, create, holds_data
from sioo_desk.services.organisation import (
    Organisation,
    OrganisationError,
    organisation,
    save_organisation,
)
from sioo_desk.services.participant_editing import create_participant
from sioo_desk.services.schedule import generate_schedule
from sioo_desk.services.staff import StaffInput, save_staff
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path

T = programme_template.TEMPLATE


def made(tmp_path: Path, name: str = "Academie Noord") -> Database:
    database, created = create(from_path(tmp_path / "nieuw.sqlite"), Organisation(name=name))
    assert created.organisation == name
    return database


def test_the_template_is_the_brochures_programme() -> None:
    assert (T.contact_half_days, T.outside_working_hours_half_days, T.study_hours) == (45, 7, 360)
    assert (T.min_participants, T.max_participants) == (15, 18)
    assert (T.min_group_size, T.max_group_size) == (4, 6)
    assert (T.fee_cents, T.subsidy_cents, T.fee_group_size) == (650_000, 200_000, 18)
    assert [c for c, _ in T.criteria] == list(AdmissionCriterion)
    assert T.criteria[0][1] == "Minstens vijf jaar werkervaring waarvan drie in P&O."
    ateliers = [p for p in T.parts if p.kind is SessionKind.ATELIER]
    assert [p.number for p in ateliers] == [1, 2, 3, 4, 5, 6]
    assert ateliers[4].theme == "Scenariodenken" and all(p.description for p in ateliers)
    assert T.part(SessionKind.MASTERCLASS, 2).description
    assert T.part(SessionKind.CLOSING, None).description
    assert [f.code for f in T.frames] == ["PIB-BP", "PIB-OK", "ADV"]
    assert [len(f.competences) for f in T.frames] == [7, 4, 10]


def test_a_new_database_holds_the_programme_and_the_organisation_and_nothing_invented(
    tmp_path: Path,
) -> None:
    with made(tmp_path) as db:
        assert organisation(db).name == "Academie Noord"
        assert db.read("SELECT title, provider, funder, fee_cents FROM programmes") == [
            (T.title, T.provider, T.funder, 650_000)
        ]
        assert db.read("SELECT count(*) FROM programme_parts") == [(len(T.parts),)]
        assert db.read("SELECT count(*) FROM programme_criteria") == [(7,)]
        assert [r[0] for r in db.read("SELECT code FROM competence_frameworks ORDER BY id")] == [
            "PIB-BP",
            "PIB-OK",
            "ADV",
        ]
        for table in ("cohorts", "people", "participants", "sessions", "attachments"):
            assert db.read(f"SELECT count(*) FROM {table}") == [(0,)], table
        assert not is_demo(db)


def test_init_refuses_a_file_that_holds_data_and_leaves_it_untouched(
    demo_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "echt.sqlite"
    shutil.copyfile(demo_path, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseHoldsData) as refused:
        create(from_path(path), Organisation(name="Academie Noord"))
    assert str(refused.value) == (
        f"{path} bevat al gegevens (1 programma, 2 cohorten, 20 medewerkers, 34 deelnemers); "
        "een nieuwe database wordt alleen in een nieuw of leeg bestand gemaakt. Er is niets "
        "veranderd; kies een andere bestandsnaam."
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists()


def test_init_twice_is_refused_and_an_empty_database_is_taken(tmp_path: Path) -> None:
    made(tmp_path).close()
    with pytest.raises(DatabaseHoldsData, match=r"bevat al gegevens \(1 programma\)"):
        create(from_path(tmp_path / "nieuw.sqlite"), Organisation(name="Ander"))
    # A database made (by opening it) but still empty is a new one.
    Database.open(from_path(tmp_path / "leeg.sqlite")).close()
    database, _ = create(from_path(tmp_path / "leeg.sqlite"), Organisation())
    with database:
        assert organisation(database).name == ""


def test_a_bad_organisation_is_refused_before_a_file_is_made(tmp_path: Path) -> None:
    with pytest.raises(OrganisationError, match="geen geldig e-mailadres"):
        create(
            from_path(tmp_path / "nieuw.sqlite"),
            Organisation(name="Academie", email="geen-adres"),
        )
    assert not (tmp_path / "nieuw.sqlite").exists()


def test_the_organisation_is_saved_and_undone(tmp_path: Path) -> None:
    with made(tmp_path) as db:
        new = Organisation("Academie Zuid", "Markt 1\n5611 AA Eindhoven", "040-123 45 67", "a@b.nl")
        edit = save_organisation(db, new)
        assert organisation(db) == new
        assert edit.inverse is not None
        edit.inverse(db)
        assert organisation(db) == Organisation(name="Academie Noord")
        with pytest.raises(OrganisationError, match="naam van de organisatie is verplicht"):
            save_organisation(db, dataclasses.replace(new, name="  "))
        assert organisation(db).name == "Academie Noord"


def test_the_demo_never_goes_into_a_database_with_real_data(tmp_path: Path) -> None:
    with made(tmp_path) as db:
        with pytest.raises(DemoRefused, match="bevat al eigen gegevens"):
            load_demo(db, today=dt.date(2026, 11, 23))
        assert db.read("SELECT count(*) FROM people") == [(0,)]
        assert not is_demo(db)


def test_a_cohorts_schedule_takes_the_programme_as_the_database_has_it(tmp_path: Path) -> None:
    with made(tmp_path) as db:
        with db.session() as s:
            from sqlalchemy import update

            from sioo_desk.domain.models import ProgrammePart

            s.execute(
                update(ProgrammePart)
                .where(ProgrammePart.kind == SessionKind.ATELIER, ProgrammePart.number == 5)
                .values(theme="Scenario's voor de eigen gemeente")
            )
        cohort = create_cohort(
            db, CohortInput("Leergang 2027–2028", "Utrecht", None, None, None, None)
        ).result
        generate_schedule(db, cohort, dt.date(2027, 11, 3))
        themes = dict(
            db.read(
                "SELECT number, theme FROM sessions WHERE kind = 'atelier' AND cohort_id = :c",
                {"c": cohort},
            )
        )
        assert themes[5] == "Scenario's voor de eigen gemeente"
        assert themes[1] == T.part(SessionKind.ATELIER, 1).theme


def test_certificates_carry_the_organisation_and_the_people_entered(tmp_path: Path) -> None:
    from PIL import Image

    with made(tmp_path, "Academie Noord") as db:
        manager = save_staff(
            db,
            StaffInput(
                surname="Jansen",
                initials="A.",
                first_name="Anne",
                title="drs.",
                function="programmaleider",
                roles=(Role.PROGRAMME_MANAGER,),
            ),
        ).result
        signatory = save_staff(
            db,
            StaffInput(
                surname="Bakker",
                initials="K.",
                title="prof. dr.",
                function="directeur Academie Noord",
                roles=(Role.SIGNATORY,),
            ),
        ).result
        cohort = create_cohort(
            db,
            CohortInput(
                "Leergang 2027–2028",
                "Utrecht",
                None,
                None,
                dt.date(2027, 11, 3),
                dt.date(2028, 6, 28),
                code="HRM-2027",
                programme_manager_id=manager,
                signatory_id=signatory,
            ),
        ).result
        participant = create_participant(
            db, cohort, ParticipantInput(surname="Visser", first_name="Noor", email="n@ede.nl")
        ).result
        with db.session() as s:
            from sioo_desk.domain.models import Participant

            s.get_one(Participant, participant).status = ParticipantStatus.COMPLETED
        issued_on = dt.date(2028, 6, 28)
        verdicts.record(
            db,
            participant,
            verdicts.VerdictInput(Verdict.GOED, "Overtuigend.", issued_on, None, 90),
            today=issued_on,
        )
        buffer = tmp_path / "hand.png"
        Image.new("RGB", (300, 80), "white").save(buffer, "PNG")
        certs.set_signature(db, signatory, buffer.read_bytes(), "hand.png")

        out = tmp_path / "uit"
        out.mkdir()
        result = certs.issue_batch(
            db, cohort, out, issued_on, today=issued_on, combined=False
        ).result
        assert [i.number for _s, i, _p in result.issued] == ["HRM-2027-001"]
        pdf = PdfReader(result.issued[0][2])
        text = pdf.pages[0].extract_text()
        for expected in (
            "ACADEMIE NOORD",
            "echtheid na te vragen bij Academie Noord",
            "Noor Visser",
            "drs. A. Jansen",
            "programmaleider",
            "prof. dr. K. Bakker",
            "directeur Academie Noord",
            "HRM-2027-001",
        ):
            assert expected in text, expected
        assert "rector" not in text.lower()
        assert len(pdf.pages[0]["/Resources"]["/XObject"]) == 2  # the QR code, one signature
        # Nothing the demo invented is in the database.
        assert db.read("SELECT count(*) FROM people WHERE email LIKE '%@demo.sioo-desk.nl'") == [
            (0,)
        ]
        assert db.read("SELECT code FROM cohorts") == [("HRM-2027",)]
        assert holds_data(db.read)


def test_a_cohort_without_a_programme_manager_signs_nothing(tmp_path: Path) -> None:
    with made(tmp_path) as db:
        cohort = create_cohort(
            db, CohortInput("Leergang 2027–2028", "Utrecht", None, None, None, None)
        ).result
        with pytest.raises(certs.CertificateError) as refused:
            certs.signing(db, cohort)
        assert str(refused.value) == (
            "Cohort Leergang 2027–2028 heeft geen programmamanager; kies er een bij "
            "Cohort ▸ Bewerken."
        )

"""Making, editing, archiving and deleting a cohort: each with its undo, each bad input a Dutch
refusal that leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest
from sqlalchemy import select

from sioo_desk.domain.enums import CohortStatus, Role
from sioo_desk.domain.models import Certificate, Cohort, Participant, Person, PersonRole, Programme
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services.cohort_editing import (
    CohortError,
    CohortInput,
    cohort_choices,
    cohort_input,
    create_cohort,
    delete_cohort,
    propose_code,
    set_archived,
    update_cohort,
)
from sioo_desk.services.cohorts import CohortSummary, list_cohorts
from sioo_desk.services.participant_editing import create_participant
from sioo_desk.store.database import Database
from tests.conftest import TODAY

NEW = CohortInput(
    "Leergang 2027–2028",
    "Doorn",
    dt.date(2027, 9, 1),
    dt.date(2027, 10, 31),
    dt.date(2027, 11, 15),
    dt.date(2028, 6, 30),
)


def names(db: Database) -> set[str]:
    return {c.name for c in list_cohorts(db, TODAY)}


def cohort(db: Database, code: str, today: dt.date = TODAY) -> CohortSummary:
    return next(c for c in list_cohorts(db, today) if c.code == code)


def state(db: Database) -> list[tuple[object, ...]]:
    """Everything a cohort write could have touched, to show that a refusal changed nothing."""
    return db.read("SELECT * FROM cohorts ORDER BY id") + db.read("SELECT count(*) FROM programmes")


def person_with(db: Database, role: Role, surname: str) -> int:
    with db.session() as s:
        person = Person(surname=surname, first_name="Anna", initials="A.")
        person.roles.append(PersonRole(role=role))
        s.add(person)
        s.flush()
        return person.id


def refused(db: Database, step: object, message: str) -> None:
    before = state(db)
    with pytest.raises(CohortError, match=message):
        step(db)  # type: ignore[operator]
    assert state(db) == before


# --- making and its undo -----------------------------------------------------------------------


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
    with pytest.raises(CohortError, match="heeft al 1 deelnemer en wordt daarom niet"):
        edit.inverse(demo_db)
    assert "Leergang 2027–2028" in names(demo_db)


def test_the_code_is_proposed_from_the_start_year(demo_db: Database) -> None:
    # The demo has HRM-2011 and HRM-2026.
    assert propose_code(demo_db, dt.date(2026, 11, 1)) == "HRM-2026-2"
    first = create_cohort(demo_db, NEW).result
    assert cohort(demo_db, "HRM-2027").id == first
    second = create_cohort(demo_db, replace(NEW, name="Leergang 2027–2028 B")).result
    third = create_cohort(demo_db, replace(NEW, name="Leergang 2027–2028 C")).result
    assert cohort(demo_db, "HRM-2027-2").id == second
    assert cohort(demo_db, "HRM-2027-3").id == third
    # An existing cohort's own code is not "taken" for itself.
    assert propose_code(demo_db, dt.date(2027, 1, 1), cohort_id=first) == "HRM-2027"


def test_a_code_given_is_tidied_and_kept(demo_db: Database) -> None:
    made = create_cohort(demo_db, replace(NEW, code=" hrm-utrecht-2027 ")).result
    assert cohort(demo_db, "HRM-UTRECHT-2027").id == made


def test_a_new_cohort_ending_before_its_start_is_refused(demo_db: Database) -> None:
    bad = replace(NEW, start=dt.date(2027, 11, 15), end=dt.date(2027, 11, 14))
    refused(demo_db, lambda db: create_cohort(db, bad), "Einddatum: ligt vóór de startdatum")


def test_an_edit_ending_before_the_start_is_refused(demo_db: Database) -> None:
    ref = cohort(demo_db, "HRM-2026")
    bad = replace(cohort_input(demo_db, ref.id), end=dt.date(2026, 1, 1))
    refused(demo_db, lambda db: update_cohort(db, ref.id, bad), "Einddatum: ligt vóór de start")


def test_a_code_already_used_is_refused(demo_db: Database) -> None:
    refused(
        demo_db,
        lambda db: create_cohort(db, replace(NEW, code="HRM-2011")),
        "Code: HRM-2011 is al de code van Leergang 2011–2012",
    )
    ref = cohort(demo_db, "HRM-2026")
    data = replace(cohort_input(demo_db, ref.id), code="hrm-2011")
    refused(demo_db, lambda db: update_cohort(db, ref.id, data), "Code: HRM-2011 is al de code")


def test_a_malformed_code_is_refused(demo_db: Database) -> None:
    refused(
        demo_db,
        lambda db: create_cohort(db, replace(NEW, code="HRM/2027")),
        "Code: alleen letters, cijfers en losse streepjes",
    )


def issue_fake_certificate(db: Database, code: str, number: str) -> None:
    """A certificate row as the register holds one (the PDF does not matter here)."""
    with db.session() as s:
        cohort_id = s.scalar(select(Cohort.id).where(Cohort.code == code))
        participant = s.scalar(select(Participant.id).where(Participant.cohort_id == cohort_id))
        assert participant is not None
        s.add(
            Certificate(
                participant_id=participant,
                number=number,
                issued_on=TODAY,
                printed_name="Test",
                verification_code=hashlib.sha256(number.encode()).hexdigest()[:16],
            )
        )


def test_the_code_freezes_once_a_certificate_carries_it(demo_db: Database) -> None:
    ref = cohort(demo_db, "HRM-2011")
    assert not cohort_choices(demo_db, ref.id).code_frozen
    issue_fake_certificate(demo_db, "HRM-2011", "HRM-2011-001")
    assert cohort_choices(demo_db, ref.id).code_frozen
    data = cohort_input(demo_db, ref.id)
    refused(
        demo_db,
        lambda db: update_cohort(db, ref.id, replace(data, code="HRM-2011-A")),
        "Code: HRM-2011 staat al op uitgereikte certificaten en kan niet meer veranderen",
    )
    # The rest of the cohort stays editable.
    update_cohort(demo_db, ref.id, replace(data, name="Leergang 2011–2012 (Doorn)"))
    assert cohort(demo_db, "HRM-2011").name == "Leergang 2011–2012 (Doorn)"


def test_a_code_carried_by_certificates_is_not_given_again(demo_db: Database) -> None:
    issue_fake_certificate(demo_db, "HRM-2011", "HRM-2009-004")  # a number of earlier days
    refused(
        demo_db,
        lambda db: create_cohort(db, replace(NEW, code="HRM-2009")),
        "Code: HRM-2009 staat al op uitgereikte certificaten van een ander cohort",
    )
    assert "HRM-2009" in cohort_choices(demo_db).taken_codes
    assert propose_code(demo_db, dt.date(2009, 11, 1)) == "HRM-2009-2"


def test_staff_must_hold_the_role_their_field_asks_for(demo_db: Database) -> None:
    teacher = person_with(demo_db, Role.TEACHER, "Docent")
    for field, label, role in (
        ("programme_manager_id", "Programmamanager", "programmamanager"),
        ("signatory_id", "Ondertekenaar", "ondertekenaar"),
        ("secretary_id", "Secretariaat", "secretariaat"),
    ):
        refused(
            demo_db,
            lambda db, f=field: create_cohort(db, replace(NEW, **{f: teacher})),
            f"{label}: A. Docent heeft de rol {role} niet",
        )
    refused(
        demo_db,
        lambda db: create_cohort(db, replace(NEW, signatory_id=9999)),
        "Ondertekenaar: medewerker 9999 bestaat niet",
    )
    ref = cohort(demo_db, "HRM-2026")
    data = replace(cohort_input(demo_db, ref.id), programme_manager_id=teacher)
    refused(
        demo_db, lambda db: update_cohort(db, ref.id, data), "Programmamanager: A. Docent heeft"
    )


def test_a_cohort_is_staffed_and_the_edit_undone(demo_db: Database) -> None:
    manager = person_with(demo_db, Role.PROGRAMME_MANAGER, "Manager")
    rector = person_with(demo_db, Role.SIGNATORY, "Rector")
    made = create_cohort(demo_db, NEW).result
    before = cohort_input(demo_db, made)
    assert (before.programme_manager_id, before.signatory_id, before.status) == (None, None, None)
    after = replace(
        before,
        programme_manager_id=manager,
        signatory_id=rector,
        location_address="Postweg 9, 3941 AA Doorn",
        code="HRM-DOORN-2027",
    )
    edit = update_cohort(demo_db, made, after)
    assert edit.changes.whole == {made} and edit.result == before
    assert cohort_input(demo_db, made) == after
    assert edit.inverse is not None
    redo = edit.inverse(demo_db)
    assert cohort_input(demo_db, made) == before
    assert redo.inverse is not None
    redo.inverse(demo_db)
    assert cohort_input(demo_db, made) == after
    # OK on an unchanged form: nothing to publish, no step.
    same = update_cohort(demo_db, made, after)
    assert same.changes.empty and not same.undoable


def test_an_edit_keeps_a_role_taken_away_since(demo_db: Database) -> None:
    """A person who lost the role stays on the cohort; editing its name does not trip on it."""
    ref = cohort(demo_db, "HRM-2026")
    data = cohort_input(demo_db, ref.id)
    with demo_db.session() as s:
        for role in s.scalars(
            select(PersonRole).where(PersonRole.person_id == data.programme_manager_id)
        ):
            s.delete(role)
    update_cohort(demo_db, ref.id, replace(data, name="Leergang 2026–2027 (Doorn)"))


def test_an_archived_staff_member_is_not_chosen_but_stays_and_comes_back_by_undo(
    demo_db: Database,
) -> None:
    """Refused where the choice changes; a cohort that already names the person keeps them,
    and the undo of a change away from them puts them back."""
    from sioo_desk.services import staff

    old = person_with(demo_db, Role.SECRETARY, "Oud")
    new = person_with(demo_db, Role.SECRETARY, "Nieuw")
    made = create_cohort(demo_db, replace(NEW, secretary_id=old)).result
    staff.set_archived(demo_db, old)
    refused(
        demo_db,
        lambda db: create_cohort(db, replace(NEW, name="Nog een", secretary_id=old)),
        "Secretariaat: A. Oud is gearchiveerd en kan niet meer worden gekozen",
    )
    data = cohort_input(demo_db, made)
    update_cohort(demo_db, made, replace(data, name="Leergang 2027–2028 (Doorn)"))
    edit = update_cohort(demo_db, made, replace(data, secretary_id=new))
    assert edit.inverse is not None
    edit.inverse(demo_db)
    assert cohort_input(demo_db, made).secretary_id == old


def test_the_status_follows_the_dates_unless_set_by_hand(demo_db: Database) -> None:
    made = create_cohort(demo_db, NEW).result
    data = cohort_input(demo_db, made)
    for day, status in (
        (dt.date(2027, 8, 31), CohortStatus.PLANNED),
        (dt.date(2027, 9, 1), CohortStatus.INTAKE),
        (dt.date(2027, 11, 14), CohortStatus.INTAKE),
        (dt.date(2027, 11, 15), CohortStatus.RUNNING),
        (dt.date(2028, 6, 30), CohortStatus.RUNNING),
        (dt.date(2028, 7, 1), CohortStatus.FINISHED),
    ):
        shown = cohort(demo_db, "HRM-2027", day)
        assert (shown.status, shown.status_by_hand) == (status, False), day
    update_cohort(demo_db, made, replace(data, status=CohortStatus.CANCELLED))
    assert cohort(demo_db, "HRM-2027", dt.date(2027, 12, 1)).status is CohortStatus.CANCELLED
    assert cohort_input(demo_db, made).status is CohortStatus.CANCELLED
    update_cohort(demo_db, made, data)  # back to following the dates
    assert cohort(demo_db, "HRM-2027", dt.date(2027, 12, 1)).status is CohortStatus.RUNNING


# --- archiving and deleting -----------------------------------------------------------------


def test_archive_and_bring_back(demo_db: Database) -> None:
    ref = cohort(demo_db, "HRM-2011")
    edit = set_archived(demo_db, ref.id, True)
    assert edit.result == "Leergang 2011–2012" and edit.changes.whole == {ref.id}
    assert cohort(demo_db, "HRM-2011").archived  # still listed, marked
    assert not set_archived(demo_db, ref.id, True).undoable  # already archived: no step
    assert edit.inverse is not None
    edit.inverse(demo_db)
    assert not cohort(demo_db, "HRM-2011").archived


def test_an_empty_cohort_is_deleted_with_its_schedule_and_comes_back(demo_db: Database) -> None:
    from sioo_desk.services.schedule import generate_schedule

    made = create_cohort(demo_db, NEW).result
    generate_schedule(demo_db, made, dt.date(2027, 11, 15))
    sessions = demo_db.read("SELECT count(*) FROM sessions WHERE cohort_id = :c", {"c": made})
    assert sessions[0][0] > 0
    edit = delete_cohort(demo_db, made)
    assert edit.result == "Leergang 2027–2028" and "Leergang 2027–2028" not in names(demo_db)
    assert edit.inverse is not None
    edit.inverse(demo_db)
    assert "Leergang 2027–2028" in names(demo_db)
    again = demo_db.read("SELECT count(*) FROM sessions WHERE cohort_id = :c", {"c": made})
    assert again == sessions


def test_a_cohort_with_participants_is_not_deleted(demo_db: Database) -> None:
    ref = cohort(demo_db, "HRM-2026")
    refused(
        demo_db,
        lambda db: delete_cohort(db, ref.id),
        f"Leergang 2026–2027 heeft al {ref.participants} deelnemers en wordt daarom niet "
        "verwijderd; archiveer het cohort",
    )


# --- a database without a programme -------------------------------------------------------------


def test_a_first_cohort_brings_the_shipped_programme(empty_db: Database) -> None:
    assert empty_db.read("SELECT count(*) FROM programmes") == [(0,)]
    made = create_cohort(empty_db, NEW).result
    with empty_db.session() as s:
        programme = s.scalar(select(Programme))
        assert programme is not None and programme.contact_half_days == 45
        assert s.get(Cohort, made).programme_id == programme.id  # type: ignore[union-attr]
    assert cohort(empty_db, "HRM-2027").programme_title == programme.title
    choices = cohort_choices(empty_db)
    assert choices.staff == {Role.PROGRAMME_MANAGER: [], Role.SECRETARY: [], Role.SIGNATORY: []}

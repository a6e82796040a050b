"""The staff: every role, several per person, archived once named anywhere, deleted (and back)
when named nowhere, a scanned signature, and anyone as intake interviewer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from sioo_desk.domain.enums import Role
from sioo_desk.services import intake_planning as planning
from sioo_desk.services import staff
from sioo_desk.services.staff import StaffError, StaffInput
from sioo_desk.store.database import Database


def png(width: int = 30, height: int = 8, colour: str = "white") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def people(db: Database) -> list[tuple[object, ...]]:
    return db.read("SELECT * FROM people ORDER BY id") + db.read(
        "SELECT person_id, role FROM person_roles ORDER BY person_id, role"
    )


def by_surname(db: Database, surname: str) -> staff.StaffMember:
    return next(m for m in staff.list_staff(db) if m.name.surname == surname)


def test_every_role_one_person_several_and_undone(empty_db: Database) -> None:
    made = staff.save_staff(
        empty_db,
        StaffInput(
            "Dijk",
            initials="rj",
            tussenvoegsel="van",
            title="prof. dr.",
            function="rector Sioo",
            email=" R.vanDijk@Sioo.example ",
            roles=(Role.TEACHER, Role.SIGNATORY, Role.TEACHER),
        ),
    )
    person = made.result
    member = staff.staff_member(empty_db, person)
    assert member.label == "prof. dr. R.J. van Dijk" and member.function == "rector Sioo"
    assert member.email == "r.vandijk@sioo.example"
    assert member.roles == (Role.SIGNATORY, Role.TEACHER) and not member.archived
    assert made.changes.people == {person} and not made.changes.cohorts

    every = StaffInput("Wit", first_name="Anna", roles=tuple(Role))
    assert staff.staff_member(empty_db, staff.save_staff(empty_db, every).result).roles == tuple(
        Role
    )

    changed = staff.save_staff(
        empty_db,
        dataclasses.replace(
            member.as_input(), roles=(Role.PROGRAMME_MANAGER, Role.COACH), phone="030-1"
        ),
        person,
    )
    assert staff.staff_member(empty_db, person).roles == (Role.PROGRAMME_MANAGER, Role.COACH)
    assert changed.inverse is not None
    back = changed.inverse(empty_db)
    assert staff.staff_member(empty_db, person) == member
    assert back.inverse is not None
    back.inverse(empty_db)
    assert staff.staff_member(empty_db, person).phone == "030-1"

    assert made.inverse is not None
    removed = made.inverse(empty_db)  # the addition undone: gone, roles and all
    assert person not in {m.id for m in staff.list_staff(empty_db)}
    assert removed.inverse is not None
    removed.inverse(empty_db)  # redone: back with the same id
    assert staff.staff_member(empty_db, person).roles == (Role.PROGRAMME_MANAGER, Role.COACH)


def test_the_same_form_again_changes_nothing(demo_db: Database) -> None:
    zwart = by_surname(demo_db, "Zwart")
    again = staff.save_staff(demo_db, zwart.as_input(), zwart.id)
    assert again.changes.empty and not again.undoable


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (StaffInput("  ", first_name="Jan"), "Achternaam: is verplicht."),
        (StaffInput("Berg", roles=()), "Rol: kies minstens één rol."),
        (StaffInput("Berg", email="jan@"), "E-mail: "),
    ],
)
def test_a_form_without_name_role_or_good_address_is_refused(
    demo_db: Database, data: StaffInput, message: str
) -> None:
    before = people(demo_db)
    with pytest.raises(StaffError, match=f"^{message}"):
        staff.save_staff(demo_db, data)
    assert people(demo_db) == before


def test_an_unknown_role_is_refused_naming_the_roles_there_are() -> None:
    assert staff.parse_role("Programme-Manager") is Role.PROGRAMME_MANAGER
    assert staff.parse_role("docent") is Role.TEACHER
    assert staff.parse_role("secretaris") is Role.SECRETARY
    assert staff.parse_role("rector") is Role.SIGNATORY  # the role's former name
    with pytest.raises(StaffError) as refused:
        staff.parse_role("directeur")
    assert str(refused.value) == (
        "Onbekende rol 'directeur'; kies uit programme_manager (programmamanager), "
        "secretary (secretariaat), signatory (ondertekenaar), teacher (docent), coach, assessor."
    )


def test_an_address_another_staff_member_has_is_refused(demo_db: Database) -> None:
    zwart, koster = by_surname(demo_db, "Zwart"), by_surname(demo_db, "Koster")
    before = people(demo_db)
    message = (
        f"E-mail: {zwart.email} is al het adres van Pieter Zwart; twee medewerkers kunnen "
        "niet hetzelfde adres hebben."
    )
    with pytest.raises(StaffError) as added:
        staff.save_staff(demo_db, StaffInput("Boonstra", email=zwart.email.upper()))
    assert str(added.value) == message
    with pytest.raises(StaffError) as changed:
        staff.save_staff(
            demo_db, dataclasses.replace(koster.as_input(), email=f" {zwart.email} "), koster.id
        )
    assert str(changed.value) == message
    assert people(demo_db) == before
    # One's own address again is no clash.
    assert staff.save_staff(demo_db, zwart.as_input(), zwart.id).changes.empty


def test_someone_named_anywhere_is_archived_not_deleted(demo_db: Database) -> None:
    koster = by_surname(demo_db, "Koster")
    named = staff.references(demo_db.read, koster.id)
    assert any(n.startswith("coach van ") for n in named)
    before = people(demo_db)
    with pytest.raises(StaffError) as refused:
        staff.delete_staff(demo_db, koster.id)
    assert str(refused.value).startswith("Wim Koster kan niet worden verwijderd: coach van ")
    assert str(refused.value).endswith(
        "Archiveer deze medewerker in plaats daarvan: die blijft dan staan waar die genoemd "
        "is, maar wordt voor niets nieuws meer aangeboden."
    )
    assert people(demo_db) == before

    groups = demo_db.read(
        "SELECT id FROM consultation_groups WHERE coach_id = :p", {"p": koster.id}
    )
    archived = staff.set_archived(demo_db, koster.id)
    assert staff.staff_member(demo_db, koster.id).archived
    # Kept wherever named: the groups still have their coach.
    assert (
        demo_db.read("SELECT id FROM consultation_groups WHERE coach_id = :p", {"p": koster.id})
        == groups
    )
    assert koster.id not in {m.id for m in staff.list_staff(demo_db, archived=False)}
    assert koster.id not in {i for i, _ in planning.interviewers(demo_db)}
    offered = staff.choosable(demo_db, frozenset({Role.COACH}))
    assert koster.id not in {m.id for m in offered}
    kept = staff.choosable(demo_db, frozenset({Role.COACH}), keep=(koster.id,))
    assert koster.id in {m.id for m in kept}
    assert staff.set_archived(demo_db, koster.id).changes.empty  # archived already

    assert archived.inverse is not None
    back = archived.inverse(demo_db)
    assert not staff.staff_member(demo_db, koster.id).archived
    assert back.inverse is not None and back.changes.people == {koster.id}


def test_someone_named_nowhere_is_deleted_and_the_undo_brings_them_back(
    demo_db: Database,
) -> None:
    person = staff.save_staff(
        demo_db, StaffInput("Boonstra", initials="J.J.", roles=(Role.ASSESSOR, Role.COACH))
    ).result
    with_signature = staff.set_signature(demo_db, person, png(), "hand.png")
    assert with_signature.undoable
    member = staff.staff_member(demo_db, person)
    assert staff.references(demo_db.read, person) == []

    deleted = staff.delete_staff(demo_db, person)
    assert person not in {m.id for m in staff.list_staff(demo_db)}
    assert deleted.changes.people == {person} and deleted.inverse is not None
    restored = deleted.inverse(demo_db)
    assert staff.staff_member(demo_db, person) == member  # roles and signature too
    assert staff.signature(demo_db, person) == png()
    assert restored.inverse is not None


def test_undoing_an_addition_is_refused_once_the_person_is_named(demo_db: Database) -> None:
    from sioo_desk.domain.models import ConsultationGroup

    made = staff.save_staff(demo_db, StaffInput("Boonstra", roles=(Role.COACH,)))
    with demo_db.session() as s:
        group = s.query(ConsultationGroup).first()
        assert group is not None
        group.coach_id = made.result
    assert made.inverse is not None
    with pytest.raises(StaffError, match="coach van 1 consultatiegroep"):
        made.inverse(demo_db)
    assert made.result in {m.id for m in staff.list_staff(demo_db)}


def test_every_place_a_person_is_named_is_known() -> None:
    """A new reference to `people` in the schema must be in `REFERENCES`, or a person named
    there could be deleted and the reference silently emptied."""
    from sioo_desk.domain.models import Base

    in_schema = {
        (table.name, fk.parent.name)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "people"
    }
    known = {(table, column) for table, column, _one, _more in staff.REFERENCES}
    assert in_schema == known | set(staff.OWN_ROWS)


def test_a_signature_is_a_png_or_jpeg_of_at_most_2_mb(demo_db: Database) -> None:
    zwart = by_surname(demo_db, "Zwart")
    before = people(demo_db)
    with pytest.raises(StaffError) as too_big:
        staff.set_signature(demo_db, zwart.id, png() + b"\0" * (3 * 1024 * 1024), "scan.png")
    assert str(too_big.value) == (
        "scan.png is te groot voor een handtekening (3,0 MB; hoogstens 2 MB). Scan de "
        "handtekening met een lagere resolutie of snijd hem bij."
    )
    with pytest.raises(StaffError, match=r"^hand\.pdf is geen PNG- of JPEG-afbeelding"):
        staff.set_signature(demo_db, zwart.id, b"%PDF-1.4", "hand.pdf")
    with pytest.raises(StaffError, match=r"^hand\.png is beschadigd"):
        staff.set_signature(demo_db, zwart.id, b"\x89PNG\r\n\x1a\nkapot", "hand.png")
    assert people(demo_db) == before

    first = staff.set_signature(demo_db, zwart.id, png(colour="white"), "wit.png")
    second = staff.set_signature(demo_db, zwart.id, png(colour="black"), "zwart.png")
    assert staff.signature(demo_db, zwart.id) == png(colour="black")
    assert staff.staff_member(demo_db, zwart.id).has_signature
    assert second.inverse is not None
    second.inverse(demo_db)
    assert staff.signature(demo_db, zwart.id) == png(colour="white")
    removed = staff.set_signature(demo_db, zwart.id, None)
    assert staff.signature(demo_db, zwart.id) is None
    assert staff.set_signature(demo_db, zwart.id, None).changes.empty
    assert removed.inverse is not None
    removed.inverse(demo_db)
    assert staff.signature(demo_db, zwart.id) == png(colour="white")
    assert first.inverse is not None
    first.inverse(demo_db)
    assert staff.signature(demo_db, zwart.id) is None


def test_anyone_on_the_staff_can_interview_and_nobody_is_said_in_dutch(
    empty_db: Database,
) -> None:
    assert planning.interviewers(empty_db) == []
    with pytest.raises(planning.PlanningError) as refused:
        planning.make_slots(empty_db, 1, [dt.date(2026, 9, 7)], [dt.time(9, 30)], 60, None)
    assert str(refused.value) == planning.NO_INTERVIEWER
    assert "None" not in str(refused.value) and "medewerker" in str(refused.value)

    secretary = staff.save_staff(empty_db, StaffInput("Verbeek", roles=(Role.SECRETARY,)))
    assert planning.interviewers(empty_db) == [(secretary.result, "Verbeek")]


def test_an_archived_interviewer_is_refused(demo_db: Database) -> None:
    koster = by_surname(demo_db, "Koster")
    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY start_date DESC")[0][0])
    staff.set_archived(demo_db, koster.id)
    with pytest.raises(planning.PlanningError, match=r"^Wim Koster is gearchiveerd"):
        planning.make_slots(demo_db, cohort, [dt.date(2026, 9, 7)], [dt.time(9, 30)], 60, koster.id)


def test_an_archived_coach_is_offered_for_no_group(demo_db: Database) -> None:
    from sioo_desk.services import grouping

    koster = by_surname(demo_db, "Koster")
    assert koster.id in {i for i, _ in grouping.coaches(demo_db)}
    staff.set_archived(demo_db, koster.id)
    assert koster.id not in {i for i, _ in grouping.coaches(demo_db)}

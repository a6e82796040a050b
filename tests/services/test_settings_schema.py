"""The settings schema: every setting listed with its value and default, each bad value refused
in Dutch with nothing saved, a round trip with undo, and the services that read the settings
(effort, coach groups, intake, accountability, letters) following them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from sioo_desk.domain.enums import AdmissionDecision
from sioo_desk.services import accountability, grouping, letters
from sioo_desk.services import settings_schema as schema
from sioo_desk.services.attendance import EFFORT, effort_settings
from sioo_desk.services.letters import letter_data, letter_pdf
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database

REFERENCE = 1  # the demo's finished cohort, with letters and decisions
ADMISSION_SUBJECT = "letters.admission.subject"


def stored(db: Database) -> list[tuple[object, ...]]:
    """Everything a refused setting must leave as it was."""
    return [
        *db.read("SELECT key, value FROM settings ORDER BY key"),
        *db.read("SELECT id, effort_threshold_percent FROM programmes ORDER BY id"),
    ]


def pdf_text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_settings_lists_the_schema_with_values_and_defaults_and_no_internal_value(
    demo_db: Database,
) -> None:
    found = schema.settings(demo_db)
    assert [v.key for v in found] == [s.key for s in schema.SCHEMA]
    keys = {v.key for v in found}
    assert {
        "effort.threshold_percent",
        "effort.late_counts_as_present",
        "effort.excused_leaves_denominator",
        "groups.max_per_coach",
        "intake.minutes",
        "accountability.minutes",
        "letters.admission.text",
        "letters.rejection.text",
    } <= keys
    # The demo keeps its organisation's logo in the same table: never here; its name, address,
    # phone and e-mail are settings.
    internal = {k for (k,) in demo_db.read("SELECT key FROM settings")} - keys
    assert "organisation.logo" in internal
    assert not any(k.startswith("certificates.") for k in keys)
    assert {k for k in keys if k.startswith("organisation.")} == {
        "organisation.name",
        "organisation.address",
        "organisation.phone",
        "organisation.email",
    }
    by_key = {v.key: v for v in found}
    assert by_key["groups.max_per_coach"].value == by_key["groups.max_per_coach"].default == 2
    assert by_key["effort.threshold_percent"].value == 80
    assert "{aanhef}" in str(by_key["letters.admission.text"].value)
    as_json = schema.as_json(by_key["intake.minutes"])
    assert set(as_json) == {"key", "value", "default", "type", "description"}
    assert as_json["type"] == "int" and as_json["description"].startswith("Hoeveel minuten")


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("nope", "Er is geen instelling ‘nope’. Instellingen zijn: effort.threshold_percent,"),
        ("certificates.secret", "‘certificates.secret’ is geen instelling die u hier kunt"),
        ("certificates.signature.manager", "is geen instelling die u hier kunt wijzigen"),
        ("organisation.logo", "‘organisation.logo’ is geen instelling die u hier kunt"),
        ("accountability.1", "‘accountability.1’ is geen instelling die u hier kunt"),
    ],
)
def test_an_unknown_or_internal_setting_is_refused(
    demo_db: Database, key: str, message: str
) -> None:
    before = stored(demo_db)
    with pytest.raises(schema.SettingError, match=message):
        schema.set_setting(demo_db, key, "1")
    with pytest.raises(schema.SettingError, match=message):
        schema.reset_setting(demo_db, key)
    assert stored(demo_db) == before


@pytest.mark.parametrize(
    ("key", "raw", "message"),
    [
        (
            "groups.max_per_coach",
            "drie",
            "‘drie’ is geen geheel getal; ‘Groepen per coach’ (groups.max_per_coach) vraagt een "
            "getal van 1 tot en met 10.",
        ),
        (
            "groups.max_per_coach",
            "0",
            "0 kan niet voor ‘Groepen per coach’ (groups.max_per_coach); kies een getal van 1 "
            "tot en met 10.",
        ),
        (
            "effort.threshold_percent",
            "101",
            "101 kan niet voor ‘Drempel voldoende inzet’ (effort.threshold_percent); kies een "
            "getal van 1 tot en met 100.",
        ),
        ("intake.minutes", True, "vraagt een geheel getal van 15 tot en met 240."),
        (
            "effort.late_counts_as_present",
            "misschien",
            "‘misschien’ is geen ja of nee; ‘Te laat telt als aanwezig’ "
            "(effort.late_counts_as_present) staat aan (ja) of uit (nee).",
        ),
        ("intake.start_times", "negen uur", "‘negen’ is geen tijd; schrijf uu:mm"),
        ("intake.start_times", "06:30", "06:30 kan niet; kies een tijd tussen 07:00 en 21:00."),
        ("intake.weekdays", "ma, za", "‘za’ is geen werkdag; kies uit ma, di, wo, do, vr"),
        ("letters.place", "  ", "Geef de plaats die boven de brief staat"),
        ("letters.rejection.text", " \n ", "‘Tekst afwijzingsbrief’ is leeg"),
        ("letters.admission.subject", 3, "‘Onderwerp toelatingsbrief’"),
    ],
)
def test_a_value_of_the_wrong_type_or_out_of_range_is_refused(
    demo_db: Database, key: str, raw: object, message: str
) -> None:
    before = stored(demo_db)
    with pytest.raises(schema.SettingError) as refused:
        schema.set_setting(demo_db, key, raw)
    assert message in str(refused.value)
    assert stored(demo_db) == before


def test_a_letter_text_with_an_unknown_placeholder_is_refused_naming_it_and_the_allowed(
    demo_db: Database,
) -> None:
    before = stored(demo_db)
    with pytest.raises(schema.SettingError) as refused:
        schema.set_setting(
            demo_db, "letters.admission.text", "{aanhef},\n\nWelkom in {cohrt} op {datum}."
        )
    assert str(refused.value) == (
        "Onbekende plaatshouders {cohrt}, {datum} in ‘Tekst toelatingsbrief’; toegestaan "
        "zijn: {aanhef}, {naam}, {gemeente}, {leergang}, {cohort}, {besluitdatum}, {plaats}, "
        "{begindatum}, {einddatum}, {data}."
    )
    # {reden} belongs to the non-admission letter only.
    with pytest.raises(schema.SettingError, match=r"Onbekende plaatshouder \{reden\} in"):
        schema.set_setting(demo_db, "letters.admission.text", "{aanhef}, {reden}")
    with pytest.raises(schema.SettingError, match="Een losse accolade in ‘Onderwerp"):
        schema.set_setting(demo_db, "letters.rejection.subject", "aanmelding {leergang")
    # Several at once: the bad one refuses them all.
    with pytest.raises(schema.SettingError, match=r"\{x\}"):
        schema.set_settings(demo_db, {"groups.max_per_coach": 3, ADMISSION_SUBJECT: "{x}"})
    assert stored(demo_db) == before


def test_set_read_back_and_undo_each_type(demo_db: Database) -> None:
    cases: list[tuple[str, object, schema.Value]] = [
        ("groups.max_per_coach", " 3 ", 3),
        ("effort.late_counts_as_present", "nee", False),
        ("intake.start_times", "13.30 9:00;9:00", "09:00, 13:30"),
        ("intake.weekdays", "dinsdag do", "di, do"),
        ("letters.place", "  Den   Haag ", "Den Haag"),
        ("letters.rejection.text", "{aanhef},\r\n\r\nHelaas.  \n", "{aanhef},\n\nHelaas."),
    ]
    for key, raw, expected in cases:
        before = schema.setting_value(demo_db, key)
        edit = schema.set_setting(demo_db, key, raw)
        assert schema.setting_value(demo_db, key) == expected
        assert edit.result == {key: before}
        assert key in edit.changes.settings and edit.undoable
        assert not edit.changes.cohorts  # a setting of every cohort: every screen looks
        undone = edit.inverse(demo_db)  # type: ignore[misc]
        assert schema.setting_value(demo_db, key) == before
        undone.inverse(demo_db)  # type: ignore[misc]  # redo
        assert schema.setting_value(demo_db, key) == expected
    listed = {v.key: v for v in schema.settings(demo_db)}
    assert listed["groups.max_per_coach"].value == 3 and listed["groups.max_per_coach"].changed


def test_the_same_value_again_is_no_step_and_the_default_is_not_stored(demo_db: Database) -> None:
    assert not schema.set_setting(demo_db, "intake.minutes", "75").undoable
    edit = schema.set_setting(demo_db, "intake.minutes", 90)
    assert demo_db.read("SELECT value FROM settings WHERE key = 'intake.minutes'") == [("90",)]
    schema.set_setting(demo_db, "intake.minutes", 75)
    assert demo_db.read("SELECT value FROM settings WHERE key = 'intake.minutes'") == []
    schema.set_setting(demo_db, "intake.minutes", 60)
    schema.reset_setting(demo_db, "intake.minutes")
    assert schema.setting_value(demo_db, "intake.minutes") == 75
    assert edit.result == {"intake.minutes": 75}


def test_the_effort_settings_are_the_programmes_and_the_attendance_follows(
    demo_db: Database, empty_db: Database
) -> None:
    edit = schema.set_setting(demo_db, "effort.threshold_percent", "70")
    schema.set_setting(demo_db, "effort.excused_leaves_denominator", False)
    # The attendance screen listens for its own name of the effort settings.
    assert EFFORT in edit.changes.settings
    assert effort_settings(demo_db, REFERENCE) == dataclasses.replace(
        effort_settings(demo_db, REFERENCE),
        threshold_percent=70,
        late_counts_as_present=True,
        excused_leaves_denominator=False,
    )
    edit.inverse(demo_db)  # type: ignore[misc]
    assert effort_settings(demo_db, REFERENCE).threshold_percent == 80
    with pytest.raises(schema.SettingError, match="Er is nog geen programma in deze database"):
        schema.set_setting(empty_db, "effort.threshold_percent", 70)
    assert schema.setting_value(empty_db, "effort.threshold_percent") == 80


def test_coach_groups_and_accountability_follow_their_settings(demo_db: Database) -> None:
    schema.set_setting(demo_db, "groups.max_per_coach", 4)
    assert grouping.max_groups_per_coach(demo_db) == 4
    grouping.set_max_groups_per_coach(demo_db, 1)  # the groups screen's own way: the same row
    assert schema.setting_value(demo_db, "groups.max_per_coach") == 1
    fresh = demo_db.read(
        """SELECT id FROM cohorts WHERE id NOT IN (
               SELECT CAST(substr(key, 16) AS INTEGER) FROM settings
               WHERE key LIKE 'accountability.%')"""
    )
    cohort_id = int(fresh[0][0])
    assert accountability.settings(demo_db, cohort_id).minutes == 75
    schema.set_setting(demo_db, "accountability.minutes", 90)
    assert accountability.settings(demo_db, cohort_id).minutes == 90


def test_a_choice_is_one_of_its_values_or_labels() -> None:
    signed = schema.Spec(
        "letters.signed_by",
        schema.SettingType.CHOICE,
        "programme_manager",
        "Ondertekening",
        "Wie de brieven ondertekent.",
        schema.BRIEVEN,
        choices=(("programme_manager", "programmamanager"), ("signatory", "ondertekenaar")),
    )
    assert schema.parse(signed, "Ondertekenaar") == "signatory"
    assert schema.parse(signed, "programme_manager") == "programme_manager"
    with pytest.raises(schema.SettingError) as refused:
        schema.parse(signed, "rector")
    assert str(refused.value) == (
        "‘rector’ is geen keuze voor ‘Ondertekening’ (letters.signed_by); kies uit: "
        "programme_manager (programmamanager), signatory (ondertekenaar)."
    )


def test_the_default_letters_say_what_they_said_before(demo_db: Database) -> None:
    by_name = {p.name.display_name: p.id for p in list_participants(demo_db, REFERENCE)}
    text = " ".join(
        pdf_text(
            letter_pdf(
                letter_data(demo_db, by_name["Şahin Yıldız"]), written_on=dt.date(2011, 10, 12)
            )
        ).split()
    )
    assert "Utrecht, 12 oktober 2011" in text
    assert "Betreft: toelating tot de leergang ‘De gemeentelijke HRM-adviseur" in text
    assert "Geachte heer Yıldız," in text
    assert (
        "Met genoegen laat ik u weten dat u bent toegelaten tot de leergang ‘De gemeentelijke "
        "HRM-adviseur als partner in business’, Leergang 2011–2012. De leergang vindt plaats in "
        "Kaap Doorn Conferentiecentrum, Doorn en loopt van 23 november 2011 tot en met 27 juni "
        "2012."
    ) in text
    assert "Werkatelier 1 19 en 20 december 2011" in text  # {data}: the table of meetings
    assert "Na werkatelier 3 voeren wij samen een tussengesprek. Met vriendelijke groet," in text


def test_letters_use_the_changed_texts(demo_db: Database) -> None:
    by_name = {p.name.display_name: p.id for p in list_participants(demo_db, REFERENCE)}
    schema.set_settings(
        demo_db,
        {
            "letters.place": "Amersfoort",
            "letters.admission.subject": "uw plaats in {cohort}",
            "letters.admission.text": (
                "{aanhef},\n\nU bent welkom in {cohort} te {plaats}: {data}.\n"
                "Tot ziens op {begindatum}.\n\nHartelijke groet,"
            ),
        },
    )
    data = letter_data(demo_db, by_name["Şahin Yıldız"])
    assert data.decision is AdmissionDecision.ADMITTED
    blocks = letters.letter_blocks(data)
    assert blocks[0] == "Geachte heer Yıldız,"
    assert blocks[1].startswith(  # type: ignore[union-attr]
        "U bent welkom in Leergang 2011–2012 te Kaap Doorn Conferentiecentrum, Doorn: "
        "Startbijeenkomst: 23 november 2011; Werkatelier 1: 19 en 20 december 2011;"
    )
    assert blocks[1].endswith(".\nTot ziens op 23 november 2011.")  # type: ignore[union-attr]
    text = " ".join(pdf_text(letter_pdf(data, written_on=dt.date(2011, 10, 12))).split())
    assert "Amersfoort, 12 oktober 2011" in text
    assert "Betreft: uw plaats in Leergang 2011–2012" in text
    assert "Hartelijke groet," in text and "Met genoegen" not in text

    # A paragraph left empty (no reason recorded) goes; the reason stands on its own.
    schema.set_setting(
        demo_db, "letters.rejection.text", "{aanhef},\n\n{reden}\n\nNiet toegelaten tot {cohort}."
    )
    refused = dataclasses.replace(
        data,
        decision=AdmissionDecision.NOT_ADMITTED,
        reason="",
        text=str(schema.setting_value(demo_db, "letters.rejection.text")),
    )
    assert letters.letter_blocks(refused) == [
        "Geachte heer Yıldız,",
        "Niet toegelaten tot Leergang 2011–2012.",
    ]
    with_reason = dataclasses.replace(refused, reason="Te weinig ervaring.")
    assert letters.letter_blocks(with_reason)[1] == "Te weinig ervaring."


def test_the_sample_letter_fills_every_placeholder() -> None:
    for decision in (AdmissionDecision.ADMITTED, AdmissionDecision.NOT_ADMITTED):
        data = letters.sample(decision)
        values = letters.placeholder_values(data)
        spec = schema.spec(
            "letters.admission.text"
            if decision is AdmissionDecision.ADMITTED
            else "letters.rejection.text"
        )
        assert {p.name for p in spec.placeholders} <= set(values)
        assert all("{" not in b for b in letters.letter_blocks(data) if isinstance(b, str))


def test_a_letter_carries_the_organisation_and_the_programme_managers_signature(
    demo_db: Database,
) -> None:
    from PIL import Image

    from sioo_desk.services.certificates import set_signature, signers
    from sioo_desk.services.organisation import organisation

    manager = signers(demo_db, REFERENCE).programme_manager
    assert manager is not None
    scan = io.BytesIO()
    Image.new("RGB", (300, 100), "white").save(scan, "PNG")
    set_signature(demo_db, manager.person_id, scan.getvalue(), "handtekening.png")
    by_name = {p.name.display_name: p.id for p in list_participants(demo_db, REFERENCE)}
    data = letter_data(demo_db, by_name["Şahin Yıldız"])
    assert data.signature == scan.getvalue() and data.signer == manager.name
    assert data.sender[0] == organisation(demo_db).name
    pdf = letter_pdf(data, written_on=dt.date(2011, 10, 12))
    assert b"/Subtype /Image" in pdf
    text = " ".join(pdf_text(pdf).split())
    assert text.startswith(organisation(demo_db).name)
    assert text.endswith(f"{manager.name} {manager.function}")


def test_the_organisation_is_set_through_the_settings_checked_and_undone(
    demo_db: Database,
) -> None:
    """`settings set organisation.name …`: the organisation service's checks, its storage,
    one undoable step; a required name is not reset to empty."""
    from sioo_desk.services.organisation import organisation

    listed = {v.key: v.value for v in schema.settings(demo_db)}
    assert listed["organisation.name"] == "Sioo"
    assert "organisation.logo" not in listed
    edit = schema.set_setting(demo_db, "organisation.name", "  Academie   Noord ")
    schema.set_setting(demo_db, "organisation.address", "Markt 1\n 9711 AA  Groningen ")
    found = organisation(demo_db)
    assert found.name == "Academie Noord"
    assert found.address == "Markt 1\n9711 AA  Groningen"
    assert edit.inverse is not None
    edit.inverse(demo_db)
    assert organisation(demo_db).name == "Sioo"

    before = stored(demo_db)
    for key, value, message in (
        ("organisation.name", " ", "De naam van de organisatie is verplicht."),
        ("organisation.email", "geen adres", "E-mailadres van de organisatie"),
        ("organisation.phone", "0" * 41, "hoogstens 40 tekens"),
        ("organisation.logo", "3", "geen instelling die u hier kunt wijzigen"),
    ):
        with pytest.raises(schema.SettingError, match=message):
            schema.set_setting(demo_db, key, value)
    with pytest.raises(schema.SettingError, match="verplicht"):
        schema.reset_setting(demo_db, "organisation.name")
    assert stored(demo_db) == before

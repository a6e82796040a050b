"""`sioo-desk settings`: the list (and its JSON shape), `settings set` and `settings reset`, and
their Dutch refusals with exit code 1 and nothing saved."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from sioo_desk.cli import EXIT_OK, EXIT_REFUSED, main
from sioo_desk.services import settings_schema as schema


def rows(path: Path) -> list[tuple[object, ...]]:
    return sqlite3.connect(path).execute("SELECT key, value FROM settings ORDER BY key").fetchall()


def test_settings_json_lists_every_setting_with_value_and_default(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "settings", "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    assert [x["key"] for x in listed] == [s.key for s in schema.SCHEMA]
    assert all(set(x) == {"key", "value", "default", "type", "description"} for x in listed)
    coach = next(x for x in listed if x["key"] == "groups.max_per_coach")
    assert coach == {
        "key": "groups.max_per_coach",
        "value": 2,
        "default": 2,
        "type": "int",
        "description": "Hoeveel consultatiegroepen van één cohort een coach hoogstens begeleidt.",
    }
    assert {x["type"] for x in listed} == {"int", "bool", "text", "letter"}
    assert not any(x["key"].startswith("certificates.") for x in listed)
    assert "organisation.logo" not in {x["key"] for x in listed}
    assert {x["key"]: x["value"] for x in listed}["organisation.name"] == "Sioo"


def test_settings_set_then_list_and_reset(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_path)]
    assert main([*db, "settings", "set", "groups.max_per_coach", "3"]) == EXIT_OK
    assert capsys.readouterr().out == "groups.max_per_coach = 3\n"
    assert main([*db, "settings", "set", "effort.late_counts_as_present", "nee", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["value"] is False and shown["default"] is True
    assert main([*db, "settings"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Groepen\n  groups.max_per_coach = 3  (standaard: 2)\n" in out
    assert "  effort.late_counts_as_present = nee  (standaard: ja)\n" in out
    assert "  letters.admission.text = {aanhef}, … (" in out  # a letter on one line
    assert main([*db, "settings", "reset", "groups.max_per_coach"]) == EXIT_OK
    assert capsys.readouterr().out == "groups.max_per_coach = 2\n"


def test_settings_set_reads_a_letter_text_from_standard_input(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("{aanhef},\n\nHelaas, {naam}.\n"))
    code = main(["--db", str(demo_path), "settings", "set", "letters.rejection.text", "-"])
    assert code == EXIT_OK
    assert capsys.readouterr().out == "letters.rejection.text = {aanhef}, … (3 regels)\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["onbekend.ding", "1"],
            "sioo-desk: Er is geen instelling ‘onbekend.ding’. Instellingen zijn: ",
        ),
        (
            ["certificates.secret", "abc"],
            "sioo-desk: ‘certificates.secret’ is geen instelling die u hier kunt wijzigen",
        ),
        (
            ["groups.max_per_coach", "veel"],
            "sioo-desk: ‘veel’ is geen geheel getal; ‘Groepen per coach’ (groups.max_per_coach) "
            "vraagt een getal van 1 tot en met 10.\n",
        ),
        (
            ["effort.late_counts_as_present", "soms"],
            "sioo-desk: ‘soms’ is geen ja of nee;",
        ),
        (
            ["letters.admission.text", "{aanhef}, welkom in {groep}."],
            "sioo-desk: Onbekende plaatshouder {groep} in ‘Tekst toelatingsbrief’; toegestaan "
            "zijn: {aanhef}, {naam},",
        ),
    ],
)
def test_settings_set_refuses_in_dutch_with_exit_code_1_and_saves_nothing(
    demo_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    before = rows(demo_path)
    assert main(["--db", str(demo_path), "settings", "set", *arguments]) == EXIT_REFUSED == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(message) and "Traceback" not in err
    assert rows(demo_path) == before

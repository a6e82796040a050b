"""`staff`, `staff add`, `staff edit`, `staff delete`: shapes, Dutch refusals, nothing saved."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sioo_desk.cli import EXIT_REFUSED
from tests.test_cli import run


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A new, empty database file: no staff, no cohort."""
    from sioo_desk.store.database import Database
    from sioo_desk.store.location import from_path

    path = tmp_path / "new.sqlite"
    with Database.open(from_path(path)):
        pass
    return str(path)


def rows(db: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT p.*, r.role FROM people p LEFT JOIN person_roles r ON r.person_id = p.id "
            "ORDER BY p.id, r.role"
        ).fetchall()


def test_add_list_and_edit(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db, "staff", "--json")
    assert (code, json.loads(out), err) == (0, [], "")

    code, out, _ = run(
        capsys,
        "--db", db, "staff", "add", "--name", "prof. dr. R.J. van Dijk",
        "--role", "signatory", "--role", "teacher", "--function", "rector Sioo",
        "--email", "R.vanDijk@Sioo.example", "--json",
    )  # fmt: skip
    rector = json.loads(out)
    assert code == 0
    assert {k: rector[k] for k in ("name", "title", "roles", "function", "email")} == {
        "name": "R.J. van Dijk",
        "title": "prof. dr.",
        "roles": ["signatory", "teacher"],
        "function": "rector Sioo",
        "email": "r.vandijk@sioo.example",
    }
    assert (rector["initials"], rector["tussenvoegsel"], rector["surname"]) == (
        "R.J.",
        "van",
        "Dijk",
    )

    code, out, _ = run(
        capsys, "--db", db, "staff", "add", "--name", "Marieke Hoogendoorn-de Wit",
        "--role", "programmamanager", "--title", "drs.",
    )  # fmt: skip
    assert code == 0 and out.startswith("toegevoegd: ")
    assert "drs. Marieke Hoogendoorn-de Wit (programmamanager)" in out

    code, out, _ = run(capsys, "--db", db, "staff", "--json")
    listed = json.loads(out)
    assert code == 0 and {"id", "name", "title", "roles"} <= set(listed[0])
    assert [p["name"] for p in listed] == ["R.J. van Dijk", "Marieke Hoogendoorn-de Wit"]

    code, out, _ = run(
        capsys, "--db", db, "staff", "edit", str(rector["id"]),
        "--role", "signatory", "--role", "assessor", "--archive", "--json",
    )  # fmt: skip
    edited = json.loads(out)
    assert code == 0 and edited["roles"] == ["signatory", "assessor"] and edited["archived"]
    assert edited["function"] == "rector Sioo" and edited["title"] == "prof. dr."  # kept

    code, out, _ = run(capsys, "--db", db, "staff")
    assert code == 0 and "ondertekenaar, assessor  (gearchiveerd)" in out
    code, out, _ = run(capsys, "--db", db, "staff", "edit", str(rector["id"]), "--unarchive")
    assert code == 0 and out.endswith("(ondertekenaar, assessor)\n")

    code, out, _ = run(
        capsys, "--db", db, "staff", "edit", str(rector["id"]), "--title", "prof. dr."
    )
    assert code == 0 and out.startswith("ongewijzigd: ")

    code, out, _ = run(capsys, "--db", db, "staff", "delete", str(rector["id"]))
    assert code == 0 and out == "verwijderd: R.J. van Dijk\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["add", "--name", "Anna Berg", "--role", "directeur"],
            "Onbekende rol 'directeur'; kies uit programme_manager (programmamanager), "
            "secretary (secretariaat), signatory (ondertekenaar), teacher (docent), coach, "
            "assessor.",
        ),
        (
            ["add", "--name", "  ", "--role", "teacher"],
            "Naam: is verplicht, zoals --name 'Jan van der Berg'.",
        ),
        (
            ["add", "--name", "Anna Berg", "--role", "teacher", "--email", "EB@x.example"],
            "E-mail: eb@x.example is al het adres van Els Brouwer; twee medewerkers kunnen "
            "niet hetzelfde adres hebben.",
        ),
        (
            ["add", "--name", "Anna Berg", "--role", "teacher", "--email", "anna@"],
            "E-mail: ",
        ),
        (["edit", "1", "--name", "Els Brouwer", "--role", "rectrix"], "Onbekende rol 'rectrix'"),
        (["edit", "1", "--email", "a@b.example", "--role", "coach", "--name", ""], "Naam: "),
        (["edit", "99", "--title", "dr."], "Medewerker met nummer 99 bestaat niet."),
    ],
)
def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, _ = run(
        capsys, "--db", db, "staff", "add", "--name", "dr. Els Brouwer", "--role", "teacher",
        "--email", "eb@x.example",
    )  # fmt: skip
    assert code == 0
    before = rows(db)
    code, out, err = run(capsys, "--db", db, "staff", *argv)
    assert code == EXIT_REFUSED and out == ""
    assert err.startswith(f"sioo-desk: {message}") and err.count("\n") == 1
    assert rows(db) == before


def test_someone_named_somewhere_is_archived_not_deleted(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    code, out, _ = run(capsys, "--db", db, "staff", "--json")
    koster = next(p for p in json.loads(out) if p["name"] == "Wim Koster")
    before = rows(db)
    code, out, err = run(capsys, "--db", db, "staff", "delete", str(koster["id"]))
    assert code == EXIT_REFUSED and out == ""
    assert err.startswith("sioo-desk: Wim Koster kan niet worden verwijderd: coach van ")
    assert "Archiveer deze medewerker" in err and rows(db) == before
    code, out, _ = run(capsys, "--db", db, "staff", "edit", str(koster["id"]), "--archive")
    assert code == 0
    with sqlite3.connect(db) as connection:
        coached = connection.execute(
            "SELECT count(*) FROM consultation_groups WHERE coach_id = ?", (koster["id"],)
        ).fetchone()[0]
    assert coached > 0  # the groups keep their coach

"""`sioo-desk --db NEW init [--organisation NAME]`: the one command besides the demo that makes
a database file; a file with data is refused untouched, and a missing file stays refused for
every other command (a typo must not create one)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from sioo_desk.cli import EXIT_REFUSED
from tests.test_cli import run


def test_init_makes_a_database_with_the_programme_and_the_organisation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "academie.sqlite"
    code, out, err = run(
        capsys, "--db", str(path), "init", "--organisation", "Academie Noord", "--json"
    )
    assert (code, err) == (0, "")
    made = json.loads(out)
    assert made == {
        "id": 1,  # the programme's, as every other command's JSON has an id
        "database": str(path),
        "programme_id": 1,
        "programme": "De gemeentelijke HRM-adviseur als partner in business",
        "organisation": "Academie Noord",
    }
    code, out, _ = run(capsys, "--db", str(path), "cohorts", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "--db", str(path), "staff", "--json")
    assert (code, json.loads(out)) == (0, [])

    # From nothing to a staffed cohort, without demo data.
    ids = {}
    for role, name in (("programme_manager", "A. Jansen"), ("signatory", "K. Bakker")):
        code, out, err = run(
            capsys, "--db", str(path), "staff", "add", "--name", name, "--role", role, "--json"
        )
        assert code == 0, err
        ids[role] = json.loads(out)["id"]
    code, out, err = run(
        capsys,
        "--db",
        str(path),
        "cohort",
        "add",
        "--name",
        "Leergang 2027–2028",
        "--start",
        "03-11-2027",
        "--end",
        "28-06-2028",
        "--code",
        "HRM-2027",
        "--programme-manager",
        str(ids["programme_manager"]),
        "--signatory",
        str(ids["signatory"]),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["id"] == 1


def test_init_says_what_it_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nieuw.sqlite"
    code, out, _ = run(capsys, "--db", str(path), "init")
    assert code == 0
    assert out.splitlines() == [
        f"nieuwe database: {path}",
        "programma: De gemeentelijke HRM-adviseur als partner in business",
        "organisatie: nog geen naam; vul die in met 'sioo-desk settings set "
        "organisation.name NAAM' of bij Instellingen › Organisatie",
    ]
    code, out, _ = run(capsys, "--db", str(path), "settings", "set", "organisation.name", "Sioo")
    assert (code, out) == (0, "organisation.name = Sioo\n")


def test_init_refuses_a_file_that_holds_data(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "echt.sqlite"
    shutil.copyfile(demo_path, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out, err = run(capsys, "--db", str(path), "init", "--organisation", "Ander")
    assert (code, out) == (EXIT_REFUSED, "")
    assert err.startswith(f"sioo-desk: {path} bevat al gegevens (1 programma, 2 cohorten")
    assert "Er is niets veranderd" in err and len(err.strip().splitlines()) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    "command",
    [["staff"], ["settings"], ["cohort", "delete", "1"], ["verify", "ABCD-EFGH-JKLM-NPQR"]],
)
def test_a_missing_file_is_made_by_init_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "typo.sqlite"
    code, _, err = run(capsys, "--db", str(path), *command)
    assert code != 0 and "niet gevonden" in err
    assert not path.exists()

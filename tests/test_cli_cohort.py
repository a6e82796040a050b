"""`sioo-desk cohort add / edit / delete` and `cohorts --json`: shapes and Dutch refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sioo_desk.cli import EXIT_REFUSED, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def cohorts(capsys: pytest.CaptureFixture[str], db: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "--db", db, "cohorts", "--json")
    assert code == 0
    found: list[dict[str, object]] = json.loads(out)
    return found


def staff_id(db: str, role: str) -> int:
    """Someone holding `role` and none of the roles a cohort names."""
    import sqlite3

    with sqlite3.connect(db) as connection:
        row = connection.execute(
            """SELECT person_id FROM person_roles WHERE role = ? AND (? != 'teacher' OR
                 person_id NOT IN (SELECT person_id FROM person_roles
                                   WHERE role IN ('programme_manager', 'signatory')))
               ORDER BY person_id""",
            (role, role),
        ).fetchone()
    return int(row[0])


def test_add_edit_archive_and_delete(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    manager, rector = staff_id(db, "programme_manager"), staff_id(db, "signatory")
    code, out, err = run(
        capsys, "--db", db, "cohort", "add", "--name", "Leergang 2027–2028",
        "--start", "2027-11-15", "--end", "30-06-2028", "--location", "Doorn",
        "--programme-manager", str(manager), "--signatory", str(rector), "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    made = json.loads(out)
    assert {"id", "code", "name", "status", "archived"} <= set(made)
    assert (made["code"], made["name"], made["start"], made["end"]) == (
        "HRM-2027",
        "Leergang 2027–2028",
        "2027-11-15",
        "2028-06-30",
    )
    assert (made["programme_manager_id"], made["signatory_id"], made["location"]) == (
        manager,
        rector,
        "Doorn",
    )
    assert made["status_by_hand"] is False and made["archived"] is False

    cohort_id = str(made["id"])
    code, out, _ = run(
        capsys, "--db", db, "cohort", "edit", cohort_id, "--code", "hrm-doorn-2027",
        "--status", "cancelled", "--archive", "--json",
    )  # fmt: skip
    edited = json.loads(out)
    assert code == 0
    assert (edited["code"], edited["status"], edited["status_by_hand"], edited["archived"]) == (
        "HRM-DOORN-2027",
        "cancelled",
        True,
        True,
    )
    assert edited["name"] == "Leergang 2027–2028"  # not given: kept
    listed = {c["id"]: c for c in cohorts(capsys, db)}
    assert listed[made["id"]]["archived"] is True and listed[made["id"]]["status"] == "cancelled"
    code, out, _ = run(capsys, "--db", db, "cohorts")
    assert "(gearchiveerd)" in out

    code, out, _ = run(
        capsys, "--db", db, "cohort", "edit", cohort_id, "--status", "auto", "--unarchive"
    )
    assert code == 0 and out == f"gewijzigd: {cohort_id}  HRM-DOORN-2027  Leergang 2027–2028\n"
    listed = {c["id"]: c for c in cohorts(capsys, db)}
    assert listed[made["id"]]["archived"] is False

    code, out, _ = run(capsys, "--db", db, "cohort", "delete", cohort_id)
    assert (code, out) == (0, "verwijderd: Leergang 2027–2028\n")
    assert made["id"] not in {c["id"] for c in cohorts(capsys, db)}


def test_add_prints_its_id_and_code(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    code, out, _ = run(
        capsys, "--db", db, "cohort", "add", "--name", "Leergang 2026 B",
        "--start", "2026-11-15", "--end", "2027-06-30",
    )  # fmt: skip
    assert code == 0 and out.startswith("aangemaakt: ") and "HRM-2026-2  Leergang 2026 B" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["add", "--name", "X", "--start", "2027-11-15", "--end", "2027-11-01"],
            "Einddatum: ligt vóór de startdatum.",
        ),
        (
            ["add", "--name", "X", "--start", "2027-11-15", "--end", "2028-06-30", "--code",
             "HRM-2011"],
            "Code: HRM-2011 is al de code van Leergang 2011–2012.",
        ),
        (
            ["add", "--name", "X", "--start", "2027-11-15", "--end", "2028-06-30",
             "--signatory", "TEACHER"],
            "heeft de rol ondertekenaar niet",
        ),
        (
            ["add", "--name", "X", "--start", "2027-11-15", "--end", "2028-06-30",
             "--programme-manager", "TEACHER"],
            "heeft de rol programmamanager niet",
        ),
        (["delete", "REFERENCE"], "Leergang 2011–2012 heeft al 18 deelnemers"),
        (["edit", "REFERENCE", "--end", "2011-01-01"], "Einddatum: ligt vóór de startdatum."),
        (["edit", "999"], "Cohort 999 bestaat niet (meer)."),
    ],
)  # fmt: skip
def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(
    demo_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    db = str(demo_path)
    reference = next(c for c in cohorts(capsys, db) if c["code"] == "HRM-2011")
    teacher = staff_id(db, "teacher")
    argv = [
        str(reference["id"]) if a == "REFERENCE" else str(teacher) if a == "TEACHER" else a
        for a in argv
    ]
    before = demo_path.read_bytes()
    code, out, err = run(capsys, "--db", db, "cohort", *argv)
    assert (code, out) == (EXIT_REFUSED, "")
    assert err.startswith("sioo-desk: ") and message in err and err[-1] == "\n"
    assert demo_path.read_bytes() == before


def test_status_choices_are_checked_by_argparse(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--db", str(demo_path), "cohort", "edit", "1", "--status", "x")
    assert code == 2 and "ongeldige keuze: 'x'" in err

"""The command line, in-process: output shapes, exit codes and Dutch one-line messages."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sioo_desk import __version__
from sioo_desk.cli import EXIT_REFUSED, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_demo_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite")
    code, out, _ = run(capsys, "--db", db, "demo", "--today", "23-11-2026")
    assert code == 0 and "aangemaakt: Leergang 2011–2012" in out
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "al aanwezig: Leergang 2011–2012" in out

    code, out, _ = run(capsys, "--db", db, "cohorts", "--json")
    cohorts = json.loads(out)
    assert code == 0 and [c["name"] for c in cohorts] == [
        "Leergang 2026–2027",
        "Leergang 2011–2012",
    ]
    reference = cohorts[1]
    assert {"id", "name", "start", "end", "participants"} <= set(reference)
    assert (reference["start"], reference["end"], reference["participants"]) == (
        "2011-11-23",
        "2012-06-27",
        18,
    )

    code, out, _ = run(
        capsys, "--db", db, "participants", "--cohort", str(reference["id"]), "--json"
    )
    people = json.loads(out)
    assert code == 0 and len(people) == 18
    assert {
        "id",
        "initials",
        "first_name",
        "tussenvoegsel",
        "surname",
        "municipality",
        "email",
        "status",
    } <= set(people[0])
    jan = next(p for p in people if p["surname"] == "Berg")
    assert (jan["tussenvoegsel"], jan["first_name"], jan["status"]) == (
        "van der",
        "Jan",
        "completed",
    )

    code, out, _ = run(capsys, "--db", db, "cohorts")
    assert "23 november 2011 – 27 juni 2012" in out
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and out.startswith("In orde")
    code, out, _ = run(capsys, "--db", db, "check", "--json")
    assert json.loads(out)["sound"] is True


def test_unknown_cohort_is_a_dutch_one_liner(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(demo_path), "participants", "--cohort", "424242")
    assert code == 1 and out == ""
    assert err.strip() == "sioo-desk: Cohort met nummer 424242 bestaat niet."


@pytest.mark.parametrize("command", [["cohorts"], ["participants", "--cohort", "1"], ["check"]])
def test_a_missing_database_is_refused_and_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "weg.sqlite"
    code, _, err = run(capsys, "--db", str(path), *command)
    assert code == 1 and "niet gevonden" in err and len(err.strip().splitlines()) == 1
    assert not path.exists()


def test_a_foreign_file_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deelnemers.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a spreadsheet either")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in (["cohorts", "--json"], ["check"], ["demo"]):
        code, _, err = run(capsys, "--db", str(path), *command)
        assert code == 1 and "geen Sioo Desk-database" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_bad_today_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "demo", "--today", "31-02-2026")
    assert code == 2 and "ongeldige datum '31-02-2026'" in err
    assert not (tmp_path / "x.sqlite").exists()


def test_environment_variable_names_the_database(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIOO_DESK_DB", str(demo_path))
    code, out, _ = run(capsys, "cohorts", "--json")
    assert code == 0 and len(json.loads(out)) == 2


@pytest.mark.gui
def test_smoke_test_paints_data_and_exits(demo_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIOO_DESK_LANG": "nl"}
    done = subprocess.run(
        [sys.executable, "-m", "sioo_desk", "--db", str(demo_path), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ms tot de eerste tekening met gegevens" in done.stdout
    assert int(done.stdout.split()[0]) > 0


@pytest.mark.gui
def test_gui_with_an_unusable_database_says_why(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_text("dit is geen database", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "sioo_desk", "--db", str(path), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == f"sioo-desk: Dit is geen Sioo Desk-database (geen SQLite-bestand): {path}"
    )


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["participants"], "dit moet u nog opgeven: --cohort"),
        (["participants", "--cohort", "abc"], "'abc' is geen nummer"),
        (["demo", "--cohorts", "-1"], "'-1' is geen aantal"),
        (["frobnicate"], "ongeldige keuze: 'frobnicate'"),
    ],
)
def test_usage_errors_are_one_dutch_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err and err.startswith("sioo-desk: ")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["cohorts", "x"], "sioo-desk: onbekende argumenten: x (zie sioo-desk --help)"),
        (["--db"], "sioo-desk: bij --db: hier hoort een waarde bij (zie sioo-desk --help)"),
        (
            ["participants", "--cohort"],
            "sioo-desk: bij --cohort: hier hoort een waarde bij (zie sioo-desk participants --help)",
        ),
        (
            ["participants"],
            "sioo-desk: dit moet u nog opgeven: --cohort (zie sioo-desk participants --help)",
        ),
    ],
)
def test_argparse_says_its_own_refusals_in_dutch(
    capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", line + "\n")


def test_help_is_dutch_and_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse
    import gettext

    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("gebruik: sioo-desk ")
    assert "\nopties:\n" in out and "\nargumenten:\n" in out
    assert "toon deze hulp en stop" in out and "toon het versienummer en stop" in out
    for english in ("usage:", "options:", "positional arguments:", "show this help", "version"):
        assert english not in out.replace("--version", "")
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0 and out.startswith("gebruik: sioo-desk export ") and "opties:" in out
    # Only while Sioo Desk's parser speaks: another user of argparse keeps its own texts.
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext
    assert "usage:" in argparse.ArgumentParser(prog="ander").format_help()


def test_schedule_json_for_the_reference_cohort(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "schedule", "--cohort", "1", "--json")
    report = json.loads(out)
    assert code == 0
    assert (
        report["contact_half_days"],
        report["outside_working_hours_half_days"],
        report["study_hours"],
        report["problems"],
    ) == (45, 7, 360, [])
    atelier = next(s for s in report["sessions"] if s["kind"] == "atelier" and s["number"] == 1)
    assert {"kind", "number", "title", "half_days", "teachers"} <= set(atelier)
    assert atelier["half_days"][0] == {
        "date": "2011-12-19",
        "part": "morning",
        "starts_at": "09:30",
        "ends_at": "12:30",
    }
    assert atelier["teachers"] == ["Pieter Zwart", "Els Brouwer"]


def test_export_calendars_and_programme(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    for argv in (
        ["--cohort", "1"],
        ["--cohort", "1", "--participant", "2"],
        ["--cohort", "1", "--teacher", "4"],
    ):
        target = tmp_path / "agenda.ics"
        code, _out, _ = run(capsys, "--db", db, "export", "ics", *argv, "--out", str(target))
        assert code == 0 and target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    code, _, err = run(
        capsys,
        "--db",
        db,
        "export",
        "ics",
        "--cohort",
        "2",
        "--participant",
        "2",
        "--out",
        str(tmp_path / "x.ics"),
    )
    assert code == 1 and "zit niet in cohort 2" in err
    code, _, _ = run(
        capsys,
        "--db",
        db,
        "export",
        "schedule",
        "--cohort",
        "1",
        "--out",
        str(tmp_path / "programma.pdf"),
    )
    assert code == 0 and (tmp_path / "programma.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(
        capsys,
        "--db",
        db,
        "export",
        "schedule",
        "--cohort",
        "1",
        "--out",
        str(tmp_path / "programma.docx"),
    )
    assert code == 1 and ".pdf" in err and not (tmp_path / "programma.docx").exists()


def test_groups_and_attendance_commands(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    code, out, _ = run(capsys, "--db", db, "groups", "--cohort", "2", "--propose", "--json")
    proposal = json.loads(out)
    assert code == 0 and proposal["problems"] == [] and proposal["unplaced"] == []
    assert all(4 <= len(g["members"]) <= 6 for g in proposal["groups"])
    assert {"name", "coach", "members"} <= set(proposal["groups"][0])
    code, out, _ = run(capsys, "--db", db, "attendance", "--cohort", "1", "--json")
    report = json.loads(out)
    assert code == 0 and report["threshold"] == 80
    bakker = next(p for p in report["participants"] if p["name"] == "Kees Bakker")
    assert (
        bakker["planned"],
        bakker["attended"],
        bakker["effort_percentage"],
        bakker["below_threshold"],
    ) == (45, 35, 77.8, True)
    assert {"id", "planned", "attended", "excused", "effort_percentage", "below_threshold"} <= set(
        bakker
    )


def test_export_portfolio(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    target = tmp_path / "portfolio.pdf"
    code, out, _ = run(
        capsys, "--db", db, "export", "portfolio", "--participant", "1", "--out", str(target)
    )
    assert code == 0 and "portfolio.pdf" in out and target.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--db", db, "export", "portfolio", "--out", str(target))
    assert code == 1 and "--participant" in err
    code, _, err = run(
        capsys, "--db", db, "export", "portfolio", "--participant", "1", "--out", "p.docx"
    )
    assert code == 1 and ".pdf" in err and not Path("p.docx").exists()
    code, _, err = run(
        capsys, "--db", db, "export", "portfolio", "--participant", "9999", "--out", str(target)
    )
    assert code != 0 and "9999" in err
    code, _, err = run(capsys, "--db", db, "export", "schedule", "--out", str(tmp_path / "s.pdf"))
    assert code == 1 and "--cohort" in err


def test_progress_command(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    code, out, _ = run(
        capsys, "--db", db, "progress", "--cohort", "2", "--today", "2027-04-20", "--json"
    )
    report = json.loads(out)
    assert code == 0 and report["date"] == "2027-04-20"
    first = report["participants"][0]
    assert not first["in_order"] and "tussengesprek" in first["problems"]
    code, out, _ = run(capsys, "--db", db, "progress", "--cohort", "2", "--today", "2026-11-23")
    assert code == 0 and "16 van 16 in orde op 23-11-2026." in out
    code, _, err = run(capsys, "--db", db, "progress", "--cohort", "99")
    assert code == 1 and "99" in err


def verdict(db: str, *extra: str) -> list[str]:
    """`verdict` for Femke van Dam (participant 8) with result goed and the given options."""
    return ["--db", db, "verdict", "--participant", "8", "--result", "goed", *extra]


@pytest.mark.parametrize(
    ("what", "options", "name"),
    [
        ("ics", ["--cohort", "1"], "agenda.ics"),
        ("schedule", ["--cohort", "1"], "programma.pdf"),
        ("dayplan", ["--cohort", "1"], "dagplanning.pdf"),
        ("portfolio", ["--participant", "1"], "portfolio.pdf"),
        ("participants", ["--cohort", "1"], "deelnemers.csv"),
        ("participants", ["--cohort", "1"], "deelnemers.xlsx"),
    ],
)
def test_an_export_to_a_missing_folder_is_one_dutch_line(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
    options: list[str],
    name: str,
) -> None:
    folder = tmp_path / "weg"
    code, out, err = run(
        capsys, "--db", str(demo_path), "export", what, *options, "--out", str(folder / name)
    )
    assert code == EXIT_REFUSED and out == ""
    assert err == f"sioo-desk: {name} kan niet worden opgeslagen: de map {folder} bestaat niet.\n"
    assert not folder.exists()


def test_an_export_over_a_file_in_use_keeps_it(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "programma.pdf"
    target.write_bytes(b"open in Acrobat")

    def in_use(*_args: object) -> None:
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", in_use)
    code, _out, err = run(
        capsys, "--db", str(demo_path), "export", "schedule", "--cohort", "1", "--out", str(target)
    )
    assert code == EXIT_REFUSED and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"sioo-desk: programma.pdf kan niet worden opgeslagen in {tmp_path}: ")
    assert "het bestand is geopend in een ander programma" in err
    assert target.read_bytes() == b"open in Acrobat"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "programma.pdf"]


def test_certificates_and_verify(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    out = tmp_path / "certificaten"
    out.mkdir()
    code, stdout, _ = run(
        capsys,
        "--db",
        db,
        "certificates",
        "--cohort",
        "1",
        "--out",
        str(out),
        "--date",
        "28-06-2012",
        "--json",
    )
    report = json.loads(stdout)
    assert code == 0 and len(report["issued"]) == 15
    assert set(report["issued"][0]) >= {"participant", "number", "code", "file"}
    assert {r["name"]: r["reasons"] for r in report["not_eligible"]} == {
        "Kees Bakker": ["inzet 77%, drempel 80%"],
        "Femke van Dam": ["eindoordeel voldoende"],
        "Dennis Kramer": ["teruggetrokken op 31 januari 2012", "nog geen eindoordeel"],
    }
    assert all(Path(r["file"]).is_file() for r in report["issued"])
    first = report["issued"][0]["code"]
    code, stdout, _ = run(capsys, "--db", db, "verify", first, "--json")
    found = json.loads(stdout)
    assert code == 0 and found["valid"] and found["certificate"]["number"] == "HRM-2011-001"
    altered = first[:-1] + ("0" if first[-1] != "0" else "1")
    code, stdout, _ = run(capsys, "--db", db, "verify", altered)
    assert code == 1 and "typefout" in stdout
    code, _out, err = run(
        capsys, "--db", db, "certificates", "--cohort", "1", "--out", str(tmp_path / "nergens")
    )
    assert code == 1 and "bestaat niet" in err and err.count("\n") == 1


def test_accountability_verdict_and_day_plan(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    code, stdout, _ = run(capsys, "--db", db, "accountability", "--cohort", "1", "--json")
    plan = json.loads(stdout)
    assert code == 0 and [len(g["turns"]) for g in plan["groups"]] == [5, 4, 4, 4]
    assert plan["problems"] == []
    code, stdout, _ = run(
        capsys, "--db", db, "accountability", "--cohort", "1", "--propose", "--minutes", "90"
    )
    assert code == 0 and "niet opgeslagen" in stdout
    code, _out, err = run(
        capsys, "--db", db, "accountability", "--cohort", "1", "--propose", "--minutes", "45"
    )
    assert code == 2 and "minstens 60 minuten" in err
    code, _out, _err = run(
        capsys, "--db", db, "export", "dayplan", "--cohort", "1", "--out", str(tmp_path / "dag.pdf")
    )
    assert code == 0 and (tmp_path / "dag.pdf").read_bytes().startswith(b"%PDF")
    code, stdout, _ = run(
        capsys, *verdict(db, "--motivation", "Herkansing overtuigend.", "--date", "28-06-2012")
    )
    assert code == 0 and "goed" in stdout
    code, _out, err = run(capsys, *verdict(db, "--motivation", " "))
    assert code == 1 and "Motivering" in err


def test_closing_commands_refuse_what_makes_no_sense(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_path)
    code, _out, err = run(capsys, "--db", db, "accountability", "--cohort", "1", "--save")
    assert code == 1 and "--propose" in err
    code, _out, err = run(capsys, *verdict(db, "--motivation", "x", "--date", "01-01-2099"))
    assert code == 1 and "toekomst" in err
    code, _out, err = run(capsys, *verdict(db, "--motivation", "x", "--effort", "79.5"))
    assert code == 2 and "geen percentage" in err
    code, _out, err = run(
        capsys, "--db", db, "export", "dayplan", "--cohort", "1", "--out", "dag.txt"
    )
    assert code == 1 and err.startswith("sioo-desk: De dagplanning wordt een pdf")
    code, _out, err = run(
        capsys, "--db", db, "certificates", "--cohort", "1", "--out", ".", "--date", "01-01-2099"
    )
    assert code == 1 and "toekomst" in err

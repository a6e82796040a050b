"""A write from the command line while another program writes: one Dutch line, the refusal's
exit code, no traceback, and nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sioo_desk.cli import EXIT_REFUSED, main
from sioo_desk.store import database


def test_a_verdict_while_another_program_writes(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "LOCK_WAIT_SECONDS", 0.1)  # a script waits 5 s; not a test
    before = sqlite3.connect(demo_path).execute("SELECT * FROM assessments").fetchall()
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code = main(
            [
                "--db",
                str(demo_path),
                "verdict",
                "--participant",
                "8",
                "--result",
                "goed",
                "--motivation",
                "Herkansing overtuigend.",
                "--date",
                "28-06-2012",
            ]
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    out, err = capsys.readouterr()
    assert code == EXIT_REFUSED and out == "" and "Traceback" not in err
    assert err == (
        f"sioo-desk: De wijziging is niet opgeslagen: de database {demo_path} is in gebruik "
        "door een ander programma; misschien schrijft een collega er nu in. Probeer het over "
        "een ogenblik opnieuw.\n"
    )
    assert sqlite3.connect(demo_path).execute("SELECT * FROM assessments").fetchall() == before

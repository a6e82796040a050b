"""The command line's failure policy: a bug is one Dutch line naming the log, exit 70, and its
traceback in the log, never on the terminal; Ctrl+C is a quiet 130."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sioo_desk import cli
from sioo_desk.store import logbook

LINE = re.compile(
    r"sioo-desk: er ging iets mis dat niet had mogen gebeuren \(RuntimeError\); "
    r"details staan in (.+) \(referentie ([0-9a-f]{8})\)\n"
)


@pytest.fixture(autouse=True)
def _log_closed() -> Iterator[None]:
    yield
    logbook.close_log()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def broken(_args: argparse.Namespace) -> int:
    raise RuntimeError("kapot")


def test_a_bug_is_one_line_naming_the_log_and_exit_70(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_cohorts", broken)
    code, out, err = run(capsys, "--db", str(demo_path), "cohorts")
    assert (code, out) == (cli.EXIT_BUG, "") and cli.EXIT_BUG == 70
    found = LINE.fullmatch(err)
    assert found is not None, err
    assert "Traceback" not in err
    path, reference = Path(found.group(1)), found.group(2)
    assert path == logbook.log_path()  # in this test's own data folder
    log = path.read_text(encoding="utf-8")
    assert f"[{reference}] er ging iets mis bij de opdracht 'cohorts': RuntimeError: kapot" in log
    assert "Traceback (most recent call last)" in log and "in broken" in log


def test_ctrl_c_is_a_quiet_130(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cohorts", interrupted)
    code, out, err = run(capsys, "--db", str(demo_path), "cohorts")
    assert (code, out, err) == (130, "", "sioo-desk: afgebroken (Ctrl+C).\n")


def test_a_bug_when_the_log_cannot_be_written_still_says_so_in_one_line(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "no folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.setattr(cli, "_cohorts", broken)
    code, _out, err = run(capsys, "--db", str(demo_path), "cohorts")
    assert code == 70
    assert err == (
        "sioo-desk: er ging iets mis dat niet had mogen gebeuren (RuntimeError); "
        f"het logbestand {logbook.log_path()} kon niet worden geschreven\n"
    )


def test_a_bug_before_the_window_exists_is_logged_and_shown(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sioo_desk.app

    def no_window(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("kapot")

    shown: list[str] = []
    monkeypatch.setattr(sioo_desk.app, "run", no_window)
    monkeypatch.setattr(sioo_desk.app, "show_fatal", shown.append)
    code, _out, err = run(capsys, "--db", str(demo_path))
    assert code == 70
    found = LINE.fullmatch(err)
    assert found is not None, err
    assert shown == [
        "Er ging iets mis dat niet had mogen gebeuren (RuntimeError); details staan in "
        f"{found.group(1)} (referentie {found.group(2)})."
    ]
    assert "er ging iets mis bij het starten van het programma" in logbook.log_path().read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (
            OSError(5, "Input/output error"),
            "sioo-desk: een bestand is niet te gebruiken: de schijf is niet goed te lezen of te "
            "beschrijven.\n",
        ),
        (
            OSError(5, "Input/output error", "/media/stick/lijst.csv"),
            "sioo-desk: /media/stick/lijst.csv is niet te gebruiken: de schijf is niet goed te "
            "lezen of te beschrijven.\n",
        ),
        (
            OSError(7, "Argument list too long", "lijst.csv"),
            "sioo-desk: lijst.csv is niet te gebruiken: onbekende fout (Argument list too long).\n",
        ),
    ],
)
def test_a_file_that_cannot_be_used_is_one_dutch_line_naming_it_when_known(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    line: str,
) -> None:
    def failing(_args: argparse.Namespace) -> int:
        raise error

    monkeypatch.setattr(cli, "_cohorts", failing)
    code, out, err = run(capsys, "--db", str(demo_path), "cohorts")
    assert (code, out, err) == (cli.EXIT_REFUSED, "", line)

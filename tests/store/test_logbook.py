"""The log: in the user's data folder (moved by the same overrides as the database), rotating,
and holding each unexpected failure's traceback under its reference."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from sioo_desk.store import logbook
from sioo_desk.store.location import default_path


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    logbook.close_log()


def test_the_log_lives_in_the_data_folder_beside_the_database(tmp_path: Path) -> None:
    # tests/conftest.py points $XDG_DATA_HOME into tmp_path: never the user's own folder.
    assert logbook.log_path() == default_path().parent / "sioo-desk.log"
    assert logbook.log_path().is_relative_to(tmp_path / "xdg-data")


def test_installing_twice_keeps_one_handler_and_a_moved_folder_swaps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = logbook.install_log()
    assert first == logbook.log_path() and first is not None and first.exists()
    assert logbook.install_log() == first
    assert len([h for h in logbook.logger.handlers if isinstance(h, logging.FileHandler)]) == 1

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    second = logbook.install_log()
    assert second is not None and second.is_relative_to(tmp_path / "elsewhere")
    handlers = [h for h in logbook.logger.handlers if isinstance(h, logging.FileHandler)]
    assert [Path(h.baseFilename) for h in handlers] == [second]


def test_five_files_of_one_megabyte(tmp_path: Path) -> None:
    path = logbook.install_log(tmp_path / "logs" / "sioo-desk.log")
    assert path is not None
    (handler,) = [h for h in logbook.logger.handlers if isinstance(h, logging.FileHandler)]
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 4)

    line = "x" * 1000
    for _ in range(7 * 1100):  # seven megabytes: more than the five files hold
        logbook.logger.info(line)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [
        "sioo-desk.log",
        "sioo-desk.log.1",
        "sioo-desk.log.2",
        "sioo-desk.log.3",
        "sioo-desk.log.4",
    ]
    assert all(p.stat().st_size <= 1024 * 1024 for p in path.parent.iterdir())


def test_a_failure_is_written_with_its_traceback_under_its_reference() -> None:
    path = logbook.install_log()
    assert path is not None
    try:
        {}["missing"]
    except KeyError as error:
        reference = logbook.record_failure(error, "een proef")
    assert len(reference) == 8 and int(reference, 16) >= 0
    text = path.read_text(encoding="utf-8")
    assert f"[{reference}] er ging iets mis bij een proef: KeyError" in text
    assert "Traceback (most recent call last)" in text
    assert "test_a_failure_is_written_with_its_traceback_under_its_reference" in text


def test_a_log_that_cannot_be_opened_is_no_failure_of_its_own(tmp_path: Path) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    assert logbook.install_log(blocker / "sioo-desk.log") is None
    assert not [h for h in logbook.logger.handlers if isinstance(h, logging.FileHandler)]


def fail_at_one_line(number: int) -> BaseException:
    try:
        {}[number]  # the same line every time
    except KeyError as error:
        return error
    raise AssertionError


def test_the_same_failure_again_within_a_minute_is_counted_not_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = logbook.install_log()
    assert path is not None
    first = logbook.record(fail_at_one_line(1), "tekenen")
    repeats = [logbook.record(fail_at_one_line(n), "tekenen") for n in range(2, 50)]
    assert first.first and not any(r.first for r in repeats)
    assert {r.reference for r in repeats} == {first.reference}
    try:
        int("x")  # another failure is written as usual
    except ValueError as error:
        assert logbook.record(error, "rekenen").first
    text = path.read_text(encoding="utf-8")
    assert text.count("Traceback") == 2

    monkeypatch.setattr(logbook, "REPEAT_SECONDS", 0.0)  # a minute later
    again = logbook.record(fail_at_one_line(99), "tekenen")
    assert again.first and again.reference != first.reference
    text = path.read_text(encoding="utf-8")
    assert text.count("Traceback") == 3
    assert f"(sinds [{first.reference}] nog 48 keer, niet apart gelogd)" in text

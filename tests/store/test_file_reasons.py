"""One explainer for a file's OSError, reading or writing, in Dutch: the window's saves, the
import and the command line all say the same thing for the same cause."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from sioo_desk.services.participant_io import ImportFileError, read_table
from sioo_desk.store.output import reason


def test_reading_says_what_is_wrong_with_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "weg.csv"
    gone = tmp_path / "nergens" / "lijst.csv"
    assert reason(FileNotFoundError(errno.ENOENT, "x"), missing, writing=False) == (
        "het bestand bestaat niet"
    )
    assert reason(FileNotFoundError(errno.ENOENT, "x"), gone, writing=False) == (
        f"de map {gone.parent} bestaat niet"
    )
    assert reason(PermissionError(errno.EACCES, "x"), missing, writing=False) == (
        "geen toestemming om het bestand te gebruiken"
    )
    assert reason(IsADirectoryError(errno.EISDIR, "x"), tmp_path, writing=False) == (
        "dit is een map, geen bestand"
    )


def test_writing_says_what_is_wrong_with_the_place(tmp_path: Path) -> None:
    gone = tmp_path / "nergens" / "lijst.pdf"
    assert reason(FileNotFoundError(errno.ENOENT, "x"), gone) == (
        f"de map {gone.parent} bestaat niet"
    )
    assert reason(PermissionError(errno.EACCES, "x"), tmp_path / "nieuw.pdf") == (
        f"geen schrijfrechten in de map {tmp_path}"
    )
    assert reason(OSError(errno.ENOSPC, "x"), tmp_path / "a.pdf") == "de schijf is vol"


def test_without_a_path_the_one_the_error_names_is_used(tmp_path: Path) -> None:
    gone = tmp_path / "nergens" / "lijst.csv"
    assert reason(FileNotFoundError(errno.ENOENT, "x", str(gone)), writing=False) == (
        f"de map {gone.parent} bestaat niet"
    )
    assert reason(FileNotFoundError(errno.ENOENT, "x"), writing=False) == (
        "het bestand of de map bestaat niet"
    )


def test_an_import_of_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as refused:
        read_table(tmp_path)
    assert str(refused.value) == f"{tmp_path} is niet te lezen: dit is een map, geen bestand."


def test_a_cause_the_user_cannot_mend_is_said_in_dutch_too(tmp_path: Path) -> None:
    assert reason(OSError(errno.EIO, "Input/output error"), tmp_path / "a.pdf") == (
        "de schijf is niet goed te lezen of te beschrijven"
    )
    assert reason(OSError(errno.EIO, "Input/output error")) == (
        "de schijf is niet goed te lezen of te beschrijven"
    )
    # What has no Dutch sentence says so, with the system's own words for whoever helps.
    assert reason(OSError(errno.E2BIG, "Argument list too long"), tmp_path / "a.pdf") == (
        "onbekende fout (Argument list too long)"
    )
    assert reason(OSError("iets vreemds")) == "onbekende fout (iets vreemds)"


def test_what_never_existed_is_not_said_to_be_gone_any_more(tmp_path: Path) -> None:
    for said in (
        reason(FileNotFoundError(errno.ENOENT, "x"), tmp_path / "tikfout.csv", writing=False),
        reason(FileNotFoundError(errno.ENOENT, "x"), tmp_path / "nergens" / "a.pdf"),
    ):
        assert said.endswith("bestaat niet") and "meer" not in said

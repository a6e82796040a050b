"""Every file the app writes: whole or not at all, never over a certificate, and each reason it
cannot be written one Dutch sentence that names the file."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sioo_desk.domain.errors import Cancelled
from sioo_desk.store.output import OutputError, Staging, write_file


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary files and staging folders the helper should have taken away."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".~", ".sioo-desk-")))


def refuse_replace(error: OSError) -> object:
    def replace(*_args: object) -> None:
        raise error

    return replace


def test_a_new_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "programma.pdf"
    assert write_file(target, b"%PDF-1.4 nieuw") == target
    assert target.read_bytes() == b"%PDF-1.4 nieuw"
    assert leftovers(tmp_path) == []


def test_content_may_be_written_by_a_function(tmp_path: Path) -> None:
    def content(out: BinaryIO) -> None:
        out.write(b"eerste deel, ")
        out.write(b"tweede deel")

    write_file(tmp_path / "lijst.csv", content)
    assert (tmp_path / "lijst.csv").read_bytes() == b"eerste deel, tweede deel"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_is_readable_as_any_new_file(tmp_path: Path) -> None:
    """Not mkstemp's owner-only 0600: a list in a shared folder is for colleagues too."""
    umask = os.umask(0o022)
    try:
        write_file(tmp_path / "lijst.csv", b"x")
    finally:
        os.umask(umask)
    assert (tmp_path / "lijst.csv").stat().st_mode & 0o777 == 0o644


def test_a_write_that_fails_midway_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "programma.pdf"
    target.write_bytes(b"het oude programma")

    def half_then_full(out: BinaryIO) -> None:
        out.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError) as caught:
        write_file(target, half_then_full)
    assert str(caught.value) == (
        f"programma.pdf kan niet worden opgeslagen in {tmp_path}: de schijf is vol."
    )
    assert target.read_bytes() == b"het oude programma"
    assert leftovers(tmp_path) == []


def test_content_that_cannot_be_made_keeps_the_old_file(tmp_path: Path) -> None:
    """The user stops a long export: that is no write failure, and nothing changes."""
    target = tmp_path / "lijst.xlsx"
    target.write_bytes(b"oud")

    def stopped(out: BinaryIO) -> None:
        out.write(b"begin")
        raise Cancelled("Gestopt.")

    with pytest.raises(Cancelled):
        write_file(target, stopped)
    assert target.read_bytes() == b"oud"
    assert leftovers(tmp_path) == []


def test_never_overwrite_refuses_and_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "certificaat.pdf"
    target.write_bytes(b"uitgereikt")
    with pytest.raises(OutputError) as caught:
        write_file(target, b"nieuw", overwrite=False)
    assert str(caught.value) == (
        f"certificaat.pdf kan niet worden opgeslagen in {tmp_path}: er staat al een bestand "
        "met die naam; het wordt niet overschreven."
    )
    assert target.read_bytes() == b"uitgereikt"
    assert leftovers(tmp_path) == []
    assert write_file(tmp_path / "ander.pdf", b"nieuw", overwrite=False).read_bytes() == b"nieuw"


def test_never_overwrite_without_hard_links_copies_and_leaves_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT sticks and many network shares have no hard links: the file is created exclusively
    instead, and one that fails halfway is taken away again (else the next try says 'taken')."""
    monkeypatch.setattr(os, "link", refuse_replace(OSError(errno.EPERM, "no links")))
    write_file(tmp_path / "een.pdf", b"heel", overwrite=False)
    assert (tmp_path / "een.pdf").read_bytes() == b"heel"

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("shutil.copyfileobj", full)
    with pytest.raises(OutputError, match="de schijf is vol"):
        write_file(tmp_path / "twee.pdf", b"heel", overwrite=False)
    assert not (tmp_path / "twee.pdf").exists()
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "weg"
    with pytest.raises(OutputError) as caught:
        write_file(folder / "presentielijst.pdf", b"x")
    assert str(caught.value) == (
        f"presentielijst.pdf kan niet worden opgeslagen: de map {folder} bestaat niet."
    )
    assert not folder.exists()


def test_a_file_open_in_another_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a PDF that Acrobat holds open."""
    target = tmp_path / "programma.pdf"
    target.write_bytes(b"open in Acrobat")
    monkeypatch.setattr(os, "replace", refuse_replace(PermissionError(13, "Access is denied")))
    with pytest.raises(OutputError) as caught:
        write_file(target, b"nieuw")
    assert "het bestand is geopend in een ander programma" in str(caught.value)
    assert "sluit het en probeer het opnieuw" in str(caught.value)
    assert target.read_bytes() == b"open in Acrobat"
    assert leftovers(tmp_path) == []


def test_a_sharing_violation_is_a_file_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = PermissionError(13, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION, as on Windows
    monkeypatch.setattr(os, "replace", refuse_replace(error))
    with pytest.raises(OutputError, match="het bestand is geopend in een ander programma;"):
        write_file(tmp_path / "agenda.ics", b"nieuw")


def test_no_write_permission_in_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", refuse_replace(PermissionError(13, "Permission denied")))
    with pytest.raises(OutputError) as caught:
        write_file(tmp_path / "agenda.ics", b"nieuw")
    assert str(caught.value) == (
        f"agenda.ics kan niet worden opgeslagen: geen schrijfrechten in de map {tmp_path}."
    )
    assert leftovers(tmp_path) == []


def test_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", refuse_replace(OSError(errno.ENOSPC, "No space left")))
    with pytest.raises(OutputError, match=r"^lijst\.csv kan niet .* de schijf is vol\.$"):
        write_file(tmp_path / "lijst.csv", b"x" * 10_000)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    (tmp_path / "programma.pdf").mkdir()
    with pytest.raises(OutputError, match="er staat een map met die naam"):
        write_file(tmp_path / "programma.pdf", b"x")
    assert leftovers(tmp_path) == []


# --- staging: several files, all or nothing ---------------------------------------------------


def test_staging_places_all_files_together(tmp_path: Path) -> None:
    def second(out: BinaryIO) -> None:
        out.write(b"2")

    with Staging(tmp_path) as staging:
        first = staging.write("een.pdf", b"1")
        staging.write("twee.pdf", second)
        assert not first.exists()  # nothing in sight before place()
        staging.place()
    assert (tmp_path / "een.pdf").read_bytes() == b"1"
    assert (tmp_path / "twee.pdf").read_bytes() == b"2"
    assert leftovers(tmp_path) == []


def test_staging_refuses_a_name_that_is_taken_and_places_none(tmp_path: Path) -> None:
    (tmp_path / "twee.pdf").write_bytes(b"uitgereikt")
    with (
        pytest.raises(OutputError, match=r"staat al twee\.pdf\. Kies een andere map"),
        Staging(tmp_path) as staging,
    ):
        staging.write("een.pdf", b"1")
        staging.write("twee.pdf", b"2")
        staging.place()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["twee.pdf"]
    assert (tmp_path / "twee.pdf").read_bytes() == b"uitgereikt"


def test_staging_that_fails_while_placing_takes_back_what_it_placed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ouder.pdf").write_bytes(b"van eerder")
    real_link = os.link
    calls: list[object] = []

    def link_then_full(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_link(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "link", link_then_full)
    with (
        pytest.raises(OutputError, match=r"twee\.pdf .*de schijf is vol"),
        Staging(tmp_path) as staging,
    ):
        staging.write("een.pdf", b"1")
        staging.write("twee.pdf", b"2")
        staging.place()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ouder.pdf"]


def test_staging_undo_after_a_cancel_puts_back_what_it_replaced(tmp_path: Path) -> None:
    (tmp_path / "vervangen.pdf").write_bytes(b"oud")
    (tmp_path / "ander.pdf").write_bytes(b"van iemand anders")
    with pytest.raises(Cancelled), Staging(tmp_path, overwrite=True) as staging:
        staging.write("vervangen.pdf", b"nieuw")
        staging.write("toegevoegd.pdf", b"nieuw")
        staging.place()
        assert (tmp_path / "vervangen.pdf").read_bytes() == b"nieuw"
        raise Cancelled("Gestopt.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ander.pdf", "vervangen.pdf"]
    assert (tmp_path / "ander.pdf").read_bytes() == b"van iemand anders"
    assert (tmp_path / "vervangen.pdf").read_bytes() == b"oud"


def test_staging_that_fails_while_replacing_puts_the_older_files_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Letters written again over older ones: the third cannot be replaced (on Windows, a PDF
    open in Acrobat), so the two replaced before it come back, as they were."""
    for name in ("een.pdf", "twee.pdf", "drie.pdf"):
        (tmp_path / name).write_bytes(b"oud " + name.encode())
    real_replace = os.replace

    def in_use(source: object, target: object) -> None:
        if Path(str(source)).name == "drie.pdf" and Path(str(source)).parent == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(source))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", in_use)
    with (
        pytest.raises(OutputError, match=r"drie\.pdf .*geopend in een ander programma"),
        Staging(tmp_path, overwrite=True) as staging,
    ):
        for name in ("een.pdf", "nieuw.pdf", "twee.pdf", "drie.pdf"):
            staging.write(name, b"nieuw")
        staging.place()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        "een.pdf": b"oud een.pdf",
        "twee.pdf": b"oud twee.pdf",
        "drie.pdf": b"oud drie.pdf",
    }


def test_staging_keeps_a_replaced_file_it_cannot_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never thrown away: when putting an older file back fails too, the hidden folder keeps
    it (and the log says where)."""
    (tmp_path / "een.pdf").write_bytes(b"oud")
    real_replace = os.replace

    def stuck(source: object, target: object) -> None:
        if Path(str(target)) == tmp_path / "een.pdf" and "vervangen-" in str(source):
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", stuck)
    with pytest.raises(Cancelled), Staging(tmp_path, overwrite=True) as staging:
        staging.write("een.pdf", b"nieuw")
        staging.place()
        raise Cancelled("Gestopt.")
    kept = [p for p in tmp_path.rglob("een.pdf") if "vervangen-" in str(p)]
    assert [p.read_bytes() for p in kept] == [b"oud"]


def test_staging_cancelled_before_placing_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Cancelled), Staging(tmp_path) as staging:
        staging.write("een.pdf", b"1")
        raise Cancelled("Gestopt.")
    assert list(tmp_path.iterdir()) == []


def test_staging_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as refused:
        Staging(tmp_path / "weg")
    assert str(refused.value) == f"De map {tmp_path / 'weg'} bestaat niet."
    assert list(tmp_path.iterdir()) == []


def test_staging_in_a_file_or_a_folder_it_may_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "bestand.pdf"
    a_file.write_bytes(b"")
    with pytest.raises(OutputError) as refused:
        Staging(a_file)
    assert str(refused.value) == f"{a_file} is geen map."

    def refuse(**_kwargs: object) -> str:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(OutputError) as refused:
        Staging(tmp_path)
    assert str(refused.value) == f"Geen schrijfrechten in de map {tmp_path}."

    def full(**_kwargs: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkdtemp", full)
    with pytest.raises(OutputError) as refused:
        Staging(tmp_path)
    assert (
        str(refused.value) == f"In de map {tmp_path} kan niets worden opgeslagen: de schijf is vol."
    )
    assert [p.name for p in tmp_path.iterdir()] == ["bestand.pdf"]


# --- generated names and contents -------------------------------------------------------------

# Letters (Dutch, Turkish, Polish), digits and the punctuation people put in names; a name
# does not begin or end with a dot or a space (Windows drops those).
NAME_CHARACTERS = st.characters(
    whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x17F
) | st.sampled_from(" -_()',&+")
NAMES = (
    st.text(NAME_CHARACTERS, min_size=1, max_size=40)
    .map(str.strip)
    .filter(lambda name: name != "" and name[0] != "." and name[-1] != ".")
)


@settings(max_examples=60, deadline=None)
@given(
    files=st.lists(
        st.tuples(NAMES, st.sampled_from([".pdf", ".ics", ".csv", ""]), st.binary(max_size=4096)),
        min_size=1,
        max_size=6,
        unique_by=lambda file: (file[0] + file[1]).casefold(),  # Windows and macOS ignore case
    ),
    again=st.binary(max_size=64),
)
def test_what_is_written_is_read_back_and_nothing_else_stays(
    files: list[tuple[str, str, bytes]], again: bytes
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for stem, suffix, content in files:
            write_file(folder / (stem + suffix), content)
        first = files[0][0] + files[0][1]
        write_file(folder / first, again)  # an export made again replaces the one before
        expected = {stem + suffix: content for stem, suffix, content in files} | {first: again}
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == expected
        assert leftovers(folder) == []

"""A file that cannot be imported says what is wrong and where, in the import dialog itself:
never a blank dialog, never rows of an earlier file, and nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sioo_desk.ui import import_dialog
from sioo_desk.ui.import_dialog import ImportDialog
from sioo_desk.ui.main_window import MainWindow
from tests.ui.pausing import pause_at
from tests.ui.test_list_actions import candidates

MAPPING: dict[int, str | None] = {
    0: "first_name",
    1: "tussenvoegsel",
    2: "surname",
    3: "email",
    4: "municipality",
}
DOS_CSV = "Voornaam;Achternaam;E-mail\nJan;Berg;jan@x.nl\nRené;Müller;rene@x.nl\n".encode("cp437")


def participants(window: MainWindow) -> int:
    return int(window.database.read("SELECT count(*) FROM participants")[0][0])


def refused(dialog: ImportDialog) -> str:
    """The dialog shows the reason and nothing to import."""
    assert dialog.preview is None
    assert dialog.mapping.rowCount() == 0 and dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    return dialog.summary.text()


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("lijst.xlsx", b"\x8f\x03\x99 geen werkmap", "lijst.xlsx is geen Excel-werkmap"),
        ("lijst.xlsx", b"PK\x03\x04\x14\x00 kapot", "lijst.xlsx is geen leesbare Excel-werkmap"),
        ("dos.csv", DOS_CSV, "dos.csv, rij 3: er staan tekens in die Sioo Desk niet kan lezen"),
        ("leeg.csv", b"", "leeg.csv is leeg"),
    ],
)
def test_a_damaged_file_is_explained_in_the_dialog(
    main_window: MainWindow, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    before = participants(main_window)
    good = candidates(tmp_path / "goed.csv", 3)
    dialog = main_window.list_actions.import_participants(good)
    assert dialog is not None
    dialog.load(MAPPING)
    assert dialog.model.rowCount() == 3 and dialog.mapping.rowCount() == 5  # a good file first
    bad = tmp_path / name
    bad.write_bytes(content)
    dialog.path.setText(str(bad))
    dialog.load()
    assert words in refused(dialog)
    dialog.accept()  # even so: nothing to import
    assert participants(main_window) == before


def test_a_missing_file_is_explained_in_the_dialog(main_window: MainWindow, tmp_path: Path) -> None:
    dialog = main_window.list_actions.import_participants(tmp_path / "weg.csv")
    assert dialog is not None
    assert "weg.csv is niet te lezen" in refused(dialog)


def test_a_large_file_is_read_off_the_gui_thread(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "LARGE_FILE_BYTES", 100)
    dialog = main_window.list_actions.import_participants()
    assert dialog is not None
    dialog.path.setText(str(candidates(tmp_path / "lijst.csv", 40)))
    job = dialog.load(MAPPING)
    assert job is not None and job.running
    with qtbot.waitSignal(job.ended):
        pass
    assert dialog.model.rowCount() == 40 and dialog.import_button.isEnabled()

    bad = tmp_path / "groot.xlsx"
    bad.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    dialog.path.setText(str(bad))
    job = dialog.load()
    assert job is not None
    with qtbot.waitSignal(job.ended):
        pass
    assert "groot.xlsx is geen leesbare Excel-werkmap" in refused(dialog)


def test_a_read_that_was_stopped_says_so(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel while a large file is read: the dialog says it was stopped, not blank."""
    monkeypatch.setattr(import_dialog, "LARGE_FILE_BYTES", 100)
    dialog = main_window.list_actions.import_participants()
    assert dialog is not None
    dialog.path.setText(str(candidates(tmp_path / "lijst.csv", 40)))
    pause = pause_at(monkeypatch, 0)
    job = dialog.load(MAPPING)
    assert job is not None
    qtbot.waitUntil(job.dialog.isVisible)
    qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(job.ended):
        pause.release()
    assert refused(dialog) == (
        "Het lezen van lijst.csv is afgebroken; kies het bestand opnieuw om het te lezen."
    )

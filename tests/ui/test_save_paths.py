"""Every place that saves one file goes through `save_file`: one dialog that starts in the
folder used last, the file written whole, and a Dutch message naming the file when it cannot be
written (a folder that is gone, a PDF open in Acrobat) — nothing made, the old file kept, and
the window goes on."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QMessageBox

from sioo_desk.ui import save_file
from sioo_desk.ui.attendance_view import FIXED
from sioo_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import select_cohort, select_participant
from tests.ui.test_portfolio_view import open_portfolio

Save = Callable[[], object]


class Dialog:
    """Stands in for QFileDialog.getSaveFileName: answers with the suggested name in `folder`
    (or `name` when given) and remembers what it was asked."""

    def __init__(self, folder: Path, name: str | None = None, chosen_filter: str = "") -> None:
        self.folder, self.name, self.chosen_filter = folder, name, chosen_filter
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: object, caption: str, start: str, file_filter: str) -> object:
        self.asked.append((caption, start, file_filter))
        return str(self.folder / (self.name or Path(start).name)), self.chosen_filter

    @property
    def suggested(self) -> str:
        return Path(self.asked[-1][1]).name


@dataclass
class Screen:
    dialog: Dialog
    warnings: list[tuple[str, str]]
    opened: list[str]


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: QSettings) -> Screen:
    shown = Screen(Dialog(tmp_path / "uit"), [], [])

    def warning(_parent: object, title: str, text: str, *_rest: object) -> object:
        shown.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    def open_url(url: QUrl) -> bool:
        shown.opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", shown.dialog)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", warning)
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", open_url)
    monkeypatch.setattr(save_file, "_settings", lambda: settings)
    return shown


# --- the save paths ----------------------------------------------------------------------------


def programme(window: MainWindow) -> object:
    window.tabs.setCurrentWidget(window.view("programme"))
    return window.view("programme")


def programme_pdf(window: MainWindow) -> Save:
    return programme(window).export_pdf  # type: ignore[attr-defined,no-any-return]


def programme_calendar(window: MainWindow) -> Save:
    return programme(window).export_calendar  # type: ignore[attr-defined,no-any-return]


def teacher_calendar(window: MainWindow) -> Save:
    dialog = programme(window).open_staff()  # type: ignore[attr-defined]
    dialog.select(next(t.id for t in dialog.staff if t.name.surname == "Zwart"))
    return dialog.export_calendar  # type: ignore[no-any-return]


def participant_calendar(window: MainWindow) -> Save:
    select_participant(window, "Bos, Rik")
    return window.participant_actions.export_calendar


def participant_list(window: MainWindow) -> Save:
    return window.list_actions.export_participants


def sign_in_list(window: MainWindow) -> Save:
    select_cohort(window, "Leergang 2011–2012")
    view = window.view("attendance")
    window.tabs.setCurrentWidget(view)
    view.grid.setCurrentIndex(view.model.index(0, FIXED))
    return view.export_sign_in  # type: ignore[no-any-return]


def guest_list(window: MainWindow) -> Save:
    select_cohort(window, "Leergang 2011–2012")
    window.tabs.setCurrentWidget(window.view("guests"))
    return window.view("guests").export_list  # type: ignore[no-any-return]


def intake_slot(window: MainWindow) -> Save:
    new = window.list_actions.new_cohort()
    new.name.setText("Leergang 2027–2028")
    new.accept()
    planner = window.list_actions.plan_intakes()
    assert planner is not None
    planner.times.setText("10:00")
    assert planner.make_slots()
    planner.grid.setCurrentCell(0, 0)
    return planner.export_selected


def intake_letter(window: MainWindow) -> Save:
    select_cohort(window, "Leergang 2011–2012")
    select_participant(window, "Berg, Jan van der")
    dialog = window.participant_actions.intake()
    assert dialog is not None
    return dialog.save_letter


def portfolio_pdf(window: MainWindow) -> Save:
    return open_portfolio(window, "Jan van der Berg").export_pdf


@dataclass(frozen=True)
class Case:
    reach: Callable[[MainWindow], Save]
    opens: str  # "file", "folder" or "" (only said in the status bar)


CASES = {
    "programme pdf": Case(programme_pdf, "file"),
    "programme calendar": Case(programme_calendar, "file"),
    "teacher calendar": Case(teacher_calendar, "folder"),
    "participant calendar": Case(participant_calendar, ""),
    "participant list": Case(participant_list, ""),
    "sign-in list": Case(sign_in_list, "file"),
    "guest list": Case(guest_list, "file"),
    "intake slot": Case(intake_slot, "folder"),
    "intake letter": Case(intake_letter, "file"),
    "portfolio": Case(portfolio_pdf, "file"),
}
PATHS = pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())

BEGINNINGS = {
    ".pdf": b"%PDF",
    ".ics": b"BEGIN:VCALENDAR",
    ".xlsx": b"PK",
    ".csv": b"\xef\xbb\xbf",
}


@PATHS
def test_a_file_is_saved_where_the_user_says(
    main_window: MainWindow, screen: Screen, tmp_path: Path, case: Case
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    saved = case.reach(main_window)()
    assert saved, screen.warnings
    target = folder / screen.dialog.suggested
    assert target.read_bytes().startswith(BEGINNINGS[target.suffix])
    assert screen.warnings == []
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temporary left
    expected = {"file": [str(target)], "folder": [str(folder)], "": []}[case.opens]
    assert screen.opened == expected
    assert Path(screen.dialog.asked[0][1]).parent == Path.home()  # nothing used before


@PATHS
def test_a_folder_that_is_gone_is_said_and_nothing_is_made(
    main_window: MainWindow, screen: Screen, tmp_path: Path, case: Case
) -> None:
    folder = tmp_path / "uit"  # not there (any more)
    saved = case.reach(main_window)()
    assert not saved
    name = screen.dialog.suggested
    assert screen.warnings == [
        ("Sioo Desk", f"{name} kan niet worden opgeslagen: de map {folder} bestaat niet.")
    ]
    assert not folder.exists() and screen.opened == []
    assert main_window.isVisible()


@PATHS
def test_a_file_open_in_another_program_is_kept(
    main_window: MainWindow,
    screen: Screen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: Case,
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    save = case.reach(main_window)

    def in_use(*_args: object) -> None:
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", in_use)
    # The name is only known once the dialog is asked; the first answer finds the name.
    save()
    target = folder / screen.dialog.suggested
    target.write_bytes(b"open in Acrobat")
    screen.warnings.clear()
    assert not save()
    assert len(screen.warnings) == 1
    title, text = screen.warnings[0]
    assert title == "Sioo Desk"
    assert text.startswith(f"{target.name} kan niet worden opgeslagen in {folder}: ")
    assert "het bestand is geopend in een ander programma" in text
    assert target.read_bytes() == b"open in Acrobat"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    assert screen.opened == []


# --- the dialog itself -------------------------------------------------------------------------


def test_the_next_dialog_starts_in_the_folder_used_last(
    main_window: MainWindow, screen: Screen, tmp_path: Path, settings: QSettings
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    assert sign_in_list(main_window)()
    assert settings.value(save_file.LAST_FOLDER) == str(folder)
    assert guest_list(main_window)()
    assert Path(screen.dialog.asked[-1][1]) == folder / "gastenlijst.pdf"
    folder.rename(tmp_path / "verplaatst")  # a folder that is gone: back to the home folder
    screen.dialog.folder = tmp_path
    assert guest_list(main_window)()
    assert Path(screen.dialog.asked[-1][1]).parent == Path.home()


def test_a_name_typed_without_extension_gets_the_chosen_type(
    main_window: MainWindow, screen: Screen, tmp_path: Path
) -> None:
    screen.dialog.folder = tmp_path
    screen.dialog.name = "deelnemers maart"
    screen.dialog.chosen_filter = "CSV voor Nederlandse Excel (*.csv)"
    assert main_window.list_actions.export_participants()
    saved = tmp_path / "deelnemers maart.csv"
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "deelnemers maart").exists()


def test_a_suggested_name_holds_no_characters_windows_refuses(
    screen: Screen, tmp_path: Path
) -> None:
    screen.dialog.folder = tmp_path
    saved = save_file.save_and_open(None, b"%PDF", None, 'Portfolio "Jan" / Berg?.pdf')
    assert saved == tmp_path / "Portfolio -Jan- - Berg-.pdf"
    assert saved.read_bytes() == b"%PDF"


def test_cancelling_the_dialog_writes_nothing(
    screen: Screen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancelled(*_args: object) -> tuple[str, str]:
        return "", ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", cancelled)
    made: list[int] = []
    assert save_file.save_and_open(None, lambda _out: made.append(1), None, "x.pdf") is None
    assert made == [] and screen.warnings == [] and screen.opened == []
    assert not (tmp_path / "uit").exists()


def test_an_intake_document_that_cannot_be_put_down_is_said(
    main_window: MainWindow, screen: Screen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    select_participant(main_window, "Berg, Jan van der")
    dialog = main_window.participant_actions.intake()
    assert dialog is not None
    document = tmp_path / "intake.pdf"
    document.write_bytes(b"%PDF-1.4\n% intakedocument\n")
    assert dialog.attach(document)
    opened = dialog.open_document()
    assert opened is not None and opened.read_bytes() == document.read_bytes()
    assert screen.opened == [str(opened)]
    gone = tmp_path / "tijdelijk-weg"
    monkeypatch.setattr("tempfile.mkdtemp", lambda **_kwargs: str(gone))
    assert dialog.open_document() is None
    assert screen.warnings == [
        ("Sioo Desk", f"intake.pdf kan niet worden opgeslagen: de map {gone} bestaat niet.")
    ]

"""Import through the dialog, export, and e-mail addresses to the clipboard."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox

from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_table_model import Column
from tests.ui.test_main_window import select_cohort, select_participant


def candidates(path: Path, count: int, *, bad_email_row: int | None = None) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Naam", "Tussenvoegsel", "Familienaam", "Mail", "Gemeente"])
        for i in range(count):
            email = "fout" if i == bad_email_row else f"kandidaat{i}@gemeente{i}.nl"
            writer.writerow([f"Kandidaat{i}", "van", f"Achternaam{i}", email, f"Gemeente{i}"])
    return path


def test_import_dialog_maps_columns_shows_errors_and_imports(
    main_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    path = candidates(tmp_path / "aanmeldingen.csv", 3, bad_email_row=1)
    dialog = main_window.list_actions.import_participants(path)
    assert dialog is not None
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    # "Naam" is not recognised as a first name: the mapping says so, the file cannot go in.
    assert "geen kolom voor Voornaam of Voorletters" in dialog.summary.text()
    assert dialog.mapping.rowCount() == 5  # the user can map the columns right here
    assert not dialog.import_button.isEnabled()

    dialog.path.setText(str(path))
    dialog.load({0: "first_name", 1: "tussenvoegsel", 2: "surname", 3: "email", 4: "municipality"})
    combo = dialog.mapping.cellWidget(0, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "first_name"
    assert dialog.model.rowCount() == 3
    assert "3 rijen, 1 met fouten" in dialog.summary.text()
    assert dialog.problems.item(0).text() == "Rij 3, E-mail: 'fout' is geen geldig e-mailadres."
    assert dialog.model.index(1, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not dialog.import_button.isEnabled()

    candidates(path, 3)  # the secretary corrects the file
    dialog.load(dialog.current_mapping())
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = [
        main_window.proxy.index(r, Column.NAME).data() for r in range(main_window.proxy.rowCount())
    ]
    assert "Achternaam0, Kandidaat0 van" in names and len(names) == 19
    main_window.undo_action.trigger()
    assert main_window.proxy.rowCount() == 16


def test_changing_the_mapping_in_the_dialog(main_window: MainWindow, tmp_path: Path) -> None:
    path = candidates(tmp_path / "lijst.csv", 2)
    dialog = main_window.list_actions.import_participants(path)
    assert dialog is not None
    dialog.load({0: "first_name", 1: "tussenvoegsel", 2: "surname", 3: "email", 4: None})
    combo = dialog.mapping.cellWidget(4, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("municipality"))
    assert dialog.model.headerData(5, Qt.Orientation.Horizontal) == "Gemeente"
    assert dialog.import_button.isEnabled()


def test_export_from_the_window(main_window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "lijst.csv"
    assert main_window.list_actions.export_participants(target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 17


def test_copy_addresses(main_window: MainWindow) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    select_participant(main_window, "Berg, Jan van der")
    main_window.list_actions.copy_selection_action.trigger()
    assert QGuiApplication.clipboard().text() == "jan.van.der.berg@utrecht.demo.nl"
    main_window.table.selectAll()
    main_window.list_actions.copy_selection_action.trigger()
    assert QGuiApplication.clipboard().text().count("; ") == 17
    main_window.participants_view.search.setText("utrecht")
    main_window.list_actions.copy_visible_action.trigger()
    assert QGuiApplication.clipboard().text() == (
        "jan.van.der.berg@utrecht.demo.nl; sophie.de.vries@utrecht.demo.nl"
    )
    main_window.list_actions._fill_groups()
    group_actions = main_window.list_actions.group_menu.actions()
    assert [a.text() for a in group_actions] == [
        "Consultatiegroep A",
        "Consultatiegroep B",
        "Consultatiegroep C",
    ]
    group_actions[0].trigger()
    assert QGuiApplication.clipboard().text().count("@") == 6

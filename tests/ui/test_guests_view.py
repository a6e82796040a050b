"""Masterclass guests: capacity, waiting list, attendance, printed list and badges."""

from __future__ import annotations

from pathlib import Path

from sioo_desk.domain.enums import GuestRole
from sioo_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import select_cohort


def open_guests(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.view("guests"))


def places(window: MainWindow) -> list[str]:
    table = window.view("guests").table
    return [table.item(r, 4).text() for r in range(table.rowCount())]


def test_capacity_waiting_list_and_undo(main_window: MainWindow, tmp_path: Path) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    open_guests(main_window)
    view = main_window.view("guests")
    assert view.masterclass.count() == 2
    assert view.table.rowCount() == 6
    view.capacity.setValue(6)
    view.set_capacity()
    assert view.summary.text() == "6 van 6 plaatsen bezet, 0 op de wachtlijst."

    view.name.setText("")
    assert not view.add() and "Naam: is verplicht" in view.message.text()
    view.name.setText("Mw. drs. P. de Groot")
    view.organisation.setText("Gemeente Utrecht")
    view.role.setCurrentIndex(view.role.findData(GuestRole.CLIENT))
    view.inviter.setCurrentIndex(view.inviter.findText("Jan van der Berg"))
    assert view.add()
    assert places(main_window).count("wachtlijst 1") == 1

    view.table.selectRow(0)
    assert view.remove()  # a place frees up: the waiting guest moves up
    assert "wachtlijst 1" not in places(main_window)
    assert view.summary.text() == "6 van 6 plaatsen bezet, 0 op de wachtlijst."
    main_window.undo_action.trigger()
    assert view.table.rowCount() == 7

    view.table.selectRow(0)
    assert view.toggle_attended()
    assert view.table.item(0, 5).text() in ("ja", "nee")
    listing = view.export_list(tmp_path / "gasten.pdf")
    badges = view.export_badges(tmp_path / "badges.pdf")
    assert listing and listing.read_bytes().startswith(b"%PDF")
    assert badges and b"/FontFile2" in badges.read_bytes()

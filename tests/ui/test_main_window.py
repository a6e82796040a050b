from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from sioo_desk.store.database import Database
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_table_model import Column
from tests.conftest import TODAY


def select_cohort(window: MainWindow, name: str) -> None:
    for row in range(window.cohorts.rowCount()):
        if window.cohorts.cohort(row).name == name:
            window.navigator.setCurrentIndex(window.cohorts.index(row))
            return
    raise AssertionError(name)


def select_participant(window: MainWindow, sort_name: str) -> None:
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, Column.NAME).data() == sort_name:
            window.table.selectRow(row)
            return
    raise AssertionError(sort_name)


def test_opens_on_the_cohort_running_today(main_window: MainWindow) -> None:
    assert main_window.header.title.text() == "Leergang 2026–2027"
    assert main_window.proxy.rowCount() == 16
    assert main_window.windowTitle() == "Leergang 2026–2027 — Sioo Desk — DEMO"
    assert main_window.count_label.text() == "2 cohorten"
    assert main_window.menuBar().actions()[0].text() == "&Bestand"


def test_reference_cohort_header_and_detail(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(main_window.cohort_shown):
        select_cohort(main_window, "Leergang 2011–2012")
    header = main_window.header
    assert "23 november 2011 – 27 juni 2012" in header.subtitle.text()
    assert header.size_badge.text() == "17 van 15–18 plaatsen bezet"
    assert header.contact.text() == (
        "45 dagdelen contacttijd, 7 buiten werktijd · 360 uur studiebelasting"
    )
    assert header.contact.property("warning") is False
    assert main_window.proxy.index(0, Column.NAME).data() == "Bakker, Kees"

    select_participant(main_window, "Berg, Jan van der")
    detail = main_window.detail
    assert detail.heading.text() == "Jan van der Berg"
    assert detail.salutation.text() == "Geachte heer Van der Berg"
    assert detail.fields["learning_team"].text() == "Sophie de Vries"
    assert detail.fields["verdict"].text() == "goed"

    select_participant(main_window, "Kramer, Dennis")
    assert detail.fields["status"].text().startswith("Teruggetrokken op 31 januari 2012")


def test_search_as_you_type(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(main_window.participants_view.search, "delft")
    assert main_window.proxy.rowCount() == 2
    main_window.participants_view.search.clear()
    assert main_window.proxy.rowCount() == 16


def test_window_state_is_remembered(qtbot, demo_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(demo_db, settings, TODAY)
    qtbot.addWidget(first)
    first.show()
    select_cohort(first, "Leergang 2011–2012")
    first.table.sortByColumn(Column.MUNICIPALITY, Qt.SortOrder.DescendingOrder)
    first.detail_action.setChecked(False)
    first.close()

    second = MainWindow(demo_db, settings, TODAY)
    qtbot.addWidget(second)
    second.show()
    assert second.header.title.text() == "Leergang 2011–2012"
    assert second.table.horizontalHeader().sortIndicatorSection() == Column.MUNICIPALITY
    assert second.proxy.index(0, Column.MUNICIPALITY).data() == "Zwolle"
    assert not second.detail_action.isChecked() and second.detail.isHidden()


def test_an_empty_database_says_what_to_do(qtbot, empty_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(empty_db, settings, TODAY)
    qtbot.addWidget(window)
    assert window.header.title.text() == "Geen cohort"
    assert "Demogegevens laden" in window.header.subtitle.text()
    assert window.proxy.rowCount() == 0


def test_load_demo_data_from_the_menu(qtbot, empty_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(empty_db, settings, TODAY)
    qtbot.addWidget(window)
    window.show()
    window.demo_action.trigger()
    qtbot.waitUntil(lambda: window.cohorts.rowCount() == 2, timeout=60_000)
    assert window.header.title.text() == "Leergang 2026–2027"


def test_opening_an_unusable_file_explains_and_keeps_the_current_one(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "boodschappen.txt"
    bad.write_text("melk, brood", encoding="utf-8")
    assert not main_window.open_database(bad)
    assert shown == [f"Dit is geen Sioo Desk-database (geen SQLite-bestand): {bad}"]
    assert main_window.proxy.rowCount() == 16


def test_opening_another_database(main_window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "ander.sqlite"
    with Database.open(__import__("sioo_desk.store.location", fromlist=["x"]).from_path(other)):
        pass
    assert main_window.open_database(other)
    assert main_window.header.title.text() == "Geen cohort"
    assert str(other) in main_window.database_label.text()


def test_keyboard_moves_through_participants(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.table.setFocus()
    main_window.table.selectRow(0)
    qtbot.keyClick(main_window.table, Qt.Key.Key_Down)
    assert main_window.detail.heading.text() == "Rik Bos"


def test_search_across_all_cohorts(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.participants_view.all_cohorts.setChecked(True)
    assert main_window.proxy.rowCount() == 34
    assert not main_window.table.isColumnHidden(Column.COHORT)
    qtbot.keyClicks(main_window.participants_view.search, "utrecht")
    found = {
        (
            main_window.proxy.index(r, Column.NAME).data(),
            main_window.proxy.index(r, Column.COHORT).data(),
        )
        for r in range(main_window.proxy.rowCount())
    }
    assert found == {
        ("Berg, Jan van der", "Leergang 2011–2012"),
        ("Vries, Sophie de", "Leergang 2011–2012"),
        ("Chaouch, Yasmina", "Leergang 2026–2027"),
    }
    main_window.participants_view.all_cohorts.setChecked(False)
    assert main_window.table.isColumnHidden(Column.COHORT)
    assert main_window.proxy.rowCount() == 1  # Yasmina Chaouch, in this cohort


def test_start_up_builds_only_the_tab_it_shows(main_window: MainWindow) -> None:
    """The tab registry builds a tab when it is first opened; none is read before."""
    assert main_window.registry.built() == ["participants"]
    main_window.registry.open("groups")
    assert main_window.registry.built() == ["participants", "groups"]
    assert main_window.tabs.currentWidget() is main_window.view("groups")


def test_a_new_cohort_is_shown_and_read_once(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The navigator selects a cohort that came; the visible tab reads it once, not again for
    the change that brought it."""
    from sioo_desk.services.cohort_editing import CohortInput, create_cohort

    reads: list[int | None] = []
    liveness = main_window.participants_view.liveness
    load = liveness._load
    monkeypatch.setattr(liveness, "_load", lambda c: (reads.append(c), load(c)))
    data = CohortInput("Leergang 2027–2028", "Doorn", None, None, None, None)
    assert main_window.context.run("new cohort", lambda db: create_cohort(db, data))
    made = main_window.selected_cohort_id()
    assert main_window.cohorts.cohort(main_window.navigator.currentIndex().row()).name == (
        "Leergang 2027–2028"
    )
    assert reads == [made]
    main_window.undo_action.trigger()  # it goes: another cohort is shown, read once
    assert main_window.selected_cohort_id() != made and len(reads) == 2
    main_window.redo_action.trigger()
    assert main_window.selected_cohort_id() == made and reads[-1] == made and len(reads) == 3


def test_undo_and_redo_say_what_they_did(main_window: MainWindow) -> None:
    """Undo may change a cohort that is not on screen: the status bar names the step."""
    from sioo_desk.domain.enums import ParticipantStatus

    main_window.table.selectRow(0)
    row = main_window.participants_view.selected_participant()
    assert row is not None
    assert main_window.participant_actions.set_status(ParticipantStatus.WITHDRAWN, reason="Ziek")
    step = main_window.undo_stack.command(0).text()
    main_window.undo_action.trigger()
    assert main_window.statusBar().currentMessage() == f"Ongedaan gemaakt: {step}"
    main_window.redo_action.trigger()
    assert main_window.statusBar().currentMessage() == f"Opnieuw gedaan: {step}"

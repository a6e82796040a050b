"""Driving the real widgets: add, edit, change status, withdraw, delete — and undo it all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_dialog import ParticipantDialog
from sioo_desk.ui.participant_table_model import Column
from tests.ui.test_main_window import select_cohort, select_participant


def names(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, Column.NAME).data() for r in range(window.proxy.rowCount())]


def fill_form(qtbot, dialog: ParticipantDialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for key, text in values.items():
        widget = dialog.rows[key]
        widget.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(widget, text)


def test_add_a_participant_through_the_form_and_undo_it(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.participant_actions.create()
    assert dialog is not None and dialog.isVisible()
    fill_form(
        qtbot,
        dialog,
        first_name="Fenna",
        tussenvoegsel="van den",
        surname="Akker",
        email="f.vandenakker@ede.nl",
        phone="0318 123456",
        municipality="Ede",
    )
    dialog.gender.setCurrentIndex(dialog.gender.findData(dialog.gender.itemData(0)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Akker, Fenna van den" in names(main_window)
    assert main_window.detail.heading.text() == "Fenna van den Akker"
    assert main_window.detail.fields["phone"].text() == "0318-123456"
    assert main_window.cohorts.index(0).data().endswith("17 deelnemers")

    main_window.undo_action.trigger()
    assert "Akker, Fenna van den" not in names(main_window)
    main_window.redo_action.trigger()
    assert "Akker, Fenna van den" in names(main_window)


def test_the_form_shows_what_is_wrong_and_stays_open(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.participant_actions.create()
    assert dialog is not None
    fill_form(qtbot, dialog, first_name="Kees", surname="", email="kees@", phone="12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert dialog.errors.text().splitlines() == [
        "Achternaam: is verplicht.",
        "E-mail: 'kees@' is geen geldig e-mailadres.",
        "Telefoon: '12' is geen Nederlands telefoonnummer (10 cijfers, bijvoorbeeld "
        "06-12345678 of 030-2913000).",
    ]
    assert dialog.surname.property("invalid") is True
    assert dialog.first_name.property("invalid") is False


def test_a_duplicate_is_refused_in_the_form(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_participant(main_window, "Bos, Rik")
    email = main_window.participants_view.selected_participant().email  # type: ignore[union-attr]
    dialog = main_window.participant_actions.create()
    assert dialog is not None
    fill_form(qtbot, dialog, first_name="Rikkert", surname="Bosman", email=email)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text() == (
        f"Deze deelnemer staat al in het cohort: Rik Bos (zelfde e-mailadres {email})."
    )


def test_edit_makes_a_learning_team_and_undo_unmakes_it(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_participant(main_window, "Bos, Rik")
    dialog = main_window.participant_actions.edit()
    assert dialog is not None and dialog.surname.text() == "Bos"
    dialog.partner.setCurrentIndex(dialog.partner.findText("Willemijn Kok (Zaanstad)"))
    fill_form(qtbot, dialog, job_title="Senior P&O-adviseur")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert main_window.detail.fields["learning_team"].text() == "Willemijn Kok"
    assert main_window.detail.fields["job_title"].text() == "Senior P&O-adviseur"
    select_participant(main_window, "Kok, Willemijn")
    assert main_window.detail.fields["learning_team"].text() == "Rik Bos"
    main_window.undo_action.trigger()
    select_participant(main_window, "Kok, Willemijn")
    assert main_window.detail.fields["learning_team"].text() == "—"


def test_withdraw_with_a_reason_then_undo(main_window: MainWindow) -> None:
    select_participant(main_window, "Bos, Rik")
    actions = main_window.participant_actions
    assert actions.status_actions[ParticipantStatus.WITHDRAWN].isEnabled()
    assert not actions.status_actions[ParticipantStatus.REGISTERED].isEnabled()
    assert actions.set_status(ParticipantStatus.WITHDRAWN, reason="Verhuisd naar het buitenland")
    assert main_window.detail.fields["status"].text() == (
        "Teruggetrokken op 23 november 2026 — Verhuisd naar het buitenland"
    )
    main_window.undo_action.trigger()
    assert main_window.detail.fields["status"].text() == "Actief"


def test_a_forbidden_step_is_explained(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    select_participant(main_window, "Bos, Rik")
    assert not main_window.participant_actions.set_status(ParticipantStatus.INTAKE_PLANNED)
    assert shown == [
        "Rik Bos is actief en kan niet rechtstreeks intake gepland worden "
        "(wel: afgerond, teruggetrokken)."
    ]


def test_a_nineteenth_admission_is_refused(
    main_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    for i in range(3):  # 16 active + 2 admitted = 18
        dialog = main_window.participant_actions.create()
        fill_form(
            qtbot,
            dialog,
            first_name=f"Kandidaat{i}",
            surname="Nieuw",
            email=f"k{i}@ede.nl",
            municipality="Ede",
        )
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        main_window.participant_actions.set_status(ParticipantStatus.INTAKE_PLANNED)
        admitted = main_window.participant_actions.set_status(ParticipantStatus.ADMITTED)
        assert admitted == (i < 2)
    assert shown == [
        "Cohort Leergang 2026–2027 is vol: er zijn al 18 deelnemers toegelaten (maximum 18)."
    ]
    assert main_window.header.size_badge.text() == "18 van 15–18 plaatsen bezet · vol"


def test_delete_and_undo_bring_back_everything(main_window: MainWindow) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    select_participant(main_window, "Berg, Jan van der")
    assert main_window.participant_actions.delete(confirm=False)
    assert "Berg, Jan van der" not in names(main_window)
    assert main_window.detail.heading.text() != "Jan van der Berg"
    main_window.undo_action.trigger()
    select_participant(main_window, "Berg, Jan van der")
    assert main_window.detail.fields["learning_team"].text() == "Sophie de Vries"
    assert main_window.detail.fields["verdict"].text() == "goed"
    assert main_window.detail.fields["group"].text().startswith("Consultatiegroep")


def test_status_filter(main_window: MainWindow) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    combo = main_window.participants_view.status_filter
    combo.setCurrentIndex(combo.findData(ParticipantStatus.WITHDRAWN))
    assert names(main_window) == ["Kramer, Dennis"]
    combo.setCurrentIndex(0)
    assert len(names(main_window)) == 18


def test_undo_of_a_new_pair_restores_the_pair_it_broke(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_participant(main_window, "Bos, Rik")
    dialog = main_window.participant_actions.edit()
    assert dialog is not None
    dialog.partner.setCurrentIndex(dialog.partner.findText("Thijs Dijkstra (Groningen)"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    select_participant(main_window, "Zeeuw, Esther de")
    assert main_window.detail.fields["learning_team"].text() == "—"
    main_window.undo_action.trigger()
    select_participant(main_window, "Zeeuw, Esther de")
    assert main_window.detail.fields["learning_team"].text() == "Thijs Dijkstra"
    main_window.redo_action.trigger()
    select_participant(main_window, "Dijkstra, Thijs")
    assert main_window.detail.fields["learning_team"].text() == "Rik Bos"


def test_redo_of_a_status_change_puts_back_exactly_what_was_there(main_window: MainWindow) -> None:
    select_participant(main_window, "Bos, Rik")
    actions = main_window.participant_actions
    assert actions.set_status(ParticipantStatus.WITHDRAWN, reason="Verhuisd")
    assert actions.set_status(ParticipantStatus.ACTIVE)
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    main_window.redo_action.trigger()
    main_window.redo_action.trigger()
    assert main_window.detail.fields["status"].text() == "Actief"


def test_all_cohorts_list_follows_an_edit_in_another_cohort(main_window: MainWindow) -> None:
    """With "Alle cohorten" ticked the list shows everyone: a change in a cohort other than the
    selected one reaches it too, and so do its undo and redo."""
    import dataclasses

    from sioo_desk.services import participant_editing as editing

    select_cohort(main_window, "Leergang 2026–2027")
    main_window.participants_view.all_cohorts.setChecked(True)
    assert "Bakker, Kees" in names(main_window)
    kees = next(
        main_window.participants.row_data(r)
        for r in range(main_window.participants.rowCount())
        if main_window.participants.row_data(r).name.sort_name == "Bakker, Kees"
    )
    before = editing.participant_input(main_window.context.database, kees.id)
    renamed = dataclasses.replace(before, first_name="Cornelis")
    assert main_window.context.run(
        "rename", lambda db: editing.update_participant(db, kees.id, renamed)
    )
    assert "Bakker, Cornelis" in names(main_window)
    main_window.undo_action.trigger()
    assert "Bakker, Kees" in names(main_window) and "Bakker, Cornelis" not in names(main_window)
    main_window.redo_action.trigger()
    assert "Bakker, Cornelis" in names(main_window)

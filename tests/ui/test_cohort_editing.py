"""Cohort ▸ New, Edit, Delete and Archive: the form, the navigator, undo."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import select

from sioo_desk.domain.enums import Role
from sioo_desk.domain.models import Certificate, Cohort, Participant, PersonRole
from sioo_desk.services.cohorts import list_cohorts
from sioo_desk.store.database import Database
from sioo_desk.ui.cohort_dialog import CohortDialog
from sioo_desk.ui.cohort_list_model import CohortListModel
from sioo_desk.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    return shown


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def show(window: MainWindow, code: str) -> int:
    row = next(r for r in range(window.cohorts.rowCount()) if window.cohorts.cohort(r).code == code)
    window.navigator.setCurrentIndex(window.cohorts.index(row))
    cohort_id = window.cohorts.cohort(row).id
    assert window.context.selection.cohort_id == cohort_id
    return cohort_id


def codes(window: MainWindow) -> list[str]:
    return [window.cohorts.cohort(r).code for r in range(window.cohorts.rowCount())]


def stored(db: Database) -> list[tuple[object, ...]]:
    return db.read("SELECT * FROM cohorts ORDER BY id")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_the_code_follows_the_start_year_until_typed(main_window: MainWindow) -> None:
    dialog = main_window.list_actions.new_cohort()
    assert dialog.windowTitle() == "Nieuw cohort"
    assert dialog.code.text() == "HRM-2027"  # the proposed start, 15 November 2027
    assert "HRM-2027-001" in dialog.code_hint.text()
    dialog.start.setDate(QDate(2026, 11, 15))
    assert dialog.code.text() == "HRM-2026-2"  # the demo has HRM-2026
    dialog.code.setText("hrm-doorn")
    dialog.start.setDate(QDate(2028, 11, 15))
    assert dialog.code.text() == "hrm-doorn"  # the user's own stays (saved in capitals)
    dialog.end.setDate(QDate(2029, 6, 30))
    dialog.accept()
    assert "HRM-DOORN" in codes(main_window)
    assert main_window.header.title.text() == "Leergang 2027–2028"


def test_a_new_cohort_is_staffed_by_the_only_holders_of_each_role(
    main_window: MainWindow,
) -> None:
    dialog = main_window.list_actions.new_cohort()
    # The demo has one programme manager, one secretary and one signatory.
    for box in (dialog.programme_manager, dialog.secretary, dialog.signatory):
        assert box.currentData() is not None and box.count() == 2
    hints = [h for h in dialog.findChildren(QLabel) if h.objectName().startswith("noStaffHint")]
    assert len(hints) == 3 and all(h.isHidden() for h in hints)
    dialog.accept()
    made = main_window.context.selection.cohort_id
    row = main_window.database.read(
        "SELECT programme_manager_id, secretary_id, signatory_id FROM cohorts WHERE id = :c",
        {"c": made},
    )[0]
    assert None not in row


def test_an_end_before_the_start_stays_in_the_form(main_window: MainWindow) -> None:
    before = stored(main_window.database)
    dialog = main_window.list_actions.new_cohort()
    dialog.end.setDate(QDate(2027, 11, 1))
    dialog.accept()
    assert dialog.isVisible() and not dialog.errors.isHidden()
    assert dialog.errors.text() == "Einddatum: ligt vóór de startdatum."
    assert stored(main_window.database) == before
    assert main_window.undo_stack.count() == 0


def test_a_taken_code_stays_in_the_form(main_window: MainWindow) -> None:
    before = stored(main_window.database)
    dialog = main_window.list_actions.new_cohort()
    dialog.code.setText("hrm-2026")
    dialog.accept()
    assert dialog.errors.text() == "Code: HRM-2026 is al de code van Leergang 2026–2027."
    assert stored(main_window.database) == before


def test_edit_shows_the_cohort_and_its_change_is_undone(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    cohort_id = show(main_window, "HRM-2026")
    main_window.cohort_actions.follow()
    dialog = main_window.cohort_actions.edit()
    assert dialog is not None and dialog.windowTitle() == "Cohort bewerken"
    assert dialog.name.text() == "Leergang 2026–2027" and dialog.code.text() == "HRM-2026"
    assert not dialog.code.isReadOnly()
    assert dialog.status.currentIndex() == 0
    assert dialog.status.currentText() == "Volgt de data (nu: Lopend)"
    assert dialog.signatory.currentData() is not None
    dialog.location.setText("Landgoed De Reehorst, Ede")
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Landgoed De Reehorst, Ede" in main_window.header.subtitle.text()
    assert "Geannuleerd" in main_window.header.subtitle.text()
    main_window.undo_action.trigger()
    assert "Landgoed De Reehorst, Ede" not in main_window.header.subtitle.text()
    assert "Lopend" in main_window.header.subtitle.text()
    assert main_window.context.selection.cohort_id == cohort_id


def test_a_double_click_on_the_navigator_edits(main_window: MainWindow) -> None:
    show(main_window, "HRM-2011")
    index = main_window.navigator.currentIndex()
    main_window.navigator.doubleClicked.emit(index)
    dialog = main_window.findChild(CohortDialog, "cohortDialog")
    assert dialog is not None and dialog.name.text() == "Leergang 2011–2012"


def test_a_code_on_certificates_is_read_only(main_window: MainWindow) -> None:
    db = main_window.database
    with db.session() as s:
        ref = s.scalar(select(Cohort.id).where(Cohort.code == "HRM-2011"))
        participant = s.scalar(select(Participant.id).where(Participant.cohort_id == ref))
        assert participant is not None
        s.add(
            Certificate(
                participant_id=participant,
                number="HRM-2011-001",
                issued_on=TODAY,
                printed_name="Test",
                verification_code=hashlib.sha256(b"x").hexdigest()[:16],
            )
        )
    show(main_window, "HRM-2011")
    dialog = main_window.cohort_actions.edit()
    assert dialog is not None and dialog.code.isReadOnly()
    assert "kan hij niet meer veranderen" in dialog.code.toolTip()
    dialog.start.setDate(QDate(2012, 11, 1))
    assert dialog.code.text() == "HRM-2011"


def test_staff_choices_follow_the_roles(main_window: MainWindow) -> None:
    db = main_window.database
    with db.session() as s:
        for role in s.scalars(select(PersonRole).where(PersonRole.role == Role.SIGNATORY)):
            s.delete(role)
    show(main_window, "HRM-2026")
    dialog = main_window.cohort_actions.edit()
    assert dialog is not None
    hint = dialog.findChild(QLabel, "noStaffHint_signatory")
    assert hint is not None and not hint.isHidden()
    assert hint.text() == (
        "Nog niemand heeft de rol ondertekenaar; geef die iemand via Bewerken\u00a0▸\u00a0Medewerkers…"
    )
    # The cohort's own signatory, who lost the role, stays shown so that OK changes nothing.
    assert dialog.signatory.currentData() is not None
    manager = dialog.findChild(QLabel, "noStaffHint_programme_manager")
    assert manager is not None and manager.isHidden()


def test_delete_an_empty_cohort_and_undo(main_window: MainWindow, say_yes: None) -> None:
    dialog = main_window.list_actions.new_cohort()
    dialog.accept()
    assert "HRM-2027" in codes(main_window)
    assert main_window.cohort_actions.delete()
    assert "HRM-2027" not in codes(main_window)
    assert main_window.header.title.text() != "Leergang 2027–2028"
    main_window.undo_action.trigger()
    assert "HRM-2027" in codes(main_window)


def test_a_cohort_with_participants_is_not_deleted(
    main_window: MainWindow, warnings: list[str]
) -> None:
    show(main_window, "HRM-2026")
    before = stored(main_window.database)
    assert not main_window.cohort_actions.delete()
    assert warnings == [
        "Leergang 2026–2027 heeft al 16 deelnemers en wordt daarom niet verwijderd; "
        "archiveer het cohort als u het niet meer wilt zien."
    ]
    assert stored(main_window.database) == before and main_window.undo_stack.count() == 0


def test_archive_hides_from_the_navigator_not_from_search(main_window: MainWindow) -> None:
    cohort_id = show(main_window, "HRM-2011")
    main_window.cohort_actions.follow()
    assert main_window.cohort_actions.archive_action.text() == "&Archiveren"
    main_window.cohort_actions.archive_action.trigger()
    assert codes(main_window) == ["HRM-2026"]
    assert main_window.count_label.text() == "1 cohort"
    assert main_window.context.selection.cohort_id != cohort_id
    # Still found by the participants' search over all cohorts, and by `cohorts`.
    view = main_window.participants_view
    view.all_cohorts.setChecked(True)
    assert view.participants.rowCount() == 16 + 18
    view.all_cohorts.setChecked(False)
    assert [c.archived for c in list_cohorts(main_window.database, TODAY)] == [False, True]
    # View ▸ Show archived cohorts: back in the list, marked.
    main_window.show_archived_action.setChecked(True)
    assert codes(main_window) == ["HRM-2026", "HRM-2011"]
    label = main_window.cohorts.index(1).data()
    assert label.startswith("Leergang 2011–2012 (gearchiveerd)")
    show(main_window, "HRM-2011")
    main_window.cohort_actions.follow()
    assert main_window.cohort_actions.archive_action.text() == "Uit het &archief halen"
    main_window.show_archived_action.setChecked(False)
    main_window.undo_action.trigger()  # the archiving undone: shown again
    assert codes(main_window) == ["HRM-2026", "HRM-2011"]


def test_the_choice_to_show_archived_cohorts_is_kept(
    qtbot,
    demo_db: Database,
    settings: QSettings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(demo_db, settings, TODAY)
    qtbot.addWidget(window)
    window.show_archived_action.setChecked(True)
    window.save_state()
    again = MainWindow(demo_db, settings, TODAY)
    qtbot.addWidget(again)
    assert again.show_archived_action.isChecked()


def test_the_navigator_model_is_sound_with_archived_cohorts(
    qtmodeltester, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from sioo_desk.services.cohort_editing import set_archived

    cohorts = list_cohorts(demo_db, TODAY)
    set_archived(demo_db, cohorts[1].id, True)
    model = CohortListModel()
    model.set_cohorts(list_cohorts(demo_db, TODAY), TODAY)
    qtmodeltester.check(model)
    model.set_cohorts([], TODAY)
    qtmodeltester.check(model)


def test_a_cohort_on_an_empty_database(qtbot, empty_db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    """No programme, no staff: the form says who is missing, and OK puts in the shipped
    programme with the cohort."""
    window = MainWindow(empty_db, settings, TODAY)
    qtbot.addWidget(window)
    dialog = window.list_actions.new_cohort()
    for role in ("programme_manager", "secretary", "signatory"):
        hint = dialog.findChild(QLabel, f"noStaffHint_{role}")
        assert hint is not None and not hint.isHidden()
    assert dialog.programme_manager.count() == 1
    assert dialog.code.text() == "HRM-2027"
    dialog.accept()
    assert codes(window) == ["HRM-2027"]
    assert window.header.title.text() == "Leergang 2027–2028"

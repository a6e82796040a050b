"""The programme tab: generate a new cohort's schedule, adjust it, check it, send it out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester

from sioo_desk.domain.enums import Role, SessionKind
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.schedule_model import ScheduleColumn


def open_programme(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.view("programme"))


def row_of(window: MainWindow, kind: SessionKind, number: int | None) -> int:
    model = window.view("programme").model
    return next(
        r
        for r in range(model.rowCount())
        if model.session(r).kind is kind and model.session(r).number == number
    )


def test_the_next_session_is_highlighted_and_problems_listed(main_window: MainWindow) -> None:
    open_programme(main_window)
    view = main_window.view("programme")
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    next_row = view.model.next_row()
    assert next_row is not None and view.model.session(next_row).title == "Werkatelier 1"
    assert view.model.index(next_row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert view.table.currentIndex().row() == next_row
    assert view.summary.text().endswith("0 problemen")
    assert view.problems.item(0).text() == "Geen problemen gevonden."
    assert view.calendar.selectedDate() == QDate(2026, 11, 30)


def test_generate_adjust_and_export_a_new_cohort(
    main_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = main_window
    dialog = window.list_actions.new_cohort()
    dialog.name.setText("Leergang 2027–2028")
    dialog.accept()
    open_programme(window)
    view = window.view("programme")
    assert view.buttons["generate"].isEnabled()
    assert view.generate(dt.date(2027, 11, 17))
    assert view.model.rowCount() == 10
    assert not view.buttons["generate"].isEnabled()
    assert "39 dagdelen contacttijd" in view.summary.text()

    # Move atelier 2 onto atelier 1's days: the checks say so at once.
    first = view.model.session(row_of(window, SessionKind.ATELIER, 1))
    view.table.selectRow(row_of(window, SessionKind.ATELIER, 2))
    assert view.move_selected(first.first)
    assert any(
        "Werkatelier 2" in view.problems.item(i).text() for i in range(view.problems.count())
    )
    row = row_of(window, SessionKind.ATELIER, 2)
    assert view.model.index(row, ScheduleColumn.CHECKS).data().startswith("⚠")
    window.undo_action.trigger()
    # What is left: intakes, consultations and tussengesprekken are not planned yet.
    assert [view.problems.item(i).text() for i in range(view.problems.count())] == [
        "39 dagdelen contacttijd gepland; het programma belooft 45."
    ]

    # Edit atelier 1 in the form: another theme, a teacher.
    view.table.selectRow(row_of(window, SessionKind.ATELIER, 1))
    form = view.edit_selected()
    assert form is not None and form.half_days.rowCount() == 5
    form.theme.setText("Lastige gesprekken")
    form.teachers.item(0).setCheckState(Qt.CheckState.Checked)
    form.accept()
    assert not form.isVisible()
    edited = view.model.session(row_of(window, SessionKind.ATELIER, 1))
    assert edited.theme == "Lastige gesprekken" and edited.teachers

    # An atelier squeezed into one day is refused in the form, nothing saved.
    view.table.selectRow(row_of(window, SessionKind.ATELIER, 1))
    form = view.edit_selected()
    assert form is not None
    form.half_days.setCurrentCell(4, 0)
    form.remove_half_day()
    form.half_days.setCurrentCell(3, 0)
    form.remove_half_day()
    form.accept()
    assert form.isVisible() and "twee opeenvolgende dagen" in form.errors.text()
    form.close()

    ics = view.export_calendar(tmp_path / "programma.ics")
    assert ics is not None and ics.read_bytes().count(b"BEGIN:VEVENT") == 1 + 12 + 2 + 2
    pdf = view.export_pdf(tmp_path / "programma.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")

    window.undo_action.trigger()  # the edit
    window.undo_action.trigger()  # the generated programme
    assert view.model.rowCount() == 0 and view.buttons["generate"].isEnabled()


def test_teacher_registry(main_window: MainWindow, tmp_path: Path) -> None:
    open_programme(main_window)
    dialog = main_window.view("programme").open_staff()
    dialog.new()
    dialog.edits["surname"].setText("Boonstra")
    dialog.edits["initials"].setText("J.J.")
    dialog.edits["title"].setText("prof. dr.")
    dialog.edits["email"].setText("geen-adres")
    assert dialog.save() is None and "geen geldig e-mailadres" in dialog.message.text()
    dialog.edits["email"].setText("boonstra@sioo.example")
    dialog.role_boxes[Role.TEACHER].setChecked(False)
    assert dialog.save() is None and "Rol: kies" in dialog.message.text()
    dialog.role_boxes[Role.ASSESSOR].setChecked(True)
    person = dialog.save()
    assert person is not None
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).text() == "prof. dr. J.J. Boonstra"
    )
    assert dialog.table.item(row, 1).text() == "assessor"
    assert any(t.label == "prof. dr. J.J. Boonstra" for t in dialog.staff)
    zwart = next(t.id for t in dialog.staff if t.name.surname == "Zwart")
    dialog.select(zwart)
    assert dialog.dates.count() == 4  # werkatelier 1, two days, in both cohorts
    assert "Werkatelier 1 (Leergang 2011–2012)" in dialog.dates.item(0).text()
    ics = dialog.export_calendar(tmp_path / "zwart.ics")
    assert ics is not None and ics.read_bytes().count(b"BEGIN:VEVENT") == 4


def test_a_participants_own_calendar_from_the_menu(main_window: MainWindow, tmp_path: Path) -> None:
    from tests.ui.test_main_window import select_participant

    select_participant(main_window, "Bos, Rik")
    assert main_window.participant_actions.calendar_action.isEnabled()
    target = main_window.participant_actions.export_calendar(tmp_path / "rik.ics")
    assert target is not None
    text = target.read_text(encoding="utf-8")
    assert "Intakegesprek Rik Bos" in text and "Consultatiebijeenkomst 1" in text


def test_a_teacher_saved_is_undone_from_the_edit_menu(main_window: MainWindow) -> None:
    open_programme(main_window)
    dialog = main_window.view("programme").open_staff()
    dialog.new()
    dialog.edits["surname"].setText("Boonstra")
    person = dialog.save()
    assert person is not None and any(t.id == person for t in dialog.staff)
    main_window.undo_action.trigger()
    assert not any(t.id == person for t in dialog.staff)  # the open dialog follows
    main_window.redo_action.trigger()
    assert any(t.id == person for t in dialog.staff)

"""The attendance grid, filled with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.ui.attendance_view import FIXED
from sioo_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import select_cohort


def open_attendance(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.view("attendance"))


def test_reference_cohort_effort_column(main_window: MainWindow) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    open_attendance(main_window)
    view = main_window.view("attendance")
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model = view.model
    vertical = Qt.Orientation.Vertical
    row = next(
        r
        for r in range(model.rowCount())
        if model.headerData(r, vertical).startswith("Bakker, Kees")
    )
    assert model.headerData(row, vertical) == "Bakker, Kees   77%"  # 77.8, rounded down
    assert "35 van 45 dagdelen aanwezig" in model.headerData(
        row, vertical, Qt.ItemDataRole.ToolTipRole
    )
    assert model.headerData(row, vertical, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Kees Bakker" in view.summary.text() and "80%" in view.summary.text()


def test_typing_fills_the_register_and_updates_effort(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_attendance(main_window)
    view = main_window.view("attendance")
    model = view.model
    assert model.rowCount() == 16
    book = model.book
    assert book is not None
    atelier = next(i for i, c in enumerate(book.columns) if c.title == "Werkatelier 1")
    view.grid.setFocus()
    view.grid.setCurrentIndex(model.index(0, FIXED + atelier))
    qtbot.keyClicks(view.grid, "alm")
    first = book.rows[0].participant_id
    marks = [model.index(0, FIXED + atelier + i).data() for i in range(3)]
    assert marks == ["A", "L", "M"]
    assert book.statuses[(first, book.columns[atelier].half_day_id)] is AttendanceStatus.PRESENT
    assert view.grid.currentIndex().column() == FIXED + atelier + 3
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    qtbot.keyClick(view.grid, Qt.Key.Key_X)
    assert model.index(0, FIXED + atelier + 2).data() == "X"
    main_window.undo_action.trigger()
    assert model.index(0, FIXED + atelier + 2).data() == "M"
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    assert model.index(0, FIXED + atelier + 2).data() == ""
    # A half-day that is not the participant's cannot be filled.
    other = next(
        (c for c in range(FIXED, model.columnCount()) if not model.applies(model.index(0, c))), None
    )
    if other is not None:
        assert not model.flags(model.index(0, other)) & Qt.ItemFlag.ItemIsEditable


def test_effort_settings_and_sign_in_list(main_window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    select_cohort(main_window, "Leergang 2011–2012")
    open_attendance(main_window)
    view = main_window.view("attendance")
    assert view.threshold.value() == 80
    view.threshold.setValue(75)
    assert view.save_settings()
    assert "Daaronder" not in view.summary.text()  # Kees Bakker's 78% now suffices
    main_window.undo_action.trigger()
    assert view.threshold.value() == 80 and "Kees Bakker" in view.summary.text()
    pdf = view.export_sign_in(tmp_path / "presentie.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")

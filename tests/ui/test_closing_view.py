"""The Afsluiting tab driven as a user would: the accountability groups, a verdict, the
certificate batch with its progress dialog, re-issue, revoke and the verify box."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.services import certificates as certs
from sioo_desk.services.changes import Kind
from sioo_desk.ui import certificate_dialogs, certificates_page
from sioo_desk.ui.attendance_view import FIXED
from sioo_desk.ui.closing_view import SHOWS, ClosingView
from sioo_desk.ui.groups_view import GroupRole, MemberRole
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.standings_model import Column, StandingsModel
from tests.ui.pausing import pause_at
from tests.ui.test_main_window import select_cohort


def open_closing(window: MainWindow, page: int = 0) -> ClosingView:
    select_cohort(window, "Leergang 2011–2012")
    window.tabs.setCurrentWidget(window.view("closing"))
    view = window.view("closing")
    view.pages.setCurrentIndex(page)
    return view


def texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(i).text() for i in range(widget.count())]


def row_of(view: ClosingView, surname: str) -> int:
    model = view.certificates.model
    return next(i for i, r in enumerate(model.rows) if r.name.surname == surname)


def cell(view: ClosingView, surname: str, column: Column) -> str:
    model = view.certificates.model
    return str(model.index(row_of(view, surname), column).data())


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings are collected, files are not opened in a viewer."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(certificate_dialogs, "open_file", lambda _path: None)
    monkeypatch.setattr(certificates_page, "open_file", lambda _path: None)
    for module in (certificates_page, certificate_dialogs):
        monkeypatch.setattr(
            module,
            "save_and_open",
            lambda _parent, content, target, *_a: (
                (target.write_bytes(content), target)[1] if target else None
            ),
        )
    return shown


def test_the_standings_model_is_a_sound_model(qtmodeltester, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = StandingsModel()
    model.set_rows(certs.standings(main_window.database, 1, main_window.today))
    qtmodeltester.check(model)


def test_groups_are_proposed_moved_and_undone(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, quiet: list[str]
) -> None:
    page = open_closing(main_window).accountability
    assert page.tree.topLevelItemCount() == 4
    assert texts(page.problems) == ["Elke regel is gehaald."]
    first = page.tree.topLevelItem(0).child(0).text(0)
    assert "13:30–14:45" in first

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.propose()
    assert page.tree.topLevelItemCount() == 4
    assert texts(page.problems) == ["Elke regel is gehaald."]

    # Drag the first member of group 2 onto group 1: five becomes six, and it says so.
    member = page.tree.topLevelItem(1).child(0).data(0, MemberRole)
    page.move(member, page.tree.topLevelItem(0).data(0, GroupRole))
    assert page.tree.topLevelItem(0).childCount() == 6
    assert any("Groepsgrootte 6 + 4 + 4 + 3" in p for p in texts(page.problems))
    main_window.undo_action.trigger()
    assert page.tree.topLevelItem(0).childCount() == 5
    assert texts(page.problems) == ["Elke regel is gehaald."]

    # A room for the first group shows in the tree and can be undone.
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    page.choose_room("Zaal  Amersfoort")
    assert page.tree.topLevelItem(0).text(0).endswith("· Zaal Amersfoort")
    main_window.undo_action.trigger()
    assert "Amersfoort" not in page.tree.topLevelItem(0).text(0)

    # Leaving the minutes field without a change changes nothing.
    steps = main_window.undo_stack.count()
    page.minutes.editingFinished.emit()
    assert main_window.undo_stack.count() == steps

    # Longer conversations no longer fit the chosen half-days: refused, nothing changed.
    page.minutes.setValue(120)
    page.minutes.editingFinished.emit()
    assert quiet and "passen niet" in quiet[-1]
    assert page.minutes.value() == 75

    target = Path(main_window.settings.fileName()).parent / "dag.pdf"
    monkeypatch.setattr(
        "sioo_desk.ui.accountability_page.save_and_open",
        lambda _p, content, _t, *_a: target.write_bytes(content),
    )
    page.print_day_plan()
    assert target.read_bytes().startswith(b"%PDF")


def test_from_verdict_to_printed_batch(
    main_window: MainWindow,
    tmp_path: Path,
    quiet: list[str],
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = open_closing(main_window, page=1)
    page = view.certificates
    assert (
        page.summary.text()
        == "15 van 18 deelnemers komen in aanmerking voor een certificaat; 0 uitgereikt."
    )
    assert cell(view, "Bakker", Column.ELIGIBLE) == "nee: inzet 77%, drempel 80%"
    assert cell(view, "Kramer", Column.ELIGIBLE).startswith("nee: teruggetrokken")

    # The assessor changes Femke van Dam's result after a supplement: she now qualifies.
    page.table.selectRow(row_of(view, "Dam"))
    assert page.result.currentText() == "voldoende"
    page.result.setCurrentIndex(page.result.findText("goed"))
    page.motivation.setPlainText("Na aanvulling overtuigend.")
    page.assessed_on.setDate(QDate(2012, 6, 28))
    page.record_verdict()
    assert cell(view, "Dam", Column.ELIGIBLE) == "ja"
    assert "Vastgelegd door" in page.recorded.text()
    main_window.undo_action.trigger()
    assert cell(view, "Dam", Column.VERDICT) == "voldoende"
    main_window.redo_action.trigger()
    assert cell(view, "Dam", Column.ELIGIBLE) == "ja"

    # An empty motivation is refused with the service's Dutch message.
    page.table.selectRow(row_of(view, "Bakker"))
    page.motivation.setPlainText("")
    page.record_verdict()
    assert "Motivering" in quiet[-1]

    steps = main_window.undo_stack.count()
    dialog = page.issue_batch()
    assert dialog is not None and dialog.getting.count() == 16
    assert any("Kees Bakker: inzet 77%" in t for t in texts(dialog.not_getting))
    preview = tmp_path / "voorbeeld.pdf"
    assert dialog.preview(preview) == preview and preview.read_bytes().startswith(b"%PDF")
    out = tmp_path / "uit"
    out.mkdir()
    dialog.folder.setText(str(out))
    dialog.archive.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        dialog.issue()
    assert dialog.result() == QDialog.DialogCode.Accepted
    files = sorted(p.name for p in out.iterdir())
    assert len([f for f in files if f.startswith("HRM-2011-")]) == 16
    assert (
        "Certificaten HRM-2011-001–016.pdf" in files
        and "Certificaten HRM-2011-001–016.zip" in files
    )
    assert page.summary.text().endswith("16 uitgereikt.")
    assert cell(view, "Dam", Column.CERTIFICATE).startswith("HRM-2011-")

    # The verify box accepts an issued code and rejects an altered one.
    page.table.selectRow(row_of(view, "Yıldız"))
    code = page.current.certificate.code if page.current and page.current.certificate else ""
    page.code.setText(code)
    page.verify()
    assert page.verdict_shown.text().startswith("Geldig: Şahin Yıldız")
    page.code.setText(code[:-1] + ("0" if code[-1] != "0" else "1"))
    page.verify()
    assert "typefout" in page.verdict_shown.text()

    # A corrected name is re-issued under the same number; then the certificate is revoked.
    page.printed.setText("Ş. (Şahin) Yıldız")
    page.save_printed_name()
    assert "reik opnieuw uit" in page.certificate_state.text()
    assert main_window.undo_stack.count() == steps + 1  # the name; not the certificates
    page.reissue(folder=out, reason="naam zoals gewenst")
    assert "versie 2" in page.certificate_state.text()
    page.revoke(reason="dubbel uitgereikt")
    assert "Ingetrokken op" in page.certificate_state.text()
    assert not page.buttons["revoke"].isEnabled()
    assert main_window.undo_stack.count() == steps + 1  # issued, re-issued, revoked: final
    page.revoke(reason="nog eens")  # refused with the service's message, nothing changes
    assert "al ingetrokken" in quiet[-1]
    page.code.setText(code)
    page.verify()
    assert "vervangen" in page.verdict_shown.text()


def test_a_cancelled_batch_registers_nothing(  # type: ignore[no-untyped-def]
    main_window: MainWindow, tmp_path: Path, quiet: list[str], qtbot, monkeypatch
) -> None:
    view = open_closing(main_window, page=1)
    notes: list[str] = []
    main_window.context.set_notifier(lambda text, _ms: notes.append(text))
    dialog = view.certificates.issue_batch()
    assert dialog is not None
    dialog.folder.setText(str(tmp_path / "uit"))
    (tmp_path / "uit").mkdir()
    pause = pause_at(monkeypatch, 5)
    worker = dialog.issue()
    qtbot.waitUntil(pause.reached.is_set)
    qtbot.waitUntil(worker.dialog.isVisible)  # the progress dialog, over the batch dialog
    assert "van 15 — " in worker.dialog.labelText()
    qtbot.mouseClick(worker.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(worker.ended, timeout=30_000):
        pause.release()
    assert "afgebroken" in notes[-1] and "niets uitgereikt" in notes[-1]
    assert quiet == []  # a cancel is no warning
    assert dialog.isVisible() and dialog.result_ is None
    assert list((tmp_path / "uit").iterdir()) == []
    assert certs.register(main_window.database) == []
    dialog.folder.setText(str(tmp_path / "bestaat-niet"))
    with qtbot.waitSignal(dialog.issue().ended):
        pass
    assert "bestaat niet" in quiet[-1]
    dialog.reject()


def test_a_name_the_font_cannot_print_is_refused(main_window: MainWindow, quiet: list[str]) -> None:
    view = open_closing(main_window, page=1)
    page = view.certificates
    page.table.selectRow(row_of(view, "Berg"))
    page.printed.setText("李 Jan van der Berg")
    page.save_printed_name()
    assert "U+674E" in quiet[-1]
    assert cell(view, "Berg", Column.NAME) == "Berg, Jan van der"


def efforts_shown(view: ClosingView, surname: str) -> tuple[str, str]:
    return cell(view, surname, Column.EFFORT), cell(view, surname, Column.ELIGIBLE)


def expected(window: MainWindow, surname: str) -> tuple[str, str]:
    """What the service says now: the figure and the reasons the Closing tab must show."""
    found = next(
        s for s in certs.standings(window.database, 1, window.today) if s.name.surname == surname
    )
    assert found.effort_percent is not None
    return f"{math.floor(found.effort_percent)}%", "nee: " + "; ".join(found.eligibility.reasons)


def test_absences_recorded_in_the_attendance_tab_show_in_the_closing_tab(
    main_window: MainWindow,
) -> None:
    """The regression: the Closing tab, built and shown before, kept showing 77% after the
    attendance changed, and after the change was undone."""
    view = open_closing(main_window, page=1)
    assert efforts_shown(view, "Bakker") == ("77%", "nee: inzet 77%, drempel 80%")
    assert set(SHOWS) >= {
        Kind.ATTENDANCE,
        Kind.PARTICIPANTS,
        Kind.CLOSING,
        Kind.GROUPS,
        Kind.PORTFOLIO,
        Kind.SESSIONS,
        Kind.SETTINGS,
    }
    assert view.liveness.kinds == SHOWS

    # Twelve absences typed into the Attendance tab's grid on half-days of his.
    attendance = main_window.view("attendance")
    main_window.tabs.setCurrentWidget(attendance)
    model = attendance.model
    book = model.book
    assert book is not None
    row = next(i for i, r in enumerate(book.rows) if r.name.surname == "Bakker")
    bakker = book.rows[row].participant_id
    cells = [
        model.index(row, FIXED + c)
        for c, column in enumerate(book.columns)
        if (bakker, column.half_day_id) in book.applicable
        and book.statuses.get((bakker, column.half_day_id)) is not AttendanceStatus.ABSENT
    ][:12]
    assert len(cells) == 12
    for index in cells:
        assert attendance.record(index, AttendanceStatus.ABSENT)
    now = expected(main_window, "Bakker")
    assert now[0] != "77%"

    main_window.tabs.setCurrentWidget(view)
    assert efforts_shown(view, "Bakker") == now
    assert page_summary(view).startswith("15 van 18")  # he did not qualify before either

    # Undone while the Closing tab is in view: it follows every step.
    for _ in range(6):
        main_window.undo_action.trigger()
    halfway = expected(main_window, "Bakker")
    assert halfway not in (now, ("77%", "nee: inzet 77%, drempel 80%"))
    assert efforts_shown(view, "Bakker") == halfway
    # The rest undone in the Attendance tab: the Closing tab reads again when looked at.
    main_window.tabs.setCurrentWidget(attendance)
    for _ in range(6):
        main_window.undo_action.trigger()
    main_window.tabs.setCurrentWidget(view)
    assert efforts_shown(view, "Bakker") == ("77%", "nee: inzet 77%, drempel 80%")
    assert expected(main_window, "Bakker") == ("77%", "nee: inzet 77%, drempel 80%")


def page_summary(view: ClosingView) -> str:
    return view.certificates.summary.text()


def test_signatures_are_set_refused_and_undone(
    main_window: MainWindow, tmp_path: Path, quiet: list[str]
) -> None:
    from PIL import Image

    page = open_closing(main_window, page=1).certificates
    dialog = page.signatures()
    assert dialog is not None
    rector = dialog.people["signatory"]
    assert dialog.previews["signatory"].text() == "geen"
    bad = tmp_path / "hand.pdf"
    bad.write_bytes(b"%PDF-1.4 niet een plaatje")
    dialog.choose("signatory", bad)
    assert "geen PNG- of JPEG" in quiet[-1]
    assert certs.signature(main_window.database, rector) is None
    image = tmp_path / "hand.png"
    Image.new("RGB", (300, 80), "white").save(image, "PNG")
    dialog.choose("signatory", image)
    assert certs.signature(main_window.database, rector) == image.read_bytes()
    assert not dialog.previews["signatory"].pixmap().isNull()
    dialog.reject()
    main_window.undo_action.trigger()
    assert certs.signature(main_window.database, rector) is None
    main_window.redo_action.trigger()
    assert certs.signature(main_window.database, rector) == image.read_bytes()

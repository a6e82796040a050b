"""One failure policy: what nobody foresaw shows one Dutch dialog (what, a reference, the
traceback under Details, the log at a click), goes to the log, and the program runs on. Qt's own
messages go to the log; only critical ones are shown."""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    qCritical,
    qWarning,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.store import logbook
from sioo_desk.ui import failure, intake_dialog, worker
from sioo_desk.ui.context import ViewContext
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_actions import ParticipantActions
from sioo_desk.ui.schedule_view import ScheduleView
from sioo_desk.ui.text import fill
from tests.conftest import TODAY
from tests.ui.test_main_window import select_cohort, select_participant

REFERENCE = re.compile(r"Referentie: ([0-9a-f]{8})\.")


class Shown(list[QMessageBox]):
    def texts(self) -> list[str]:
        return [box.text() for box in self]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[Shown]:
    """Every dialog the policy would show, taken instead of shown (no modal blocks the test)."""
    boxes = Shown()
    monkeypatch.setattr(failure, "_exec", lambda box, _line: boxes.append(box))
    monkeypatch.setattr(QMessageBox, "deleteLater", lambda _box: None)  # kept to be read
    yield boxes
    turn()  # no dialog left queued for the next test
    logbook.close_log()


@pytest.fixture
def hooked(qapp: QApplication, shown: Shown) -> Iterator[Shown]:
    """The hooks as the application's start-up installs them; pytest-qt's own put back after."""
    before = sys.excepthook
    failure.install(qapp)
    yield shown
    failure.uninstall()
    assert sys.excepthook is before


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def log_text() -> str:
    return logbook.log_path().read_text(encoding="utf-8")


def broken_fill() -> None:
    fill(None, "x")  # type: ignore[arg-type]  # fails inside Sioo Desk's own function


def broken_lookup() -> None:
    {}["x"]  # another failure, on another line


def turn() -> None:
    """Let the event loop turn once: the dialog is queued, never shown inside the failing call."""
    QApplication.processEvents()


def fail_through_the_hook(function: Callable[[], None] = broken_fill) -> None:
    try:
        function()
    except Exception:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_an_uncaught_exception_shows_a_dutch_dialog_and_goes_to_the_log(
    hooked: Shown, opened: list[QUrl]
) -> None:
    fail_through_the_hook()
    assert hooked == []  # not inside the failing call: once the event loop turns
    turn()

    (box,) = hooked
    assert box.windowTitle() == "Sioo Desk"
    assert box.text() == "Er ging iets mis bij deze handeling."
    assert box.icon() == QMessageBox.Icon.Critical
    informative = box.informativeText()
    assert informative.startswith("Sioo Desk werkt gewoon door.")
    found = REFERENCE.search(informative)
    assert found is not None
    reference = found.group(1)
    details = box.detailedText()
    assert details.startswith("Traceback (most recent call last)")
    assert "broken_fill" in details and "AttributeError" in details

    log = log_text()
    assert f"[{reference}] er ging iets mis bij deze handeling: AttributeError" in log
    assert "Traceback (most recent call last)" in log and "broken_fill" in log

    (button,) = [b for b in box.buttons() if b.text() == "Logbestand openen"]
    button.click()
    assert opened == [QUrl.fromLocalFile(str(logbook.log_path()))]


def test_an_exception_in_a_slot_is_caught_and_the_program_runs_on(hooked: Shown) -> None:
    action = QAction("Proef")
    action.triggered.connect(broken_fill)
    action.trigger()
    turn()
    other = QAction("Nog een")
    other.triggered.connect(broken_lookup)
    other.trigger()  # the hook is still there, and so is the program
    turn()
    assert hooked.texts() == ["Er ging iets mis bij deze handeling."] * 2
    assert log_text().count("Traceback") == 2


def test_a_refusal_that_reached_the_hook_is_its_plain_message(hooked: Shown) -> None:
    def refuse() -> None:
        raise SiooDeskError("Cohort 2026 is vol.")

    action = QAction("Proef")
    action.triggered.connect(refuse)
    action.trigger()
    turn()
    (box,) = hooked
    assert (box.text(), box.icon()) == ("Cohort 2026 is vol.", QMessageBox.Icon.Warning)
    assert box.detailedText() == "" and not box.informativeText()


def test_one_dialog_at_a_time_and_the_rest_in_the_log(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[QMessageBox] = []

    def show_and_fail_again(box: QMessageBox, _line: str) -> None:
        boxes.append(box)
        # While the first is on screen, three more arrive (each its own failure).
        fail_through_the_hook(lambda: 1 / 0)
        fail_through_the_hook(lambda: [][1])
        fail_through_the_hook(broken_lookup)

    monkeypatch.setattr(failure, "_exec", show_and_fail_again)
    monkeypatch.setattr(QMessageBox, "deleteLater", lambda _box: None)
    failure.install(qapp)
    try:
        fail_through_the_hook()
        fail_through_the_hook(lambda: int("x"))  # before the first is shown: logged only
        turn()
        assert len(boxes) == 1
        assert len(re.findall(r"\[[0-9a-f]{8}\] er ging iets mis bij", log_text())) == 5
        fail_through_the_hook(lambda: None.x)  # type: ignore[attr-defined]
        turn()  # once it is closed, the next one is shown again
        assert len(boxes) == 2
    finally:
        failure.uninstall()
        logbook.close_log()


def test_a_dialog_that_fails_itself_does_not_go_round_again(
    hooked: Shown, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    details = QMessageBox.setDetailedText

    def broken(box: QMessageBox, text: str) -> None:
        monkeypatch.setattr(QMessageBox, "setDetailedText", details)  # this once
        raise ValueError("ook kapot")

    monkeypatch.setattr(QMessageBox, "setDetailedText", broken)
    fail_through_the_hook()
    turn()
    assert hooked == []
    err = capsys.readouterr().err  # where Python puts it: the failure, and the dialog's own
    assert "AttributeError" in err and "ook kapot" in err
    assert "AttributeError" in log_text()
    fail_through_the_hook(broken_lookup)  # and the next failure is shown again
    turn()
    assert hooked.texts() == ["Er ging iets mis bij deze handeling."]


def test_an_exception_in_another_thread_is_shown_on_the_gui_thread(
    hooked: Shown,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    thread = threading.Thread(target=broken_fill)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(hooked) == 1)
    assert hooked.texts() == ["Er ging iets mis bij deze handeling."]


def test_qt_warnings_go_to_the_log_and_critical_messages_are_shown(
    hooked: Shown, qtbot: QtBot
) -> None:
    qWarning("voor het venster er is")  # Qt's chatter at start-up: no file opened for it
    assert not logbook.log_path().exists()
    qtbot.waitUntil(logbook.log_path().exists, timeout=failure.LOG_OPENS_AFTER_MS + 2000)
    qWarning("een waarschuwing van Qt")
    assert hooked == []
    assert "WARNING" in log_text() and "een waarschuwing van Qt" in log_text()

    qCritical("een ernstige melding van Qt")
    assert hooked == []  # never a modal loop inside Qt's message handler
    turn()
    (box,) = hooked
    assert box.text() == "Er ging iets mis bij het venstersysteem (Qt)."
    assert "een ernstige melding van Qt" in box.detailedText()
    assert "een ernstige melding van Qt" in log_text()


def test_the_main_window_routes_a_bug_through_the_same_dialog(
    main_window: MainWindow, shown: Shown
) -> None:
    main_window._show_error(KeyError("cohort"))
    turn()
    (box,) = shown
    assert box.text() == "Er ging iets mis bij deze handeling."
    assert box.parent() is main_window
    assert REFERENCE.search(box.informativeText())
    assert "KeyError" in log_text()


def test_a_view_that_warns_about_a_bug_gets_the_failure_dialog(
    qapp: QApplication, demo_db: object, shown: Shown
) -> None:
    context = ViewContext(demo_db, TODAY)  # type: ignore[arg-type]
    try:
        broken_fill()
    except AttributeError as error:
        context.warn(error)
    turn()
    assert shown.texts() == ["Er ging iets mis bij deze handeling."]


def test_the_dialog_names_the_step_or_the_action_the_user_asked_for(
    main_window: MainWindow, hooked: Shown
) -> None:
    def step_with_a_bug(_db: object) -> Edit:
        broken_fill()
        raise AssertionError

    fail_through_the_hook(lambda: main_window.context.run("Deelnemer verwijderen", step_with_a_bug))
    turn()
    main_window._action("&Proef…", None, broken_lookup).trigger()
    turn()

    assert main_window.context.run("Stap", lambda _db: Edit(Changes(), lambda db: 1 / 0))
    main_window.undo_action.trigger()
    turn()
    assert hooked.texts() == [
        "Er ging iets mis bij ‘Deelnemer verwijderen’.",
        "Er ging iets mis bij ‘Proef’.",
        "Er ging iets mis bij het ongedaan maken van ‘Stap’.",
    ]
    assert "er ging iets mis bij ‘Deelnemer verwijderen’: AttributeError" in log_text()


def test_the_same_failure_over_and_over_is_logged_and_shown_once_a_minute(
    hooked: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model's data() that fails fails on every repaint."""
    for _ in range(100):
        fail_through_the_hook()
        turn()
    assert len(hooked) == 1
    assert log_text().count("Traceback") == 1
    (reference,) = re.findall(r"\[([0-9a-f]{8})\]", log_text())

    monkeypatch.setattr(logbook, "REPEAT_SECONDS", 0.0)  # a minute later
    fail_through_the_hook()
    turn()
    assert len(hooked) == 2
    assert log_text().count("Traceback") == 2
    assert f"(sinds [{reference}] nog 99 keer, niet apart gelogd)" in log_text()


def test_help_names_the_log_and_opens_it(
    main_window: MainWindow, opened: list[QUrl], monkeypatch: pytest.MonkeyPatch
) -> None:
    (help_menu,) = [a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help"]
    texts = [a.text() for a in help_menu.actions()]
    assert "&Logbestand openen" in texts
    main_window.log_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(logbook.log_path()))]
    assert logbook.log_path().exists()

    about: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: about.append(text))
    main_window.about()
    assert "Wat onverwacht misgaat, wordt bijgehouden in het logbestand" in about[0]
    assert str(Path(logbook.log_path())) in about[0]
    logbook.close_log()


def test_every_menu_action_and_button_names_itself(
    main_window: MainWindow, hooked: Shown, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Not only the main window's own actions: the Participant and Cohort menus (their
    actions belong to the participants tab), the toolbar, and the buttons of a tab."""
    select_cohort(main_window, "Leergang 2011–2012")
    select_participant(main_window, "Berg, Jan van der")
    lists = main_window.list_actions
    monkeypatch.setattr(type(lists), "cohort_addresses", lambda _self: broken_lookup())
    monkeypatch.setattr(worker, "start_work", lambda *_args, **_kwargs: broken_fill())
    monkeypatch.setattr(ParticipantActions, "set_status", lambda _self, _status: 1 / 0)
    monkeypatch.setattr(intake_dialog, "IntakeDialog", lambda *_args: [][0])
    monkeypatch.setattr(ScheduleView, "export_calendar", lambda _self: None.x)  # type: ignore[attr-defined]
    lists.copy_cohort_action.trigger()
    turn()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    lists.letters_action.trigger()
    turn()
    statuses = main_window.participant_actions.status_actions.values()
    status = next(action for action in statuses if action.isEnabled())
    status.trigger()
    turn()
    main_window.participant_actions.intake_action.trigger()  # also on the toolbar
    turn()
    schedule = main_window.view("programme")
    (button,) = [b for b in schedule.findChildren(QPushButton) if b.objectName() == "ics"]
    button.click()
    turn()
    assert hooked.texts() == [
        "Er ging iets mis bij ‘Adressen van het hele cohort kopiëren’.",
        "Er ging iets mis bij ‘Brieven voor alle besluiten’.",
        f"Er ging iets mis bij ‘{status.text()}’.",
        "Er ging iets mis bij ‘Intake en toelating’.",
        "Er ging iets mis bij ‘Agendabestand (.ics)’.",
    ]


def test_a_bug_in_long_work_is_named_by_the_job(
    main_window: MainWindow,
    hooked: Shown,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    def broken(_database: object, _report: object) -> None:
        broken_fill()

    job = worker.start_work(main_window, "Brieven schrijven…", main_window.database, broken, print)
    assert job is not None
    with qtbot.waitSignal(job.ended):
        pass
    turn()
    assert hooked.texts() == ["Er ging iets mis bij ‘Brieven schrijven’."]
    assert "er ging iets mis bij ‘Brieven schrijven’: AttributeError" in log_text()


class BrokenModel(QAbstractTableModel):
    """A table whose second row fails to show, once `failing` is set."""

    failing = False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if self.failing and index.row() == 1 and role == Qt.ItemDataRole.DisplayRole:
            self.failing = False  # once: a repaint shows it again
            raise RuntimeError("proef: fout in het model")
        return "x"


@pytest.fixture
def broken_table(qtbot) -> BrokenModel:  # type: ignore[no-untyped-def]
    model = BrokenModel()
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view._model = model  # type: ignore[attr-defined]  # kept alive with the view
    model.view = view  # type: ignore[attr-defined]
    return model


def test_a_bug_in_a_models_data_is_a_failure_in_showing_the_window(
    hooked: Shown, broken_table: BrokenModel, capfd: pytest.CaptureFixture[str]
) -> None:
    """Qt's paint calls data(): PySide writes its own line on stderr (C's, out of reach) and
    hands the exception to the hook. The dialog says what was going on, the log has the
    exception as it was raised, and the line on the terminal is finished with the reference."""
    broken_table.failing = True
    broken_table.view.viewport().update()  # type: ignore[attr-defined]
    for _ in range(50):
        turn()  # painting, then the dialog
        if hooked:
            break
    assert hooked.texts() == ["Er ging iets mis bij het tonen van het venster."]
    found = REFERENCE.search(hooked[0].informativeText())
    assert found is not None
    log = log_text()
    assert "het tonen van het venster: RuntimeError: proef: fout in het model" in log
    assert "(in QAbstractTableModel::data(), aangeroepen door Qt)" in log
    assert "Error calling Python override" not in log
    err = capfd.readouterr().err
    assert "Error calling Python override of QAbstractTableModel::data(): " in err
    assert (
        f"RuntimeError: proef: fout in het model (logbestand, referentie {found.group(1)})\n" in err
    )


def test_a_bug_in_data_raised_into_python_loses_pysides_piled_up_prefix(
    hooked: Shown, broken_table: BrokenModel
) -> None:
    """Painted straight from Python (`repaint()`), PySide raises the exception there with
    "Error calling Python override of …: " before its message, once more for every override
    that ran meanwhile. What reaches the policy is logged as the exception it was."""
    broken_table.failing = True
    with pytest.raises(RuntimeError) as raised:
        broken_table.view.viewport().repaint()  # type: ignore[attr-defined]
    assert str(raised.value).startswith("Error calling Python override of ")
    fail_through_the_hook(lambda: _raise(raised.value))
    turn()
    assert hooked.texts() == ["Er ging iets mis bij het tonen van het venster."]
    log = log_text()
    assert "RuntimeError: proef: fout in het model\n" in log
    assert "Error calling Python override" not in log
    assert log.count("(in QAbstractTableModel::data(), aangeroepen door Qt)") == 1


def _raise(error: BaseException) -> None:
    raise error

"""Long work never freezes the window: while 18 certificates are issued, all letters are
written and 1,000 rows are imported, the event loop keeps turning (a 10 ms timer keeps
ticking); and a cancel midway leaves nothing behind — no register entries, no files (not
even hidden ones), no letters, no participants."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from sioo_desk.domain.enums import Verdict
from sioo_desk.services import attendance, certificates, verdicts
from sioo_desk.services.participant_io import commit_import, preview_import
from sioo_desk.ui import certificate_dialogs, certificates_page, list_actions, worker
from sioo_desk.ui.main_window import MainWindow
from tests.ui.pausing import pause_at
from tests.ui.test_main_window import select_cohort

REFERENCE = 1
ISSUED_ON = dt.date(2012, 6, 28)


@dataclasses.dataclass
class Ticks:
    count: int = 0
    longest_gap: float = 0.0
    _last: float = 0.0

    def tick(self) -> None:
        now = time.monotonic()
        if self.count:
            self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now
        self.count += 1


@contextmanager
def ticking() -> Iterator[Ticks]:
    """A timer that ticks every 10 ms for as long as the event loop turns. What the window
    still had to do (painting a tab just opened) is done first: only the work is measured.
    So are the deletions earlier tests' windows left: processEvents() does not do those, and
    the first event loop after hundreds of them took a quarter of a second for them."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    ticks = Ticks()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(ticks.tick)
    timer.start()
    try:
        yield ticks
    finally:
        timer.stop()


def assert_responsive(ticks: Ticks, seconds: float) -> None:
    # Frozen, the timer would not tick at all while the work ran; a tenth of its 100 ticks a
    # second leaves room for a busy test machine and the interpreter's lock.
    assert ticks.count >= max(3, min(10, seconds * 10)), (ticks.count, seconds)
    assert ticks.longest_gap < 1.0, ticks.longest_gap


@pytest.fixture
def work_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the jobs' work ran on: a processEvents loop on the GUI thread would keep a
    timer ticking too, so the tests check this as well."""
    threads: list[threading.Thread] = []
    real = worker._Runner.run

    def run(runner: worker._Runner) -> None:
        threads.append(threading.current_thread())
        real(runner)

    monkeypatch.setattr(worker._Runner, "run", run)
    return threads


def off_the_gui_thread(threads: list[threading.Thread]) -> bool:
    return bool(threads) and all(t is not threading.main_thread() for t in threads)


@pytest.fixture
def notes(main_window: MainWindow) -> list[str]:
    shown: list[str] = []
    main_window.context.set_notifier(lambda text, _ms: shown.append(text))
    return shown


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    for module in (certificates_page, certificate_dialogs):
        monkeypatch.setattr(module, "open_file", lambda _path: None)
    monkeypatch.setattr(list_actions.QDesktopServices, "openUrl", lambda _url: True)
    return shown


def eighteen_eligible(window: MainWindow, tmp_path: Path) -> None:
    """The reference cohort has 15 eligible: a lower threshold lets Bakker in, a better verdict
    Van Dam, and one more participant joins with a verdict and the effort recorded with it."""
    db = window.database
    settings = attendance.effort_settings(db, REFERENCE)
    attendance.save_effort_settings(
        db, REFERENCE, dataclasses.replace(settings, threshold_percent=75)
    )
    one = tmp_path / "een.csv"
    one.write_text(
        "Voornaam;Achternaam;E-mail;Status\nNoor;Nieuwenhuis;noor@ede.nl;toegelaten\n",
        encoding="utf-8",
    )
    joined = commit_import(db, preview_import(db, REFERENCE, one)).result
    dam = [
        s.participant_id
        for s in certificates.standings(db, REFERENCE, ISSUED_ON)
        if s.verdict is Verdict.VOLDOENDE
    ]
    for participant_id in joined + dam:
        verdicts.record(
            db,
            participant_id,
            verdicts.VerdictInput(Verdict.GOED, "Goed.", ISSUED_ON, recorded_effort_percent=90),
            today=ISSUED_ON,
        )


def open_batch(window: MainWindow, folder: Path) -> certificate_dialogs.BatchDialog:
    select_cohort(window, "Leergang 2011–2012")
    window.tabs.setCurrentWidget(window.view("closing"))
    view = window.view("closing")
    view.pages.setCurrentIndex(1)
    dialog = view.certificates.issue_batch()
    assert dialog is not None
    dialog.folder.setText(str(folder))
    dialog.issued_on.setDate(ISSUED_ON)
    return dialog


def test_the_window_answers_while_18_certificates_are_issued(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    work_threads: list[threading.Thread],
) -> None:
    eighteen_eligible(main_window, tmp_path)
    out = tmp_path / "certificaten"
    out.mkdir()
    dialog = open_batch(main_window, out)
    assert dialog.getting.count() == 18
    with ticking() as ticks:
        started = time.monotonic()
        job = dialog.issue()
        assert job is not None and job.running  # returned at once: the work runs on its own
        with qtbot.waitSignal(job.ended, timeout=120_000):
            pass
        took = time.monotonic() - started
    assert warnings == [] and job.error is None
    assert_responsive(ticks, took)
    assert off_the_gui_thread(work_threads)
    assert dialog.result_ is not None and len(dialog.result_.issued) == 18
    assert len(certificates.register(main_window.database, REFERENCE)) == 18
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 19 and "Certificaten HRM-2011-001–018.pdf" in names
    assert "18 certificaten uitgereikt" in notes[-1]


def test_the_window_answers_while_all_letters_are_written(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    work_threads: list[threading.Thread],
) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "brief-toelating-Bakker--Kees.pdf").write_bytes(b"een oudere brief")
    with ticking() as ticks:
        started = time.monotonic()
        job = main_window.list_actions.write_letters(folder)
        assert job is not None and job.running
        with qtbot.waitSignal(job.ended, timeout=120_000):
            pass
        took = time.monotonic() - started
    assert warnings == [] and job.error is None
    assert_responsive(ticks, took)
    assert off_the_gui_thread(work_threads)
    written = sorted(folder.iterdir())
    assert len(written) == len(job.result) == 18
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)  # the old one replaced
    assert notes[-1] == f"18 brieven opgeslagen in {folder}."


def candidates(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Gemeente"])
        for i in range(count):
            writer.writerow([f"Kandidaat{i}", "van", f"Achternaam{i}", f"k{i}@g{i}.nl", "Ede"])
    return path


def new_cohort(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.list_actions.new_cohort()
    dialog.name.setText("Leergang 2027–2028")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.header.title.text() == "Leergang 2027–2028"


def test_the_window_answers_while_1000_rows_are_imported(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    work_threads: list[threading.Thread],
) -> None:
    new_cohort(main_window, qtbot)
    steps = main_window.undo_stack.count()
    dialog = main_window.list_actions.import_participants(
        candidates(tmp_path / "duizend.csv", 1000)
    )
    assert dialog is not None and dialog.import_button.isEnabled(), dialog.summary.text()
    with ticking() as ticks:
        started = time.monotonic()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        job = main_window.list_actions.import_worker
        assert job is not None and job.running
        with qtbot.waitSignal(job.ended, timeout=120_000):
            pass
        took = time.monotonic() - started
    assert warnings == [] and job.error is None
    assert_responsive(ticks, took)
    assert off_the_gui_thread(work_threads)
    assert main_window.proxy.rowCount() == 1000
    assert notes[-1] == "1000 deelnemers geïmporteerd."
    # Written by the worker, and still one step on the undo stack.
    assert main_window.undo_stack.count() == steps + 1
    main_window.undo_action.trigger()
    assert main_window.proxy.rowCount() == 0
    main_window.redo_action.trigger()
    assert main_window.proxy.rowCount() == 1000


# --- cancel leaves nothing behind ------------------------------------------------------------


def cancel_midway(qtbot, job: worker.Worker, pause) -> None:  # type: ignore[no-untyped-def]
    """Press Cancel on the progress dialog while the work waits at its step."""
    qtbot.waitUntil(pause.reached.is_set, timeout=60_000)
    qtbot.waitUntil(job.dialog.isVisible)
    qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)
    assert not job.cancel_button.isEnabled()
    assert "teruggedraaid" in job.dialog.labelText()
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pause.release()
    assert not job.running
    assert not (shiboken6.isValid(job.dialog) and job.dialog.isVisible())


def test_a_cancelled_batch_of_18_leaves_nothing(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eighteen_eligible(main_window, tmp_path)
    out = tmp_path / "certificaten"
    out.mkdir()
    dialog = open_batch(main_window, out)
    pause = pause_at(monkeypatch, 9)
    job = dialog.issue()
    assert job is not None
    cancel_midway(qtbot, job, pause)
    assert notes[-1].startswith("Uitreiken afgebroken bij ") and "(9 van 18)" in notes[-1]
    assert warnings == []
    assert certificates.register(main_window.database) == []
    assert list(out.iterdir()) == []  # not even the hidden staging folder
    assert dialog.isVisible() and dialog.result_ is None  # to try again, or close


def test_cancelled_letters_leave_no_letter(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    folder = tmp_path / "brieven"
    folder.mkdir()
    pause = pause_at(monkeypatch, 7)
    job = main_window.list_actions.write_letters(folder)
    assert job is not None
    cancel_midway(qtbot, job, pause)
    assert notes[-1].startswith("Brieven afgebroken bij ") and "geen brief geschreven" in notes[-1]
    assert warnings == []
    assert list(folder.iterdir()) == []


def test_a_cancelled_import_adds_no_one(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_cohort(main_window, qtbot)
    steps = main_window.undo_stack.count()
    dialog = main_window.list_actions.import_participants(
        candidates(tmp_path / "duizend.csv", 1000)
    )
    assert dialog is not None
    pause = pause_at(monkeypatch, 500)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    job = main_window.list_actions.import_worker
    assert job is not None
    cancel_midway(qtbot, job, pause)
    assert notes[-1] == "Importeren afgebroken: er is niemand geïmporteerd."
    assert warnings == []
    assert main_window.proxy.rowCount() == 0
    assert (
        main_window.database.read("SELECT count(*) FROM participants WHERE email LIKE 'k%@g%'")[0][
            0
        ]
        == 0
    )
    assert main_window.undo_stack.count() == steps


def test_quitting_cancels_running_work_and_waits_for_it(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path, notes: list[str], monkeypatch
) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    folder = tmp_path / "brieven"
    folder.mkdir()
    pause = pause_at(monkeypatch, 3)
    job = main_window.list_actions.write_letters(folder)
    assert job is not None
    qtbot.waitUntil(pause.reached.is_set, timeout=60_000)
    assert worker.running() == [job]
    # The work goes on only once it was told to stop: then it must stop at its next report.
    cancel = worker.Worker.cancel

    def cancel_then_go_on(self: worker.Worker) -> None:
        cancel(self)
        pause.release()

    monkeypatch.setattr(worker.Worker, "cancel", cancel_then_go_on)
    worker.stop_all()  # what the application does when it is about to quit
    assert job.runner.cancelled and not job.runner.isRunning()
    assert list(folder.iterdir()) == []
    with qtbot.waitSignal(job.ended):
        pass
    assert worker.running() == []


def test_a_refusal_in_the_worker_is_a_dutch_warning(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path, warnings: list[str]
) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    job = main_window.list_actions.write_letters(tmp_path / "weg")
    assert job is not None
    with qtbot.waitSignal(job.ended):
        pass
    assert warnings == [f"Er is geen brief geschreven: de map {tmp_path / 'weg'} bestaat niet."]


def test_a_bug_in_the_worker_reaches_the_gui_thread(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot
) -> None:
    """Not swallowed on the worker's thread: raised on the GUI thread, where the application's
    failure dialog (here pytest-qt) sees it."""

    def broken(_database, _report):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError

    done: list[object] = []
    with qtbot.captureExceptions() as raised:
        job = worker.start_work(main_window, "Proef", main_window.database, broken, done.append)
        with qtbot.waitSignal(job.ended):
            pass
    assert done == [] and isinstance(job.error, ZeroDivisionError)
    assert [type(e[1]) for e in raised] == [ZeroDivisionError]


def test_the_worker_has_a_database_of_its_own(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot
) -> None:
    seen: dict[str, object] = {}
    window_connection = main_window.database._sqlite_connection()

    def work(database, report):  # type: ignore[no-untyped-def]
        report(0, 1, "")
        seen["thread"] = threading.current_thread()
        seen["same handle"] = database is main_window.database
        # Its own connection, made on this thread: a connection checks that it is used on
        # the thread that made it, so the read would fail otherwise.
        count = database.read("SELECT count(*) FROM cohorts")[0][0]
        seen["same connection"] = database._sqlite_connection() is window_connection
        try:
            main_window.database.read("SELECT 1")
        except sqlite3.ProgrammingError:
            seen["window's refused"] = True
        return count

    got: list[int] = []
    job = worker.start_work(main_window, "Proef", main_window.database, work, got.append)
    assert job is not None
    with qtbot.waitSignal(job.ended):
        pass
    assert got == [2]
    assert seen["thread"] is not threading.main_thread()
    assert seen["same handle"] is False and seen["same connection"] is False
    assert seen["window's refused"] is True


# --- one job at a time, and nothing else meanwhile ---------------------------------------------


def test_a_second_click_on_issue_starts_no_second_batch(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A double click on "Issue and write": the second click, before the progress dialog
    shows, is swallowed (a wait cursor says why); a second job the program asks for is refused
    in the status bar. Two batches at once ended in a raw UNIQUE constraint failure."""
    out = tmp_path / "certificaten"
    out.mkdir()
    dialog = open_batch(main_window, out)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    pause = pause_at(monkeypatch, 3)
    job = dialog.issue()
    assert job is not None and not job.dialog.isVisible()
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    clicked: list[bool] = []
    ok.clicked.connect(clicked.append)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert clicked == [] and worker.running() == [job]
    assert dialog.issue() is None
    assert main_window.statusBar().currentMessage() == (
        "Er loopt al een taak: Certificaten uitreiken. Wacht tot die klaar is, of breek die af."
    )
    qtbot.waitUntil(job.dialog.isVisible)  # now the dialog says why; the cursor need not
    assert QApplication.overrideCursor() is None
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pause.release()
    assert warnings == [] and job.error is None
    assert len(certificates.register(main_window.database, REFERENCE)) == 15


def test_no_undo_while_work_runs(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path, notes: list[str], monkeypatch
) -> None:
    """Ctrl+Z while letters are written, before their progress dialog shows: nothing undone.
    Once they are written it undoes again."""
    new_cohort(main_window, qtbot)
    select_cohort(main_window, "Leergang 2011–2012")
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    stack = main_window.undo_stack
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == stack.count() - 1  # the shortcut works: the cohort undone
    main_window.redo_action.trigger()
    folder = tmp_path / "brieven"
    folder.mkdir()
    pause = pause_at(monkeypatch, 3)
    job = main_window.list_actions.write_letters(folder)
    assert job is not None and not job.dialog.isVisible()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window.menuBar(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert stack.index() == stack.count()
    assert QApplication.activePopupWidget() is None  # no menu opened either
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pause.release()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == stack.count() - 1


def test_no_other_file_is_opened_while_work_runs(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,
    warnings: list[str],
    notes: list[str],
    monkeypatch: pytest.MonkeyPatch,
    empty_db,
) -> None:
    """File › Open while 1,000 rows are imported is refused; and should the open database
    change all the same, the import's outcome is not put on that file's undo stack (whose
    undo would delete people in the other file)."""
    new_cohort(main_window, qtbot)
    started_on = main_window.database
    dialog = main_window.list_actions.import_participants(
        candidates(tmp_path / "duizend.csv", 1000)
    )
    assert dialog is not None
    pause = pause_at(monkeypatch, 500)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    job = main_window.list_actions.import_worker
    assert job is not None
    qtbot.waitUntil(pause.reached.is_set, timeout=60_000)
    assert not main_window.open_database(empty_db.location.path)
    assert warnings == [
        "Er loopt al een taak: 1000 deelnemers importeren. Wacht tot die klaar is, of breek die af."
    ]
    assert main_window.database is started_on
    steps = main_window.undo_stack.count()
    main_window.context.database = empty_db  # as if it had been opened
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pause.release()
    assert job.error is None
    assert notes[-1] == (
        f"Klaar in {started_on.location.display}, dat intussen is gesloten; hier is niets "
        "bijgewerkt."
    )
    assert main_window.undo_stack.count() == steps
    assert empty_db.read("SELECT count(*) FROM participants") == [(0,)]
    assert started_on.read("SELECT count(*) FROM participants WHERE email LIKE 'k%@g%'") == [
        (1000,)
    ]
    main_window.context.database = started_on


def test_closing_the_window_stops_the_work_first(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path, notes: list[str], monkeypatch
) -> None:
    """Closed while letters are written: the window stays until the work was undone (quitting
    under it destroyed a running thread, which aborts, and left the staging folder), then
    closes by itself."""
    select_cohort(main_window, "Leergang 2011–2012")
    folder = tmp_path / "brieven"
    folder.mkdir()
    pause = pause_at(monkeypatch, 3)
    job = main_window.list_actions.write_letters(folder)
    assert job is not None
    qtbot.waitUntil(pause.reached.is_set, timeout=60_000)
    assert not main_window.close()
    assert main_window.isVisible() and job.runner.cancelled
    assert notes[-1] == "Bezig met stoppen…"
    qtbot.waitUntil(job.dialog.isVisible)
    assert "teruggedraaid" in job.dialog.labelText()
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pause.release()
    qtbot.waitUntil(lambda: not main_window.isVisible())
    assert notes[-1].startswith("Brieven afgebroken bij ")
    assert list(folder.iterdir()) == []  # not even the hidden staging folder
    assert worker.running() == []


def test_demo_data_says_what_it_loaded_and_a_cancel_that_nothing_changed(  # type: ignore[no-untyped-def]
    qtbot, empty_db, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sioo_desk.services import demo_people

    window = MainWindow(empty_db, settings, dt.date(2026, 11, 23))
    qtbot.addWidget(window)
    window.show()
    pause = pause_at(monkeypatch, 1)
    window.demo_action.trigger()
    cancel_midway(qtbot, window._demo_job, pause)
    assert window.statusBar().currentMessage() == "Afgebroken: er is niets veranderd."
    assert window.cohorts.rowCount() == 0

    window.demo_action.trigger()
    with qtbot.waitSignal(window._demo_job.ended, timeout=120_000):
        pass
    people = len(demo_people.REFERENCE_PARTICIPANTS) + len(demo_people.CURRENT_PARTICIPANTS)
    assert window.statusBar().currentMessage() == (
        f"Demogegevens geladen: 2 cohorten met {people} deelnemers "
        "(Leergang 2011–2012, Leergang 2026–2027)."
    )
    assert window.cohorts.rowCount() == 2

    # Now in the demo database (a file of its own): asked whether to start it afresh.
    from sioo_desk.ui import demo_database

    asked: list[str] = []
    monkeypatch.setattr(demo_database, "choose", lambda _p, text, _o: asked.append(text))
    assert window.load_demo() is None
    assert asked[0].startswith("Dit is de demodatabase. Opnieuw beginnen")
    assert window.cohorts.rowCount() == 2

"""Start-up: the composition root. Builds the QApplication, the translator, the settings and
the main window, and hands the window the opened database."""

from __future__ import annotations

import datetime as dt
import sys
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sioo_desk import __version__
from sioo_desk.store.database import Database
from sioo_desk.store.location import DatabaseLocation
from sioo_desk.store.logbook import install_log, logger
from sioo_desk.ui import failure, translation
from sioo_desk.ui.context import ViewContext
from sioo_desk.ui.first_paint import FirstPaintWithData
from sioo_desk.ui.main_window import MainWindow

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SMOKE_TEST_TIMEOUT_MS = 30_000


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Sioo")
    app.setApplicationName("Sioo Desk")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "sioo-desk.svg")))
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def run(
    database: Database,
    *,
    smoke_test: bool = False,
    started: float | None = None,
    today: dt.date | None = None,
) -> int:
    started = time.perf_counter() if started is None else started
    app = make_application()
    keep = translation.install(app, translation.choose_language())  # noqa: F841 (kept alive)
    failure.install(app)  # the log file is opened once the window is up
    QTimer.singleShot(failure.LOG_OPENS_AFTER_MS, partial(_log_start, database))
    settings = QSettings()
    context = ViewContext(database, today or dt.date.today())
    window = MainWindow(database, settings, context.today, context=context)
    if smoke_test:
        _arm_smoke_test(app, window, started)
    window.show()
    code = app.exec()
    context.database.close()  # the one open now: the user may have opened another
    return code


def run_first_use(
    location: DatabaseLocation,
    *,
    started: float | None = None,
    today: dt.date | None = None,
) -> int:
    """The first start: the default database is not there yet. The first-use assistant makes
    it (or opens the demo), then the main window opens on it; Cancel quits, leaving no file."""
    from sioo_desk.ui.first_use import FirstUseWizard

    app = make_application()
    keep = translation.install(app, translation.choose_language())  # noqa: F841 (kept alive)
    failure.install(app)
    today = today or dt.date.today()
    wizard = FirstUseWizard(None, location, today)
    opened: list[tuple[ViewContext, MainWindow]] = []

    def finished(_result: int) -> None:
        database = wizard.database
        if database is None:
            app.quit()
            return
        context = ViewContext(database, today)
        window = MainWindow(database, QSettings(), today, context=context)
        opened.append((context, window))
        window.show()
        app.setQuitOnLastWindowClosed(True)
        QTimer.singleShot(failure.LOG_OPENS_AFTER_MS, partial(_log_start, database))

    # Between the assistant's end and the window's start no window is open.
    app.setQuitOnLastWindowClosed(False)
    wizard.finished.connect(finished)
    wizard.show()
    code = app.exec()
    for context, _window in opened:
        context.database.close()  # the one open now: the user may have opened another
    return code


def _log_start(database: Database) -> None:
    install_log()
    logger.info("Sioo Desk %s gestart; database: %s", __version__, database.location.display)


def show_fatal(message: str) -> None:
    """Say in a window why the program cannot start (the database could not be opened)."""
    app = make_application()
    if app.platformName() in ("offscreen", "minimal"):
        return  # nobody could close the box; the message is on stderr already
    keep = translation.install(app, translation.choose_language())  # noqa: F841 (kept alive)
    QMessageBox.critical(None, app.translate("app", "Sioo Desk cannot start"), message)


def _arm_smoke_test(app: QApplication, window: MainWindow, started: float) -> None:
    def painted() -> None:
        print(
            f"{(time.perf_counter() - started) * 1000:.0f} ms tot de eerste tekening met gegevens",
            flush=True,
        )
        QTimer.singleShot(0, app.quit)

    def timed_out() -> None:
        print("sioo-desk: geen tekening met gegevens binnen 30 seconden", file=sys.stderr)
        app.exit(1)

    window._first_paint = FirstPaintWithData(window.table, painted)  # type: ignore[attr-defined]
    if window.selected_cohort_id() is None:
        print("De database bevat geen cohorten: er zijn geen gegevens om te tekenen.")
        QTimer.singleShot(0, app.quit)
    QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, timed_out)

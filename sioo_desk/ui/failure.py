"""The one failure policy of the window: what nobody foresaw is written to the log with its
traceback and told to the user in one dialog (what went wrong, a reference to quote, the details,
the log file at a click), and the program keeps running. A refusal (`SiooDeskError`) that got
this far is shown as the plain message it is.

`install` is called by the application's start-up only: tests that build windows keep pytest-qt's
own exception capture, so a test that raises still fails."""

from __future__ import annotations

import logging
import sys
import threading
import traceback as tracebacks
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import sioo_desk
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.store import logbook
from sioo_desk.ui.text import fill

PACKAGE = Path(sioo_desk.__file__).resolve().parent
HEADLESS = ("offscreen", "minimal")
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

qt_logger = logging.getLogger(f"{logbook.LOGGER_NAME}.qt")


class QtProblem(Exception):
    """A critical or fatal message of Qt's own, shown like any unexpected failure."""


class _Relay(QObject):
    """Carries a failure from another thread to the GUI thread, the only one that may show a
    dialog."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        function()


@dataclass
class _State:
    showing: bool = False  # one dialog at a time; what comes meanwhile is only logged
    relay: _Relay | None = None
    previous: list[Any] = field(default_factory=list)


_state = _State()


# --- telling the user --------------------------------------------------------------------


def show_unexpected(
    parent: QWidget | None,
    error: BaseException,
    *,
    doing: str | None = None,
    traceback: TracebackType | None = None,
) -> str:
    """Log an unexpected failure and show it; return its reference. While another failure is
    on screen, this one is logged only."""
    traceback = traceback or error.__traceback__
    doing = doing or describe(traceback)
    logbook.install_log()
    reference = logbook.record_failure(error, doing, traceback=traceback)
    if _state.showing or not _in_gui_thread():
        return reference
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Sioo Desk",
        fill(QCoreApplication.translate("failure", "Something went wrong in %1."), doing),
        QMessageBox.StandardButton.Close,
        parent or QApplication.activeWindow(),
    )
    box.setInformativeText(
        fill(
            QCoreApplication.translate(
                "failure",
                "Sioo Desk carries on. What you were doing may not have been finished: check "
                "it before you go on.\n\nReference: %1. Please mention it when you report "
                "this; the details are in the log file.",
            ),
            reference,
        )
    )
    box.setDetailedText("".join(tracebacks.format_exception(type(error), error, traceback)))
    _add_log_button(box)
    _present(box, f"er ging iets mis bij {doing} (referentie {reference})")
    return reference


def show_refusal(parent: QWidget | None, error: SiooDeskError) -> None:
    """A refusal nobody caught on its way: its own Dutch sentence, nothing more."""
    logbook.logger.warning("niet opgevangen melding: %s", error, exc_info=error)
    if _state.showing or not _in_gui_thread():
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Sioo Desk",
        str(error),
        QMessageBox.StandardButton.Ok,
        parent or QApplication.activeWindow(),
    )
    _present(box, str(error))


def show_any(parent: QWidget | None, error: BaseException, *, doing: str | None = None) -> None:
    if isinstance(error, SiooDeskError):
        show_refusal(parent, error)
    else:
        show_unexpected(parent, error, doing=doing)


def open_log() -> bool:
    """Open the log file in the system's viewer; where none takes it, its folder."""
    path = logbook.install_log() or logbook.log_path()
    if path.exists() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def describe(traceback: TracebackType | None) -> str:
    """The innermost function of Sioo Desk itself that the failure went through: in a library's
    depths the name of that library's function would say nothing about what the user did."""
    found = ""
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if _ours(code.co_filename):
            found = code.co_qualname
        traceback = traceback.tb_next
    return found or QCoreApplication.translate("failure", "the program")


def _ours(filename: str) -> bool:
    try:
        path = Path(filename).resolve()
    except OSError:
        return False
    return path.is_relative_to(PACKAGE) and path.name != Path(__file__).name


def _add_log_button(box: QMessageBox) -> None:
    button = box.addButton(
        QCoreApplication.translate("failure", "Open log file"), QMessageBox.ButtonRole.ActionRole
    )
    button.clicked.connect(open_log)


def _present(box: QMessageBox, line: str) -> None:
    _state.showing = True
    try:
        _exec(box, line)
    finally:
        _state.showing = False
        box.deleteLater()


def _exec(box: QMessageBox, line: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.platformName() in HEADLESS:
        # Nobody could close the box; the log has the details.
        print(f"sioo-desk: {line}", file=sys.stderr)
        return
    box.exec()


def _in_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


# --- the hooks ----------------------------------------------------------------------------


def install(app: QApplication) -> None:
    """Every exception nobody caught and every message of Qt's own goes through here. Again
    does nothing."""
    if _state.relay is not None:
        return
    logbook.install_log()
    _state.relay = _Relay()  # made here, on the GUI thread: its slot runs there
    _state.previous = [sys.excepthook, threading.excepthook]
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _state.previous.append(qInstallMessageHandler(_qt_message))


def uninstall() -> None:
    """Put back what was there before `install` (tests)."""
    if _state.relay is None:
        return
    sys.excepthook, threading.excepthook, qt_handler = _state.previous
    qInstallMessageHandler(qt_handler)
    _state.relay.deleteLater()
    _state.relay = None
    _state.previous = []


def _excepthook(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(kind, error, traceback)
        return
    _on_gui_thread(lambda: _report(error, traceback))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    error, traceback = args.exc_value, args.exc_traceback
    _on_gui_thread(lambda: _report(error, traceback))


def _report(error: BaseException, traceback: TracebackType | None) -> None:
    try:
        if isinstance(error, SiooDeskError):
            show_refusal(None, error)
        else:
            show_unexpected(None, error, traceback=traceback)
    except Exception:
        # The dialog itself failed: no second round through here, the traceback goes where
        # Python puts it.
        sys.__excepthook__(type(error), error, traceback)


def _on_gui_thread(function: Callable[[], None]) -> None:
    if _in_gui_thread() or _state.relay is None:
        function()
    else:
        _state.relay.call.emit(function)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_logger.log(QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _on_gui_thread(lambda: _show_qt_problem(message + where))


def _show_qt_problem(message: str) -> None:
    show_unexpected(
        None,
        QtProblem(message),
        doing=QCoreApplication.translate("failure", "the window system (Qt)"),
    )

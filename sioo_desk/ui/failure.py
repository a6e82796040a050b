"""The one failure policy of the window: what nobody foresaw is written to the log with its
traceback and told to the user in one dialog (what went wrong, a reference to quote, the details,
the log file at a click), and the program keeps running. A refusal (`SiooDeskError`) that got
this far is shown as the plain message it is. The dialog names what the user asked for when
that is known (`doing`), never a Python function; the same failure over and over (a paint that
fails on every repaint) is logged and shown at most once a minute.

`install` is called by the application's start-up only: tests that build windows keep pytest-qt's
own exception capture, so a test that raises still fails."""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback as tracebacks
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.store import logbook
from sioo_desk.ui.text import fill

HEADLESS = ("offscreen", "minimal")
LOG_OPENS_AFTER_MS = 500  # after the first paint; a failure before then opens it itself
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
    """Runs a function on the GUI thread (the only one that may show a dialog) once its event
    loop turns: from another thread, or from inside something that must finish first."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        function()


@dataclass
class _State:
    showing: bool = False  # one dialog at a time (shown or queued); the rest is only logged
    installed: bool = False
    relay: _Relay | None = None  # made on the GUI thread, kept for the program's life
    previous: list[Any] = field(default_factory=list)


_state = _State()
_DOING = "_sioo_desk_doing"  # on an exception: what the user asked for, see `doing`

# How PySide 6 (shiboken's storePythonOverrideErrorOrPrint) says that a Python override Qt
# called (a model's data(), a paintEvent) raised. From Qt's event loop it writes this with C's
# fputs to the process's stderr, not through sys.stderr, and then hands the exception to
# sys.excepthook: the exception reaches the hooks below, the line cannot be caught. When Python
# code called into Qt directly (a `repaint()`), it puts the line before the exception's own
# message instead and raises it there, once more for every override that ran meanwhile.
_OVERRIDE = re.compile(r"Error calling Python override of (\S+?): ")
# Overrides Qt calls to show something: a failure in one is a failure in showing the window.
_SHOWING = frozenset(
    {"data", "headerData", "flags", "rowCount", "columnCount", "index", "parent"}
    | {"paint", "paintEvent", "sizeHint", "displayText", "filterAcceptsRow", "lessThan"}
)


# --- telling the user --------------------------------------------------------------------


def show_unexpected(
    parent: QWidget | None,
    error: BaseException,
    *,
    doing: str | None = None,
    traceback: TracebackType | None = None,
) -> str:
    """Log an unexpected failure and show it; return its reference. The dialog comes once the
    event loop turns, never inside the caller: a modal loop in a paint, in a stack's undo or
    in Qt's message handler lets everything else happen half-way. While another failure is on
    screen or on its way, and for a repeat of one just logged, this one is logged only."""
    traceback = traceback or error.__traceback__
    _unwrap_override(error)
    doing = doing or what_was_done(error)
    logbook.install_log()
    recorded = logbook.record(error, doing, traceback=traceback)
    if recorded.first and _may_show():
        reference = recorded.reference
        _later(
            lambda: _show_unexpected(_alive(parent), error, doing, traceback, reference),
            lambda: sys.__excepthook__(type(error), error, traceback),
        )
    return recorded.reference


def _show_unexpected(
    parent: QWidget | None,
    error: BaseException,
    doing: str,
    traceback: TracebackType | None,
    reference: str,
) -> None:
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


def _show_stray_refusal(error: SiooDeskError) -> None:
    """A refusal nobody caught on its way (it reached the hooks): its own Dutch sentence,
    nothing more, queued like the failure dialog."""
    logbook.logger.warning("niet opgevangen melding: %s", error, exc_info=error)
    if not _may_show():
        return

    def show() -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Sioo Desk",
            str(error),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        _present(box, str(error))

    _later(show, lambda: sys.__excepthook__(type(error), error, error.__traceback__))


@contextmanager
def doing(what: str) -> Iterator[None]:
    """Name what the user asked for (`named(...)`, or a phrase such as "het ongedaan maken van
    ‘…’"), for the dialog of a bug that escapes from inside: the dialog says "Er ging iets mis
    bij ‘Deelnemer verwijderen’", not the name of a Python function. The innermost name wins."""
    try:
        yield
    except Exception as error:
        if not isinstance(error, SiooDeskError) and not hasattr(error, _DOING):
            # An exception type without a __dict__ stays unnamed.
            with suppress(AttributeError):
                setattr(error, _DOING, what)
        raise


def labelled(text: str, slot: Callable[[], object]) -> Callable[[], None]:
    """`slot` run under `doing(named(text))`: for an action's `triggered`, with its text."""

    def run() -> None:
        with doing(named(text)):
            slot()

    return run


def connect_named(source: QAction | QAbstractButton, slot: Callable[[], object]) -> None:
    """Run `slot` when the action is triggered (the button clicked), named by its text: a bug
    inside reads "Er ging iets mis bij ‘Brieven voor alle besluiten’", not "bij deze
    handeling". The slot is called without the signal's `checked` argument. The text is the one
    at this moment: no reference to the action is kept, so it costs nothing when it goes."""
    run = labelled(source.text(), slot)
    if isinstance(source, QAction):
        source.triggered.connect(run)
    else:
        source.clicked.connect(run)


def named(text: str) -> str:
    """An action's or step's text as the dialog quotes it: no mnemonic, no trailing dots."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return f"‘{plain.rstrip('…. ')}’"


def _unwrap_override(error: BaseException, override: str | None = None) -> None:
    """The exception's own message again, without PySide's "Error calling Python override of
    …: " (repeated for every override that ran meanwhile): a note says which override it was,
    and, for one that shows something and unless something the user asked for is named, the
    dialog says the window was being shown."""
    message = error.args[0] if error.args and isinstance(error.args[0], str) else ""
    end = 0
    while found := _OVERRIDE.match(message, end):
        override, end = found.group(1), found.end()  # the last one was added first: the origin
    if end:
        error.args = (message[end:], *error.args[1:])
    if override is None:
        return
    error.add_note(f"(in {override}, aangeroepen door Qt)")
    showing = override.rpartition("::")[2].removesuffix("()") in _SHOWING
    with suppress(AttributeError):
        if showing and not hasattr(error, _DOING):
            setattr(error, _DOING, QCoreApplication.translate("failure", "showing the window"))


def what_was_done(error: BaseException) -> str:
    named_here = getattr(error, _DOING, None)
    if isinstance(named_here, str):
        return named_here
    return QCoreApplication.translate("failure", "this action")


def open_log() -> bool:
    """Open the log file in the system's viewer; where none takes it, its folder."""
    path = logbook.install_log() or logbook.log_path()
    if path.exists() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _add_log_button(box: QMessageBox) -> None:
    button = box.addButton(
        QCoreApplication.translate("failure", "Open log file"), QMessageBox.ButtonRole.ActionRole
    )
    button.clicked.connect(open_log)


def _may_show() -> bool:
    """Claim the one dialog: False while another is on screen or queued, or off the GUI
    thread (the hooks relay what happens there)."""
    if _state.showing or not _in_gui_thread():
        return False
    _state.showing = True
    return True


def _later(show: Callable[[], None], instead: Callable[[], None]) -> None:
    """Run `show` once the event loop turns. If the dialog itself fails, `instead` puts the
    failure where Python puts it, and the dialog's own failure after it: no second round
    through the hooks."""

    def run() -> None:
        try:
            show()
        except Exception as broken:
            instead()
            sys.__excepthook__(type(broken), broken, broken.__traceback__)
        finally:
            _state.showing = False

    _relay().call.emit(run)


def _alive(widget: QWidget | None) -> QWidget | None:
    """The parent, unless it was deleted while the dialog waited for the event loop."""
    return widget if widget is not None and shiboken6.isValid(widget) else None


def _present(box: QMessageBox, line: str) -> None:
    try:
        _exec(box, line)
    finally:
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
    if _state.installed:
        return
    # The file is opened once the window is up (logging.handlers costs 10 ms before the first
    # paint); whatever must be written before then opens it itself.
    logbook.quiet_until_opened()
    QTimer.singleShot(LOG_OPENS_AFTER_MS, logbook.install_log)
    _relay()  # made here, on the GUI thread: its slot runs there
    _state.installed = True
    _state.previous = [sys.excepthook, threading.excepthook]
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _state.previous.append(qInstallMessageHandler(_qt_message))


def uninstall() -> None:
    """Put back what was there before `install` (tests)."""
    if not _state.installed:
        return
    sys.excepthook, threading.excepthook, qt_handler = _state.previous
    qInstallMessageHandler(qt_handler)
    _state.installed = False
    _state.previous = []


def _excepthook(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(kind, error, traceback)
        return
    override = _qt_override(traceback)
    if override is None:
        _on_gui_thread(lambda: _report(error, traceback))
        return
    _unwrap_override(error, override)

    def report() -> None:
        reference = _report(error, traceback)
        if reference is not None and sys.stderr is not None:
            # PySide's line on the terminal ends without the exception (the hook took it):
            # finished here with what it was and where the details are.
            with suppress(OSError, ValueError):
                print(
                    f"{type(error).__name__}: {error} (logbestand, referentie {reference})",
                    file=sys.stderr,
                    flush=True,
                )

    _on_gui_thread(report)


def _qt_override(traceback: TracebackType | None) -> str | None:
    """ "QAbstractTableModel::data()" when the exception came straight out of a Python override
    of a Qt method that Qt called (its outermost frame is that method), else None."""
    if traceback is None:
        return None
    code = traceback.tb_frame.f_code
    if code.co_argcount == 0:
        return None
    owner = traceback.tb_frame.f_locals.get(code.co_varnames[0])
    method = getattr(type(owner), code.co_name, None)
    if (
        not isinstance(owner, shiboken6.Shiboken.Object)
        or getattr(method, "__code__", None) is not code
    ):
        return None
    for base in type(owner).__mro__:
        if base.__module__.startswith("PySide6.") and hasattr(base, code.co_name):
            return f"{base.__name__}::{code.co_name}()"
    return None


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    error, traceback = args.exc_value, args.exc_traceback
    _on_gui_thread(lambda: _report(error, traceback))


def _report(error: BaseException, traceback: TracebackType | None) -> str | None:
    """Tell it; the reference of an unexpected failure."""
    try:
        if isinstance(error, SiooDeskError):
            _show_stray_refusal(error)
        else:
            return show_unexpected(None, error, traceback=traceback)
    except Exception:
        # Telling it failed (the log, say): no second round through here, the traceback goes
        # where Python puts it.
        sys.__excepthook__(type(error), error, traceback)
    return None


def _on_gui_thread(function: Callable[[], None]) -> None:
    if _in_gui_thread() or not _state.installed:
        function()
    else:
        _relay().call.emit(function)


def _relay() -> _Relay:
    if _state.relay is None:
        _state.relay = _Relay()
    return _state.relay


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        logbook.install_log()  # before the file's own time: Qt's chatter at start-up is not
    qt_logger.log(QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _on_gui_thread(lambda: _show_qt_problem(message + where))


def _show_qt_problem(message: str) -> None:
    show_unexpected(
        None,
        QtProblem(message),
        doing=QCoreApplication.translate("failure", "the window system (Qt)"),
    )

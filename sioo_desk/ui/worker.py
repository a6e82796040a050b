"""Long work (a certificate batch, letters for all, a large import, demo data) off the GUI
thread: one worker type, with a progress dialog that can cancel.

The work is `work(database, report)`. It gets a database of its own (`Database.another()`:
the stdlib sqlite3 connection is not shared across threads), closed when the work ends, and
the one progress shape of `services.long_work`: `report(done, total, what)`, which raises
`Cancelled` once the user pressed Cancel; the service then undoes what it did. The result or
the error comes back to the GUI thread by a queued signal, and the caller publishes the edit
there: `context.apply(lambda _db: edit)` for a final one, `context.run(text, lambda _db: edit)`
for an undoable one (the command's first run hands back the edit the worker already made, so
it lands on the undo stack like any other).

A QThread of its own per job, not the global QThreadPool: a job is long and one at a time
(behind a window-modal progress dialog), and quitting must be able to cancel and wait for
exactly the jobs that run, which a pooled runnable does not allow without waiting for the
whole pool.

One job at a time, and nothing else meanwhile: from the moment a job starts, the window takes
no input but for the job's own progress dialog (`_InputGuard`), so that the database and the
undo stack the job's outcome lands on are the ones it started from; `start_work` refuses a
second job while one runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from sioo_desk.domain.errors import Cancelled, SiooDeskError
from sioo_desk.services.long_work import Report
from sioo_desk.store.database import Database
from sioo_desk.ui import failure
from sioo_desk.ui.text import fill

T = TypeVar("T")

# A job that ends sooner never shows its progress dialog (no flash for a short one).
SHOW_AFTER_MS = 300
# Progress is passed to the GUI at most this often; a report is cheap for the work.
_REPORT_EVERY_S = 0.03

# Jobs that run: held here so that neither they nor their thread are collected meanwhile.
_RUNNING: set[Worker] = set()
_ENDING: set[Worker] = set()
_quit_hooked = False


class _Runner(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, database: Database, work: Callable[[Database, Report], Any]) -> None:
        super().__init__()
        self._database = database
        self._work = work
        # Set on the GUI thread, read on this one: a plain flag is enough.
        self.cancelled = False
        self.result: Any = None
        self.error: Exception | None = None
        self._shown_at = 0.0

    def report(self, done: int, total: int, what: str) -> None:
        if self.cancelled:
            raise Cancelled
        now = time.monotonic()
        if done == 0 or done >= total or now - self._shown_at >= _REPORT_EVERY_S:
            self._shown_at = now
            self.progressed.emit(done, total, what)

    def run(self) -> None:
        try:
            with self._database.another() as database:
                self.result = self._work(database, self.report)
        except Exception as error:  # handed to the GUI thread, which shows or raises it
            self.error = error


# What a user does to a window: swallowed while a job runs, unless aimed at its progress dialog.
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class _InputGuard(QObject):
    """Swallows the user's input to every window but the job's progress dialog, from the
    moment the job starts until it has ended.

    Why not just show the (window-modal) progress dialog at once: a job that ends within
    SHOW_AFTER_MS would flash it, and Qt's modality only blocks the dialog's own window
    hierarchy. Why not only until the dialog shows: a second click on "Issue and write" in
    those first milliseconds started a second batch, and Ctrl+Z or File › Open changed what
    the job's outcome lands on. A wait cursor says why clicks do nothing until the dialog is
    there. A modal window that opens while the job runs (the failure dialog) is let through:
    nothing could close it otherwise."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog
        self._modal_before = QApplication.activeModalWidget()
        self._waiting = False

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        self._waiting = True

    def shown(self) -> None:
        """The progress dialog is up: it says why, so the cursor need not."""
        if self._waiting:
            self._waiting = False
            QApplication.restoreOverrideCursor()

    def remove(self) -> None:
        self.shown()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close:
            # Only the window system's close (the title bar's cross): a close the program
            # asks for reaches the window, whose closeEvent cancels the job first.
            if not event.spontaneous():
                return False
        elif kind not in _INPUT:
            return False
        if isinstance(watched, QWidget):
            return not self._allowed(watched.window())
        # A shortcut goes to its action, not to a widget; the rest is passed on by the
        # window system's QWindow to a widget, and judged there.
        return kind == QEvent.Type.Shortcut

    def _allowed(self, window: QWidget) -> bool:
        if window is self._dialog:
            return True
        modal = QApplication.activeModalWidget()
        return window is modal and modal is not self._modal_before


class Worker(QObject):
    """One job: its thread, its progress dialog and what to do with the outcome. `ended` is
    emitted on the GUI thread once the outcome was handled, whatever it was."""

    ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        database: Database,
        work: Callable[[Database, Report], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[SiooDeskError], None],
        on_cancelled: Callable[[Cancelled], None],
    ) -> None:
        # No Qt parent: a job outlives a dialog closed meanwhile; `_RUNNING` keeps it.
        super().__init__()
        self.title = title
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._parent_alive = True
        self.result: Any = None
        self.error: Exception | None = None
        self.database = database
        self.runner = _Runner(database, work)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("workProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(title)
        # Progress goes to the bar itself: QProgressDialog.setValue would run the event loop
        # from inside our slot once the dialog shows.
        self.bar = QProgressBar(self.dialog)
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        self.dialog.setBar(self.bar)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.dialog)
        self.dialog.setCancelButton(self.cancel_button)
        self.dialog.setAutoClose(False)  # Cancel leaves it up until the work was undone
        self.dialog.setAutoReset(False)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self.cancel)
        parent.destroyed.connect(self._parent_gone)
        self.runner.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.runner.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._guard = _InputGuard(self.dialog)

    def start(self) -> None:
        _hook_quit()
        _RUNNING.add(self)
        self._guard.install()
        self.runner.start()
        QTimer.singleShot(SHOW_AFTER_MS, self.dialog, self._show)

    @property
    def running(self) -> bool:
        return self in _RUNNING

    def cancel(self) -> None:
        """Ask the work to stop at its next report; it undoes what it did."""
        if not self.running or self.runner.cancelled:
            return
        self.runner.cancelled = True
        if self._parent_alive:
            self.cancel_button.setEnabled(False)
            self.dialog.setLabelText(self.tr("Stopping; undoing what was done…"))

    def wait(self) -> None:
        """Until the thread has ended: never a limit, a QThread destroyed while it runs
        takes the whole program down (and leaves the batch half done)."""
        self.runner.wait()

    def _show(self) -> None:
        # Cancelled too: it then says that the work is being undone, and why nothing answers.
        if self.running and self._parent_alive:
            self.dialog.show()
            self._guard.shown()

    def _progressed(self, done: int, total: int, what: str) -> None:
        if not self._parent_alive or self.runner.cancelled:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            step = self.tr("%1 of %2 — %3") if what else self.tr("%1 of %2")
            text = fill(step, done, total, what)
        else:
            text = what
        self.dialog.setLabelText(f"{self.title}\n{text}" if text else self.title)

    def _parent_gone(self) -> None:
        self._parent_alive = False
        self.cancel()

    def _finished(self) -> None:
        self.runner.wait()
        _RUNNING.discard(self)
        self._guard.remove()
        # Let go of it only after this slot: a QObject must not be deleted in its own slot.
        _ENDING.add(self)
        QTimer.singleShot(0, lambda: _ENDING.discard(self))
        self.result, self.error = self.runner.result, self.runner.error
        error = self.error
        try:
            with failure.doing(failure.named(self.title)):  # a bug in the outcome's handling
                self._handle(error)
        finally:
            self.ended.emit()
        if error is not None and not isinstance(error, SiooDeskError):
            # A bug: raised here, on the GUI thread, where the application's failure policy
            # (and, in tests, pytest-qt) sees it, named by the job ("Brieven schrijven").
            with failure.doing(failure.named(self.title)):
                raise error

    def _handle(self, error: Exception | None) -> None:
        if self._parent_alive:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            if error is None:
                self._on_done(self.result)
            elif isinstance(error, Cancelled):
                self._on_cancelled(error)
            elif isinstance(error, SiooDeskError):
                self._on_error(error)


def start_work(
    parent: QWidget,
    title: str,
    database: Database,
    work: Callable[[Database, Report], T],
    on_done: Callable[[T], None],
    on_error: Callable[[SiooDeskError], None] | None = None,
    *,
    on_cancelled: Callable[[Cancelled], None] | None = None,
) -> Worker | None:
    """Run `work(database, report)` on a thread of its own, on its own connection to
    `database`, behind a window-modal progress dialog over `parent`. On the GUI thread
    afterwards: `on_done(result)`; a refusal (SiooDeskError) to `on_error`, by default a
    warning with its Dutch message; a cancel to `on_cancelled`, by default nothing. Nothing
    is called once `parent` is gone.

    None, and the reason in the status bar, while another job runs: one at a time (the
    input guard makes that rare: a second job can only be asked for by the program)."""
    busy = busy_message()
    if busy is not None:
        _tell(parent, busy)
        return None

    def warn(error: SiooDeskError) -> None:
        QMessageBox.warning(parent, "Sioo Desk", str(error))

    worker = Worker(
        parent,
        title,
        database,
        work,
        on_done,
        on_error or warn,
        on_cancelled or (lambda _error: None),
    )
    worker.start()
    return worker


def running() -> list[Worker]:
    return list(_RUNNING)


def busy_message() -> str | None:
    """Why no other job, nor another database, now: the job that runs, or None."""
    jobs = running()
    if not jobs:
        return None
    return fill(
        QCoreApplication.translate(
            "Worker", "A task is still running: %1. Wait until it has finished, or cancel it."
        ),
        jobs[0].title.rstrip("…. "),
    )


def closed_meanwhile(database: Database) -> str:
    """What a job's outcome says when its database is no longer the open one: it is in that
    file, and not published to (nor undoable in) the one open now."""
    return fill(
        QCoreApplication.translate(
            "Worker", "Finished in %1, which has been closed meanwhile; nothing was updated here."
        ),
        database.location.display,
    )


def _tell(parent: QWidget, text: str) -> None:
    window: QWidget | None = parent
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)
    else:
        QMessageBox.warning(parent, "Sioo Desk", text)


def stop_all() -> None:
    """Cancel every job and wait until each has undone its work: quitting never leaves a
    thread writing, nor a batch half-done, nor a thread destroyed while it runs (which aborts
    the program). A cancelled job stops at its next report, so the wait is the one step it
    was in; there is no limit, since what a limit would do is that abort."""
    for worker in list(_RUNNING):
        worker.cancel()
    for worker in list(_RUNNING):
        worker.wait()


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        app.aboutToQuit.connect(stop_all)
        _quit_hooked = True

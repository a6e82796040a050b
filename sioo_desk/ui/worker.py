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
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QPushButton, QWidget

from sioo_desk.domain.errors import Cancelled, SiooDeskError
from sioo_desk.services.long_work import Report
from sioo_desk.store.database import Database
from sioo_desk.ui.text import fill

T = TypeVar("T")

# A job that ends sooner never shows its progress dialog (no flash for a short one).
SHOW_AFTER_MS = 300
# How long quitting waits for a cancelled job to undo what it did.
QUIT_WAIT_MS = 5000
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

    def start(self) -> None:
        _hook_quit()
        _RUNNING.add(self)
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

    def wait(self, milliseconds: int) -> bool:
        return self.runner.wait(milliseconds)

    def _show(self) -> None:
        if self.running and self._parent_alive and not self.runner.cancelled:
            self.dialog.show()

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
        # Let go of it only after this slot: a QObject must not be deleted in its own slot.
        _ENDING.add(self)
        QTimer.singleShot(0, lambda: _ENDING.discard(self))
        self.result, self.error = self.runner.result, self.runner.error
        error = self.error
        try:
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
        finally:
            self.ended.emit()
        if error is not None and not isinstance(error, SiooDeskError):
            # A bug: raised here, on the GUI thread, where the application's failure policy
            # (and, in tests, pytest-qt) sees it.
            raise error


def start_work(
    parent: QWidget,
    title: str,
    database: Database,
    work: Callable[[Database, Report], T],
    on_done: Callable[[T], None],
    on_error: Callable[[SiooDeskError], None] | None = None,
    *,
    on_cancelled: Callable[[Cancelled], None] | None = None,
) -> Worker:
    """Run `work(database, report)` on a thread of its own, on its own connection to
    `database`, behind a window-modal progress dialog over `parent`. On the GUI thread
    afterwards: `on_done(result)`; a refusal (SiooDeskError) to `on_error`, by default a
    warning with its Dutch message; a cancel to `on_cancelled`, by default nothing. Nothing
    is called once `parent` is gone."""

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


def stop_all(milliseconds: int = QUIT_WAIT_MS) -> None:
    """Cancel every job and wait (briefly) for each to undo its work: quitting never leaves a
    thread writing, nor a batch half-done."""
    for worker in list(_RUNNING):
        worker.cancel()
    deadline = time.monotonic() + milliseconds / 1000
    for worker in list(_RUNNING):
        worker.wait(max(0, int((deadline - time.monotonic()) * 1000)))


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        app.aboutToQuit.connect(stop_all)
        _quit_hooked = True

"""Running a slow service call off the GUI thread, with a progress dialog that can cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside a job by its progress callback once the user pressed Cancel."""


class _Signals(QObject):
    progressed = Signal(str)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Calls `work(progress)` on a pool thread; `progress(text)` reports a step and raises
    `Cancelled` when the user has cancelled. Results and errors come back as signals."""

    def __init__(self, work: Callable[[Callable[[str], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancelled = False

    def progress(self, text: str) -> None:
        if self.cancelled:
            raise Cancelled
        self.signals.progressed.emit(text)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as error:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Callable[[Callable[[str], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> Job:
    dialog = QProgressDialog(title, QCoreApplication.translate("worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(200)
    dialog.setValue(0)  # starts the minimum-duration clock; without it the dialog shows late
    job = Job(work)
    job.signals.progressed.connect(dialog.setLabelText)
    dialog.canceled.connect(lambda: setattr(job, "cancelled", True))

    def finish(result: Any) -> None:
        dialog.reset()
        on_done(result)

    def fail(error: Exception) -> None:
        dialog.reset()
        if not isinstance(error, Cancelled):
            on_error(error)

    job.signals.finished.connect(finish)
    job.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(job)
    return job

"""Holding a worker at one step of its work, so that a test can press Cancel there: the work
itself decides nothing by timing."""

from __future__ import annotations

import threading

import pytest

from sioo_desk.ui import worker


class Pause:
    def __init__(self, at: int) -> None:
        self.at = at
        self.reached = threading.Event()  # the work waits at step `at`
        self.go = threading.Event()

    def release(self) -> None:
        self.go.set()


def pause_at(monkeypatch: pytest.MonkeyPatch, at: int) -> Pause:
    """The next job waits in its `report(at, …)` until `release()`, then reports as usual (and
    so raises Cancelled when Cancel was pressed meanwhile)."""
    pause = Pause(at)
    real = worker._Runner.report

    def report(runner: worker._Runner, done: int, total: int, what: str) -> None:
        if done >= at and not pause.reached.is_set():
            pause.reached.set()
            pause.go.wait(30)
        real(runner, done, total, what)

    monkeypatch.setattr(worker._Runner, "report", report)
    return pause

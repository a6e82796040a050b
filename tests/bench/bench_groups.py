"""`make bench` (part 4): the targets of issue 5 — proposing groups for 18 and for 200
participants, one keystroke in the attendance grid stored and shown, and the effort figures of
a cohort. Prints figures; asserts nothing."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.domain.grouping import Candidate, propose
from sioo_desk.domain.rules import Norms
from sioo_desk.services.attendance import effort_figures
from sioo_desk.services.demo import load_demo
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.ui.main_window import MainWindow

TOWNS = [
    "Utrecht",
    "Amersfoort",
    "Zwolle",
    "Den Haag",
    "Haarlem",
    "Leeuwarden",
    "Eindhoven",
    "Nijmegen",
    "Groningen",
    "Maastricht",
    "Almere",
    "Tilburg",
    "Rotterdam",
    "Deventer",
    "Apeldoorn",
]


def median_ms(work, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def candidates(count: int, towns: int) -> list[Candidate]:
    return [
        Candidate(i, f"Deelnemer {i}", f"Gemeente {i % towns}", (f"{i:04d}",)) for i in range(count)
    ]


def main() -> None:
    norms = Norms()
    eighteen = [Candidate(i, f"Deelnemer {i}", TOWNS[i % 15], (f"{i:04d}",)) for i in range(18)]
    small = median_ms(lambda: propose(eighteen, norms))
    large = median_ms(lambda: propose(candidates(200, 60), norms), runs=5)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        with Database.open(from_path(path)) as database:
            load_demo(database, today=dt.date(2026, 11, 23))
        database = Database.open(from_path(path))
        window = MainWindow(
            database,
            QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat),
            dt.date(2026, 11, 23),
        )
        window.show()
        window.tabs.setCurrentWidget(window.view("attendance"))
        app.processEvents()
        view = window.view("attendance")
        model = view.model
        index = next(
            model.index(0, c)
            for c in range(model.columnCount())
            if model.applies(model.index(0, c))
        )
        statuses = [AttendanceStatus.PRESENT, AttendanceStatus.LATE]
        times = []
        for i in range(20):
            started = time.perf_counter()
            view.record(index, statuses[i % 2])
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        keystroke = statistics.median(times)
        reference = database.read("SELECT id FROM cohorts WHERE code = 'HRM-2011'")[0][0]
        figures = median_ms(lambda: effort_figures(database, reference, dt.date(2026, 11, 23)))
        database.close()
    print("Groups and attendance (issue 5 targets)")
    print(f"  propose groups for 18 participants:   {small:7.1f} ms   (target ≤ 50 ms)")
    print(f"  propose groups for 200 participants:  {large:7.1f} ms   (target ≤ 1000 ms)")
    print(f"  one keystroke in the attendance grid: {keystroke:7.1f} ms   (target ≤ 16 ms)")
    print(f"  effort figures of the reference cohort: {figures:5.1f} ms   (target ≤ 20 ms)")


if __name__ == "__main__":
    main()

"""`make bench` (part 2): on the 100-cohort demo database, how long the participant table of a
cohort takes to open and sort, a search across all participants per keystroke, and an import
of 1,000 rows. Prints figures against the targets of issue 3; asserts nothing."""

from __future__ import annotations

import csv
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from sioo_desk.services.demo import load_demo
from sioo_desk.services.participant_io import commit_import, preview_import
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_table_model import Column


def median_ms(work, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "honderd.sqlite"
        with Database.open(from_path(path)) as database:
            load_demo(database, today=dt.date(2026, 11, 23), extra_cohorts=98)
        # Closing checkpoints the write-ahead log, as a database in daily use would be.
        database = Database.open(from_path(path))
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(database, settings, dt.date(2026, 11, 23))
        window.show()
        app.processEvents()
        cohort = window.selected_cohort_id()
        assert cohort is not None

        def open_and_sort() -> None:
            window.show_cohort(cohort)
            window.table.sortByColumn(Column.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
            window.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

        opening = median_ms(open_and_sort)
        window.participants_view.all_cohorts.setChecked(True)
        everyone = window.participants.rowCount()
        word = "van den bosch"
        keystrokes = []
        for _ in range(5):
            window.participants_view.search.clear()
            for end in range(1, len(word) + 1):
                started = time.perf_counter()
                window.participants_view.search.setText(word[:end])
                keystrokes.append((time.perf_counter() - started) * 1000)
        window.participants_view.search.clear()

        rows = Path(folder) / "duizend.csv"
        with rows.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(
                [
                    "Voornaam",
                    "Tussenvoegsel",
                    "Achternaam",
                    "E-mail",
                    "Telefoon",
                    "Gemeente",
                    "Aanhef",
                    "Aanmelddatum",
                ]
            )
            for i in range(1000):
                writer.writerow(
                    [
                        f"Kandidaat{i}",
                        "van" if i % 4 else "",
                        f"Achternaam{i}",
                        f"k{i}@gemeente{i % 300}.nl",
                        f"06{i:08d}",
                        f"Gemeente{i % 300}",
                        "mevrouw" if i % 2 else "heer",
                        "01-09-2027",
                    ]
                )
        started = time.perf_counter()
        preview = preview_import(database, cohort, rows)
        created = commit_import(database, preview).result
        importing = time.perf_counter() - started
        database.close()

    print("Participants (issue 3 targets), on a database with 100 cohorts")
    print(f"  open and sort a cohort's table:   {opening:6.1f} ms   (target ≤ 16 ms)")
    print(
        f"  search across {everyone} participants: {statistics.median(keystrokes):6.1f} ms per "
        f"keystroke, worst {max(keystrokes):.1f} ms   (target ≤ 30 ms)"
    )
    print(f"  import of {len(created)} rows:          {importing:6.2f} s    (target ≤ 2 s)")


if __name__ == "__main__":
    main()

"""`make bench` (part 3): the schedule targets of issue 4 on the 100-cohort demo database —
generating a cohort's schedule and running every check (≤ 50 ms), exporting the cohort's .ics
(≤ 100 ms), and the checks across all cohorts (≤ 200 ms). Prints figures; asserts nothing."""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from sioo_desk.services.calendar_files import cohort_calendar
from sioo_desk.services.cohort_editing import CohortInput, create_cohort
from sioo_desk.services.demo import load_demo
from sioo_desk.services.schedule import (
    all_problems,
    cohort_schedule,
    generate_schedule,
    remove_sessions,
)
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path


def median_ms(work, runs: int = 9) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "honderd.sqlite"
        with Database.open(from_path(path)) as database:
            load_demo(database, today=dt.date(2026, 11, 23), extra_cohorts=98)
        # Closing checkpoints the write-ahead log, as a database in daily use would be.
        database = Database.open(from_path(path))
        cohort = create_cohort(
            database, CohortInput("Leergang 2027–2028", "Doorn", None, None, None, None)
        ).result
        cohort_schedule(database, 1)  # the holiday tables and the query plans, once
        reference = database.read("SELECT id FROM cohorts WHERE code = 'HRM-2011'")[0][0]

        times = []
        for _ in range(9):
            started = time.perf_counter()
            made = generate_schedule(database, cohort, dt.date(2027, 11, 17)).result
            cohort_schedule(database, cohort)
            times.append((time.perf_counter() - started) * 1000)
            remove_sessions(database, made)  # not timed: only makes room for the next run
        generating = statistics.median(times)
        exporting = median_ms(lambda: cohort_calendar(database, reference, dt.datetime.now(dt.UTC)))
        checking = median_ms(lambda: all_problems(database), runs=5)
        count = database.read("SELECT count(*) FROM cohorts")[0][0]
        database.close()
    print(f"Schedule (issue 4 targets), on a database with {count} cohorts")
    print(f"  generate a schedule and run every check: {generating:6.1f} ms   (target ≤ 50 ms)")
    print(f"  export the reference cohort's .ics:      {exporting:6.1f} ms   (target ≤ 100 ms)")
    print(f"  checks across all cohorts:               {checking:6.1f} ms   (target ≤ 200 ms)")


if __name__ == "__main__":
    main()

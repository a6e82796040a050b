"""`make bench`: start-up to first paint with data, against a bare PySide6 window measured in
the same run, on a 1-cohort and a 100-cohort database. Prints ratios; asserts nothing.

Targets: app ≤ 1.6 × bare window (issue 11; issue 2 asked ≤ 2.5 ×); 100 cohorts ≤ 1.2 × 1 cohort.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIOO_DESK_LANG": "nl"}


def wall(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the first line (printed at first paint) and to the process's end."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    ) as process:
        assert process.stdout is not None
        process.stdout.readline()
        painted = time.perf_counter() - started
        process.stdout.read()
        if process.wait(timeout=120) != 0:
            raise SystemExit(f"{command} ended with {process.returncode}")
    return painted, time.perf_counter() - started


def make_databases(folder: Path) -> tuple[Path, Path, float]:
    from sioo_desk.services.demo import load_demo
    from sioo_desk.store.database import Database
    from sioo_desk.store.location import from_path

    today = dt.date(2026, 11, 23)
    one = folder / "een-cohort.sqlite"
    with Database.open(from_path(one)) as database:
        load_demo(database, today=today)
    connection = sqlite3.connect(one)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM cohorts WHERE code != 'HRM-2011'")
    connection.commit()
    connection.close()

    many = folder / "honderd-cohorten.sqlite"
    started = time.perf_counter()
    with Database.open(from_path(many)) as database:
        load_demo(database, today=today, extra_cohorts=98)
    seconds = time.perf_counter() - started
    return one, many, seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one, many, demo_seconds = make_databases(folder)
        cohorts = sqlite3.connect(many).execute("SELECT count(*) FROM cohorts").fetchone()[0]
        # Separate settings per run, so that a remembered cohort does not favour one database.
        commands = {
            "bare": [sys.executable, str(HERE / "bare_window.py")],
            "app-1": [sys.executable, "-m", "sioo_desk", "--db", str(one), "--smoke-test"],
            "app-100": [sys.executable, "-m", "sioo_desk", "--db", str(many), "--smoke-test"],
        }
        env = {**ENV, "XDG_CONFIG_HOME": str(folder / "config")}
        for command in commands.values():  # warm the file cache and bytecode
            wall(command, env)
        painted: dict[str, list[float]] = {name: [] for name in commands}
        ended: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):
            for name, command in commands.items():
                first, last = wall(command, env)
                painted[name].append(first)
                ended[name].append(last)

    print(f"Start-up, median of {RUNS} runs: launch to first paint (to the process's end)")
    median = {name: statistics.median(values) for name, values in painted.items()}
    for name, value in median.items():
        spread = max(painted[name]) - min(painted[name])
        end = statistics.median(ended[name])
        print(
            f"  {name:<8} {value * 1000:7.0f} ms   (spread {spread * 1000:.0f} ms;"
            f" ended at {end * 1000:.0f} ms)"
        )
    one_ratio = median["app-1"] / median["bare"]
    print(f"  app, 1 cohort    / bare window: {one_ratio:.2f}×  (target ≤ 1.6×)")
    print(f"  app, {cohorts} cohorts / bare window: {median['app-100'] / median['bare']:.2f}×")
    scale_ratio = median["app-100"] / median["app-1"]
    print(f"  {cohorts} cohorts / 1 cohort:       {scale_ratio:.2f}×  (target ≤ 1.2×)")
    whole = statistics.median(ended["app-1"]) / statistics.median(ended["bare"])
    print(f"  whole process, app / bare:    {whole:.2f}×  (start, paint, quit and tear down)")
    print(
        f"Demo data with {cohorts} cohorts made in {demo_seconds:.1f} s (target: within a minute)"
    )


if __name__ == "__main__":
    main()

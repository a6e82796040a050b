"""`make bench` (part 5): the targets of issue 6 — opening a participant of 50 entries in the
Portfolio tab (timeline, ratings with evidence, assignment, tussengesprek and the cohort's
progress marks; target ≤ 50 ms) and setting the portfolio as a PDF (target ≤ 1 s). Prints
figures; asserts nothing."""

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

from sioo_desk.domain.enums import PortfolioEntryKind
from sioo_desk.services import portfolio
from sioo_desk.services.demo import REFERENCE_CODE, load_demo
from sioo_desk.services.participants import list_participants
from sioo_desk.services.portfolio_pdf import portfolio_pdf
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.portfolio_view import IdRole, NameRole

TODAY = dt.date(2026, 11, 23)


def median_ms(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "bench.sqlite"
    with Database.open(from_path(path)) as db:
        load_demo(db, today=TODAY)
        cohort = int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": REFERENCE_CODE})[0][0])
        who = list_participants(db, cohort)[0].id
        competence_ids = [c.id for c in portfolio.competences(db)]
        already = len(portfolio.entries(db, who))
        for n in range(50 - already):
            portfolio.save_entry(
                db,
                who,
                portfolio.EntryInput(
                    PortfolioEntryKind.EVIDENCE,
                    f"Bewijsstuk {n + 1}",
                    dt.date(2012, 1, 1) + dt.timedelta(days=3 * n),
                    "Een notitie voor het managementteam over de aanpak van verzuim. " * 6,
                    competence_ids=(competence_ids[n % len(competence_ids)],),
                ),
            )
        assert len(portfolio.entries(db, who)) == 50
        app = QApplication.instance() or QApplication([])
        settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
        window = MainWindow(db, settings, TODAY)
        window.show()
        window.navigator.setCurrentIndex(
            next(
                window.cohorts.index(r)
                for r in range(window.cohorts.rowCount())
                if window.cohorts.cohort(r).id == cohort
            )
        )
        window.tabs.setCurrentWidget(window.view("portfolio"))
        view = window.view("portfolio")
        row = next(
            n
            for n in range(view.people.count())
            if view.people.item(n).data(NameRole) and int(view.people.item(n).data(IdRole)) == who
        )
        other = 1 if row == 0 else 0

        def open_participant() -> None:
            view.people.setCurrentRow(other)
            started = time.perf_counter()
            view.people.setCurrentRow(row)
            app.processEvents()
            opened.append((time.perf_counter() - started) * 1000)

        opened: list[float] = []
        for _ in range(15):
            open_participant()
        assert view.timeline.count() == 50
        window.close()
        read = median_ms(lambda: portfolio.entries(db, who), 30)
        search = median_ms(lambda: portfolio.entries(db, who, search="verzuim aanpak"), 30)
        pdf = median_ms(lambda: portfolio_pdf(db, who, TODAY), 5)
    shown = statistics.median(opened)
    print("Portfolio (50 onderdelen)")
    print(f"  openen (tab):  {shown:7.1f} ms   (doel ≤ 50 ms: {50 / shown:.1f}× binnen het doel)")
    print(f"  lezen:         {read:7.1f} ms")
    print(f"  zoeken:        {search:7.1f} ms")
    print(f"  pdf:           {pdf:7.1f} ms   (doel ≤ 1000 ms: {1000 / pdf:.1f}× binnen het doel)")


if __name__ == "__main__":
    main()

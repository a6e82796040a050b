"""`make bench` (part 6): the targets of issue 7 — the 18 certificates of a cohort, each its own
PDF plus the combined one, issued and written (target ≤ 0.3 s), next to a floor: reportlab
drawing and writing 18 plain text pages the same way (one file each plus a combined one).
Prints figures; asserts nothing."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sioo_desk.services import certificates
from sioo_desk.services.demo import REFERENCE_CODE, load_demo
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path

TODAY = dt.date(2026, 11, 23)
ISSUED_ON = dt.date(2012, 6, 28)
RUNS = 7


def everyone_eligible(db: Database, cohort: int) -> None:
    """All 18 finish with 'goed': the withdrawal is undone and effort recorded with the verdict
    (the path for a cohort whose attendance was not kept here)."""
    from sqlalchemy import text

    with db.session() as s:
        s.execute(
            text(
                "UPDATE participants SET status = 'completed', withdrawn_on = NULL WHERE cohort_id = :c"
            ),
            {"c": cohort},
        )
        s.execute(text("DELETE FROM attendance"))
        s.execute(
            text(
                """INSERT INTO assessments (participant_id, verdict, motivation, assessed_on,
                   recorded_effort_percent, recorded_by)
                   SELECT id, 'goed', 'bench', '2012-06-27', 100, 'bench' FROM participants p
                   WHERE cohort_id = :c AND NOT EXISTS
                   (SELECT 1 FROM assessments a WHERE a.participant_id = p.id)"""
            ),
            {"c": cohort},
        )
        s.execute(text("UPDATE assessments SET verdict = 'goed', recorded_effort_percent = 100"))


def floor(folder: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    def page(canvas: Canvas, n: int) -> None:
        canvas.setFont("Helvetica", 12)
        canvas.drawString(100, 400, f"Certificaat {n}: deelnemer {n}")
        canvas.showPage()

    for n in range(18):
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=landscape(A4))
        page(canvas, n)
        canvas.save()
        (folder / f"{n}.pdf").write_bytes(buffer.getvalue())
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    for n in range(18):
        page(canvas, n)
    canvas.save()
    (folder / "alle.pdf").write_bytes(buffer.getvalue())


def main() -> None:
    work = Path(tempfile.mkdtemp())
    template = work / "template.sqlite"
    with Database.open(from_path(template)) as db:
        load_demo(db, today=TODAY)
        cohort = int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": REFERENCE_CODE})[0][0])
        everyone_eligible(db, cohort)
        assert (
            sum(s.eligibility.eligible for s in certificates.standings(db, cohort, ISSUED_ON)) == 18
        )

    batch_times: list[float] = []
    first: float | None = None
    for run in range(RUNS):
        path = work / f"run{run}.sqlite"
        shutil.copyfile(template, path)
        out = work / f"out{run}"
        out.mkdir()
        with Database.open(from_path(path), may_create=False) as db:
            certificates.standings(db, cohort, ISSUED_ON)  # the screen has read them already
            started = time.perf_counter()
            result = certificates.issue_batch(db, cohort, out, ISSUED_ON).result
            elapsed = time.perf_counter() - started
        assert len(result.issued) == 18 and result.combined is not None
        if first is None:
            first = elapsed
        else:
            batch_times.append(elapsed)

    floor_times = []
    for run in range(RUNS):
        out = work / f"floor{run}"
        out.mkdir()
        started = time.perf_counter()
        floor(out)
        floor_times.append(time.perf_counter() - started)

    batch = statistics.median(batch_times)
    plain = statistics.median(floor_times)
    print("Certificaten (issue 7)")
    print(f"  18 certificaten uitreiken + gebundelde pdf: {batch * 1000:.0f} ms (doel ≤ 300 ms)")
    print(f"  eerste keer in het proces (lettertypen laden): {(first or 0) * 1000:.0f} ms")
    print(f"  vloer, reportlab 18 kale pagina's op dezelfde manier: {plain * 1000:.0f} ms")
    print(f"  verhouding tot de vloer: {batch / plain:.1f}×")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

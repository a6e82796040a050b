"""The one shape of progress for long work (certificate batches, letters for all, imports,
demo data, long PDFs), the same whether the GUI's worker, the CLI or a test drives it.

A job calls `report(done, total, what)` before each step; `report` raises `Cancelled` once the
user has asked to stop, and the job then undoes what it did (a rolled-back session, staged
files removed) before the exception leaves it.
"""

from __future__ import annotations

from collections.abc import Callable

from sioo_desk.domain.errors import Cancelled

#: `report(done, total, what)`: `done` of `total` steps finished, `what` names the next step
#: ("" when there is nothing to name). Raises `Cancelled` when the user asked to stop.
Report = Callable[[int, int, str], None]


def quiet(_done: int, _total: int, _what: str) -> None:
    """A `Report` for callers that show no progress and never cancel."""


__all__ = ["Cancelled", "Report", "quiet"]

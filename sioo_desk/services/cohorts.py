"""The cohorts in the database, as the navigator and `sioo-desk cohorts` list them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sioo_desk.domain.cohort_rules import shown_status
from sioo_desk.domain.enums import PLACE_TAKING_STATUSES, CohortStatus
from sioo_desk.domain.errors import NotFoundError
from sioo_desk.domain.rules import CohortSize, Norms, cohort_size_status
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database, Row


@dataclass(frozen=True, slots=True)
class CohortSummary:
    id: int
    code: str
    name: str
    programme_title: str
    location: str
    start: dt.date | None
    end: dt.date | None
    status: CohortStatus  # as shown: by hand, or what the dates make of it on the day read
    participants: int  # everyone registered for it, candidates included
    places_taken: int  # admitted, active or completed
    norms: Norms
    archived: bool = False
    status_by_hand: bool = False

    @property
    def size(self) -> CohortSize:
        return cohort_size_status(self.places_taken, self.norms)


_PLACE_TAKING = ", ".join(f"'{s.value}'" for s in sorted(PLACE_TAKING_STATUSES))

_SELECT = f"""
SELECT c.id, c.code, c.name, p.title, c.location, c.start_date, c.end_date, c.status,
       (SELECT count(*) FROM participants x WHERE x.cohort_id = c.id),
       (SELECT count(*) FROM participants x WHERE x.cohort_id = c.id
                                             AND x.status IN ({_PLACE_TAKING})),
       p.contact_half_days, p.outside_working_hours_half_days, p.study_hours,
       p.min_participants, p.max_participants, p.min_group_size, p.max_group_size,
       c.archived, c.status_by_hand, c.intake_from, c.intake_until
FROM cohorts c JOIN programmes p ON p.id = c.programme_id
"""


def _summary(row: Row, today: dt.date) -> CohortSummary:
    norms = Norms(*(int(v) for v in row[10:17]))
    start, end, by_hand = as_date(row[5]), as_date(row[6]), bool(row[18])
    status = shown_status(
        CohortStatus(row[7]),
        by_hand,
        today,
        intake_from=as_date(row[19]),
        intake_until=as_date(row[20]),
        start=start,
        end=end,
    )
    return CohortSummary(
        id=int(row[0]),
        code=str(row[1]),
        name=str(row[2]),
        programme_title=str(row[3]),
        location=str(row[4]),
        start=start,
        end=end,
        status=status,
        participants=int(row[8]),
        places_taken=int(row[9]),
        norms=norms,
        archived=bool(row[17]),
        status_by_hand=by_hand,
    )


def list_cohorts(db: Database, today: dt.date | None = None) -> list[CohortSummary]:
    """Newest first; cohorts without dates last; archived ones too (`archived` says so). The
    status is the one shown on `today` (the caller's date; the clock's when not given)."""
    rows = db.read(_SELECT + " ORDER BY c.start_date IS NULL, c.start_date DESC, c.name")
    day = today or dt.date.today()
    return [_summary(r, day) for r in rows]


def get_cohort(db: Database, cohort_id: int, today: dt.date | None = None) -> CohortSummary:
    rows = db.read(_SELECT + " WHERE c.id = :id", {"id": cohort_id})
    if not rows:
        raise NotFoundError("Cohort", cohort_id)
    return _summary(rows[0], today or dt.date.today())


def current_cohort(cohorts: list[CohortSummary], today: dt.date) -> CohortSummary | None:
    """The cohort a user most likely wants to see today: one running now, else the next to
    start, else the most recent."""
    running = [c for c in cohorts if c.start and c.end and c.start <= today <= c.end]
    if running:
        return min(running, key=lambda c: c.start or today)
    upcoming = [c for c in cohorts if c.start and c.start > today]
    if upcoming:
        return min(upcoming, key=lambda c: c.start or today)
    return cohorts[0] if cohorts else None


def intake_period(db: Database, cohort_id: int) -> tuple[dt.date | None, dt.date | None]:
    rows = db.read("SELECT intake_from, intake_until FROM cohorts WHERE id = :c", {"c": cohort_id})
    if not rows:
        raise NotFoundError("Cohort", cohort_id)
    return as_date(rows[0][0]), as_date(rows[0][1])

"""The demo's reference cohort reproduces the brochure's 2011–2012 schedule."""

from __future__ import annotations

import datetime as dt

from sioo_desk.domain.enums import COHORT_WIDE_KINDS, SessionKind
from sioo_desk.services.demo import REFERENCE_PLAN

d = dt.date.fromisoformat


def test_reference_dates_are_the_brochures() -> None:
    plan = REFERENCE_PLAN
    assert plan.start == d("2011-11-23")
    assert plan.ateliers == tuple(
        d(x)
        for x in (
            "2011-12-19",
            "2012-01-16",
            "2012-02-14",
            "2012-03-19",
            "2012-04-23",
            "2012-05-21",
        )
    )
    assert plan.masterclasses == (d("2012-03-07"), d("2012-05-09"))
    assert plan.end == d("2012-06-27")
    assert all(day.month in (9, 10) and day.year == 2011 for day, _ in plan.intakes)
    # The tussengesprekken lie between ateliers 4 and 5.
    assert all(plan.ateliers[3] < day < plan.ateliers[4] for day, _ in plan.midterms)
    assert {
        SessionKind.START,
        SessionKind.ATELIER,
        SessionKind.MASTERCLASS,
        SessionKind.CLOSING,
    } == COHORT_WIDE_KINDS


def test_reference_sessions_fall_on_weekdays() -> None:
    plan = REFERENCE_PLAN
    days = [plan.start, *plan.ateliers, *plan.masterclasses, plan.closing]
    days += [x for group in plan.consultations for x in group]
    assert all(day.isoweekday() <= 5 for day in days)
    assert all((first + dt.timedelta(days=1)).isoweekday() <= 5 for first in plan.ateliers)

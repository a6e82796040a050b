"""A cohort's status follows its dates; its code is proposed from the start year."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.cohort_rules import (
    FOLLOWED,
    carries_code,
    code_problem,
    normalise_code,
    proposed_code,
    shown_status,
    status_on,
)
from sioo_desk.domain.enums import CohortStatus as S

days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def cohort_dates(draw: st.DrawFn) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """Intake from ≤ intake until ≤ start ≤ end, as a valid cohort has them."""
    four = sorted(draw(st.lists(days, min_size=4, max_size=4)))
    return four[0], four[1], four[2], four[3]


@given(cohort_dates(), days)
def test_the_status_is_the_phase_the_day_falls_in(
    dates: tuple[dt.date, dt.date, dt.date, dt.date], today: dt.date
) -> None:
    intake_from, intake_until, start, end = dates
    status = status_on(
        today, intake_from=intake_from, intake_until=intake_until, start=start, end=end
    )
    if today < intake_from:
        assert status is S.PLANNED
    elif today < start:
        assert status is S.INTAKE  # the intake period, and the weeks until the start
    elif today <= end:
        assert status is S.RUNNING
    else:
        assert status is S.FINISHED
    assert status is not S.CANCELLED  # only ever by hand


@given(cohort_dates(), days, days)
def test_the_status_never_goes_back_as_the_days_pass(
    dates: tuple[dt.date, dt.date, dt.date, dt.date], one: dt.date, other: dt.date
) -> None:
    earlier, later = sorted((one, other))
    intake_from, intake_until, start, end = dates
    kw = {"intake_from": intake_from, "intake_until": intake_until, "start": start, "end": end}
    assert FOLLOWED.index(status_on(earlier, **kw)) <= FOLLOWED.index(status_on(later, **kw))


@given(
    st.sampled_from(list(S)),
    st.one_of(st.none(), days),
    st.one_of(st.none(), days),
    st.one_of(st.none(), days),
    st.one_of(st.none(), days),
    days,
)
def test_a_status_set_by_hand_stands_whatever_the_dates(
    stored: S,
    intake_from: dt.date | None,
    intake_until: dt.date | None,
    start: dt.date | None,
    end: dt.date | None,
    today: dt.date,
) -> None:
    kw = {"intake_from": intake_from, "intake_until": intake_until, "start": start, "end": end}
    assert shown_status(stored, True, today, **kw) is stored
    assert shown_status(stored, False, today, **kw) is status_on(today, **kw)


def test_missing_dates_are_phases_not_reached() -> None:
    today = dt.date(2027, 1, 1)
    none = {"intake_from": None, "intake_until": None, "start": None, "end": None}
    assert status_on(today, **none) is S.PLANNED
    assert status_on(today, **{**none, "start": dt.date(2026, 1, 1)}) is S.RUNNING
    assert status_on(today, **{**none, "intake_until": dt.date(2027, 2, 1)}) is S.INTAKE


def test_the_code_is_proposed_from_the_start_year_and_numbered_when_taken() -> None:
    assert proposed_code(2027, set()) == "HRM-2027"
    assert proposed_code(2027, {"HRM-2027"}) == "HRM-2027-2"
    assert proposed_code(2027, {"HRM-2027", "HRM-2027-2"}) == "HRM-2027-3"
    assert proposed_code(2027, {"HRM-2026", "HRM-2027-2"}) == "HRM-2027"


def test_codes_are_tidied_and_checked() -> None:
    assert normalise_code("  hrm-2027 ") == "HRM-2027"
    assert normalise_code("hrm 2027") == "HRM-2027"
    assert code_problem("HRM-2027") is None
    assert code_problem("") == "Code: is verplicht, bijvoorbeeld HRM-2027."
    for bad in ("HRM--2027", "-HRM", "HRM/2027", "HRM_2027"):
        assert code_problem(bad) is not None and "alleen letters" in str(code_problem(bad))
    assert "hoogstens 30" in str(code_problem("H" * 31))


def test_a_certificate_number_carries_its_own_cohort_s_code_only() -> None:
    assert carries_code("HRM-2027-001", "HRM-2027")
    assert not carries_code("HRM-2027-2-001", "HRM-2027")
    assert carries_code("HRM-2027-2-001", "HRM-2027-2")
    assert not carries_code("HRM-2027-001", "HRM")
    assert not carries_code("HRM-2027", "HRM-2027")

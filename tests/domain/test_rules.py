from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.enums import DayPart
from sioo_desk.domain.errors import CohortFullError
from sioo_desk.domain.rules import (
    CohortSize,
    ContactTime,
    HalfDaySlot,
    Norms,
    cohort_contact_time,
    cohort_size_status,
    consultation_group_size_problem,
    contact_time,
    ensure_place_for_one_more,
)

NORMS = Norms()


@pytest.mark.parametrize(
    ("admitted", "expected"),
    [
        (0, CohortSize.BELOW_MINIMUM),
        (14, CohortSize.BELOW_MINIMUM),
        (15, CohortSize.WITHIN),
        (17, CohortSize.WITHIN),
        (18, CohortSize.FULL),
        (19, CohortSize.OVER_MAXIMUM),
    ],
)
def test_cohort_size_against_15_to_18(admitted: int, expected: CohortSize) -> None:
    assert cohort_size_status(admitted, NORMS) is expected


def test_a_nineteenth_admission_is_refused_with_the_limit() -> None:
    ensure_place_for_one_more("Leergang 2011–2012", 17, NORMS)
    with pytest.raises(CohortFullError) as caught:
        ensure_place_for_one_more("Leergang 2011–2012", 18, NORMS)
    assert caught.value.limit == 18
    assert "vol" in str(caught.value) and "Leergang 2011–2012" in str(caught.value)


def test_consultation_group_sizes() -> None:
    assert consultation_group_size_problem(3, NORMS) is not None
    assert consultation_group_size_problem(4, NORMS) is None
    assert consultation_group_size_problem(6, NORMS) is None
    assert "hoogstens 6" in (consultation_group_size_problem(7, NORMS) or "")


def test_evenings_and_weekends_are_outside_working_hours() -> None:
    monday = dt.date(2011, 12, 19)
    assert HalfDaySlot(monday, DayPart.EVENING).outside_working_hours
    assert not HalfDaySlot(monday, DayPart.MORNING).outside_working_hours
    assert HalfDaySlot(dt.date(2011, 12, 17), DayPart.MORNING).outside_working_hours


def test_a_half_day_shared_by_two_sessions_counts_once() -> None:
    slot = HalfDaySlot(dt.date(2012, 6, 27), DayPart.MORNING)
    assert contact_time([slot, slot]) == ContactTime(half_days=1, outside_working_hours=0)


def test_forty_five_half_days_make_360_study_hours() -> None:
    figure = ContactTime(half_days=45, outside_working_hours=7)
    assert figure.contact_hours == 180
    assert figure.study_hours == 360
    assert figure.shortfall(NORMS) == []
    assert ContactTime(44, 7).shortfall(NORMS) == [
        "44 dagdelen contacttijd gepland; het programma belooft 45."
    ]


def test_cohort_figure_is_the_most_fully_planned_participant() -> None:
    wide = ContactTime(37, 7)
    assert cohort_contact_time([], wide) == wide
    assert cohort_contact_time([ContactTime(44, 7), ContactTime(45, 7)], wide) == ContactTime(45, 7)


slots = st.builds(
    HalfDaySlot,
    st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2013, 12, 31)),
    st.sampled_from(list(DayPart)),
)


@given(st.lists(slots, max_size=60))
def test_contact_time_counts_distinct_half_days_in_any_order(items: list[HalfDaySlot]) -> None:
    figure = contact_time(items)
    assert figure.half_days == len(set(items))
    assert figure == contact_time(list(reversed(items)))
    assert 0 <= figure.outside_working_hours <= figure.half_days

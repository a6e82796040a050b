from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.enums import DayPart, SessionKind
from sioo_desk.domain.schedule_checks import (
    SessionFacts,
    check_days,
    check_double_bookings,
    check_order,
    check_shape,
)
from sioo_desk.domain.schedule_template import TWO_DAYS_FIVE_HALF_DAYS, lay_out

M, A, E = DayPart.MORNING, DayPart.AFTERNOON, DayPart.EVENING
d = dt.date.fromisoformat


def facts(
    sid: int,
    kind: SessionKind,
    number: int | None,
    first: str,
    shape=((0, M),),
    people=None,
    cohort="C",
) -> SessionFacts:  # type: ignore[no-untyped-def]
    day = d(first)
    slots = tuple((day + dt.timedelta(days=o), p) for o, p in shape)
    times = {M: (9, 12), A: (13, 17), E: (19, 21)}
    spans = tuple(
        (dt.datetime.combine(x, dt.time(times[p][0])), dt.datetime.combine(x, dt.time(times[p][1])))
        for x, p in slots
    )
    return SessionFacts(
        sid,
        cohort,
        kind,
        number,
        f"{kind.value} {number or ''}".strip(),
        slots,
        people or {},
        spans,
    )


def weekdays(day: dt.date) -> bool:
    return day.isoweekday() <= 5


def test_layout_has_the_programmes_shape() -> None:
    plan = lay_out(d("2027-11-17"), weekdays)
    kinds = [p.template.kind for p in plan]
    assert kinds.count(SessionKind.ATELIER) == 6 and kinds.count(SessionKind.MASTERCLASS) == 2
    assert kinds[0] is SessionKind.START and kinds[-1] is SessionKind.CLOSING
    half_days = sum(len(p.slots) for p in plan)
    evenings = sum(1 for p in plan for _day, part in p.slots if part is E)
    assert (half_days, evenings) == (2 + 30 + 2 + 5, 7)
    ateliers = [p for p in plan if p.template.kind is SessionKind.ATELIER]
    assert all(a.first_day.isoweekday() == 1 for a in ateliers)
    gaps = [(b.first_day - a.first_day).days for a, b in itertools.pairwise(ateliers)]
    assert all(gap % 7 == 0 and 21 <= gap <= 42 for gap in gaps)


def test_layout_skips_public_holidays() -> None:
    easter_monday = d("2012-04-09")
    plan = lay_out(d("2011-11-23"), lambda day: weekdays(day) and day != easter_monday)
    days = {day for p in plan for day, _ in p.slots}
    assert easter_monday not in days
    assert d("2012-04-16") in days  # atelier 5 a week later


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_layout_from_any_start_is_in_order_on_working_days(start: dt.date) -> None:
    plan = lay_out(start, weekdays)
    assert [p.first_day for p in plan] == sorted(p.first_day for p in plan)
    assert all(weekdays(day) for p in plan for day, _ in p.slots)
    assert (
        check_order(
            [
                facts(
                    i, p.template.kind, p.template.number, p.first_day.isoformat(), p.template.shape
                )
                for i, p in enumerate(plan)
            ]
        )
        == []
    )


def test_order_problems() -> None:
    sessions = [
        facts(1, SessionKind.START, None, "2027-11-17"),
        facts(2, SessionKind.INTAKE_INTERVIEW, None, "2027-11-18"),
        facts(3, SessionKind.ATELIER, 1, "2028-01-10", TWO_DAYS_FIVE_HALF_DAYS),
        facts(4, SessionKind.ATELIER, 2, "2027-12-13", TWO_DAYS_FIVE_HALF_DAYS),
        facts(5, SessionKind.ATELIER, 3, "2028-02-07", TWO_DAYS_FIVE_HALF_DAYS),
        facts(6, SessionKind.MIDTERM_REVIEW, None, "2028-02-01"),
        facts(7, SessionKind.CLOSING, None, "2028-06-06", TWO_DAYS_FIVE_HALF_DAYS),
        facts(8, SessionKind.MASTERCLASS, 2, "2028-06-14"),
    ]
    ids = sorted(p.session_id for p in check_order(sessions))
    assert ids == [2, 4, 6, 8]


def test_weekend_holiday_and_shape() -> None:
    sessions = [
        facts(1, SessionKind.ATELIER, 1, "2012-05-17", ((0, M), (2, M))),
        facts(2, SessionKind.MASTERCLASS, 1, "2012-05-19"),
    ]
    holidays = {d("2012-05-17"): "Hemelvaartsdag"}
    messages = [p.message for p in check_days(sessions, holidays)]
    assert "atelier 1 valt op Hemelvaartsdag (17 mei 2012)." in messages
    assert "masterclass 1 valt op zaterdag 19 mei 2012." in messages
    assert [p.message for p in check_shape(sessions)] == [
        "atelier 1 is geen twee opeenvolgende dagen."
    ]


def test_a_teacher_booked_twice_across_cohorts() -> None:
    teacher = {7: "Pieter Zwart"}
    sessions = [
        facts(
            1, SessionKind.ATELIER, 1, "2027-12-13", TWO_DAYS_FIVE_HALF_DAYS, teacher, "Leergang A"
        ),
        facts(2, SessionKind.MASTERCLASS, 1, "2027-12-14", ((0, A),), teacher, "Leergang B"),
        facts(3, SessionKind.MASTERCLASS, 2, "2027-12-15", ((0, A),), teacher),
    ]
    problems = check_double_bookings(sessions)
    # On both sessions, so that whoever edits either cohort sees it.
    assert sorted(p.session_id for p in problems) == [1, 2]
    assert all("Pieter Zwart" in p.message for p in problems)
    assert "Leergang A" in problems[0].message and "Leergang B" in problems[0].message

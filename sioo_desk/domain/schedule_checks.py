"""Checks on a schedule: order, weekends and public holidays, people booked twice, the shape of
a werkatelier, contact time. They never block saving; they stay visible until resolved."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from sioo_desk.domain.enums import DayPart, SessionKind
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.rules import ContactTime, Norms

PART_NAMES = {DayPart.MORNING: "ochtend", DayPart.AFTERNOON: "middag", DayPart.EVENING: "avond"}


class SessionFacts(NamedTuple):
    """What the checks need to know of one session; its half-days in time order. A named
    tuple: thousands are made for the checks across all cohorts, and tuples are made fast."""

    id: int
    cohort: str
    kind: SessionKind
    number: int | None
    title: str
    slots: tuple[tuple[dt.date, DayPart], ...]
    people: Mapping[int, str] = MappingProxyType({})  # person id -> name (teachers…)
    # Clock times of each half-day where known (intake slots are shorter than a half-day).
    spans: tuple[tuple[dt.datetime, dt.datetime], ...] = ()
    cohort_id: int = 0

    # `slots` are in time order, so the first and last day are at the ends.
    @property
    def first(self) -> dt.date:
        return self.slots[0][0]

    @property
    def last(self) -> dt.date:
        return self.slots[-1][0]


@dataclass(frozen=True)
class Problem:
    session_id: int | None
    message: str


def check_order(sessions: Iterable[SessionFacts]) -> list[Problem]:
    timed = [s for s in sessions if s.slots]
    by_kind: dict[SessionKind, list[SessionFacts]] = defaultdict(list)
    for s in timed:
        by_kind[s.kind].append(s)
    problems = []
    start = by_kind[SessionKind.START][0] if by_kind[SessionKind.START] else None
    ateliers = sorted(by_kind[SessionKind.ATELIER], key=lambda s: s.number or 0)
    if start is not None:
        for intake in by_kind[SessionKind.INTAKE_INTERVIEW]:
            if intake.first >= start.first:
                problems.append(
                    Problem(
                        intake.id,
                        f"{intake.title} ({long_date(intake.first)}) "
                        "valt niet vóór de startbijeenkomst.",
                    )
                )
        if ateliers and ateliers[0].first <= start.last:
            problems.append(
                Problem(ateliers[0].id, f"{ateliers[0].title} valt niet na de startbijeenkomst.")
            )
    for earlier, later in itertools.pairwise(ateliers):
        if later.first <= earlier.last:
            problems.append(
                Problem(
                    later.id,
                    f"{later.title} ({long_date(later.first)}) valt "
                    f"niet na {earlier.title} ({long_date(earlier.last)}).",
                )
            )
    third = next((a for a in ateliers if a.number == 3), None)
    if third is not None:
        for review in by_kind[SessionKind.MIDTERM_REVIEW]:
            if review.first <= third.last:
                problems.append(
                    Problem(
                        review.id,
                        f"{review.title} ({long_date(review.first)}) valt niet na werkatelier 3.",
                    )
                )
    closing = by_kind[SessionKind.CLOSING][0] if by_kind[SessionKind.CLOSING] else None
    if closing is not None:
        for other in timed:
            if other.kind not in (SessionKind.CLOSING, SessionKind.ACCOUNTABILITY) and (
                other.last > closing.first
            ):
                problems.append(
                    Problem(
                        other.id,
                        f"{other.title} ({long_date(other.last)}) valt "
                        "na het begin van de slotbijeenkomst.",
                    )
                )
    return problems


def check_days(sessions: Iterable[SessionFacts], holidays: Mapping[dt.date, str]) -> list[Problem]:
    problems = []
    for s in sessions:
        for day in sorted({d for d, _ in s.slots}):
            if day.isoweekday() >= 6:
                weekday = "zaterdag" if day.isoweekday() == 6 else "zondag"
                problems.append(Problem(s.id, f"{s.title} valt op {weekday} {long_date(day)}."))
            elif day in holidays:
                problems.append(
                    Problem(s.id, f"{s.title} valt op {holidays[day]} ({long_date(day)}).")
                )
    return problems


def check_shape(sessions: Iterable[SessionFacts]) -> list[Problem]:
    problems = []
    for s in sessions:
        if s.kind is SessionKind.ATELIER and s.slots:
            days = sorted({d for d, _ in s.slots})
            if len(days) != 2 or days[1] - days[0] != dt.timedelta(days=1):
                problems.append(Problem(s.id, f"{s.title} is geen twee opeenvolgende dagen."))
            elif len(s.slots) != 5:
                problems.append(
                    Problem(
                        s.id,
                        f"{s.title} heeft {len(s.slots)} dagdelen; een werkatelier heeft er vijf.",
                    )
                )
    return problems


def check_double_bookings(sessions: Iterable[SessionFacts]) -> list[Problem]:
    """A teacher or coach in two sessions at the same time, in any cohort."""
    bookings: dict[int, list[tuple[dt.datetime, dt.datetime, SessionFacts]]] = defaultdict(list)
    for s in sessions:
        for person in s.people:
            for begin, end in s.spans:
                bookings[person].append((begin, end, s))
    problems = []
    reported: set[tuple[int, int, int]] = set()
    for person, items in bookings.items():
        items.sort(key=lambda x: (x[0], x[2].id))
        latest = items[0]  # the booking that runs on longest so far
        for item in items[1:]:
            later_begin, later_end, second = item
            _begin, end, first = latest
            key = (person, min(first.id, second.id), max(first.id, second.id))
            if later_begin < end and first.id != second.id and key not in reported:
                reported.add(key)
                name, day = second.people[person], long_date(later_begin.date())
                # On both sessions: whoever edits either cohort sees it.
                for here, there in ((second, first), (first, second)):
                    problems.append(
                        Problem(
                            here.id,
                            (
                                f"{name} staat op {day} om {later_begin:%H:%M} ingeroosterd bij "
                                f"{here.title} ({here.cohort}) én bij {there.title} ({there.cohort})."
                            ),
                        )
                    )
            if later_end > end:
                latest = item
    return problems


def check_contact_time(figure: ContactTime, norms: Norms) -> list[Problem]:
    return [Problem(None, text) for text in figure.shortfall(norms)]

"""'Voldoende inspanning': attended half-days over planned half-days, with the programme's
settings for how 'late' and 'excused' count and half-days before joining never counted."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from sioo_desk.domain.enums import AttendanceStatus


@dataclass(frozen=True)
class EffortSettings:
    threshold_percent: int = 80
    late_counts_as_present: bool = True
    excused_leaves_denominator: bool = True


@dataclass(frozen=True)
class PlannedHalfDay:
    date: dt.date
    status: AttendanceStatus | None  # None: not recorded (yet)


@dataclass(frozen=True)
class Effort:
    planned: int  # half-days that count so far (held, after joining, excused left out)
    attended: int
    excused: int
    late: int
    absent: int
    unrecorded: int  # held but nothing recorded: counted as not attended
    remaining: int  # still to come
    threshold_percent: int

    @property
    def percentage(self) -> float | None:
        return None if self.planned == 0 else 100 * self.attended / self.planned

    @property
    def best_reachable(self) -> float | None:
        """The effort if every remaining half-day is attended."""
        total = self.planned + self.remaining
        return None if total == 0 else 100 * (self.attended + self.remaining) / total

    @property
    def below_threshold(self) -> bool:
        return self.percentage is not None and self.percentage < self.threshold_percent

    @property
    def cannot_reach(self) -> bool:
        best = self.best_reachable
        return best is not None and best < self.threshold_percent

    def explanation(self) -> str:
        """In Dutch, why the figure is what it is."""
        if self.percentage is None:
            return "Nog geen dagdelen gehouden."
        # Rounded down: 79.5 % must not read as the 80 % it falls short of.
        text = (
            f"{self.attended} van {self.planned} dagdelen aanwezig "
            f"({math.floor(self.percentage)}%, drempel {self.threshold_percent}%)"
        )
        details = []
        if self.excused:
            details.append(f"{self.excused} afgemeld, niet meegeteld")
        if self.absent:
            details.append(f"{self.absent} afwezig")
        if self.unrecorded:
            details.append(f"{self.unrecorded} niet geregistreerd")
        if details:
            text += "; " + ", ".join(details)
        if self.cannot_reach and self.remaining:
            best = self.best_reachable
            text += (
                f". Ook met alle {self.remaining} resterende dagdelen komt dit hoogstens "
                f"op {math.floor(best or 0)}%"
            )
        elif self.below_threshold:
            text += ". Er volgen geen dagdelen meer"
        return text + "."


def effort(
    half_days: Iterable[PlannedHalfDay],
    *,
    today: dt.date,
    joined_on: dt.date | None,
    settings: EffortSettings = EffortSettings(),
) -> Effort:
    planned = attended = excused = late = absent = unrecorded = remaining = 0
    for half_day in half_days:
        if joined_on is not None and half_day.date < joined_on:
            continue
        if half_day.date >= today and half_day.status is None:
            remaining += 1
            continue
        status = half_day.status
        if status is AttendanceStatus.EXCUSED:
            excused += 1
            if settings.excused_leaves_denominator:
                continue
            planned += 1
            continue
        planned += 1
        if status is AttendanceStatus.PRESENT:
            attended += 1
        elif status is AttendanceStatus.LATE:
            late += 1
            attended += 1 if settings.late_counts_as_present else 0
        elif status is AttendanceStatus.ABSENT:
            absent += 1
        else:
            unrecorded += 1
    return Effort(
        planned, attended, excused, late, absent, unrecorded, remaining, settings.threshold_percent
    )

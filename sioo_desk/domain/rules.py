"""The programme's rules as plain functions over plain values, testable without a database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sioo_desk.domain.enums import DayPart
from sioo_desk.domain.errors import CohortFullError

HOURS_PER_HALF_DAY = 4


@dataclass(frozen=True, slots=True)
class Norms:
    """A programme's numbers; the brochure's are the defaults."""

    contact_half_days: int = 45
    outside_working_hours_half_days: int = 7
    study_hours: int = 360
    min_participants: int = 15
    max_participants: int = 18
    min_group_size: int = 4
    max_group_size: int = 6


# --- cohort size -----------------------------------------------------------------------------


class CohortSize(StrEnum):
    BELOW_MINIMUM = "below_minimum"
    WITHIN = "within"
    FULL = "full"
    OVER_MAXIMUM = "over_maximum"


def cohort_size_status(admitted: int, norms: Norms) -> CohortSize:
    if admitted > norms.max_participants:
        return CohortSize.OVER_MAXIMUM
    if admitted == norms.max_participants:
        return CohortSize.FULL
    if admitted < norms.min_participants:
        return CohortSize.BELOW_MINIMUM
    return CohortSize.WITHIN


def ensure_place_for_one_more(cohort_name: str, admitted: int, norms: Norms) -> None:
    """Admitting above the maximum is refused; below the minimum is only a warning."""
    if admitted >= norms.max_participants:
        raise CohortFullError(cohort_name, norms.max_participants)


def consultation_group_size_problem(size: int, norms: Norms) -> str | None:
    """A Dutch warning when a consultation group is outside 4–6, else None."""
    if size < norms.min_group_size:
        return f"{size} deelnemers: een consultatiegroep heeft er minstens {norms.min_group_size}."
    if size > norms.max_group_size:
        return f"{size} deelnemers: een consultatiegroep heeft er hoogstens {norms.max_group_size}."
    return None


# --- contact time ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class HalfDaySlot:
    date: dt.date
    part: DayPart

    @property
    def outside_working_hours(self) -> bool:
        """Evenings and weekends are outside working hours."""
        return self.part is DayPart.EVENING or self.date.isoweekday() >= 6


@dataclass(frozen=True, slots=True)
class ContactTime:
    half_days: int
    outside_working_hours: int

    @property
    def contact_hours(self) -> int:
        return self.half_days * HOURS_PER_HALF_DAY

    @property
    def study_hours(self) -> int:
        """Contact time plus the same again in self-study (brochure: 45 half-days → 360 h)."""
        return 2 * self.contact_hours

    def shortfall(self, norms: Norms) -> list[str]:
        """Dutch descriptions of where this falls short of or exceeds the norms."""
        problems = []
        if self.half_days != norms.contact_half_days:
            problems.append(
                f"{self.half_days} dagdelen contacttijd gepland; het programma belooft "
                f"{norms.contact_half_days}."
            )
        if self.outside_working_hours != norms.outside_working_hours_half_days:
            problems.append(
                f"{self.outside_working_hours} dagdelen buiten werktijd gepland; het programma "
                f"noemt er {norms.outside_working_hours_half_days}."
            )
        return problems


def contact_time(slots: Iterable[HalfDaySlot]) -> ContactTime:
    """Contact time of one person: each half-day counts once, however many sessions share it
    (an accountability conversation lies within the closing meeting's half-days)."""
    unique = set(slots)
    return ContactTime(
        half_days=len(unique),
        outside_working_hours=sum(1 for s in unique if s.outside_working_hours),
    )


def cohort_contact_time(
    per_participant: Iterable[ContactTime], cohort_wide: ContactTime
) -> ContactTime:
    """The cohort's planned contact time: that of its most fully planned participant, or of the
    sessions everybody attends when nobody has individual sessions yet."""
    best = cohort_wide
    for figure in per_participant:
        if (figure.half_days, figure.outside_working_hours) > (
            best.half_days,
            best.outside_working_hours,
        ):
            best = figure
    return best

"""A cohort's status as its dates make it, and its code: the prefix of its certificate numbers
(`HRM-2027` → `HRM-2027-001`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from sioo_desk.domain.enums import CohortStatus

#: The order a cohort goes through when nobody sets its status by hand.
FOLLOWED = (
    CohortStatus.PLANNED,
    CohortStatus.INTAKE,
    CohortStatus.RUNNING,
    CohortStatus.FINISHED,
)

CODE_PREFIX = "HRM"
# A certificate number is the code, a hyphen and three digits, in a column of 40.
CODE_MAX_LENGTH = 30
_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def status_on(
    today: dt.date,
    *,
    intake_from: dt.date | None,
    intake_until: dt.date | None,
    start: dt.date | None,
    end: dt.date | None,
) -> CohortStatus:
    """What the dates make of a cohort today: planned before its intakes open, intake from
    then until it starts (the weeks between the last intake and the start included: the group
    is still forming), running from start to end, finished after. A missing date is a phase
    that has not been fixed, so it is never reached; an intake period with only an end is open
    until then."""
    if end is not None and today > end:
        return CohortStatus.FINISHED
    if start is not None and today >= start:
        return CohortStatus.RUNNING
    if intake_from is not None and today >= intake_from:
        return CohortStatus.INTAKE
    if intake_from is None and intake_until is not None:
        return CohortStatus.INTAKE
    return CohortStatus.PLANNED


def shown_status(
    stored: CohortStatus,
    by_hand: bool,
    today: dt.date,
    *,
    intake_from: dt.date | None,
    intake_until: dt.date | None,
    start: dt.date | None,
    end: dt.date | None,
) -> CohortStatus:
    """The stored status when someone set it by hand (a cancelled cohort, or one kept open
    past its end); otherwise what the dates make of it today."""
    if by_hand:
        return stored
    return status_on(
        today, intake_from=intake_from, intake_until=intake_until, start=start, end=end
    )


def normalise_code(text: str) -> str:
    return "-".join(text.upper().replace("–", "-").split()).strip()


def code_problem(code: str) -> str | None:
    """Why `code` cannot be a cohort's code (Dutch), or None."""
    if not code:
        return "Code: is verplicht, bijvoorbeeld HRM-2027."
    if len(code) > CODE_MAX_LENGTH:
        return f"Code: hoogstens {CODE_MAX_LENGTH} tekens."
    if not _CODE.fullmatch(code):
        return "Code: alleen letters, cijfers en losse streepjes ertussen, bijvoorbeeld HRM-2027."
    return None


def proposed_code(year: int, taken: Collection[str]) -> str:
    """`HRM-2027`, or `HRM-2027-2`, `HRM-2027-3`… when that is taken."""
    base = f"{CODE_PREFIX}-{year}"
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


def carries_code(number: str, code: str) -> bool:
    """Whether certificate `number` was numbered under `code` (`HRM-2027-001` under `HRM-2027`,
    but not `HRM-2027-2-001`, which belongs to `HRM-2027-2`)."""
    rest = number[len(code) + 1 :]
    return number.startswith(code + "-") and rest.isdigit()

"""Who gets a certificate of participation: sufficient effort *and* a final result judged
"goed", and still in the programme. One rule, with the exact reasons when the answer is no."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sioo_desk.domain.enums import Verdict
from sioo_desk.domain.formatting import long_date


@dataclass(frozen=True)
class Eligibility:
    reasons: tuple[str, ...]

    @property
    def eligible(self) -> bool:
        return not self.reasons


def eligibility(
    *,
    effort_percent: float | None,
    threshold_percent: int,
    verdict: Verdict | None,
    withdrawn_on: dt.date | None = None,
    withdrawn: bool = False,
    half_days_to_come: int = 0,
) -> Eligibility:
    """`effort_percent` comes from the attendance register, or from a figure recorded with the
    verdict for a cohort whose attendance was not kept here; None when neither exists. Effort
    is judged over the whole programme: while half-days are still to come, it is not yet."""
    reasons: list[str] = []
    if half_days_to_come and not (withdrawn or withdrawn_on is not None):
        reasons.append(f"programma nog niet afgelopen: nog {half_days_to_come} dagdelen")
    if withdrawn or withdrawn_on is not None:
        when = f" op {long_date(withdrawn_on)}" if withdrawn_on else ""
        reasons.append(f"teruggetrokken{when}")
    if effort_percent is None:
        reasons.append("inzet onbekend: geen aanwezigheid en geen inzetcijfer vastgelegd")
    elif effort_percent < threshold_percent:
        # Rounded down: 79.5 % must not read as the 80 % it falls short of.
        reasons.append(f"inzet {math.floor(effort_percent)}%, drempel {threshold_percent}%")
    if verdict is None:
        reasons.append("nog geen eindoordeel")
    elif verdict is not Verdict.GOED:
        reasons.append(f"eindoordeel {verdict.value}")
    return Eligibility(tuple(reasons))

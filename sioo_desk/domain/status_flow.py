"""Which status may follow which: registered → intake planned → admitted / not admitted →
active → withdrawn / completed."""

from __future__ import annotations

from sioo_desk.domain.enums import ParticipantStatus as S
from sioo_desk.domain.errors import SiooDeskError

STATUS_LABELS = {
    S.REGISTERED: "aangemeld",
    S.INTAKE_PLANNED: "intake gepland",
    S.ADMITTED: "toegelaten",
    S.NOT_ADMITTED: "niet toegelaten",
    S.ACTIVE: "actief",
    S.WITHDRAWN: "teruggetrokken",
    S.COMPLETED: "afgerond",
}

ALLOWED: dict[S, frozenset[S]] = {
    S.REGISTERED: frozenset({S.INTAKE_PLANNED, S.WITHDRAWN}),
    S.INTAKE_PLANNED: frozenset({S.REGISTERED, S.ADMITTED, S.NOT_ADMITTED, S.WITHDRAWN}),
    S.ADMITTED: frozenset({S.ACTIVE, S.NOT_ADMITTED, S.WITHDRAWN}),
    S.NOT_ADMITTED: frozenset({S.ADMITTED}),
    S.ACTIVE: frozenset({S.WITHDRAWN, S.COMPLETED}),
    S.WITHDRAWN: frozenset({S.ACTIVE}),
    S.COMPLETED: frozenset({S.ACTIVE}),
}


class StatusTransitionError(SiooDeskError):
    def __init__(self, name: str, current: S, wanted: S) -> None:
        self.current = current
        self.wanted = wanted
        options = ", ".join(STATUS_LABELS[s] for s in sorted(ALLOWED[current]))
        super().__init__(
            f"{name} is {STATUS_LABELS[current]} en kan niet rechtstreeks "
            f"{STATUS_LABELS[wanted]} worden (wel: {options})."
        )


def ensure_transition(name: str, current: S, wanted: S) -> None:
    if wanted != current and wanted not in ALLOWED[current]:
        raise StatusTransitionError(name, current, wanted)

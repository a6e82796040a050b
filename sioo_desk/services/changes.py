"""What an edit touched, and how to take it back.

Every service that writes returns an `Edit`: the `Changes` it made (so that each screen reloads
only what overlaps) and the inverse edit (so that undo lives beside the rule it undoes, not in
the screen that asked for it). `Changes` is a small frozen value that combines with `|` and
travels as compact JSON, for other processes that share the database.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sioo_desk.store.database import Database

# Past this many ids in all, a change says "everything in these cohorts" instead.
MAX_IDS = 250


class Kind(StrEnum):
    """The kinds of fact a screen can show; a change names the kinds it touched."""

    COHORTS = "cohorts"
    PARTICIPANTS = "participants"
    SESSIONS = "sessions"
    GROUPS = "groups"
    ATTENDANCE = "attendance"
    PORTFOLIO = "portfolio"
    CLOSING = "closing"
    PEOPLE = "people"
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    """The facts one edit touched, by id where a screen can use that.

    `cohorts` always holds the cohorts an edit touched in any way, so that a screen showing
    another cohort can ignore it. `whole` names cohorts of which anything may have changed;
    `everything` says that no screen can trust what it shows (another database was opened).
    """

    cohorts: frozenset[int] = frozenset()
    participants: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    groups: frozenset[int] = frozenset()
    # (participant id, half-day id): the cells of the register that changed.
    attendance: frozenset[tuple[int, int]] = frozenset()
    portfolio: frozenset[int] = frozenset()  # participant ids
    closing: frozenset[int] = frozenset()  # participant ids: turns, verdicts, certificates
    people: frozenset[int] = frozenset()  # staff (teachers, coaches, assessors) ids
    settings: frozenset[str] = frozenset()  # names of programme settings
    whole: frozenset[int] = frozenset()
    everything: bool = False
    by: str = ""
    at: dt.datetime | None = field(default=None, compare=False)

    # --- making ----------------------------------------------------------------------------

    @classmethod
    def of(
        cls,
        cohort: int | Iterable[int] | None = None,
        *,
        participants: Iterable[int] = (),
        sessions: Iterable[int] = (),
        groups: Iterable[int] = (),
        attendance: Iterable[tuple[int, int]] = (),
        portfolio: Iterable[int] = (),
        closing: Iterable[int] = (),
        people: Iterable[int] = (),
        settings: Iterable[str] = (),
        whole: bool = False,
    ) -> Changes:
        """The usual way a service says what it did: the cohort(s) first, then the facts."""
        cohorts = (
            frozenset()
            if cohort is None
            else frozenset([cohort])
            if isinstance(cohort, int)
            else frozenset(cohort)
        )
        made = cls(
            cohorts=cohorts,
            participants=frozenset(participants),
            sessions=frozenset(sessions),
            groups=frozenset(groups),
            attendance=frozenset(attendance),
            portfolio=frozenset(portfolio),
            closing=frozenset(closing),
            people=frozenset(people),
            settings=frozenset(settings),
            whole=cohorts if whole else frozenset(),
            by=actor(),
            at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        )
        return made._compacted()

    @classmethod
    def all(cls) -> Changes:
        """Nothing on screen can be trusted any more: another database, a restore."""
        return cls(everything=True, by=actor(), at=dt.datetime.now(dt.UTC).replace(microsecond=0))

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        ats = [a for a in (self.at, other.at) if a is not None]
        return Changes(
            cohorts=self.cohorts | other.cohorts,
            participants=self.participants | other.participants,
            sessions=self.sessions | other.sessions,
            groups=self.groups | other.groups,
            attendance=self.attendance | other.attendance,
            portfolio=self.portfolio | other.portfolio,
            closing=self.closing | other.closing,
            people=self.people | other.people,
            settings=self.settings | other.settings,
            whole=self.whole | other.whole,
            everything=self.everything or other.everything,
            by=self.by or other.by,
            at=max(ats) if ats else None,
        )._compacted()

    def _compacted(self) -> Changes:
        if self.everything:
            return Changes(everything=True, by=self.by, at=self.at)
        if self._id_count() <= MAX_IDS:
            return self
        # Too long to send between processes: the screens of these cohorts reload whole.
        return Changes(
            cohorts=self.cohorts,
            people=self.people if len(self.people) <= MAX_IDS else frozenset(),
            settings=self.settings,
            whole=self.cohorts,
            everything=not self.cohorts,
            by=self.by,
            at=self.at,
        )

    def _id_count(self) -> int:
        return sum(
            len(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("cohorts", "whole", "settings", "everything", "by", "at")
        )

    # --- asking ----------------------------------------------------------------------------

    @property
    def empty(self) -> bool:
        return (
            not self.everything
            and not any(getattr(self, k.value, None) for k in Kind if k is not Kind.COHORTS)
            and not self.whole
            and not self.cohorts
        )

    def touches(self, cohort_id: int | None, *kinds: Kind) -> bool:
        """Whether a screen showing these kinds of fact of this cohort must look again.

        Staff and settings belong to no one cohort: a screen showing them always looks again.
        """
        if self.everything:
            return True
        if Kind.PEOPLE in kinds and self.people:
            return True
        if Kind.SETTINGS in kinds and self.settings and not self.cohorts:
            return True
        if cohort_id is None or cohort_id not in self.cohorts:
            return False
        if cohort_id in self.whole:
            return True
        return any(k is Kind.COHORTS or getattr(self, k.value) for k in kinds)

    def whole_of(self, cohort_id: int | None) -> bool:
        """Whether a screen of this cohort must reload everything rather than some rows."""
        return self.everything or (cohort_id is not None and cohort_id in self.whole)

    # --- sending ---------------------------------------------------------------------------

    def to_json(self) -> str:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if not value:
                continue
            if f.name == "at":
                data["at"] = value.isoformat()
            elif f.name == "attendance":
                data[f.name] = sorted([list(cell) for cell in value])
            elif isinstance(value, frozenset):
                data[f.name] = sorted(value)
            else:
                data[f.name] = value
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Changes:
        data = json.loads(text)
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name == "at":
                values["at"] = dt.datetime.fromisoformat(value)
            elif f.name == "attendance":
                values[f.name] = frozenset((int(p), int(h)) for p, h in value)
            elif f.name == "settings":
                values[f.name] = frozenset(str(v) for v in value)
            elif f.name in ("everything", "by"):
                values[f.name] = value
            else:
                values[f.name] = frozenset(int(v) for v in value)
        return cls(**values)


def actor() -> str:
    """Who is making the change: the operating system's user name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


Inverse = Callable[["Database"], "Edit"]


@dataclass(frozen=True)
class Edit:
    """What a write did (`changes`), how to take it back (`inverse`, run with the database
    it was made in; None when it cannot be undone by nature) and what it made (`result`)."""

    changes: Changes
    inverse: Inverse | None
    result: Any = None

    @property
    def undoable(self) -> bool:
        return self.inverse is not None


def unchanged(result: Any = None) -> Edit:
    """An edit that found nothing to change (the same value again): nothing to publish and
    no step for the undo stack."""
    return Edit(Changes(), None, result)


def final(changes: Changes, result: Any = None) -> Edit:
    """An edit that cannot be undone by nature (a certificate issued, a restore)."""
    return Edit(changes, None, result)

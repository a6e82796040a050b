"""The professioneel verantwoordingsgesprek: groups of four participants (three or five only
when the numbers force it), one assessor each who is never a member's own coach, and within
the closing meeting's half-days a turn of at least an hour per participant that keeps clear of
their own presentation to their client. Deterministic: the same input gives the same plan."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from sioo_desk.domain.errors import SiooDeskError

GROUP_SIZE = 4
SMALLEST, LARGEST = 3, 5
MIN_MINUTES = 60
DEFAULT_MINUTES = 75


class NoPlan(SiooDeskError):
    """No plan meets the rules; the message says which rule and the numbers."""


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    coach_ids: frozenset[int] = frozenset()
    consultation_group: int | None = None
    presentation: tuple[dt.datetime, dt.datetime] | None = None


@dataclass(frozen=True)
class Window:
    """A half-day of the closing meeting in which conversations can be held."""

    start: dt.datetime
    end: dt.datetime


def group_sizes(count: int) -> list[int]:
    """Groups of four; threes and fives only as many as the count forces, and then the fewest
    groups (so the fewest assessors): 17 → 5 4 4 4, 18 → 5 5 4 4, 15 → 4 4 4 3."""
    if count <= LARGEST:
        return [count] if count else []
    best: tuple[tuple[int, int, int], list[int]] | None = None
    for fives in range(count // LARGEST + 1):
        for threes in range(count // SMALLEST + 1):
            rest = count - LARGEST * fives - SMALLEST * threes
            if rest < 0 or rest % GROUP_SIZE:
                continue
            sizes = [LARGEST] * fives + [GROUP_SIZE] * (rest // GROUP_SIZE) + [SMALLEST] * threes
            key = (fives + threes, len(sizes), threes)
            if best is None or key < best[0]:
                best = (key, sizes)
    assert best is not None  # every count above five is a sum of threes, fours and fives
    return best[1]


@dataclass(frozen=True)
class Plan:
    groups: list[list[int]]  # participant ids per group
    assessors: list[int]  # one person id per group


def propose(members: Sequence[Member], assessors: Sequence[int]) -> Plan:
    """Divide the members over groups and give each group an assessor from `assessors` (in the
    user's order of preference) who coaches none of its members. Members of one consultation
    group are spread over the groups, so that each group hears other stories."""
    if not members:
        raise NoPlan("Er zijn geen deelnemers om in te delen.")
    sizes = group_sizes(len(members))
    if len(set(assessors)) < len(sizes):
        raise NoPlan(
            f"Voor {len(members)} deelnemers zijn {len(sizes)} groepen nodig "
            f"({' + '.join(map(str, sizes))}), met elk een eigen assessor; er zijn er "
            f"{len(set(assessors))}. Voeg assessoren toe in het register."
        )
    order = _spread(members)
    unique = list(dict.fromkeys(assessors))
    for chosen in itertools.islice(itertools.combinations(unique, len(sizes)), 5_000):
        groups = _fill(order, sizes, chosen)
        if groups is not None:
            return Plan(groups, list(chosen))
    blocked = [m.name for m in members if set(unique) <= m.coach_ids]
    if blocked:
        raise NoPlan(
            f"{blocked[0]} kan bij geen enkele assessor terecht: elke assessor is ook "
            "coach van deze deelnemer. Een assessor is nooit de eigen coach."
        )
    raise NoPlan(
        "Geen indeling mogelijk waarin geen assessor de eigen coach van een groepslid is. "
        "Voeg een assessor toe die geen coach is in deze leergang."
    )


def _spread(members: Sequence[Member]) -> list[Member]:
    """Round robin over the consultation groups."""
    by_group: dict[int | None, list[Member]] = {}
    for m in members:
        by_group.setdefault(m.consultation_group, []).append(m)
    queues = [by_group[k] for k in sorted(by_group, key=lambda k: (k is None, k or 0))]
    order: list[Member] = []
    for i in range(max(len(q) for q in queues)):
        order.extend(q[i] for q in queues if i < len(q))
    return order


def _fill(order: list[Member], sizes: list[int], chosen: Sequence[int]) -> list[list[int]] | None:
    """Seats per group, filled by augmenting paths; member i first tries group i mod k."""
    seats = [g for g, size in enumerate(sizes) for _ in range(size)]
    seat_of: dict[int, int] = {}  # seat -> member index
    k = len(sizes)

    def allowed(i: int) -> list[int]:
        preferred = [(i + shift) % k for shift in range(k)]
        return [
            s
            for g in preferred
            if chosen[g] not in order[i].coach_ids
            for s, sg in enumerate(seats)
            if sg == g
        ]

    options = [allowed(i) for i in range(len(order))]

    def place(i: int, seen: set[int]) -> bool:
        for s in options[i]:
            if s in seen:
                continue
            seen.add(s)
            if s not in seat_of or place(seat_of[s], seen):
                seat_of[s] = i
                return True
        return False

    for i in range(len(order)):
        if not place(i, set()):
            return None
    groups: list[list[int]] = [[] for _ in sizes]
    for s, i in sorted(seat_of.items(), key=lambda item: item[1]):
        groups[seats[s]].append(order[i].id)
    return groups


def lay_out(
    members: Sequence[Member], windows: Sequence[Window], minutes: int = DEFAULT_MINUTES
) -> dict[int, tuple[dt.datetime, dt.datetime]]:
    """One group's turns: back to back from the start of each window, never across a window's
    end, the earliest turns first, nobody during their own presentation, and where possible
    none while any member of the group presents."""
    if minutes < MIN_MINUTES:
        raise NoPlan(
            f"Een verantwoordingsgesprek van {minutes} minuten is te kort: "
            f"ruim een uur, minstens {MIN_MINUTES} minuten."
        )
    length = dt.timedelta(minutes=minutes)
    turns: list[tuple[dt.datetime, dt.datetime]] = []
    for w in sorted(windows, key=lambda w: w.start):
        start = w.start
        while start + length <= w.end:
            turns.append((start, start + length))
            start += length
    if len(turns) < len(members):
        raise NoPlan(
            f"{len(members)} gesprekken van {minutes} minuten passen niet in de gekozen "
            f"dagdelen van de slotbijeenkomst: er is plaats voor {len(turns)}. "
            "Kies meer dagdelen of kortere gesprekken (minstens 60 minuten)."
        )
    # The group attends every member's turn: turns clear of all of its members' presentations
    # come first; only when those are too few does a member miss part of the group's session.
    shown = [m.presentation for m in members if m.presentation]
    clear = [t for t in turns if not any(overlaps(t, p) for p in shown)]
    if len(clear) >= len(members):
        turns = clear
    taken: dict[int, int] = {}  # turn -> member index

    def free(i: int, turn: tuple[dt.datetime, dt.datetime]) -> bool:
        own = members[i].presentation
        return own is None or not overlaps(turn, own)

    def place(i: int, seen: set[int]) -> bool:
        # The earliest free turn first; only when there is none is an earlier member moved on,
        # so members keep their order and a plan laid out again comes out the same.
        for t, turn in enumerate(turns):
            if t not in taken and free(i, turn):
                taken[t] = i
                return True
        for t, turn in enumerate(turns):
            if t in seen or not free(i, turn):
                continue
            seen.add(t)
            if place(taken[t], seen):
                taken[t] = i
                return True
        return False

    for i, member in enumerate(members):
        if not place(i, set()):
            raise NoPlan(
                f"Voor {member.name} is geen gesprekstijd over die niet samenvalt met de eigen "
                "presentatie aan de opdrachtgever. Verplaats de presentatie of kies meer dagdelen."
            )
    return {members[i].id: turns[t] for t, i in taken.items()}


def overlaps(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]

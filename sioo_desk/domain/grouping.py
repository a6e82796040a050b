"""Proposing consultation groups: 4–6 participants each, nobody with a colleague from the same
municipality, sizes as even as possible, the user's own wishes kept (locked places, pairs kept
apart or together). Deterministic: the same input always gives the same proposal."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.rules import Norms

GROUP_NAMES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def group_name(index: int) -> str:
    """A, B, … Z, then numbers (a programme of 200 has more than 26 groups)."""
    return GROUP_NAMES[index] if index < len(GROUP_NAMES) else str(index + 1)


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    municipality: str
    sort_key: tuple[str, ...] = ()


@dataclass(frozen=True)
class Wishes:
    locked: dict[int, int] = field(default_factory=dict)  # participant -> group index
    apart: tuple[tuple[int, int], ...] = ()
    together: tuple[tuple[int, int], ...] = ()


@dataclass
class Proposal:
    groups: list[list[int]]
    reasons: dict[int, str]

    def group_of(self, participant_id: int) -> int | None:
        return next((i for i, g in enumerate(self.groups) if participant_id in g), None)


class NoGrouping(SiooDeskError):
    """No grouping can meet every rule; the message says which rule and why."""


def group_count_range(size: int, norms: Norms) -> range:
    return range(math.ceil(size / norms.max_group_size), size // norms.min_group_size + 1)


def propose(
    candidates: Sequence[Candidate],
    norms: Norms,
    wishes: Wishes = Wishes(),
    node_limit: int = 200_000,
) -> Proposal:
    """Groups for `candidates`, or NoGrouping naming the rule that cannot be met."""
    people = sorted(candidates, key=lambda c: (c.sort_key or (c.name,), c.id))
    by_id = {c.id: c for c in people}
    n = len(people)
    counts = Counter(c.municipality.casefold() for c in people if c.municipality)
    if n < norms.min_group_size:
        raise NoGrouping(
            f"{n} deelnemers is te weinig voor een consultatiegroep (minstens "
            f"{norms.min_group_size})."
        )
    possible = group_count_range(n, norms)
    if not possible:
        raise NoGrouping(
            f"{n} deelnemers passen niet in groepen van {norms.min_group_size} tot "
            f"{norms.max_group_size}."
        )
    if counts:
        town, most = counts.most_common(1)[0]
        if most > possible[-1]:
            shown = next(c.municipality for c in people if c.municipality.casefold() == town)
            raise NoGrouping(
                f"Uit {shown} komen {most} deelnemers, maar {n} deelnemers vormen hoogstens "
                f"{possible[-1]} groepen van minstens {norms.min_group_size}: niet iedereen uit "
                f"{shown} kan in een andere groep."
            )
    units = _units(people, wishes)
    for unit in units:
        towns = [by_id[i].municipality.casefold() for i in unit if by_id[i].municipality]
        if len(towns) != len(set(towns)):
            names = " en ".join(by_id[i].name for i in unit)
            raise NoGrouping(f"{names} moeten bij elkaar, maar komen uit dezelfde gemeente.")
        if len(unit) > norms.max_group_size:
            raise NoGrouping(
                f"{len(unit)} deelnemers moeten bij elkaar; een groep heeft er "
                f"hoogstens {norms.max_group_size}."
            )
    apart = {frozenset(p) for p in wishes.apart}
    for unit in units:
        for a in unit:
            for b in unit:
                if a < b and frozenset((a, b)) in apart:
                    raise NoGrouping(
                        f"{by_id[a].name} en {by_id[b].name} moeten zowel bij "
                        "elkaar als uit elkaar."
                    )
    first = max(
        possible[0],
        max(counts.values(), default=0),
        max((g + 1 for g in wishes.locked.values()), default=0),
    )
    for k in range(first, possible[-1] + 1):
        found = _search(units, by_id, k, n, norms, wishes, apart, node_limit)
        if found is not None:
            return Proposal(found, _reasons(found, by_id, wishes))
    raise NoGrouping(
        "Geen indeling voldoet aan alle wensen tegelijk (vastgezette plaatsen, "
        "uit elkaar en bij elkaar); laat een wens los."
    )


def _units(people: Sequence[Candidate], wishes: Wishes) -> list[list[int]]:
    """Participants that must be together, as one unit (union–find over the wishes)."""
    parent = {c.id: c.id for c in people}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in wishes.together:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    units: dict[int, list[int]] = defaultdict(list)
    for c in people:
        units[root(c.id)].append(c.id)
    return list(units.values())


def _search(
    units: list[list[int]],
    by_id: dict[int, Candidate],
    k: int,
    n: int,
    norms: Norms,
    wishes: Wishes,
    apart: set[frozenset[int]],
    node_limit: int,
) -> list[list[int]] | None:
    sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
    if min(sizes) < norms.min_group_size or max(sizes) > norms.max_group_size:
        return None
    counts = Counter(c.municipality.casefold() for c in by_id.values() if c.municipality)
    locked_units = [u for u in units if any(i in wishes.locked for i in u)]
    free_units = [u for u in units if not any(i in wishes.locked for i in u)]
    # Hardest first: big units, people from big municipalities.
    free_units.sort(
        key=lambda u: (
            -len(u),
            -max(
                (counts[by_id[i].municipality.casefold()] for i in u if by_id[i].municipality),
                default=0,
            ),
            min(by_id[i].sort_key or (by_id[i].name,) for i in u),
        )
    )
    groups: list[list[int]] = [[] for _ in range(k)]
    towns: list[set[str]] = [set() for _ in range(k)]
    for unit in locked_units:
        targets = {wishes.locked[i] for i in unit if i in wishes.locked}
        if len(targets) > 1 or max(targets) >= k:
            return None
        if not _fits(unit, targets.pop(), groups, towns, sizes, by_id, apart, place=True):
            return None
    nodes = 0

    def place(index: int) -> bool:
        nonlocal nodes
        if index == len(free_units):
            return True
        nodes += 1
        if nodes > node_limit:
            return False
        unit = free_units[index]
        order = sorted(range(k), key=lambda g: (len(groups[g]) - sizes[g], g))
        for g in order:
            if _fits(unit, g, groups, towns, sizes, by_id, apart, place=True):
                if place(index + 1):
                    return True
                for i in unit:
                    groups[g].remove(i)
                    towns[g].discard(by_id[i].municipality.casefold())
        return False

    return (
        [sorted(g, key=lambda i: (by_id[i].sort_key or (by_id[i].name,), i)) for g in groups]
        if place(0)
        else None
    )


def _fits(
    unit: list[int],
    g: int,
    groups: list[list[int]],
    towns: list[set[str]],
    sizes: list[int],
    by_id: dict[int, Candidate],
    apart: set[frozenset[int]],
    place: bool,
) -> bool:
    if len(groups[g]) + len(unit) > sizes[g]:
        return False
    for i in unit:
        town = by_id[i].municipality.casefold()
        if town and town in towns[g]:
            return False
        if any(frozenset((i, other)) in apart for other in groups[g]):
            return False
    if place:
        for i in unit:
            groups[g].append(i)
            if by_id[i].municipality:
                towns[g].add(by_id[i].municipality.casefold())
    return True


def _reasons(
    groups: list[list[int]], by_id: dict[int, Candidate], wishes: Wishes
) -> dict[int, str]:
    together = defaultdict(list)
    for a, b in wishes.together:
        together[a].append(b)
        together[b].append(a)
    reasons = {}
    for g, members in enumerate(groups):
        for i in members:
            if i in wishes.locked:
                reasons[i] = f"Vastgezet in groep {group_name(g)}."
                continue
            parts = [
                f"Groep {group_name(g)}: de enige uit "
                f"{by_id[i].municipality or 'een onbekende gemeente'} in deze groep"
            ]
            mates = [by_id[j].name for j in together.get(i, []) if j in members]
            if mates:
                parts.append("bij " + " en ".join(mates) + " zoals gevraagd")
            parts.append(f"groepen zo gelijk mogelijk ({len(members)} deelnemers)")
            reasons[i] = "; ".join(parts) + "."
    return reasons


def rule_breaches(
    groups: Iterable[Sequence[int]],
    by_id: dict[int, Candidate],
    norms: Norms,
    apart: Iterable[tuple[int, int]] = (),
) -> list[str]:
    """What is wrong with groups as the user made them (the builder's own never break these)."""
    problems = []
    seen: dict[int, int] = {}
    pairs = {frozenset(p) for p in apart}
    for g, members in enumerate(groups):
        name = group_name(g)
        if not norms.min_group_size <= len(members) <= norms.max_group_size:
            problems.append(
                f"Groep {name} heeft {len(members)} deelnemers; een consultatiegroep "
                f"heeft er {norms.min_group_size} tot {norms.max_group_size}."
            )
        towns = Counter(by_id[i].municipality for i in members if by_id[i].municipality)
        for town, count in sorted(towns.items()):
            if count > 1:
                problems.append(f"Groep {name} heeft {count} deelnemers uit {town}.")
        for i in members:
            if i in seen:
                problems.append(f"{by_id[i].name} staat in twee groepen.")
            seen[i] = g
        for a in members:
            for b in members:
                if a < b and frozenset((a, b)) in pairs:
                    problems.append(f"{by_id[a].name} en {by_id[b].name} zouden uit elkaar.")
    return problems

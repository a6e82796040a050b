from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sioo_desk.domain.effort import EffortSettings, PlannedHalfDay, effort
from sioo_desk.domain.enums import AttendanceStatus as S
from sioo_desk.domain.grouping import (
    Candidate,
    NoGrouping,
    Wishes,
    group_count_range,
    propose,
    rule_breaches,
)
from sioo_desk.domain.rules import Norms

NORMS = Norms()


def people(towns: list[str]) -> list[Candidate]:
    return [Candidate(i, f"Deelnemer {i}", town, (f"{i:03d}",)) for i, town in enumerate(towns)]


def feasible(towns: list[str]) -> bool:
    n = len(towns)
    possible = group_count_range(n, NORMS)
    return bool(possible) and max(Counter(towns).values()) <= possible[-1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([f"Gemeente {i}" for i in range(12)]), min_size=1, max_size=40))
def test_any_feasible_input_gets_groups_that_break_no_rule(towns: list[str]) -> None:
    candidates = people(towns)
    if feasible(towns):
        proposal = propose(candidates, NORMS)
        by_id = {c.id: c for c in candidates}
        assert rule_breaches(proposal.groups, by_id, NORMS) == []
        assert sorted(i for g in proposal.groups for i in g) == [c.id for c in candidates]
        sizes = [len(g) for g in proposal.groups]
        assert max(sizes) - min(sizes) <= 1
        assert set(proposal.reasons) == {c.id for c in candidates}
        assert propose(list(reversed(candidates)), NORMS).groups == proposal.groups
    else:
        with pytest.raises(NoGrouping) as caught:
            propose(candidates, NORMS)
        assert str(caught.value)


def test_the_exact_reasons() -> None:
    with pytest.raises(NoGrouping, match="Uit Utrecht komen 7 deelnemers"):
        propose(people(["Utrecht"] * 7 + [f"G{i}" for i in range(11)]), NORMS)
    with pytest.raises(NoGrouping, match="3 deelnemers is te weinig"):
        propose(people(["A", "B", "C"]), NORMS)
    with pytest.raises(NoGrouping, match="7 deelnemers passen niet in groepen van 4 tot 6"):
        propose(people([f"G{i}" for i in range(7)]), NORMS)
    with pytest.raises(NoGrouping, match="moeten bij elkaar, maar komen uit dezelfde"):
        propose(people(["A", "A", "B", "C", "D", "E", "F", "G"]), NORMS, Wishes(together=((0, 1),)))


def test_wishes_are_kept_and_locked_places_never_move() -> None:
    candidates = people([f"G{i % 9}" for i in range(18)])
    wishes = Wishes(locked={0: 2, 5: 2}, apart=((1, 2),), together=((3, 4),))
    proposal = propose(candidates, NORMS, wishes)
    assert proposal.group_of(0) == proposal.group_of(5) == 2
    assert proposal.group_of(1) != proposal.group_of(2)
    assert proposal.group_of(3) == proposal.group_of(4)
    assert proposal.reasons[0] == "Vastgezet in groep C."


def test_breaches_of_groups_made_by_hand() -> None:
    candidates = {c.id: c for c in people(["A", "A", "B"])}
    assert rule_breaches([[0, 1, 2]], candidates, NORMS) == [
        "Groep A heeft 3 deelnemers; een consultatiegroep heeft er 4 tot 6.",
        "Groep A heeft 2 deelnemers uit A.",
    ]


def days(*statuses: S | None, start: str = "2012-01-02") -> list[PlannedHalfDay]:
    first = dt.date.fromisoformat(start)
    return [PlannedHalfDay(first + dt.timedelta(days=i), s) for i, s in enumerate(statuses)]


def test_effort_counts_late_as_present_and_leaves_excused_out() -> None:
    figure = effort(
        days(S.PRESENT, S.LATE, S.EXCUSED, S.ABSENT, None),
        today=dt.date(2013, 1, 1),
        joined_on=None,
    )
    assert (figure.planned, figure.attended, figure.excused, figure.unrecorded) == (4, 2, 1, 1)
    assert figure.percentage == 50 and figure.below_threshold
    strict = effort(
        days(S.PRESENT, S.LATE, S.EXCUSED),
        today=dt.date(2013, 1, 1),
        joined_on=None,
        settings=EffortSettings(80, False, False),
    )
    assert (strict.planned, strict.attended) == (3, 1)


def test_effort_ignores_before_joining_and_sees_what_is_still_reachable() -> None:
    half_days = days(S.ABSENT, S.PRESENT, S.ABSENT, S.ABSENT, None, None)
    figure = effort(half_days, today=dt.date(2012, 1, 6), joined_on=dt.date(2012, 1, 3))
    assert (figure.planned, figure.attended, figure.remaining) == (3, 1, 2)
    assert figure.best_reachable == 60 and figure.cannot_reach
    assert "hoogstens op 60%" in figure.explanation()

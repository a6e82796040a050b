"""The certificate rule, verification codes and the accountability planner."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sioo_desk.domain import accountability as plan
from sioo_desk.domain import certificate_code as codes
from sioo_desk.domain.certification import eligibility
from sioo_desk.domain.enums import Verdict

# -- eligibility ----------------------------------------------------------------------------


def test_the_three_conditions_with_their_exact_reasons() -> None:
    ok = eligibility(effort_percent=80.0, threshold_percent=80, verdict=Verdict.GOED)
    assert ok.eligible and ok.reasons == ()
    short = eligibility(effort_percent=72.4, threshold_percent=80, verdict=Verdict.GOED)
    assert short.reasons == ("inzet 72%, drempel 80%",)
    # 79.9 % is below 80 % and must not read as 80 %.
    assert eligibility(effort_percent=79.9, threshold_percent=80, verdict=Verdict.GOED).reasons == (
        "inzet 79%, drempel 80%",
    )
    assert eligibility(
        effort_percent=95, threshold_percent=80, verdict=Verdict.VOLDOENDE
    ).reasons == ("eindoordeel voldoende",)
    assert eligibility(effort_percent=95, threshold_percent=80, verdict=None).reasons == (
        "nog geen eindoordeel",
    )
    gone = eligibility(
        effort_percent=100,
        threshold_percent=80,
        verdict=None,
        withdrawn_on=dt.date(2012, 1, 31),
    )
    assert gone.reasons == ("teruggetrokken op 31 januari 2012", "nog geen eindoordeel")
    unknown = eligibility(effort_percent=None, threshold_percent=80, verdict=Verdict.GOED)
    assert not unknown.eligible and unknown.reasons[0].startswith("inzet onbekend")


@given(
    effort=st.none() | st.floats(min_value=0, max_value=100),
    threshold=st.integers(min_value=1, max_value=100),
    verdict=st.none() | st.sampled_from(list(Verdict)),
    withdrawn=st.booleans(),
)
def test_eligible_exactly_when_every_condition_holds(
    effort: float | None, threshold: int, verdict: Verdict | None, withdrawn: bool
) -> None:
    found = eligibility(
        effort_percent=effort, threshold_percent=threshold, verdict=verdict, withdrawn=withdrawn
    )
    expected = (
        effort is not None and effort >= threshold and verdict is Verdict.GOED and not withdrawn
    )
    assert found.eligible is expected
    assert bool(found.reasons) is not expected


# -- verification codes ---------------------------------------------------------------------

SECRET = bytes(range(32))
MESSAGE = codes.payload(
    number="HRM-2011-001",
    version=1,
    participant_id=7,
    printed_name="Şahin Yıldız",
    issued_on=dt.date(2012, 6, 28),
)


def test_a_code_is_grouped_checked_and_read_back_as_typed() -> None:
    code = codes.make_code(SECRET, MESSAGE)
    assert len(code) == 19 and code.count("-") == 3
    assert codes.normalise(code.lower().replace("-", " ")) == code
    assert codes.normalise(f"Certificaat HRM-2011-001, code {code}.") == code
    assert codes.matches(SECRET, MESSAGE, code)
    other = codes.payload(
        number="HRM-2011-001",
        version=1,
        participant_id=7,
        printed_name="Sahin Yildiz",
        issued_on=dt.date(2012, 6, 28),
    )
    assert not codes.matches(SECRET, other, code)
    assert not codes.matches(bytes(32), MESSAGE, code)


def test_look_alike_letters_are_read_as_digits() -> None:
    code = codes.make_code(SECRET, MESSAGE)
    typed = code.replace("0", "O").replace("1", "I")
    assert codes.normalise(typed) == code


@pytest.mark.parametrize("text", ["", "hallo", "ABCD-EFGH", "ABCD-EFGH-JKMN-PQRS-TVWX", "ÄBCD" * 4])
def test_what_cannot_be_a_code_is_said_so(text: str) -> None:
    with pytest.raises(codes.CodeError, match="geen verificatiecode"):
        codes.normalise(text)


@settings(max_examples=300)
@given(
    data=st.binary(min_size=1, max_size=40),
    position=st.integers(min_value=0, max_value=15),
    replacement=st.sampled_from(codes.ALPHABET),
)
def test_a_changed_character_never_passes(data: bytes, position: int, replacement: str) -> None:
    code = codes.make_code(SECRET, data)
    raw = code.replace("-", "")
    changed = raw[:position] + replacement + raw[position + 1 :]
    if changed == raw:
        return
    try:
        normalised = codes.normalise(changed)
    except codes.CodeError as error:
        assert "typefout" in str(error)
        return
    assert not codes.matches(SECRET, data, normalised)


def test_two_swapped_characters_are_a_typing_error() -> None:
    raw = codes.make_code(SECRET, MESSAGE).replace("-", "")
    for i in range(len(raw) - 1):
        if raw[i] == raw[i + 1]:
            continue
        swapped = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2 :]
        with pytest.raises(codes.CodeError, match="typefout"):
            codes.normalise(swapped)


# -- the accountability groups ----------------------------------------------------------------


@given(st.integers(min_value=6, max_value=200))
def test_group_sizes_are_fours_unless_the_count_forces_otherwise(count: int) -> None:
    sizes = plan.group_sizes(count)
    assert sum(sizes) == count
    assert all(plan.SMALLEST <= s <= plan.LARGEST for s in sizes)
    deviations = sum(s != 4 for s in sizes)
    # No other division into threes, fours and fives has fewer groups of another size.
    best = min(
        f + t
        for f in range(count // 5 + 1)
        for t in range(count // 3 + 1)
        if count - 5 * f - 3 * t >= 0 and (count - 5 * f - 3 * t) % 4 == 0
    )
    assert deviations == best


def test_group_sizes_for_the_programmes_numbers() -> None:
    assert plan.group_sizes(16) == [4, 4, 4, 4]
    assert plan.group_sizes(17) == [5, 4, 4, 4]
    assert plan.group_sizes(18) == [5, 5, 4, 4]
    assert plan.group_sizes(15) == [4, 4, 4, 3]


members_strategy = st.integers(min_value=6, max_value=20).flatmap(
    lambda n: st.lists(
        st.tuples(st.integers(min_value=0, max_value=3), st.booleans()), min_size=n, max_size=n
    )
)


@settings(max_examples=150, deadline=None)
@given(people=members_strategy, assessor_count=st.integers(min_value=1, max_value=7))
def test_a_plan_never_gives_anyone_their_own_coach(
    people: list[tuple[int, bool]], assessor_count: int
) -> None:
    """Coaches are people 100–103; some assessors are coaches too."""
    assessors = [100 + i for i in range(assessor_count)]
    members = [
        plan.Member(i, f"P{i}", frozenset({100 + group}) if coached else frozenset(), group)
        for i, (group, coached) in enumerate(people)
    ]
    try:
        found = plan.propose(members, assessors)
    except plan.NoPlan as error:
        assert str(error)
        sizes = plan.group_sizes(len(members))
        if len(assessors) >= len(sizes):
            # Then truly no choice of assessors admits everyone: check by brute force.
            for chosen in itertools.combinations(assessors, len(sizes)):
                seats = {a: s for a, s in zip(chosen, sizes, strict=True)}
                assert not _fits(members, seats)
        return
    assert sorted(found.groups, key=len, reverse=True) and sorted(
        map(len, found.groups), reverse=True
    ) == sorted(plan.group_sizes(len(members)), reverse=True)
    assert sorted(p for g in found.groups for p in g) == [m.id for m in members]
    assert len(set(found.assessors)) == len(found.assessors)
    by_id = {m.id: m for m in members}
    for group, assessor in zip(found.groups, found.assessors, strict=True):
        assert all(assessor not in by_id[p].coach_ids for p in group)


def _fits(members: list[plan.Member], seats: dict[int, int]) -> bool:
    """Hall's condition: each member is barred from at most one group (their coach's), so a
    set of members can be seated unless it outnumbers the seats, or all of it is barred from
    one assessor's group and outnumbers the seats elsewhere."""
    free = sum(seats.values())
    if free < len(members):
        return False
    for assessor in seats:
        others = sum(s for a, s in seats.items() if a != assessor)
        needing_other = sum(1 for m in members if assessor in m.coach_ids)
        if needing_other > others:
            return False
    return True


def test_too_few_assessors_is_explained() -> None:
    members = [plan.Member(i, f"P{i}") for i in range(17)]
    with pytest.raises(plan.NoPlan, match=r"4 groepen nodig \(5 \+ 4 \+ 4 \+ 4\).*er zijn er 2"):
        plan.propose(members, [1, 2])


def _window(day: int, start: str, end: str) -> plan.Window:
    d = dt.date(2012, 6, day)
    return plan.Window(
        dt.datetime.combine(d, dt.time.fromisoformat(start)),
        dt.datetime.combine(d, dt.time.fromisoformat(end)),
    )


@settings(max_examples=150, deadline=None)
@given(
    size=st.integers(min_value=3, max_value=5),
    minutes=st.integers(min_value=60, max_value=90),
    presenting=st.lists(st.integers(min_value=0, max_value=16), max_size=5),
)
def test_turns_fit_the_half_days_and_miss_the_own_presentation(
    size: int, minutes: int, presenting: list[int]
) -> None:
    windows = [
        _window(26, "13:30", "17:00"),
        _window(27, "09:30", "12:30"),
        _window(27, "13:30", "17:00"),
    ]
    members = []
    for i in range(size):
        shown = None
        if i < len(presenting):
            start = dt.datetime(2012, 6, 26, 13, 30) + dt.timedelta(minutes=30 * presenting[i])
            shown = (start, start + dt.timedelta(minutes=30))
        members.append(plan.Member(i, f"P{i}", presentation=shown))
    try:
        turns = plan.lay_out(members, windows, minutes)
    except plan.NoPlan as error:
        assert "presentatie" in str(error) or "passen niet" in str(error)
        return
    assert set(turns) == {m.id for m in members}
    spans = sorted(turns.values())
    for a, b in itertools.pairwise(spans):
        assert a[1] <= b[0]
    for m in members:
        start, end = turns[m.id]
        assert end - start == dt.timedelta(minutes=minutes)
        assert any(w.start <= start and end <= w.end for w in windows)
        if m.presentation:
            assert not plan.overlaps((start, end), m.presentation)


def test_turns_shorter_than_an_hour_or_too_many_are_refused() -> None:
    windows = [_window(27, "09:30", "12:30")]
    with pytest.raises(plan.NoPlan, match="te kort"):
        plan.lay_out([plan.Member(1, "A")], windows, 45)
    with pytest.raises(plan.NoPlan, match="plaats voor 2"):
        plan.lay_out([plan.Member(i, "A") for i in range(3)], windows, 75)


def test_turns_keep_clear_of_every_members_presentation_when_they_can() -> None:
    """The group attends all turns: nobody's presentation falls within the group's session
    while there is room elsewhere."""
    windows = [
        _window(26, "09:30", "12:30"),
        _window(27, "09:30", "12:30"),
        _window(27, "13:30", "17:00"),
    ]
    talk = (dt.datetime(2012, 6, 26, 10, 0), dt.datetime(2012, 6, 26, 10, 30))
    members = [plan.Member(1, "A"), plan.Member(2, "B", presentation=talk), plan.Member(3, "C")]
    turns = plan.lay_out(members, windows, 75)
    assert all(not plan.overlaps(t, talk) for t in turns.values())
    # With only the presentation's morning left, only the presenter is kept clear of it.
    tight = plan.lay_out(members[:2], [windows[0]], 75)
    assert not plan.overlaps(tight[2], talk)

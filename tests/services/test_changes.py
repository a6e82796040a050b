"""What an edit touched: combining, asking, and sending between processes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.services.changes import MAX_IDS, Changes, Edit, Kind, final

ids = st.frozensets(st.integers(min_value=1, max_value=10_000), max_size=30)


@st.composite
def changes(draw: st.DrawFn) -> Changes:
    return Changes.of(
        draw(st.frozensets(st.integers(1, 50), min_size=1, max_size=3)),
        participants=draw(ids),
        sessions=draw(ids),
        groups=draw(ids),
        attendance=draw(
            st.frozensets(st.tuples(st.integers(1, 999), st.integers(1, 999)), max_size=30)
        ),
        portfolio=draw(ids),
        closing=draw(ids),
        people=draw(ids),
        settings=draw(st.frozensets(st.sampled_from(["effort", "groups.max", "certificate"]))),
        whole=draw(st.booleans()),
    )


def test_a_change_names_its_cohort_and_what_it_touched() -> None:
    change = Changes.of(3, attendance=[(11, 70)])
    assert change.touches(3, Kind.ATTENDANCE)
    assert not change.touches(3, Kind.GROUPS, Kind.PORTFOLIO)
    assert not change.touches(4, Kind.ATTENDANCE)  # another cohort's screen ignores it
    assert not change.touches(None, Kind.ATTENDANCE)
    assert change.by  # who made it
    assert change.at is not None and change.at.tzinfo is dt.UTC


def test_staff_and_programme_settings_touch_every_screen_that_shows_them() -> None:
    coach = Changes.of(None, people=[5])
    assert coach.touches(1, Kind.PEOPLE) and coach.touches(None, Kind.PEOPLE)
    assert not coach.touches(1, Kind.PARTICIPANTS)
    setting = Changes.of(None, settings=["effort"])
    assert setting.touches(7, Kind.SETTINGS)


def test_whole_cohort_and_everything() -> None:
    whole = Changes.of(2, groups=[1], whole=True)
    assert whole.touches(2, Kind.PORTFOLIO) and whole.whole_of(2) and not whole.whole_of(3)
    everything = Changes.all()
    assert everything.touches(None, Kind.GROUPS) and everything.whole_of(9)


def test_combining_unites_every_field() -> None:
    one = Changes.of(1, participants=[10], attendance=[(10, 5)])
    two = Changes.of(2, groups=[4], settings=["effort"])
    both = one | two
    assert both.cohorts == {1, 2}
    assert both.participants == {10} and both.groups == {4} and both.attendance == {(10, 5)}
    assert both.settings == {"effort"}
    assert both.touches(1, Kind.ATTENDANCE) and both.touches(2, Kind.GROUPS)


def test_a_very_large_edit_says_everything_in_the_cohort() -> None:
    big = Changes.of(6, attendance=[(p, h) for p in range(40) for h in range(40)])
    assert len(big.attendance) == 0 and big.whole == {6}
    assert big.touches(6, Kind.PORTFOLIO)
    assert len(big.to_json()) < 200
    assert MAX_IDS < 1600  # 40 × 40 cells is past it


@given(changes())
def test_json_round_trip_and_size(change: Changes) -> None:
    text = change.to_json()
    assert len(text.encode()) <= 4096  # small enough to travel between processes
    back = Changes.from_json(text)
    assert back == change
    assert back.at == change.at


@given(changes(), changes())
def test_union_is_commutative_and_covers_both(one: Changes, two: Changes) -> None:
    assert (one | two) == (two | one)
    for kind in Kind:
        for cohort in one.cohorts:
            if one.touches(cohort, kind):
                assert (one | two).touches(cohort, kind)


def test_an_edit_that_cannot_be_undone_says_so() -> None:
    change = Changes.of(1, closing=[3])
    assert not final(change, "HRM-2011-001").undoable
    assert Edit(change, lambda _db: final(change)).undoable


def test_the_largest_change_that_still_lists_ids_stays_a_few_kilobytes() -> None:
    cells = [(100_000 + n, 900_000 + n) for n in range(MAX_IDS)]
    largest = Changes.of(123_456, attendance=cells)
    assert largest.attendance  # still listed, one id short of collapsing
    assert len(largest.to_json().encode()) <= 5 * 1024
    assert not (largest | Changes.of(123_456, participants=[1])).attendance  # one more: collapsed

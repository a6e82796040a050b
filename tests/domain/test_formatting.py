from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.formatting import long_date, money, short_date


def test_dutch_dates() -> None:
    assert long_date(dt.date(2011, 11, 23)) == "23 november 2011"
    assert short_date(dt.date(2011, 11, 23)) == "23-11-2011"
    assert long_date(None) == "—"


def test_money_in_dutch_notation() -> None:
    assert money(650_000) == "€ 6.500,00"
    assert money(200_000) == "€ 2.000,00"
    assert money(5) == "€ 0,05"
    assert money(-123_456_789) == "-€ 1.234.567,89"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_money_round_trips_to_the_cent(cents: int) -> None:
    text = money(cents).replace("€ ", "").replace(".", "").replace(",", "")
    assert int(text) == cents

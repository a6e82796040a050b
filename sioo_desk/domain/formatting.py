"""Dutch conventions for dates and money, for the CLI, letters and PDFs (the GUI uses QLocale)."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def long_date(day: dt.date | None) -> str:
    """23 november 2011"""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else "—"


def short_date(day: dt.date | None) -> str:
    """23-11-2011"""
    return f"{day:%d-%m-%Y}" if day else "—"


def money(cents: int) -> str:
    """650000 -> '€ 6.500,00'; whole cents in, never floats."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    return f"{sign}€ {grouped},{rest:02d}"

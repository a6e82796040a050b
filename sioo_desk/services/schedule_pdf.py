"""The cohort's programme on one A4, laid out like the brochure's table: every meeting with its
dates, theme and teachers, and the location."""

from __future__ import annotations

import datetime as dt
import io

from sioo_desk.domain.enums import SessionKind
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import MONTHS, long_date
from sioo_desk.services import pdf_fonts
from sioo_desk.services.cohorts import get_cohort
from sioo_desk.services.schedule import SessionRow, load_sessions
from sioo_desk.store.database import Database

SHOWN = (SessionKind.START, SessionKind.ATELIER, SessionKind.MASTERCLASS, SessionKind.CLOSING)


def day_range(days: list[dt.date]) -> str:
    """'19 en 20 december 2011', '30 november en 1 december 2026', '7 maart 2012'."""
    days = sorted(set(days))
    if len(days) == 1:
        return long_date(days[0])
    first, last = days[0], days[-1]
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} en {long_date(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} en {long_date(last)}"
    return f"{long_date(first)} en {long_date(last)}"


def month_range(days: list[dt.date]) -> str:
    """'september/oktober 2011'."""
    months = sorted({(d.year, d.month) for d in days})
    if not months:
        return ""
    names = "/".join(MONTHS[m - 1] for _y, m in months)
    return f"{names} {months[-1][0]}"


def programme_rows(sessions: list[SessionRow]) -> list[tuple[str, str, str, str]]:
    """(what, when, theme, teachers) in date order, with the intakes and the tussengesprekken
    as one line each, as in the brochure."""
    rows: list[tuple[dt.date, tuple[str, str, str, str]]] = []
    intakes = [
        h.date for s in sessions if s.kind is SessionKind.INTAKE_INTERVIEW for h in s.half_days
    ]
    if intakes:
        rows.append((min(intakes), ("Intakegesprekken", month_range(intakes), "", "")))
    reviews = [
        h.date for s in sessions if s.kind is SessionKind.MIDTERM_REVIEW for h in s.half_days
    ]
    if reviews:
        rows.append(
            (
                min(reviews),
                (
                    "Tussengesprekken",
                    day_range([min(reviews), max(reviews)]).replace(" en ", " t/m "),
                    "",
                    "",
                ),
            )
        )
    for s in sessions:
        if s.kind in SHOWN and s.half_days:
            days = [h.date for h in s.half_days]
            rows.append(
                (min(days), (s.title, day_range(days), s.theme, ", ".join(s.teachers.values())))
            )
    return [row for _day, row in sorted(rows, key=lambda r: r[0])]


def schedule_pdf(db: Database, cohort_id: int) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    cohort = get_cohort(db, cohort_id)
    sessions = load_sessions(db, [cohort_id])
    rows = programme_rows(sessions)
    if not rows:
        raise SiooDeskError(f"{cohort.name} heeft nog geen programma om af te drukken.")
    regular, bold = pdf_fonts.register()
    title = ParagraphStyle(
        "title",
        fontName=bold,
        fontSize=15,
        leading=19,
        textColor=colors.HexColor("#1f4e79"),
        spaceAfter=2,
    )
    subtitle = ParagraphStyle(
        "subtitle",
        fontName=regular,
        fontSize=10,
        leading=13,
        textColor=colors.HexColor("#555555"),
        spaceAfter=10,
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11.5)
    strong = ParagraphStyle("strong", parent=cell, fontName=bold)
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Programma {cohort.name}",
        author="Sioo",
        initialFontName=regular,
    )

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)

    header = [p("Onderdeel", strong), p("Datum", strong), p("Thema", strong), p("Docenten", strong)]
    body = [[p(a, strong), p(b), p(c), p(d)] for a, b, c, d in rows]
    table = Table([header, *body], colWidths=[38 * mm, 42 * mm, 56 * mm, 38 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),  # no unembedded default font
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f4e79")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0f8")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    period = (
        f"{long_date(cohort.start)} – {long_date(cohort.end)}"
        if cohort.start and cohort.end
        else ""
    )
    story = [
        p(cohort.programme_title, title),
        p(f"{cohort.name} · {cohort.location} · {period}", subtitle),
        table,
        Spacer(1, 6 * mm),
        p(
            "De consultatiebijeenkomsten vinden plaats tussen de werkateliers; data worden in "
            "onderling overleg vastgesteld. De tussengesprekken voert de programmamanager "
            "met elke deelnemer afzonderlijk.",
            subtitle,
        ),
    ]
    document.build(story)
    return out.getvalue()

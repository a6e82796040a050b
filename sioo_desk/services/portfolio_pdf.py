"""A participant's whole portfolio as one document: cover, intake and learning questions,
the entries in date order, the self-ratings with a chart of the three moments, the
organisatievraagstuk and the tussengesprek's agreements."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from typing import Any

from sioo_desk.domain.enums import RatingMoment
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import assignment as assignments
from sioo_desk.services import midterm, pdf_fonts, portfolio
from sioo_desk.services.cohorts import get_cohort
from sioo_desk.services.intake_record import intake_record
from sioo_desk.services.participants import participant_detail
from sioo_desk.store.database import Database

MOMENT_COLOURS = {
    RatingMoment.INTAKE: "#9dc3e6",
    RatingMoment.MIDTERM: "#2e75b6",
    RatingMoment.END: "#1f4e79",
}
BLUE = "#1f4e79"


def _session_titles(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join(str(i) for i in sorted(ids))
    return {
        int(r[0]): str(r[1])
        for r in db.read(f"SELECT id, title FROM sessions WHERE id IN ({marks})")
    }


def _rating_chart(
    competences: list[portfolio.Competence],
    scores: dict[tuple[int, RatingMoment], int],
    regular: str,
    width: float,
) -> Any:
    """Per competence a bar for each moment, side by side, on the 1–5 scale."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    label_width, row_height, bar = 150.0, 30.0, 8.0
    plot = width - label_width - 10
    height = row_height * len(competences) + 34
    drawing = Drawing(width, height)
    drawing.initialFontName = regular  # else the renderer sets an unembedded Helvetica
    top = height - 6
    for tick in range(1, 6):
        x = label_width + plot * tick / 5
        drawing.add(Line(x, 22, x, top, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.5))
        drawing.add(String(x, 12, str(tick), fontName=regular, fontSize=7, textAnchor="middle"))
    for row, competence in enumerate(competences):
        y = top - row_height * (row + 1) + 4
        lines = textwrap.wrap(competence.name, 36, max_lines=2, placeholder="…")
        for n, line in enumerate(lines):
            drawing.add(
                String(
                    0, y + 10 + 4.5 * (len(lines) - 1) - 9 * n, line, fontName=regular, fontSize=7.5
                )
            )
        for n, moment in enumerate(RatingMoment):
            score = scores.get((competence.id, moment))
            if score is None:
                continue
            drawing.add(
                Rect(
                    label_width,
                    y + 18 - n * bar,
                    plot * score / 5,
                    bar - 1.5,
                    fillColor=colors.HexColor(MOMENT_COLOURS[moment]),
                    strokeColor=None,
                )
            )
    x = label_width
    for moment in RatingMoment:
        drawing.add(
            Rect(x, 0, 8, 7, fillColor=colors.HexColor(MOMENT_COLOURS[moment]), strokeColor=None)
        )
        drawing.add(
            String(x + 11, 0.5, portfolio.MOMENT_NAMES[moment], fontName=regular, fontSize=7)
        )
        x += 80
    return drawing


def portfolio_pdf(db: Database, participant_id: int, today: dt.date | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    detail = participant_detail(db, participant_id)
    cohort = get_cohort(db, detail.row.cohort_id)
    intake = intake_record(db, participant_id)
    entries = sorted(portfolio.entries(db, participant_id), key=lambda e: (e.entry_date, e.id))
    competences = portfolio.competences(db)
    by_competence = {c.id: c for c in competences}
    scores = portfolio.ratings(db, participant_id)
    rated = [c for c in competences if any((c.id, m) in scores for m in RatingMoment)]
    sessions = _session_titles(db, {i for e in entries for i in e.session_ids})
    assignment = assignments.assignment_of(db, participant_id)
    partners = assignments.shared_with(db, participant_id)
    review = midterm.review_of(db, participant_id)
    name = detail.row.name.display_name

    regular, bold = pdf_fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceAfter=6)
    small = ParagraphStyle(
        "small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
    )
    heading = ParagraphStyle(
        "heading",
        fontName=bold,
        fontSize=14,
        leading=18,
        textColor=colors.HexColor(BLUE),
        spaceBefore=10,
        spaceAfter=6,
    )
    entry_title = ParagraphStyle("entry", parent=body, fontName=bold, fontSize=11, spaceAfter=1)
    cover_title = ParagraphStyle(
        "cover", fontName=bold, fontSize=26, leading=32, textColor=colors.HexColor(BLUE)
    )
    cover_line = ParagraphStyle("coverline", parent=body, fontSize=12, leading=17)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(safe.replace("\n", "<br/>"), style)

    story: list[Any] = [
        Spacer(1, 55 * mm),
        p("Portfolio", cover_title),
        Spacer(1, 6 * mm),
        p(name, ParagraphStyle("name", parent=cover_line, fontName=bold, fontSize=16, leading=21)),
        p(", ".join(x for x in (detail.row.job_title, detail.row.municipality) if x), cover_line),
        Spacer(1, 12 * mm),
        p(cohort.programme_title, cover_line),
        p(f"{cohort.name} · {cohort.location}", cover_line),
    ]
    if detail.coach_name:
        story.append(p(f"Coach: {detail.coach_name}", cover_line))
    story += [
        Spacer(1, 30 * mm),
        p(f"Afgedrukt op {long_date(today or dt.date.today())}", small),
        PageBreak(),
        p("Intake en leervragen", heading),
    ]
    if intake.document is not None:
        story.append(p(f"Intakedocument: {intake.document.filename}", small))
    story.append(p(intake.learning_questions or "Er zijn nog geen leervragen vastgelegd."))

    story.append(p("Portfolio-onderdelen", heading))
    if not entries:
        story.append(p("Het portfolio heeft nog geen onderdelen."))
    for entry in entries:
        meta = [f"{portfolio.KIND_NAMES[entry.kind]} · {long_date(entry.entry_date)}"]
        if entry.session_ids:
            meta.append("bij " + ", ".join(sessions.get(i, "?") for i in entry.session_ids))
        if entry.competence_ids:
            meta.append(
                "competenties: "
                + ", ".join(
                    by_competence[i].name for i in entry.competence_ids if i in by_competence
                )
            )
        block = [p(entry.title, entry_title), p(" · ".join(meta), small)]
        if entry.text:
            block.append(p(entry.text))
        if entry.attachments:
            files = ", ".join(
                f"{file} ({size // 1024 or 1} kB)" for _i, file, size in entry.attachments
            )
            block.append(p(f"Bijlagen: {files}", small))
        block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block))

    story.append(p("Competenties: zelfbeoordeling", heading))
    if not rated:
        story.append(p("Er zijn nog geen zelfbeoordelingen vastgelegd."))
    else:
        story.append(
            p(
                "Schaal: "
                + ", ".join(f"{n} = {word}" for n, word in portfolio.SCALE.items())
                + ".",
                small,
            )
        )
        column = ParagraphStyle("column", parent=body, fontName=bold, fontSize=9)
        header = [p("Competentie", column)] + [
            p(portfolio.MOMENT_NAMES[m], column) for m in RatingMoment
        ]
        rows = [
            [p(c.name)]
            + [
                p(f"{scores[(c.id, m)]} – {portfolio.SCALE[scores[(c.id, m)]]}")
                if (c.id, m) in scores
                else p("–")
                for m in RatingMoment
            ]
            for c in rated
        ]
        table = Table([header, *rows], colWidths=[70 * mm, 34 * mm, 34 * mm, 34 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(BLUE)),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                ]
            )
        )
        story += [
            table,
            Spacer(1, 5 * mm),
            KeepTogether([_rating_chart(rated, scores, regular, 172 * mm)]),
        ]

    story.append(p("Organisatievraagstuk", heading))
    if assignment is None:
        story.append(p("Er is nog geen organisatievraagstuk vastgelegd."))
    else:
        story.append(p(assignment.title, entry_title))
        facts = [
            ("Vraag", assignment.question),
            (
                "Opdrachtgever",
                ", ".join(
                    x
                    for x in (
                        assignment.client_name,
                        assignment.client_role,
                        assignment.client_organisation,
                        assignment.client_email,
                    )
                    if x
                ),
            ),
            ("Leidinggevende", assignment.manager_name),
            ("Samen met", ", ".join(partners)),
            ("Stand van zaken", assignments.STATUS_NAMES[assignment.status]),
            (
                "Eindpresentatie",
                long_date(assignment.presentation_date) if assignment.presentation_date else "",
            ),
            ("Feedback opdrachtgever bij de start", assignment.feedback_start),
            ("Feedback opdrachtgever halverwege", assignment.feedback_midway),
            ("Feedback opdrachtgever aan het eind", assignment.feedback_end),
        ]
        facts.append(("Evaluatie met de leidinggevende", assignment.manager_evaluation))
        # Label above value, not a table: a table row cannot break across pages.
        for label, value in facts:
            if value:
                story += [p(label, small), p(value)]

    story.append(p("Tussengesprek", heading))
    if not (review.yield_so_far or review.agreements):
        story.append(p("Het tussengesprek is nog niet vastgelegd."))
    else:
        held = review.held_on
        if held:
            story.append(p(f"Gehouden op {long_date(held)}.", small))
        story += [
            p("Wat het programma tot nu toe heeft opgeleverd", entry_title),
            p(review.yield_so_far or "–"),
            p("Afspraken over de leerroute voor de tweede helft", entry_title),
            p(review.agreements or "–"),
        ]

    def footer(canvas: Any, document: Any) -> None:
        if document.page == 1:
            return
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(18 * mm, 10 * mm, f"Portfolio {name} · {cohort.name}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"pagina {document.page}")
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=f"Portfolio {name}",
        author="Sioo",
        initialFontName=regular,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()

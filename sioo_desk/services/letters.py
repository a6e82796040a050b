"""Admission and non-admission letters as PDF, in Dutch, with embedded fonts that carry every
letter of every name (Ş, ł, ı …)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sioo_desk.domain.enums import AdmissionDecision, Gender
from sioo_desk.domain.errors import Cancelled, NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.names import PersonName, salutation
from sioo_desk.services import pdf_fonts
from sioo_desk.services.long_work import Report, quiet
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database
from sioo_desk.store.output import BatchRefused, OutputError, Staging

SENDER = ("Sioo", "Newtonlaan 209", "3584 BH Utrecht", "030-291 30 00")
KIND_TITLES = {
    "start": "Startbijeenkomst",
    "atelier": "Werkatelier",
    "masterclass": "Masterclass",
    "closing": "Slotbijeenkomst",
}


class LetterError(SiooDeskError):
    pass


@dataclass(frozen=True)
class LetterData:
    decision: AdmissionDecision
    decision_date: dt.date
    reason: str
    name: PersonName
    gender: Gender
    municipality: str
    programme: str
    cohort: str
    location: str
    start: dt.date | None
    end: dt.date | None
    schedule: list[tuple[str, str]]  # (what, when)
    signer: str


def letter_data(db: Database, participant_id: int) -> LetterData:
    rows = db.read(
        """SELECT i.decision, i.decision_date, i.decision_reason, p.surname, p.first_name,
                  p.initials, p.tussenvoegsel, p.gender, p.municipality, pr.title, c.name,
                  c.location, c.start_date, c.end_date, c.id,
                  pm.first_name, pm.initials, pm.tussenvoegsel, pm.surname
           FROM participants p JOIN cohorts c ON c.id = p.cohort_id
           JOIN programmes pr ON pr.id = c.programme_id
           LEFT JOIN intakes i ON i.participant_id = p.id
           LEFT JOIN people pm ON pm.id = c.programme_manager_id
           WHERE p.id = :id""",
        {"id": participant_id},
    )
    if not rows:
        raise NotFoundError("Deelnemer", participant_id)
    r = rows[0]
    name = PersonName(r[3], r[4], r[5], r[6])
    if r[0] in (None, AdmissionDecision.PENDING.value):
        raise LetterError(
            f"Voor {name.display_name} is nog geen besluit over toelating "
            "vastgelegd; leg eerst het besluit vast."
        )
    decided = as_date(r[1])
    assert decided is not None
    schedule = []
    for kind, number, first, last in db.read(
        """SELECT s.kind, s.number, min(h.date), max(h.date) FROM sessions s
           JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind IN ('start', 'atelier', 'masterclass', 'closing')
           GROUP BY s.id ORDER BY min(h.date)""",
        {"c": r[14]},
    ):
        what = KIND_TITLES[kind] + (f" {number}" if number else "")
        a, b = as_date(first), as_date(last)
        assert a is not None and b is not None
        when = (
            long_date(a)
            if a == b
            else (
                f"{a.day} en {long_date(b)}"
                if a.month == b.month
                else f"{long_date(a)} en {long_date(b)}"
            )
        )
        schedule.append((what, when))
    signer = PersonName(r[18], r[15], r[16], r[17]).display_name if r[18] else ""
    return LetterData(
        decision=AdmissionDecision(r[0]),
        decision_date=decided,
        reason=r[2] or "",
        name=name,
        gender=Gender(r[7]),
        municipality=r[8],
        programme=r[9],
        cohort=r[10],
        location=r[11],
        start=as_date(r[12]),
        end=as_date(r[13]),
        schedule=schedule,
        signer=signer,
    )


def decided_participants(db: Database, cohort_id: int) -> list[int]:
    """Participants of the cohort with an admission decision, in list order."""
    from sioo_desk.services.participants import list_participants

    decided = {
        int(r[0])
        for r in db.read(
            """SELECT i.participant_id FROM intakes i JOIN participants p ON p.id = i.participant_id
           WHERE p.cohort_id = :c AND i.decision != 'pending'""",
            {"c": cohort_id},
        )
    }
    return [p.id for p in list_participants(db, cohort_id) if p.id in decided]


def letter_pdf(data: LetterData, *, written_on: dt.date) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = pdf_fonts.register()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, spaceAfter=0)
    strong = ParagraphStyle("strong", parent=body, fontName=bold)
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Brief aan {data.name.display_name}",
        author="Sioo",
        # The canvas's first font is ours too: no unembedded font.
        initialFontName=regular,
    )
    admitted = data.decision is AdmissionDecision.ADMITTED
    story = [Paragraph("<br/>".join(_escape(x) for x in SENDER), small), Spacer(1, 14 * mm)]
    address = [data.name.formal_name]
    if data.municipality:
        address.append(f"Gemeente {data.municipality}")
    story += [
        Paragraph("<br/>".join(_escape(x) for x in address), body),
        Spacer(1, 10 * mm),
        Paragraph(f"Utrecht, {long_date(written_on)}", body),
        Paragraph(
            _escape(
                f"Betreft: {'toelating tot' if admitted else 'uw aanmelding voor'} "
                f"de leergang ‘{data.programme}’"
            ),
            strong,
        ),
        Spacer(1, 4 * mm),
        Paragraph(_escape(salutation(data.name, data.gender)) + ",", body),
    ]
    if admitted:
        story.append(
            Paragraph(
                _escape(
                    f"Met genoegen laat ik u weten dat u bent toegelaten tot de leergang "
                    f"‘{data.programme}’, {data.cohort}. De leergang vindt plaats in {data.location}"
                    + (
                        f" en loopt van {long_date(data.start)} tot en met {long_date(data.end)}."
                        if data.start and data.end
                        else "."
                    )
                ),
                body,
            )
        )
        if data.schedule:
            story.append(Paragraph("U bent van harte welkom op de volgende bijeenkomsten:", body))
            table = Table(
                [[what, when] for what, when in data.schedule], colWidths=[55 * mm, 100 * mm]
            )
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), regular),
                        ("FONTSIZE", (0, 0), (-1, -1), 10),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            story += [table, Spacer(1, 4 * mm)]
        story.append(
            Paragraph(
                "De consultatiebijeenkomsten vinden plaats tussen de werkateliers; de data spreekt u "
                "af in uw consultatiegroep. Na werkatelier 3 voeren wij samen een tussengesprek.",
                body,
            )
        )
    else:
        story.append(
            Paragraph(
                _escape(
                    f"Dank voor uw aanmelding en voor het intakegesprek. Na zorgvuldige afweging hebben "
                    f"wij besloten u niet toe te laten tot de leergang ‘{data.programme}’, "
                    f"{data.cohort}."
                ),
                body,
            )
        )
        if data.reason:
            story.append(Paragraph(_escape(data.reason), body))
        story.append(Paragraph("Ik licht dit besluit graag toe in een persoonlijk gesprek.", body))
    story += [
        Spacer(1, 6 * mm),
        Paragraph("Met vriendelijke groet,", body),
        Spacer(1, 12 * mm),
        Paragraph(_escape(data.signer or "Sioo"), body),
        Paragraph("programmamanager", small),
    ]
    document.build(story)
    return out.getvalue()


def write_letters(
    db: Database, cohort_id: int, folder: Path, *, written_on: dt.date, report: Report = quiet
) -> list[Path]:
    """One PDF per candidate of the cohort with a decision, into `folder`; the paths are
    returned. All at once or none: a failure or a cancel (from `report`, called before each
    letter) leaves the folder as it was, an older letter that was being replaced put back.
    A letter is made again from the register, so an older letter of the same name is
    replaced, which is what whoever writes them again wants. A file or folder that cannot take
    them is refused in `Staging`'s words, after the news that no letter at all was written
    (not only the one it names)."""
    people = decided_participants(db, cohort_id)
    try:
        return _write_letters(db, people, folder, written_on, report)
    except OutputError as error:
        raise BatchRefused("Er is geen brief geschreven", error) from error


def _write_letters(
    db: Database, people: list[int], folder: Path, written_on: dt.date, report: Report
) -> list[Path]:
    written: list[Path] = []
    with Staging(folder, overwrite=True) as staging:
        for done, participant_id in enumerate(people):
            data = letter_data(db, participant_id)
            try:
                report(done, len(people), data.name.display_name)
            except Cancelled as stop:
                raise Cancelled(
                    f"Brieven afgebroken bij {data.name.display_name} ({done} van "
                    f"{len(people)}): er is geen brief geschreven."
                ) from stop
            name = letter_file_name(data)
            if folder / name in written:  # two people of the same name
                name = f"{Path(name).stem}-{participant_id}.pdf"
            written.append(staging.write(name, letter_pdf(data, written_on=written_on)))
        try:
            report(len(people), len(people), "")
        except Cancelled as stop:
            raise Cancelled("Brieven afgebroken: er is geen brief geschreven.") from stop
        staging.place()
    return written


def letter_file_name(data: LetterData) -> str:
    kind = "toelating" if data.decision is AdmissionDecision.ADMITTED else "afwijzing"
    safe = "".join(ch if ch.isalnum() else "-" for ch in data.name.sort_name).strip("-")
    return f"brief-{kind}-{safe}.pdf"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

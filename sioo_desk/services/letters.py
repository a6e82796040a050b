"""Admission and non-admission letters as PDF, in Dutch, with embedded fonts that carry every
letter of every name (Ş, ł, ı …). What a letter says is a setting (`settings_schema`): its
subject and its text, paragraphs with placeholders such as {aanhef}, {cohort} and {data} that
are filled in here for each candidate. The organisation sends it; the cohort's programme
manager signs it, with their function and scanned signature."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sioo_desk.domain.enums import AdmissionDecision, Gender
from sioo_desk.domain.errors import Cancelled, NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.names import PersonName, salutation
from sioo_desk.services import pdf_fonts
from sioo_desk.services import settings_schema as schema
from sioo_desk.services.long_work import Report, quiet
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database
from sioo_desk.store.output import BatchRefused, OutputError, Staging

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
    signer: str  # with title, as printed under the signature
    signer_function: str
    signature: bytes | None
    sender: tuple[str, ...]  # the organisation: name, address lines, phone, e-mail
    place: str  # before the date
    subject: str  # after "Betreft:", placeholders not yet filled in
    text: str  # from salutation to greeting, placeholders not yet filled in


def letter_data(db: Database, participant_id: int) -> LetterData:
    from sioo_desk.services.certificates import signers
    from sioo_desk.services.organisation import organisation

    rows = db.read(
        """SELECT i.decision, i.decision_date, i.decision_reason, p.surname, p.first_name,
                  p.initials, p.tussenvoegsel, p.gender, p.municipality, pr.title, c.name,
                  c.location, c.start_date, c.end_date, c.id
           FROM participants p JOIN cohorts c ON c.id = p.cohort_id
           JOIN programmes pr ON pr.id = c.programme_id
           LEFT JOIN intakes i ON i.participant_id = p.id
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
    manager = signers(db, r[14]).programme_manager
    if manager is None:  # nobody signs a letter whose name the user did not enter
        raise LetterError(
            f"Cohort {r[10]} heeft geen programmamanager om de brieven te ondertekenen; "
            "kies er een bij Cohort ▸ Bewerken."
        )
    sender = organisation(db)
    admitted = AdmissionDecision(r[0]) is AdmissionDecision.ADMITTED
    texts = {v.key: str(v.value) for v in schema.settings(db) if v.spec.group == schema.BRIEVEN}
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
        signer=manager.name,
        signer_function=manager.function,
        signature=manager.signature,
        sender=tuple(
            line
            for line in (sender.name, *sender.address.splitlines(), sender.phone, sender.email)
            if line.strip()
        ),
        place=texts[schema.LETTER_PLACE],
        subject=texts[schema.ADMISSION_SUBJECT if admitted else schema.REJECTION_SUBJECT],
        text=texts[schema.ADMISSION_BODY if admitted else schema.REJECTION_BODY],
    )


def placeholder_values(data: LetterData) -> dict[str, str]:
    """What each placeholder of the letter texts stands for, for this candidate."""

    def day(value: dt.date | None) -> str:
        return long_date(value) if value else "(nog niet bekend)"

    return {
        "aanhef": salutation(data.name, data.gender),
        "naam": data.name.formal_name,
        "gemeente": data.municipality,
        "leergang": data.programme,
        "cohort": data.cohort,
        "besluitdatum": long_date(data.decision_date),
        "plaats": data.location or "(nog niet bekend)",
        "begindatum": day(data.start),
        "einddatum": day(data.end),
        schema.SCHEDULE: "; ".join(f"{what}: {when}" for what, when in data.schedule)
        or "de data volgen nog",
        "reden": data.reason.strip(),
    }


Block = str | list[tuple[str, str]]  # a paragraph, or the table of meetings


def letter_blocks(data: LetterData) -> list[Block]:
    """The letter's text filled in for this candidate: its paragraphs (a line break within
    one kept), `{data}` on a paragraph of its own as the table of meetings. A paragraph that
    is left empty (no reason recorded) is left out."""
    values = placeholder_values(data)
    blocks: list[Block] = []
    for paragraph in schema.paragraphs(data.text):
        if paragraph.strip() == "{" + schema.SCHEDULE + "}" and data.schedule:
            blocks.append(list(data.schedule))
            continue
        filled = schema.fill_placeholders(paragraph, values).strip()
        if filled:
            blocks.append(filled)
    return blocks


def letter_subject(data: LetterData) -> str:
    return " ".join(schema.fill_placeholders(data.subject, placeholder_values(data)).split())


def sample(decision: AdmissionDecision, *, sender: tuple[str, ...] = ()) -> LetterData:
    """A made-up candidate, for showing a letter text before it is used."""
    admitted = decision is AdmissionDecision.ADMITTED
    return LetterData(
        decision=decision,
        decision_date=dt.date(2027, 7, 5),
        reason=""
        if admitted
        else "Uw ervaring als HRM-adviseur is nog te kort voor deze leergang; wij nodigen u "
        "graag uit u over twee jaar opnieuw aan te melden.",
        name=PersonName("Jansen", "Anna", "A.M."),
        gender=Gender.FEMALE,
        municipality="Amersfoort",
        programme="De gemeentelijke HRM-adviseur als partner in business",
        cohort="Leergang 2027–2028",
        location="Utrecht",
        start=dt.date(2027, 9, 9),
        end=dt.date(2028, 6, 23),
        schedule=[
            ("Startbijeenkomst", "9 en 10 september 2027"),
            ("Werkatelier 1", "7 en 8 oktober 2027"),
            ("Slotbijeenkomst", "22 en 23 juni 2028"),
        ],
        signer="drs. P. de Vries",
        signer_function="programmamanager",
        signature=None,
        sender=sender or ("Organisatie", "Straat 1", "1234 AB Plaats"),
        place=str(schema.default(schema.LETTER_PLACE)),
        subject=str(
            schema.default(schema.ADMISSION_SUBJECT if admitted else schema.REJECTION_SUBJECT)
        ),
        text=str(schema.default(schema.ADMISSION_BODY if admitted else schema.REJECTION_BODY)),
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
        author=data.sender[0] if data.sender else "",
        # The canvas's first font is ours too: no unembedded font.
        initialFontName=regular,
    )
    story = [Paragraph("<br/>".join(_escape(x) for x in data.sender), small), Spacer(1, 14 * mm)]
    address = [data.name.formal_name]
    if data.municipality:
        address.append(f"Gemeente {data.municipality}")
    place = f"{data.place}, " if data.place else ""
    story += [
        Paragraph("<br/>".join(_escape(x) for x in address), body),
        Spacer(1, 10 * mm),
        Paragraph(_escape(f"{place}{long_date(written_on)}"), body),
        Paragraph(_escape(f"Betreft: {letter_subject(data)}"), strong),
        Spacer(1, 4 * mm),
    ]
    for block in letter_blocks(data):
        if isinstance(block, str):
            story.append(Paragraph(_escape(block).replace("\n", "<br/>"), body))
            continue
        table = Table([[what, when] for what, when in block], colWidths=[55 * mm, 100 * mm])
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
    story.append(_signature(data.signature) if data.signature else Spacer(1, 12 * mm))
    story.append(Paragraph(_escape(data.signer), body))
    if data.signer_function:
        story.append(Paragraph(_escape(data.signer_function), small))
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


def _signature(image: bytes) -> Any:
    """The scanned signature, at most 4 cm wide and 1.5 cm high, above the name."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    width, height = ImageReader(io.BytesIO(image)).getSize()
    scale = min(40 * mm / width, 15 * mm / height)
    picture = Image(io.BytesIO(image), width=width * scale, height=height * scale)
    picture.hAlign = "LEFT"
    return picture


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

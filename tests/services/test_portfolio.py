"""The portfolio service: a timeline with search, links to sessions and competences,
attachments judged by content, undoable deletion and self-ratings on the 1–5 scale."""

from __future__ import annotations

import datetime as dt

import pytest

from sioo_desk.domain.enums import PortfolioEntryKind, RatingMoment
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import portfolio
from sioo_desk.services.demo import REFERENCE_CODE
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database


def first_participant(db: Database) -> int:
    cohort = int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": REFERENCE_CODE})[0][0])
    return list_participants(db, cohort)[0].id


def test_demo_portfolios_are_filled_and_linked(demo_db: Database) -> None:
    found = portfolio.entries(demo_db, first_participant(demo_db))
    kinds = {e.kind for e in found}
    assert PortfolioEntryKind.REFLECTION in kinds
    assert PortfolioEntryKind.FINAL_DOCUMENT in kinds
    assert any(e.session_ids and e.competence_ids for e in found)
    assert [e.entry_date for e in found] == sorted((e.entry_date for e in found), reverse=True)


def test_save_search_attach_delete_and_restore(demo_db: Database) -> None:
    who = first_participant(demo_db)
    competence = portfolio.competences(demo_db)[0].id
    entry_id = portfolio.save_entry(
        demo_db,
        who,
        portfolio.EntryInput(
            PortfolioEntryKind.EVIDENCE,
            "Adviesnotitie verzuimbeleid",
            dt.date(2026, 3, 2),
            "Notitie voor het MT over verzuïm",
            competence_ids=(competence,),
        ),
    ).result
    hits = portfolio.entries(demo_db, who, search="verzuim adviesnotitie")
    assert [e.id for e in hits] == [entry_id]
    assert hits[0].competence_ids == (competence,)

    attachment_id = portfolio.attach(demo_db, entry_id, "notitie.pdf", b"%PDF-1.7 test").result
    assert portfolio.attachment(demo_db, attachment_id) == (
        "notitie.pdf",
        "application/pdf",
        b"%PDF-1.7 test",
    )
    with pytest.raises(SiooDeskError):
        portfolio.attach(demo_db, entry_id, "virus.pdf", b"MZ not a pdf")

    snapshot = portfolio.delete_entry(demo_db, entry_id).result
    assert not portfolio.entries(demo_db, who, search="verzuimbeleid")
    portfolio.restore_entry(demo_db, snapshot)
    back = portfolio.entries(demo_db, who, search="verzuimbeleid")
    assert [e.id for e in back] == [entry_id]
    assert back[0].attachments and back[0].competence_ids == (competence,)


def test_an_entry_needs_a_title(demo_db: Database) -> None:
    with pytest.raises(SiooDeskError, match="Titel"):
        portfolio.save_entry(
            demo_db,
            first_participant(demo_db),
            portfolio.EntryInput(PortfolioEntryKind.EVIDENCE, "  ", dt.date(2026, 3, 2)),
        )


def test_ratings_stay_on_the_scale_and_can_be_cleared(demo_db: Database) -> None:
    who = first_participant(demo_db)
    competence = portfolio.competences(demo_db)[0].id
    day = dt.date(2026, 4, 1)
    portfolio.set_rating(demo_db, who, competence, RatingMoment.MIDTERM, 4, day)
    assert portfolio.ratings(demo_db, who)[(competence, RatingMoment.MIDTERM)] == 4
    with pytest.raises(SiooDeskError, match="1"):
        portfolio.set_rating(demo_db, who, competence, RatingMoment.MIDTERM, 6, day)
    cleared = portfolio.set_rating(demo_db, who, competence, RatingMoment.MIDTERM, None, day)
    assert cleared.result == 4
    assert (competence, RatingMoment.MIDTERM) not in portfolio.ratings(demo_db, who)


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_portfolio_pdf_holds_the_whole_portfolio(demo_db: Database) -> None:
    from sioo_desk.services.portfolio_pdf import portfolio_pdf

    who = first_participant(demo_db)
    portfolio.save_entry(
        demo_db,
        who,
        portfolio.EntryInput(
            PortfolioEntryKind.EVIDENCE, "Notitie & advies <MT>", dt.date(2012, 3, 2), "Één regel"
        ),
    )
    pdf = portfolio_pdf(demo_db, who, today=dt.date(2026, 11, 23))
    assert pdf.startswith(b"%PDF") and b"/Helvetica" not in pdf
    text = pdf_text(pdf)
    for expected in (
        "Portfolio",
        "Afgedrukt op 23 november 2026",
        "Intake en leervragen",
        "Reflectie op werkatelier 1",
        "Notitie & advies <MT>",
        "Één regel",
        "Einddocument",
        "Competenties: zelfbeoordeling",
        "5 – uitstekend",
        "tussengesprek",
        "Organisatievraagstuk",
        "Afspraken over de leerroute voor de tweede helft",
    ):
        assert expected in text, expected
    # Entries in date order: the intake document first, the final document last.
    assert text.index("Intakedocument") < text.index("Reflectie op werkatelier 1")
    assert text.index("Reflectie op werkatelier 6") < text.index("Einddocument")


def test_portfolio_pdf_of_a_new_participant_says_what_is_missing(demo_db: Database) -> None:
    from sioo_desk.domain.validation import ParticipantInput
    from sioo_desk.services.participant_editing import create_participant
    from sioo_desk.services.portfolio_pdf import portfolio_pdf

    cohort = int(demo_db.read("SELECT id FROM cohorts ORDER BY id DESC")[0][0])
    who = create_participant(
        demo_db, cohort, ParticipantInput(surname="Nieuw", first_name="Noor", email="noor@x.nl")
    ).result
    text = pdf_text(portfolio_pdf(demo_db, who, today=dt.date(2026, 11, 23)))
    for expected in (
        "Noor Nieuw",
        "Er zijn nog geen leervragen vastgelegd.",
        "Het portfolio heeft nog geen onderdelen.",
        "Er zijn nog geen zelfbeoordelingen vastgelegd.",
        "Er is nog geen organisatievraagstuk vastgelegd.",
        "Het tussengesprek is nog niet vastgelegd.",
    ):
        assert expected in text, expected


def test_a_long_assignment_still_prints(demo_db: Database) -> None:
    from sioo_desk.services import assignment as assignments
    from sioo_desk.services.portfolio_pdf import portfolio_pdf

    who = first_participant(demo_db)
    found = assignments.assignment_of(demo_db, who)
    assert found is not None
    long_text = "De opdrachtgever is tevreden over de aanpak en de resultaten. " * 120
    assignments.save_assignment(
        demo_db, who, assignments.AssignmentInput(**{**found.__dict__, "feedback_end": long_text})
    )
    text = pdf_text(portfolio_pdf(demo_db, who))
    assert "Feedback opdrachtgever aan het eind" in text and text.count("tevreden") >= 100


def test_portfolio_edits_name_the_participant_and_undo(demo_db: Database) -> None:
    who = first_participant(demo_db)
    cohort = int(demo_db.read("SELECT cohort_id FROM participants WHERE id = :p", {"p": who})[0][0])
    start = portfolio.entries(demo_db, who)
    data = portfolio.EntryInput(PortfolioEntryKind.EVIDENCE, "Notitie", dt.date(2012, 3, 2), "Een")
    made = portfolio.save_entry(demo_db, who, data)
    assert made.changes.cohorts == {cohort} and made.changes.portfolio == {who}
    entry_id = made.result
    changed = portfolio.save_entry(
        demo_db, who, portfolio.EntryInput(**{**data.__dict__, "title": "Ander"}), entry_id
    )
    assert changed.result == entry_id and changed.inverse is not None
    unchanged = changed.inverse(demo_db)
    assert next(e for e in portfolio.entries(demo_db, who) if e.id == entry_id).title == "Notitie"
    assert unchanged.inverse is not None
    unchanged.inverse(demo_db)
    assert next(e for e in portfolio.entries(demo_db, who) if e.id == entry_id).title == "Ander"

    attached = portfolio.attach(demo_db, entry_id, "a.pdf", b"%PDF-1.7 a")
    assert attached.changes.portfolio == {who} and attached.inverse is not None
    detached = attached.inverse(demo_db)
    assert not next(e for e in portfolio.entries(demo_db, who) if e.id == entry_id).attachments
    assert detached.inverse is not None
    detached.inverse(demo_db)
    assert next(e for e in portfolio.entries(demo_db, who) if e.id == entry_id).attachments

    assert made.inverse is not None
    gone = made.inverse(demo_db)  # undo of the new entry: deleted, links and all
    assert portfolio.entries(demo_db, who) == start and gone.changes.portfolio == {who}
    assert gone.inverse is not None
    back = gone.inverse(demo_db)
    restored = next(e for e in portfolio.entries(demo_db, who) if e.id == entry_id)
    assert restored.title == "Ander" and restored.attachments
    assert back.inverse is not None
    back.inverse(demo_db)
    assert portfolio.entries(demo_db, who) == start


def test_undoing_a_rating_puts_back_the_score_and_its_day(demo_db: Database) -> None:
    who = first_participant(demo_db)
    competence = portfolio.competences(demo_db)[0].id
    key = (competence, RatingMoment.END)

    def stored() -> tuple[int, str] | None:
        rows = demo_db.read(
            """SELECT score, rated_on FROM competence_ratings
               WHERE participant_id = :p AND competence_id = :c AND moment = 'end'""",
            {"p": who, "c": competence},
        )
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    before = stored()
    rated = portfolio.set_rating(demo_db, who, competence, RatingMoment.END, 1, dt.date(2030, 1, 1))
    assert rated.changes.portfolio == {who}
    assert rated.result == (before[0] if before else None)
    assert rated.inverse is not None
    undone = rated.inverse(demo_db)
    assert stored() == before
    assert undone.inverse is not None
    undone.inverse(demo_db)
    assert portfolio.ratings(demo_db, who)[key] == 1

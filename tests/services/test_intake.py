"""Intake record, documents, decisions, slots, calendar files and letters."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sioo_desk.domain.admission import DecisionReasonRequired, check_decision
from sioo_desk.domain.documents import DOCX, ODT, PDF, DocumentError, document_type
from sioo_desk.domain.enums import (
    AdmissionCriterion,
    AdmissionDecision,
    CriterionAnswer,
    ParticipantStatus,
)
from sioo_desk.domain.errors import CohortFullError
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services import intake_planning as planning
from sioo_desk.services.calendar_files import calendar_file, intake_event
from sioo_desk.services.intake_record import (
    attach_document,
    decide,
    document_content,
    intake_record,
    save_intake,
)
from sioo_desk.services.letters import LetterError, letter_data, letter_pdf, write_letters
from sioo_desk.services.participant_editing import create_participant
from sioo_desk.services.participants import list_participants
from sioo_desk.store import output
from sioo_desk.store.database import Database
from sioo_desk.store.output import OutputError

MET = {c: (CriterionAnswer.MET, "") for c in AdmissionCriterion}


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def odt_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", ODT)
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def new_cohort_with_candidates(db: Database, count: int) -> tuple[int, list[int]]:
    from sioo_desk.domain.models import Cohort, Programme

    with db.session() as s:
        programme = s.query(Programme).one()
        cohort = Cohort(
            programme_id=programme.id,
            code="C27",
            name="Leergang 2027–2028",
            location="Kaap Doorn Conferentiecentrum, Doorn",
        )
        s.add(cohort)
        s.flush()
        cohort_id = cohort.id
    ids = [
        create_participant(
            db,
            cohort_id,
            ParticipantInput(
                surname=f"Kandidaat{i}", first_name="Anna", email=f"a{i}@ede.nl", municipality="Ede"
            ),
        ).result
        for i in range(count)
    ]
    return cohort_id, ids


def test_documents_are_judged_by_content() -> None:
    assert document_type("intake.pdf", b"%PDF-1.7 ...") == PDF
    assert document_type("intake.docx", docx_bytes()) == DOCX
    assert document_type("intake.odt", odt_bytes()) == ODT
    assert document_type("zonder-extensie", b"%PDF-1.4") == PDF
    with pytest.raises(DocumentError, match="geen PDF-, Word-"):
        document_type("intake.pdf", b"MZ\x90\x00 an executable")
    with pytest.raises(DocumentError, match="te groot"):
        document_type("groot.pdf", b"%PDF-" + b"0" * (21 * 1024 * 1024))
    with pytest.raises(DocumentError, match="leeg"):
        document_type("leeg.pdf", b"")


@given(st.binary(max_size=200).filter(lambda b: not b.startswith((b"%PDF-", b"PK\x03\x04"))))
def test_random_bytes_are_never_a_document(content: bytes) -> None:
    with pytest.raises(DocumentError):
        document_type("x.pdf", content)


def test_admitting_despite_a_failed_criterion_needs_a_reason() -> None:
    answers = {c: CriterionAnswer.MET for c in AdmissionCriterion}
    check_decision(answers, AdmissionDecision.ADMITTED, "")
    answers[AdmissionCriterion.EDUCATION] = CriterionAnswer.NOT_MET
    with pytest.raises(DecisionReasonRequired, match="Geef een reden"):
        check_decision(answers, AdmissionDecision.ADMITTED, "  ")
    check_decision(answers, AdmissionDecision.ADMITTED, "Werkt op hbo-niveau, zie referenties.")
    check_decision(answers, AdmissionDecision.NOT_ADMITTED, "")


def test_intake_record_document_and_decision(demo_db: Database) -> None:
    _cohort, (candidate, *_rest) = new_cohort_with_candidates(demo_db, 1)
    record = intake_record(demo_db, candidate)
    assert record.status is ParticipantStatus.REGISTERED and record.document is None
    info = attach_document(demo_db, candidate, "intakedocument.docx", docx_bytes()).result
    assert info.media_type == DOCX and info.size == len(docx_bytes())
    assert document_content(demo_db, candidate) == ("intakedocument.docx", DOCX, docx_bytes())
    entries = demo_db.read(
        """SELECT e.kind, e.title FROM portfolio_entries e JOIN portfolios p ON p.id = e.portfolio_id
           WHERE p.participant_id = :p""",
        {"p": candidate},
    )
    assert entries == [("intake_document", "Intakedocument: intakedocument.docx")]

    answers = dict(MET)
    answers[AdmissionCriterion.BUSINESS_KNOWLEDGE] = (
        CriterionAnswer.NOT_MET,
        "weinig bedrijfskunde",
    )
    save_intake(demo_db, candidate, "Hoe word ik partner van het management?", answers)
    with pytest.raises(DecisionReasonRequired):
        decide(demo_db, candidate, AdmissionDecision.ADMITTED, dt.date(2027, 10, 1), "")
    assert intake_record(demo_db, candidate).status is ParticipantStatus.REGISTERED
    decide(
        demo_db,
        candidate,
        AdmissionDecision.ADMITTED,
        dt.date(2027, 10, 1),
        "Volgt de module bedrijfskunde voor de start.",
    )
    record = intake_record(demo_db, candidate)
    assert record.status is ParticipantStatus.ADMITTED
    assert record.answers[AdmissionCriterion.BUSINESS_KNOWLEDGE] == (
        CriterionAnswer.NOT_MET,
        "weinig bedrijfskunde",
    )
    assert record.decision_date == dt.date(2027, 10, 1)


def test_an_admission_that_would_make_nineteen_is_refused(demo_db: Database) -> None:
    _cohort, ids = new_cohort_with_candidates(demo_db, 19)
    for participant in ids[:18]:
        save_intake(demo_db, participant, "", MET)
        decide(demo_db, participant, AdmissionDecision.ADMITTED, dt.date(2027, 10, 1), "")
    save_intake(demo_db, ids[18], "", MET)
    with pytest.raises(CohortFullError):
        decide(demo_db, ids[18], AdmissionDecision.ADMITTED, dt.date(2027, 10, 1), "")
    record = intake_record(demo_db, ids[18])
    assert record.status is ParticipantStatus.REGISTERED
    assert record.decision is AdmissionDecision.PENDING


def test_slots_first_free_and_calendar_file(demo_db: Database) -> None:
    cohort_id, ids = new_cohort_with_candidates(demo_db, 3)
    pm = next(i for i, name in planning.interviewers(demo_db) if "Hoogendoorn" in name)
    days = [dt.date(2027, 9, 13), dt.date(2027, 9, 15)]
    made = planning.make_slots(
        demo_db, cohort_id, days, [dt.time(9, 30), dt.time(13, 30)], 75, pm
    ).result
    assert len(made) == 4
    slots = planning.list_slots(demo_db, cohort_id)
    assert [(s.date, s.starts_at, s.ends_at) for s in slots][:2] == [
        (dt.date(2027, 9, 13), dt.time(9, 30), dt.time(10, 45)),
        (dt.date(2027, 9, 13), dt.time(13, 30), dt.time(14, 45)),
    ]
    assert all(s.free and "Hoogendoorn" in s.interviewer for s in slots)

    planning.assign(demo_db, made[2], ids[0])
    first = planning.assign_first_free(demo_db, cohort_id, ids[1], after=dt.date(2027, 9, 1)).result
    assert first == made[0]
    slots = {s.session_id: s for s in planning.list_slots(demo_db, cohort_id)}
    assert slots[made[2]].participant_name == "Anna Kandidaat0"
    statuses = {p.id: p.status for p in list_participants(demo_db, cohort_id)}
    assert statuses[ids[0]] is ParticipantStatus.INTAKE_PLANNED
    assert planning.unplanned_candidates(demo_db, cohort_id) == [(ids[2], "Anna Kandidaat2")]

    with pytest.raises(planning.PlanningError, match="al voor Anna Kandidaat0"):
        planning.assign(demo_db, made[2], ids[2])
    with pytest.raises(planning.PlanningError, match="al een afspraak"):
        planning.make_slots(demo_db, cohort_id, [days[0]], [dt.time(10, 0)], 60, pm)
    with pytest.raises(planning.PlanningError, match="weekend"):
        planning.make_slots(demo_db, cohort_id, [dt.date(2027, 9, 18)], [dt.time(10, 0)], 60, pm)

    event = intake_event(demo_db, made[2])
    assert event.start == dt.datetime(2027, 9, 15, 9, 30)
    ics = calendar_file([event], name="Intake", now=dt.datetime(2027, 9, 1, 12, 0)).decode()
    assert "METHOD:PUBLISH" in ics and "BEGIN:VTIMEZONE" in ics
    assert "DTSTART;TZID=Europe/Amsterdam:20270915T093000" in ics
    assert f"UID:{event.uid}" in ics and "SEQUENCE:1" in ics
    assert "SUMMARY:Intakegesprek Anna Kandidaat0" in ics
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in ics

    assert planning.unassign(demo_db, made[2]).result == ids[0]
    assert intake_event(demo_db, made[2]).sequence == 2  # changed: raised again
    statuses = {p.id: p.status for p in list_participants(demo_db, cohort_id)}
    assert statuses[ids[0]] is ParticipantStatus.REGISTERED


def test_letters(demo_db: Database) -> None:
    reference = {p.name.display_name: p.id for p in list_participants(demo_db, 1)}
    data = letter_data(demo_db, reference["Şahin Yıldız"])
    assert data.decision is AdmissionDecision.ADMITTED
    assert ("Werkatelier 1", "19 en 20 december 2011") in data.schedule
    assert data.schedule[-1] == ("Slotbijeenkomst", "26 en 27 juni 2012")
    pdf = letter_pdf(data, written_on=dt.date(2011, 10, 12))
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf
    assert b"/Helvetica" not in pdf
    _cohort, (candidate,) = new_cohort_with_candidates(demo_db, 1)
    with pytest.raises(LetterError, match="nog geen besluit"):
        letter_data(demo_db, candidate)
    save_intake(demo_db, candidate, "", MET)
    decide(
        demo_db,
        candidate,
        AdmissionDecision.NOT_ADMITTED,
        dt.date(2027, 10, 2),
        "Onvoldoende ervaring in P&O.",
    )
    with pytest.raises(LetterError, match="heeft geen programmamanager"):
        letter_data(demo_db, candidate)  # nobody signs a name the user did not enter
    from sioo_desk.domain.models import Cohort

    with demo_db.session() as s:
        s.get_one(Cohort, _cohort).programme_manager_id = s.get_one(Cohort, 1).programme_manager_id
    refused = letter_data(demo_db, candidate)
    assert refused.decision is AdmissionDecision.NOT_ADMITTED
    assert letter_pdf(refused, written_on=dt.date(2027, 10, 3)).startswith(b"%PDF")


def test_letters_on_a_full_disk_say_that_no_letter_was_written(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusal names the one file that did not fit; the sentence before it says that none
    of the others is there either."""
    folder = tmp_path / "brieven"
    folder.mkdir()
    placed: list[object] = []
    real = os.replace

    def fill_up(source: object, target: object) -> None:
        if len(placed) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        placed.append(target)
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(output.os, "replace", fill_up)
    with pytest.raises(OutputError) as refused:
        write_letters(demo_db, 1, folder, written_on=dt.date(2011, 10, 12))
    assert str(refused.value) == (
        f"Er is geen brief geschreven: {refused.value.path.name} kan niet worden opgeslagen in "
        f"{folder}: de schijf is vol."
    )
    assert list(folder.iterdir()) == []

    with pytest.raises(OutputError) as gone:
        write_letters(demo_db, 1, tmp_path / "weg", written_on=dt.date(2011, 10, 12))
    assert (
        str(gone.value) == f"Er is geen brief geschreven: de map {tmp_path / 'weg'} bestaat niet."
    )


def test_a_saved_intake_is_undone_and_redone_as_one(demo_db: Database) -> None:
    from sioo_desk.services.intake_record import record_intake

    cohort_id, (candidate,) = new_cohort_with_candidates(demo_db, 1)
    attached = attach_document(demo_db, candidate, "intake.docx", docx_bytes())
    assert attached.changes.cohorts == {cohort_id}
    assert attached.changes.participants == {candidate} == attached.changes.portfolio
    edit = record_intake(
        demo_db,
        candidate,
        "Hoe word ik partner?",
        MET,
        AdmissionDecision.ADMITTED,
        dt.date(2027, 10, 1),
        "",
    )
    assert edit.changes.participants == {candidate} and edit.changes.cohorts == {cohort_id}
    after = intake_record(demo_db, candidate)
    assert after.status is ParticipantStatus.ADMITTED and after.learning_questions
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    before = intake_record(demo_db, candidate)
    assert before.status is ParticipantStatus.REGISTERED
    assert before.decision is AdmissionDecision.PENDING and before.learning_questions == ""
    assert before.document is not None and before.document.filename == "intake.docx"
    assert undo.inverse is not None
    undo.inverse(demo_db)
    assert intake_record(demo_db, candidate) == after
    assert attached.inverse is not None
    attached.inverse(demo_db)  # the document goes off the record, the decision with it
    assert intake_record(demo_db, candidate).document is None


def test_undoing_an_attached_document_puts_the_portfolio_entry_back(demo_db: Database) -> None:
    _cohort, (candidate,) = new_cohort_with_candidates(demo_db, 1)

    def entries() -> list[tuple[object, ...]]:
        return [
            tuple(r)
            for r in demo_db.read(
                """SELECT e.id, e.title, e.text, e.entry_date, a.attachment_id
                   FROM portfolio_entries e JOIN portfolios p ON p.id = e.portfolio_id
                   LEFT JOIN portfolio_entry_attachments a ON a.entry_id = e.id
                   WHERE p.participant_id = :p ORDER BY e.id, a.attachment_id""",
                {"p": candidate},
            )
        ]

    # No entry before the first document: undo takes the entry (and its link) away again.
    first = attach_document(
        demo_db, candidate, "eerste.pdf", b"%PDF-1.7 een", now=dt.datetime(2027, 9, 1, 10, 0)
    )
    with_first = entries()
    assert [row[1] for row in with_first] == ["Intakedocument: eerste.pdf"]
    assert first.inverse is not None
    redo_first = first.inverse(demo_db)
    assert intake_record(demo_db, candidate).document is None
    assert entries() == []
    assert redo_first.inverse is not None
    redo_first.inverse(demo_db)
    assert entries() == with_first
    assert intake_record(demo_db, candidate).document == first.result

    # A second document replaces the first: undo gives the entry back its old title and link.
    second = attach_document(
        demo_db, candidate, "tweede.pdf", b"%PDF-1.7 twee", now=dt.datetime(2027, 9, 2, 10, 0)
    )
    with_second = entries()
    assert [(row[1], row[4]) for row in with_second] == [
        ("Intakedocument: tweede.pdf", first.result.attachment_id),
        ("Intakedocument: tweede.pdf", second.result.attachment_id),
    ]
    assert second.inverse is not None
    redo_second = second.inverse(demo_db)
    assert entries() == with_first
    assert intake_record(demo_db, candidate).document == first.result
    assert redo_second.inverse is not None
    undo_again = redo_second.inverse(demo_db)
    assert entries() == with_second
    assert intake_record(demo_db, candidate).document == second.result
    assert undo_again.inverse is not None
    undo_again.inverse(demo_db)
    assert entries() == with_first


def test_a_refused_intake_writes_nothing(demo_db: Database) -> None:
    from sioo_desk.services.intake_record import record_intake

    _cohort, (candidate,) = new_cohort_with_candidates(demo_db, 1)
    answers = dict(MET)
    answers[AdmissionCriterion.EDUCATION] = (CriterionAnswer.NOT_MET, "")
    with pytest.raises(DecisionReasonRequired):
        record_intake(
            demo_db, candidate, "Vragen", answers, AdmissionDecision.ADMITTED, dt.date.today(), ""
        )
    assert intake_record(demo_db, candidate).learning_questions == ""


def test_slots_made_assigned_freed_and_deleted_all_undo_and_redo(demo_db: Database) -> None:
    cohort_id, ids = new_cohort_with_candidates(demo_db, 2)
    pm = next(i for i, name in planning.interviewers(demo_db) if "Hoogendoorn" in name)
    made = planning.make_slots(
        demo_db, cohort_id, [dt.date(2027, 9, 13)], [dt.time(9, 30), dt.time(13, 30)], 75, pm
    )
    first, second = made.result
    assert made.changes.cohorts == {cohort_id} and made.changes.sessions == {first, second}

    def where() -> dict[int, int | None]:
        return {s.session_id: s.participant_id for s in planning.list_slots(demo_db, cohort_id)}

    def status(participant_id: int) -> ParticipantStatus:
        return intake_record(demo_db, participant_id).status

    assigned = planning.assign(demo_db, first, ids[0])
    assert assigned.changes.participants == {ids[0]} and assigned.changes.sessions == {first}
    moved = planning.assign(demo_db, second, ids[0])  # to the other slot
    assert moved.result == first and moved.changes.sessions == {first, second}
    assert where() == {first: None, second: ids[0]}
    assert moved.inverse is not None
    back = moved.inverse(demo_db)
    assert where() == {first: ids[0], second: None}
    assert back.inverse is not None
    back.inverse(demo_db)
    assert where() == {first: None, second: ids[0]}

    freed = planning.unassign(demo_db, second)
    assert freed.result == ids[0] and status(ids[0]) is ParticipantStatus.REGISTERED
    assert freed.inverse is not None
    refilled = freed.inverse(demo_db)
    assert where()[second] == ids[0] and status(ids[0]) is ParticipantStatus.INTAKE_PLANNED
    assert refilled.inverse is not None
    refilled.inverse(demo_db)
    assert where()[second] is None
    assert not planning.unassign(demo_db, second).undoable  # nobody in it: nothing to undo

    deleted = planning.delete_slot(demo_db, first)
    assert deleted.changes.sessions == {first} and set(where()) == {second}
    assert deleted.inverse is not None
    restored = deleted.inverse(demo_db)
    assert set(where()) == {first, second} and restored.inverse is not None
    assert made.inverse is not None
    unmade = made.inverse(demo_db)  # the series goes whole
    assert where() == {} and unmade.changes.sessions == {first, second}
    assert unmade.inverse is not None
    unmade.inverse(demo_db)
    assert set(where()) == {first, second}

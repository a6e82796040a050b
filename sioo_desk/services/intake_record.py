"""The intake record of one candidate: document, learning questions, the seven criteria and the
admission decision. The intake document becomes the first entry of the portfolio."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sioo_desk.domain.admission import check_decision, experience_answer
from sioo_desk.domain.documents import document_type
from sioo_desk.domain.enums import (
    PLACE_TAKING_STATUSES,
    AdmissionCriterion,
    AdmissionDecision,
    CriterionAnswer,
    ParticipantStatus,
    PortfolioEntryKind,
)
from sioo_desk.domain.errors import NotFoundError
from sioo_desk.domain.models import (
    Attachment,
    Intake,
    IntakeCriterionAnswer,
    Participant,
    Portfolio,
    PortfolioEntry,
    PortfolioEntryAttachment,
)
from sioo_desk.services import audit, snapshots
from sioo_desk.services import participant_editing as editing
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.store.database import Database


@dataclass(frozen=True)
class DocumentInfo:
    attachment_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added: dt.datetime


@dataclass
class IntakeRecord:
    participant_id: int
    name: str
    status: ParticipantStatus
    learning_questions: str = ""
    answers: dict[AdmissionCriterion, tuple[CriterionAnswer, str]] = field(default_factory=dict)
    decision: AdmissionDecision = AdmissionDecision.PENDING
    decision_date: dt.date | None = None
    decision_reason: str = ""
    document: DocumentInfo | None = None


def intake_record(db: Database, participant_id: int) -> IntakeRecord:
    with db.session() as s:
        return _read(s, participant_id)


def _read(s: Session, participant_id: int) -> IntakeRecord:
    participant = _participant(s, participant_id)
    intake = _intake(s, participant_id)
    record = IntakeRecord(participant_id, participant.name.display_name, participant.status)
    record.answers = {c: (CriterionAnswer.UNANSWERED, "") for c in AdmissionCriterion}
    record.answers[AdmissionCriterion.EXPERIENCE] = (
        experience_answer(participant.years_experience, participant.years_in_hr),
        "",
    )
    if intake is None:
        return record
    record.learning_questions = intake.learning_questions
    for answer in intake.answers:
        if answer.answer is not CriterionAnswer.UNANSWERED or answer.note:
            record.answers[answer.criterion] = (answer.answer, answer.note)
    record.decision = intake.decision
    record.decision_date = intake.decision_date
    record.decision_reason = intake.decision_reason
    if intake.document_attachment_id is not None:
        a = s.get_one(Attachment, intake.document_attachment_id)
        record.document = DocumentInfo(
            a.id, a.filename, a.media_type, a.size, a.sha256, a.created_at
        )
    return record


Answers = dict[AdmissionCriterion, tuple[CriterionAnswer, str]]


def save_intake(
    db: Database, participant_id: int, learning_questions: str, answers: Answers
) -> Edit:
    with db.session() as s:
        participant = _participant(s, participant_id)
        before = _read(s, participant_id)
        _save(s, participant, learning_questions, answers)
        audit.record(s, "intake", "participant", participant_id, participant.name.display_name)
        return _undone_by(participant, before)


#: Statuses a decision may move: later ones (active, withdrawn, completed) keep theirs, so the
#: reasons and date of an old decision can still be corrected.
_DECIDABLE = frozenset(
    {
        ParticipantStatus.REGISTERED,
        ParticipantStatus.INTAKE_PLANNED,
        ParticipantStatus.ADMITTED,
        ParticipantStatus.NOT_ADMITTED,
    }
)


def decide(
    db: Database, participant_id: int, decision: AdmissionDecision, on: dt.date, reason: str
) -> Edit:
    """Record the decision and move the status along, in one transaction: a decision means the
    intake was held; no decision yet puts an admitted or refused candidate back to 'intake
    planned'. Admitting above the cohort's maximum is refused; so is admitting a candidate who
    fails a criterion without a reason."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        before = _read(s, participant_id)
        check_decision({c: a for c, (a, _n) in before.answers.items()}, decision, reason)
        _decide(s, participant, decision, on, reason)
        return _undone_by(participant, before)


def record_intake(
    db: Database,
    participant_id: int,
    learning_questions: str,
    answers: Answers,
    decision: AdmissionDecision,
    on: dt.date,
    reason: str,
) -> Edit:
    """What the intake form saves: questions and answers, and the decision when it changed —
    all or nothing, undone as one."""
    with db.session() as s:
        participant = _participant(s, participant_id)
        before = _read(s, participant_id)
        check_decision({c: a for c, (a, _n) in answers.items()}, decision, reason)
        _save(s, participant, learning_questions, answers)
        audit.record(s, "intake", "participant", participant_id, participant.name.display_name)
        day = on if decision is not AdmissionDecision.PENDING else None
        if (decision, day, reason.strip()) != (
            before.decision,
            before.decision_date,
            before.decision_reason,
        ):
            _decide(s, participant, decision, on, reason)
        return _undone_by(participant, before)


def restore_record(db: Database, record: IntakeRecord) -> Edit:
    """Put an earlier state of the record back (undo, and redo); its undo puts back what it
    replaced. Only the cohort's capacity is checked again: it may have filled since."""
    with db.session() as s:
        participant = _participant(s, record.participant_id)
        now = _read(s, record.participant_id)
        _put_back(s, participant, record)
        return _undone_by(participant, now)


def restore_document(db: Database, record: IntakeRecord, entry: Snapshot | None) -> Edit:
    """Undo (and redo) of an attached document: the record as `restore_record` puts it back,
    and the portfolio's intake entry with its links as it was in `entry` (no entry if None)."""
    with db.session() as s:
        participant = _participant(s, record.participant_id)
        now = _read(s, record.participant_id)
        now_entry = _entry_snapshot(s, record.participant_id)
        _put_back(s, participant, record)
        s.flush()
        if now_entry is not None:  # its links go with it (ON DELETE CASCADE)
            replaced = list(now_entry.rows[_ENTRIES])
            s.execute(delete(PortfolioEntry).where(PortfolioEntry.id.in_(replaced)))
        if entry is not None:
            snapshots.restore(s.connection(), entry)
        edit = _undone_by(participant, now)
    return Edit(edit.changes, partial(restore_document, record=now, entry=now_entry))


def _put_back(s: Session, participant: Participant, record: IntakeRecord) -> None:
    if record.status in PLACE_TAKING_STATUSES and participant.status not in PLACE_TAKING_STATUSES:
        editing.ensure_place(s, participant.cohort)
    intake = _save(s, participant, record.learning_questions, record.answers)
    intake.decision = record.decision
    intake.decision_date = record.decision_date
    intake.decision_reason = record.decision_reason
    intake.document_attachment_id = record.document.attachment_id if record.document else None
    participant.status = record.status
    audit.record(s, "intake", "participant", participant.id, participant.name.display_name)


def attach_document(
    db: Database, participant_id: int, filename: str, content: bytes, now: dt.datetime | None = None
) -> Edit:
    """Store the intake document in the database and make it the portfolio's first entry;
    `result` is its DocumentInfo. Undo puts back the record and the portfolio's intake entry
    with its links as they were; the stored file stays, so that redo can link it again."""
    media_type = document_type(filename, content)
    now = now or dt.datetime.now().replace(microsecond=0)
    with db.session() as s:
        participant = _participant(s, participant_id)
        before = _read(s, participant_id)
        before_entry = _entry_snapshot(s, participant_id)
        attachment = Attachment(
            filename=filename,
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            data=content,
            created_at=now,
        )
        s.add(attachment)
        s.flush()
        intake = _intake(s, participant_id) or _new_intake(s, participant_id)
        intake.document_attachment_id = attachment.id
        entry = _intake_entry(s, participant_id, now.date())
        entry.title = f"Intakedocument: {filename}"
        s.flush()
        s.add(PortfolioEntryAttachment(entry_id=entry.id, attachment_id=attachment.id))
        audit.record(
            s,
            "document",
            "participant",
            participant_id,
            f"{participant.name.display_name}: {filename}",
        )
        info = DocumentInfo(
            attachment.id, filename, media_type, len(content), attachment.sha256, now
        )
        edit = _undone_by(participant, before)
    return Edit(edit.changes, partial(restore_document, record=before, entry=before_entry), info)


def _undone_by(participant: Participant, before: IntakeRecord) -> Edit:
    """An intake edit: the candidate's record (and status) changed; the undo puts `before`
    back. The intake document is the portfolio's first entry, so that may have changed too."""
    return Edit(
        Changes.of(
            participant.cohort_id, participants=[participant.id], portfolio=[participant.id]
        ),
        partial(restore_record, record=before),
    )


def _save(
    s: Session, participant: Participant, learning_questions: str, answers: Answers
) -> Intake:
    intake = _intake(s, participant.id) or _new_intake(s, participant.id)
    intake.learning_questions = learning_questions.strip()
    existing = {a.criterion: a for a in intake.answers}
    for criterion, (answer, note) in answers.items():
        row = existing.get(criterion)
        if row is None:
            intake.answers.append(
                IntakeCriterionAnswer(criterion=criterion, answer=answer, note=note.strip())
            )
        else:
            row.answer, row.note = answer, note.strip()
    return intake


def _decide(
    s: Session, participant: Participant, decision: AdmissionDecision, on: dt.date, reason: str
) -> None:
    target = {
        AdmissionDecision.ADMITTED: ParticipantStatus.ADMITTED,
        AdmissionDecision.NOT_ADMITTED: ParticipantStatus.NOT_ADMITTED,
        AdmissionDecision.PENDING: ParticipantStatus.INTAKE_PLANNED,
    }[decision]
    decided_before = participant.status in (
        ParticipantStatus.ADMITTED,
        ParticipantStatus.NOT_ADMITTED,
    )
    moves = (
        participant.status in _DECIDABLE
        and participant.status is not target
        and (decision is not AdmissionDecision.PENDING or decided_before)
    )
    if moves:
        if target is ParticipantStatus.ADMITTED:
            editing.ensure_place(s, participant.cohort)
        participant.status = target
    intake = _intake(s, participant.id) or _new_intake(s, participant.id)
    intake.decision = decision
    intake.decision_date = on if decision is not AdmissionDecision.PENDING else None
    intake.decision_reason = reason.strip()
    audit.record(s, "decision", "participant", participant.id, decision.value, reason=reason)


def document_content(db: Database, participant_id: int) -> tuple[str, str, bytes]:
    with db.session() as s:
        intake = _intake(s, participant_id)
        if intake is None or intake.document_attachment_id is None:
            raise NotFoundError("Intakedocument van deelnemer", participant_id)
        a = s.get_one(Attachment, intake.document_attachment_id)
        return a.filename, a.media_type, a.data


def _participant(s: Session, participant_id: int) -> Participant:
    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    return participant


def _intake(s: Session, participant_id: int) -> Intake | None:
    return s.scalar(select(Intake).where(Intake.participant_id == participant_id))


def _new_intake(s: Session, participant_id: int) -> Intake:
    intake = Intake(participant_id=participant_id)
    s.add(intake)
    return intake


_ENTRIES = "portfolio_entries"


def _entry_snapshot(s: Session, participant_id: int) -> Snapshot | None:
    """The portfolio's intake entry with everything linked to it, or None if it has none."""
    entry_id = s.scalar(
        select(PortfolioEntry.id)
        .join(Portfolio, Portfolio.id == PortfolioEntry.portfolio_id)
        .where(
            Portfolio.participant_id == participant_id,
            PortfolioEntry.kind == PortfolioEntryKind.INTAKE_DOCUMENT,
        )
    )
    return None if entry_id is None else snapshots.take(s.connection(), _ENTRIES, [entry_id])


def _intake_entry(s: Session, participant_id: int, day: dt.date) -> PortfolioEntry:
    portfolio = s.scalar(select(Portfolio).where(Portfolio.participant_id == participant_id))
    if portfolio is None:
        portfolio = Portfolio(participant_id=participant_id, created_on=day)
        s.add(portfolio)
        s.flush()
    entry = s.scalar(
        select(PortfolioEntry).where(
            PortfolioEntry.portfolio_id == portfolio.id,
            PortfolioEntry.kind == PortfolioEntryKind.INTAKE_DOCUMENT,
        )
    )
    if entry is None:
        entry = PortfolioEntry(
            portfolio_id=portfolio.id,
            kind=PortfolioEntryKind.INTAKE_DOCUMENT,
            title="Intakedocument",
            entry_date=day,
            text="Het document dat de deelnemer voor de intake opstelde.",
        )
        s.add(entry)
    return entry

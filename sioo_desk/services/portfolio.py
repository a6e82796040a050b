"""The participant's portfolio: entries of several kinds with text, attachments and links to
the sessions and competences they concern; and the self-ratings per competence at intake,
tussengesprek and end.

Every edit is reported as a change to the participant's portfolio (`Changes.portfolio`)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING

from sioo_desk.domain.documents import document_type
from sioo_desk.domain.enums import PortfolioEntryKind, RatingMoment
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import collation_key
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sioo_desk.services.snapshots import Snapshot

KIND_NAMES = {
    PortfolioEntryKind.INTAKE_DOCUMENT: "intakedocument",
    PortfolioEntryKind.REFLECTION: "reflectie",
    PortfolioEntryKind.EVIDENCE: "bewijsstuk",
    PortfolioEntryKind.ASSIGNMENT_REPORT: "verslag organisatievraagstuk",
    PortfolioEntryKind.FINAL_DOCUMENT: "einddocument",
}
SCALE = {1: "nog niet", 2: "beginnend", 3: "redelijk", 4: "goed", 5: "uitstekend"}
MOMENT_NAMES = {
    RatingMoment.INTAKE: "intake",
    RatingMoment.MIDTERM: "tussengesprek",
    RatingMoment.END: "einde",
}


@dataclass(frozen=True)
class EntryInput:
    kind: PortfolioEntryKind
    title: str
    entry_date: dt.date
    text: str = ""
    session_ids: tuple[int, ...] = ()
    competence_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Entry:
    id: int
    kind: PortfolioEntryKind
    title: str
    entry_date: dt.date
    text: str
    session_ids: tuple[int, ...] = ()
    competence_ids: tuple[int, ...] = ()
    attachments: tuple[tuple[int, str, int], ...] = field(default=())  # id, name, size


@dataclass(frozen=True)
class Competence:
    id: int
    framework: str
    code: str
    name: str
    framework_id: int = 0
    description: str = ""


def entries(db: Database, participant_id: int, search: str = "") -> list[Entry]:
    """The portfolio as a timeline, newest first; `search` matches title and text."""
    rows = db.read(
        """SELECT e.id, e.kind, e.title, e.entry_date, e.text FROM portfolio_entries e
           JOIN portfolios p ON p.id = e.portfolio_id WHERE p.participant_id = :p
           ORDER BY e.entry_date DESC, e.id DESC""",
        {"p": participant_id},
    )
    ids = [int(r[0]) for r in rows]
    marks = ", ".join(str(i) for i in ids) or "NULL"
    sessions: dict[int, list[int]] = {}
    for entry_id, session_id in db.read(
        f"SELECT entry_id, session_id FROM portfolio_entry_sessions WHERE entry_id IN ({marks})"
    ):
        sessions.setdefault(int(entry_id), []).append(int(session_id))
    competences: dict[int, list[int]] = {}
    for entry_id, competence_id in db.read(
        f"SELECT entry_id, competence_id FROM portfolio_entry_competences "
        f"WHERE entry_id IN ({marks})"
    ):
        competences.setdefault(int(entry_id), []).append(int(competence_id))
    files: dict[int, list[tuple[int, str, int]]] = {}
    for entry_id, attachment_id, name, size in db.read(
        f"""SELECT l.entry_id, a.id, a.filename, a.size FROM portfolio_entry_attachments l
                JOIN attachments a ON a.id = l.attachment_id WHERE l.entry_id IN ({marks})"""
    ):
        files.setdefault(int(entry_id), []).append((int(attachment_id), name, int(size)))
    words = collation_key(search).split()
    found = []
    for r in rows:
        if words and not all(w in collation_key(f"{r[2]} {r[4]}") for w in words):
            continue
        day = as_date(r[3])
        assert day is not None
        found.append(
            Entry(
                int(r[0]),
                PortfolioEntryKind(r[1]),
                r[2],
                day,
                r[4],
                tuple(sessions.get(int(r[0]), ())),
                tuple(competences.get(int(r[0]), ())),
                tuple(files.get(int(r[0]), ())),
            )
        )
    return found


def _owner(s: Session, participant_id: int) -> Changes:
    from sioo_desk.domain.models import Participant

    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    return Changes.of(participant.cohort_id, portfolio=[participant_id])


def _entry_owner(s: Session, entry_id: int) -> tuple[int, Changes]:
    """The participant whose portfolio holds the entry, and the change that names them."""
    from sioo_desk.domain.models import Portfolio, PortfolioEntry

    entry = s.get(PortfolioEntry, entry_id)
    if entry is None:
        raise NotFoundError("Portfolio-onderdeel", entry_id)
    participant_id = s.get_one(Portfolio, entry.portfolio_id).participant_id
    return participant_id, _owner(s, participant_id)


def _stored(s: Session, entry_id: int) -> EntryInput:
    """An entry as the editor would give it back: what undo of a change saves again."""
    from sqlalchemy import select

    from sioo_desk.domain.models import (
        PortfolioEntry,
        PortfolioEntryCompetence,
        PortfolioEntrySession,
    )

    entry = s.get_one(PortfolioEntry, entry_id)
    return EntryInput(
        entry.kind,
        entry.title,
        entry.entry_date,
        entry.text,
        tuple(
            s.scalars(
                select(PortfolioEntrySession.session_id)
                .where(PortfolioEntrySession.entry_id == entry_id)
                .order_by(PortfolioEntrySession.id)
            )
        ),
        tuple(
            s.scalars(
                select(PortfolioEntryCompetence.competence_id)
                .where(PortfolioEntryCompetence.entry_id == entry_id)
                .order_by(PortfolioEntryCompetence.id)
            )
        ),
    )


def save_entry(
    db: Database, participant_id: int, data: EntryInput, entry_id: int | None = None
) -> Edit:
    """A new entry (no `entry_id`) or a change to one; the result is the entry's id."""
    from sqlalchemy import delete, select

    from sioo_desk.domain.models import (
        Portfolio,
        PortfolioEntry,
        PortfolioEntryCompetence,
        PortfolioEntrySession,
    )

    if not data.title.strip():
        raise SiooDeskError("Titel: is verplicht.")
    with db.session() as s:
        changes = _owner(s, participant_id)
        portfolio = s.scalar(select(Portfolio).where(Portfolio.participant_id == participant_id))
        if portfolio is None:
            portfolio = Portfolio(participant_id=participant_id, created_on=data.entry_date)
            s.add(portfolio)
            s.flush()
        before = None
        if entry_id is None:
            entry = PortfolioEntry(
                portfolio_id=portfolio.id,
                kind=data.kind,
                title="",
                entry_date=data.entry_date,
                created_at=dt.datetime.now().replace(microsecond=0),
            )
            s.add(entry)
        else:
            found = s.get(PortfolioEntry, entry_id)
            if found is None or found.portfolio_id != portfolio.id:
                raise NotFoundError("Portfolio-onderdeel", entry_id)
            entry = found
            before = _stored(s, entry_id)
            if before == replace(data, title=data.title.strip()):
                return unchanged(entry_id)  # saved unchanged: no step for the undo stack
        entry.kind = data.kind
        entry.title = data.title.strip()
        entry.entry_date = data.entry_date
        entry.text = data.text
        s.flush()
        s.execute(delete(PortfolioEntrySession).where(PortfolioEntrySession.entry_id == entry.id))
        s.execute(
            delete(PortfolioEntryCompetence).where(PortfolioEntryCompetence.entry_id == entry.id)
        )
        s.add_all(PortfolioEntrySession(entry_id=entry.id, session_id=i) for i in data.session_ids)
        s.add_all(
            PortfolioEntryCompetence(entry_id=entry.id, competence_id=i)
            for i in data.competence_ids
        )
        saved = entry.id
    inverse = (
        partial(delete_entry, entry_id=saved)
        if before is None
        else partial(save_entry, participant_id=participant_id, data=before, entry_id=saved)
    )
    return Edit(changes, inverse, result=saved)


def delete_entry(db: Database, entry_id: int) -> Edit:
    """Delete an entry with its links; undo brings it back with the same id. The result is
    the snapshot that does so."""
    from sioo_desk.domain.models import PortfolioEntry
    from sioo_desk.services import snapshots

    with db.session() as s:
        _participant_id, changes = _entry_owner(s, entry_id)
        snapshot = snapshots.take(s.connection(), "portfolio_entries", [entry_id])
        s.delete(s.get_one(PortfolioEntry, entry_id))
    return Edit(changes, partial(restore_entry, snapshot=snapshot), result=snapshot)


def restore_entry(db: Database, snapshot: Snapshot) -> Edit:
    """Put a deleted entry back (undo of a deletion)."""
    from sioo_desk.domain.models import Portfolio
    from sioo_desk.services import snapshots

    # The portfolio itself is never deleted with an entry: it tells whose entry this was.
    (entry,) = snapshot.rows["portfolio_entries"].values()
    with db.session() as s:
        changes = _owner(s, s.get_one(Portfolio, entry["portfolio_id"]).participant_id)
        snapshots.restore(s.connection(), snapshot)
    return Edit(changes, partial(delete_entry, entry_id=int(entry["id"])))


def attach(db: Database, entry_id: int, filename: str, content: bytes) -> Edit:
    """A document (PDF, Word, OpenDocument; judged by content, at most 20 MB) for an entry.
    The result is the attachment's id; undo takes it off the entry again."""
    from sioo_desk.domain.models import Attachment, PortfolioEntryAttachment

    media_type = document_type(filename, content)
    with db.session() as s:
        _participant_id, changes = _entry_owner(s, entry_id)
        attachment = Attachment(
            filename=filename,
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            data=content,
            created_at=dt.datetime.now().replace(microsecond=0),
        )
        s.add(attachment)
        s.flush()
        s.add(PortfolioEntryAttachment(entry_id=entry_id, attachment_id=attachment.id))
        attachment_id = attachment.id
    return Edit(
        changes, partial(detach, entry_id=entry_id, attachment_id=attachment_id), attachment_id
    )


def detach(db: Database, entry_id: int, attachment_id: int) -> Edit:
    """Take a document off an entry. The stored file stays, so that undo can put it back."""
    from sqlalchemy import delete

    from sioo_desk.domain.models import PortfolioEntryAttachment

    with db.session() as s:
        _participant_id, changes = _entry_owner(s, entry_id)
        s.execute(
            delete(PortfolioEntryAttachment).where(
                PortfolioEntryAttachment.entry_id == entry_id,
                PortfolioEntryAttachment.attachment_id == attachment_id,
            )
        )
    return Edit(changes, partial(reattach, entry_id=entry_id, attachment_id=attachment_id))


def reattach(db: Database, entry_id: int, attachment_id: int) -> Edit:
    from sioo_desk.domain.models import PortfolioEntryAttachment

    with db.session() as s:
        _participant_id, changes = _entry_owner(s, entry_id)
        s.add(PortfolioEntryAttachment(entry_id=entry_id, attachment_id=attachment_id))
    return Edit(changes, partial(detach, entry_id=entry_id, attachment_id=attachment_id))


def attachment(db: Database, attachment_id: int) -> tuple[str, str, bytes]:
    rows = db.read(
        "SELECT filename, media_type, data FROM attachments WHERE id = :a", {"a": attachment_id}
    )
    if not rows:
        raise NotFoundError("Bijlage", attachment_id)
    return str(rows[0][0]), str(rows[0][1]), bytes(rows[0][2])


def competences(db: Database) -> list[Competence]:
    return [
        Competence(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5])
        for r in db.read(
            """SELECT c.id, f.name, c.code, c.name, f.id, c.description FROM competences c
           JOIN competence_frameworks f ON f.id = c.framework_id ORDER BY f.id, c.position"""
        )
    ]


def ratings(db: Database, participant_id: int) -> dict[tuple[int, RatingMoment], int]:
    return {
        (int(c), RatingMoment(m)): int(score)
        for c, m, score in db.read(
            "SELECT competence_id, moment, score FROM competence_ratings WHERE participant_id = :p",
            {"p": participant_id},
        )
    }


def set_rating(
    db: Database,
    participant_id: int,
    competence_id: int,
    moment: RatingMoment,
    score: int | None,
    on: dt.date,
) -> Edit:
    """Rate (1–5) or clear; the result is the former score. Undo puts back the former score
    with the day it was given."""
    from sqlalchemy import select

    from sioo_desk.domain.models import CompetenceRating

    if score is not None and score not in SCALE:
        raise SiooDeskError(
            f"Een score van {score} kan niet; de schaal loopt van 1 "
            f"({SCALE[1]}) tot 5 ({SCALE[5]})."
        )
    with db.session() as s:
        changes = _owner(s, participant_id)
        row = s.scalar(
            select(CompetenceRating).where(
                CompetenceRating.participant_id == participant_id,
                CompetenceRating.competence_id == competence_id,
                CompetenceRating.moment == moment,
            )
        )
        before = row.score if row is not None else None
        before_on = (row.rated_on if row is not None else None) or on
        if score is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(
                CompetenceRating(
                    participant_id=participant_id,
                    competence_id=competence_id,
                    moment=moment,
                    score=score,
                    rated_on=on,
                )
            )
        else:
            row.score = score
            row.rated_on = on
    return Edit(
        changes,
        partial(
            set_rating,
            participant_id=participant_id,
            competence_id=competence_id,
            moment=moment,
            score=before,
            on=before_on,
        ),
        result=before,
    )

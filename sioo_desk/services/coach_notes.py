"""The coach's own notes on participants: free text with a date, an author and an edit history.
Sensitive: read only here and in the participant's own record, never in lists or exports.

A note belongs to the participant's own record: its edits are reported as a change to that
participant's portfolio (the record screens watch that), never to the participants list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.names import PersonName
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sioo_desk.services.snapshots import Snapshot


@dataclass(frozen=True)
class CoachGroup:
    id: int
    name: str
    cohort: str
    cohort_id: int
    members: tuple[tuple[int, str], ...]
    meetings: tuple[tuple[int, int, dt.date | None], ...]  # (session id, number, date)


@dataclass(frozen=True)
class Note:
    id: int
    participant_id: int
    written_on: dt.date
    author: str
    meeting: str
    text: str
    revisions: int


def coach_groups(db: Database, coach_id: int) -> list[CoachGroup]:
    groups = []
    for gid, name, cohort, cohort_id in db.read(
        """SELECT g.id, g.name, c.name, c.id FROM consultation_groups g
           JOIN cohorts c ON c.id = g.cohort_id WHERE g.coach_id = :c
           ORDER BY c.start_date DESC, g.name""",
        {"c": coach_id},
    ):
        members = tuple(
            sorted(
                (
                    (int(r[0]), PersonName(r[4], r[1], r[2], r[3]).display_name)
                    for r in db.read(
                        """SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname
                   FROM group_members m JOIN participants p ON p.id = m.participant_id
                   WHERE m.group_id = :g""",
                        {"g": gid},
                    )
                ),
                key=lambda x: x[1],
            )
        )
        meetings = tuple(
            (int(r[0]), int(r[1] or 0), as_date(r[2]))
            for r in db.read(
                """SELECT s.id, s.number, min(h.date) FROM sessions s
               LEFT JOIN half_days h ON h.session_id = s.id
               WHERE s.consultation_group_id = :g GROUP BY s.id ORDER BY s.number""",
                {"g": gid},
            )
        )
        groups.append(CoachGroup(int(gid), name, cohort, int(cohort_id), members, meetings))
    return groups


def timeline(db: Database, participant_id: int) -> list[Note]:
    """All notes on one participant, newest first, as one story."""
    rows = db.read(
        """SELECT n.id, n.participant_id, n.written_on, a.first_name, a.initials,
                  a.tussenvoegsel, a.surname, s.title, n.text,
                  (SELECT count(*) FROM coach_note_revisions r WHERE r.note_id = n.id)
           FROM coach_notes n LEFT JOIN people a ON a.id = n.author_id
           LEFT JOIN sessions s ON s.id = n.session_id
           WHERE n.participant_id = :p ORDER BY n.written_on DESC, n.id DESC""",
        {"p": participant_id},
    )
    notes = []
    for r in rows:
        day = as_date(r[2])
        assert day is not None
        author = PersonName(r[6], r[3], r[4], r[5]).display_name if r[6] else ""
        notes.append(Note(int(r[0]), int(r[1]), day, author, r[7] or "", r[8], int(r[9])))
    return notes


def _changes(s: Session, participant_id: int) -> Changes:
    from sioo_desk.domain.models import Participant

    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    return Changes.of(participant.cohort_id, portfolio=[participant_id])


def add_note(
    db: Database,
    participant_id: int,
    author_id: int | None,
    text: str,
    written_on: dt.date,
    session_id: int | None = None,
) -> Edit:
    """Write a note; the result is its id."""
    from sioo_desk.domain.models import CoachNote

    if not text.strip():
        raise SiooDeskError("Een notitie zonder tekst wordt niet bewaard.")
    now = dt.datetime.now().replace(microsecond=0)
    with db.session() as s:
        changes = _changes(s, participant_id)
        note = CoachNote(
            participant_id=participant_id,
            author_id=author_id,
            session_id=session_id,
            written_on=written_on,
            text=text.strip(),
            created_at=now,
            updated_at=now,
        )
        s.add(note)
        s.flush()
        note_id = note.id
    return Edit(changes, partial(delete_note, note_id=note_id), result=note_id)


def edit_note(db: Database, note_id: int, text: str, editor_id: int | None) -> Edit:
    """Change a note, keeping the former text in its history; the result is the former text.
    Undo takes the edit out of the history too, as if it had never been made."""
    from sioo_desk.domain.models import CoachNote, CoachNoteRevision

    if not text.strip():
        raise SiooDeskError("Een notitie zonder tekst wordt niet bewaard.")
    now = dt.datetime.now().replace(microsecond=0)
    with db.session() as s:
        note = s.get(CoachNote, note_id)
        if note is None:
            raise NotFoundError("Notitie", note_id)
        if note.text == text.strip():
            return unchanged(note.text)  # the same text again: no step for the undo stack
        changes = _changes(s, note.participant_id)
        before, updated_at = note.text, note.updated_at
        revision_id = None
        if before != text.strip():
            revision = CoachNoteRevision(text=before, edited_at=now, edited_by_id=editor_id)
            note.revisions.append(revision)
            note.text = text.strip()
            note.updated_at = now
            s.flush()
            revision_id = revision.id
    return Edit(
        changes,
        partial(
            _unedit,
            note_id=note_id,
            text=before,
            updated_at=updated_at,
            revision_id=revision_id,
            redo=(text, editor_id),
        ),
        result=before,
    )


def _unedit(
    db: Database,
    *,
    note_id: int,
    text: str,
    updated_at: dt.datetime,
    revision_id: int | None,
    redo: tuple[str, int | None],
) -> Edit:
    from sioo_desk.domain.models import CoachNote, CoachNoteRevision

    with db.session() as s:
        note = s.get(CoachNote, note_id)
        if note is None:
            raise NotFoundError("Notitie", note_id)
        changes = _changes(s, note.participant_id)
        revision = None if revision_id is None else s.get(CoachNoteRevision, revision_id)
        if revision is not None:
            s.delete(revision)
        note.text, note.updated_at = text, updated_at
    again, editor_id = redo
    return Edit(changes, partial(edit_note, note_id=note_id, text=again, editor_id=editor_id), text)


def history(db: Database, note_id: int) -> list[tuple[dt.datetime, str]]:
    return [
        (r[0] if isinstance(r[0], dt.datetime) else dt.datetime.fromisoformat(str(r[0])), r[1])
        for r in db.read(
            "SELECT edited_at, text FROM coach_note_revisions WHERE note_id = :n ORDER BY id",
            {"n": note_id},
        )
    ]


def delete_note(db: Database, note_id: int) -> Edit:
    """Delete a note with its history; undo brings it back with the same id. The result is
    the snapshot that does so."""
    from sioo_desk.domain.models import CoachNote
    from sioo_desk.services import snapshots

    with db.session() as s:
        note = s.get(CoachNote, note_id)
        if note is None:
            raise NotFoundError("Notitie", note_id)
        changes = _changes(s, note.participant_id)
        snapshot = snapshots.take(s.connection(), "coach_notes", [note_id])
        s.delete(note)
    return Edit(changes, partial(restore_note, snapshot=snapshot), result=snapshot)


def restore_note(db: Database, snapshot: Snapshot) -> Edit:
    """Put a deleted note back, history and all (undo of a deletion)."""
    from sioo_desk.services import snapshots

    (note,) = snapshot.rows["coach_notes"].values()
    with db.session() as s:
        changes = _changes(s, int(note["participant_id"]))
        snapshots.restore(s.connection(), snapshot)
    return Edit(changes, partial(delete_note, note_id=int(note["id"])))

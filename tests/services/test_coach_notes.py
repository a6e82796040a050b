"""Coach notes as edits: what each one names, and undo (and redo) through the inverse."""

from __future__ import annotations

import datetime as dt

from sioo_desk.services import coach_notes
from sioo_desk.services.demo import REFERENCE_CODE
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database


def first(db: Database) -> tuple[int, int]:
    cohort = int(db.read("SELECT id FROM cohorts WHERE code = :c", {"c": REFERENCE_CODE})[0][0])
    return cohort, list_participants(db, cohort)[0].id


def shown(db: Database, who: int) -> list[tuple[int, str, int]]:
    return [(n.id, n.text, n.revisions) for n in coach_notes.timeline(db, who)]


def test_adding_a_note_names_the_participant_and_undoes(demo_db: Database) -> None:
    cohort, who = first(demo_db)
    before = shown(demo_db, who)
    added = coach_notes.add_note(demo_db, who, None, "  Goed gesprek.  ", dt.date(2012, 6, 1))
    assert added.changes.cohorts == {cohort} and added.changes.portfolio == {who}
    assert shown(demo_db, who)[0][:2] == (added.result, "Goed gesprek.")
    assert added.inverse is not None
    removed = added.inverse(demo_db)
    assert shown(demo_db, who) == before and removed.changes.portfolio == {who}
    assert removed.inverse is not None
    removed.inverse(demo_db)  # redo: the same note again, with the same id
    assert shown(demo_db, who)[0][:2] == (added.result, "Goed gesprek.")


def test_undoing_an_edit_leaves_no_history_behind(demo_db: Database) -> None:
    _cohort, who = first(demo_db)
    note = coach_notes.timeline(demo_db, who)[0]
    edited = coach_notes.edit_note(demo_db, note.id, "Nieuwe tekst.", None)
    assert edited.result == note.text and edited.changes.portfolio == {who}
    assert [t for _at, t in coach_notes.history(demo_db, note.id)][-1] == note.text
    assert edited.inverse is not None
    back = edited.inverse(demo_db)
    assert shown(demo_db, who)[0] == (note.id, note.text, note.revisions)
    assert len(coach_notes.history(demo_db, note.id)) == note.revisions
    assert back.inverse is not None
    back.inverse(demo_db)
    assert shown(demo_db, who)[0] == (note.id, "Nieuwe tekst.", note.revisions + 1)


def test_deleting_a_note_comes_back_with_its_history(demo_db: Database) -> None:
    _cohort, who = first(demo_db)
    note = coach_notes.timeline(demo_db, who)[0]
    coach_notes.edit_note(demo_db, note.id, "Tweede versie.", None)
    before = shown(demo_db, who)
    deleted = coach_notes.delete_note(demo_db, note.id)
    assert note.id not in [i for i, _t, _r in shown(demo_db, who)]
    assert deleted.inverse is not None
    restored = deleted.inverse(demo_db)
    assert shown(demo_db, who) == before
    assert restored.inverse is not None
    restored.inverse(demo_db)
    assert note.id not in [i for i, _t, _r in shown(demo_db, who)]

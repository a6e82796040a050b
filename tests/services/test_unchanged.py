"""An edit that changes nothing (OK on an unchanged form, the same value again) publishes
nothing and puts no step on the undo stack: undoing it would do nothing visible."""

from __future__ import annotations

from sioo_desk.services import grouping, guests, participant_editing, verdicts
from sioo_desk.services.attendance import effort_settings, save_effort_settings
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database
from tests.conftest import TODAY

REFERENCE = 1  # the 2011–2012 cohort of the demo


def test_the_same_values_again_change_nothing(demo_db: Database) -> None:
    edits = []
    edits.append(save_effort_settings(demo_db, REFERENCE, effort_settings(demo_db, REFERENCE)))
    group = grouping.current_groups(demo_db, REFERENCE)[0]
    assert group.id is not None
    edits.append(grouping.set_coach(demo_db, group.id, group.coach_id))
    person = list_participants(demo_db, REFERENCE)[0]
    current = participant_editing.participant_input(demo_db, person.id)
    edits.append(participant_editing.update_participant(demo_db, person.id, current))
    judged = next(
        p.id for p in list_participants(demo_db, REFERENCE) if verdicts.verdict_of(demo_db, p.id)
    )
    found = verdicts.verdict_of(demo_db, judged)
    assert found is not None
    edits.append(verdicts.record(demo_db, judged, found.data, TODAY))
    masterclass = guests.masterclasses(demo_db, REFERENCE)[0]
    edits.append(guests.set_capacity(demo_db, masterclass.session_id, masterclass.capacity))
    for edit in edits:
        assert edit.changes.empty and not edit.undoable


def test_a_real_change_still_is_one(demo_db: Database) -> None:
    group = grouping.current_groups(demo_db, REFERENCE)[0]
    other = next(c for c, _name in grouping.coaches(demo_db) if c != group.coach_id)
    assert group.id is not None
    edit = grouping.set_coach(demo_db, group.id, other)
    assert edit.undoable and edit.changes.groups == {group.id}


def test_a_coach_note_saved_with_the_same_text_adds_no_step(demo_db: Database) -> None:
    from sioo_desk.services import coach_notes

    person = list_participants(demo_db, REFERENCE)[0]
    note = coach_notes.add_note(demo_db, person.id, None, "Goed gesprek.", TODAY).result
    again = coach_notes.edit_note(demo_db, note, "Goed gesprek.  ", None)
    assert again.changes.empty and not again.undoable

"""Masterclass guests as edits: each names its masterclass, and undo puts every place back."""

from __future__ import annotations

from sioo_desk.services import guests
from sioo_desk.store.database import Database
from tests.conftest import TODAY


def places(db: Database, session_id: int) -> list[tuple[int, int | None, bool | None]]:
    return sorted((g.id, g.waiting_position, g.attended) for g in guests.guests(db, session_id))


def capacity(db: Database, session_id: int) -> int | None:
    return next(m.capacity for m in guests.masterclasses(db, 1) if m.session_id == session_id)


def test_every_guest_edit_names_its_masterclass_and_undoes(demo_db: Database) -> None:
    masterclass = guests.masterclasses(demo_db, 1)[0]
    meeting = masterclass.session_id
    start = places(demo_db, meeting)
    was = capacity(demo_db, meeting)

    smaller = guests.set_capacity(demo_db, meeting, 6)
    assert smaller.changes.cohorts == {1} and smaller.changes.sessions == {meeting}
    added = guests.add_guest(demo_db, meeting, guests.GuestInput("Gast"), TODAY)
    assert added.changes.sessions == {meeting}
    assert dict((i, p) for i, p, _a in places(demo_db, meeting))[added.result] == 1
    full = places(demo_db, meeting)

    seated = next(i for i, p, _a in full if p is None)
    removed = guests.remove_guest(demo_db, seated)
    assert all(p is None for _i, p, _a in places(demo_db, meeting))  # the waiting guest moved up
    assert removed.inverse is not None
    back = removed.inverse(demo_db)
    assert places(demo_db, meeting) == full
    assert back.inverse is not None
    again = back.inverse(demo_db)  # redo: cancelled once more
    assert seated not in [i for i, _p, _a in places(demo_db, meeting)]
    assert again.changes.sessions == {meeting} and again.inverse is not None
    again.inverse(demo_db)
    assert places(demo_db, meeting) == full

    attended = dict((i, a) for i, _p, a in full)[seated]
    came = guests.set_attended(demo_db, seated, not attended)
    assert came.result == attended and came.inverse is not None
    assert came.inverse(demo_db).inverse is not None
    assert places(demo_db, meeting) == full

    larger = guests.set_capacity(demo_db, meeting, 20)
    assert all(p is None for _i, p, _a in places(demo_db, meeting))
    assert larger.inverse is not None
    again = larger.inverse(demo_db)  # the capacity and the waiting list exactly as before
    assert places(demo_db, meeting) == full and capacity(demo_db, meeting) == 6
    assert again.inverse is not None
    again.inverse(demo_db)
    assert capacity(demo_db, meeting) == 20

    assert added.inverse is not None and smaller.inverse is not None
    assert smaller.result == was
    assert start != full

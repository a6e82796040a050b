"""What a user can cause is a Dutch message, never a traceback: no coach to choose, deleting a
participant who holds a certificate, a database another program is writing in, a file
damaged under a running window. Each time nothing changed: the rows, the undo stack."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import text

from sioo_desk.domain.models import Certificate
from sioo_desk.services.changes import Changes
from sioo_desk.store import database
from sioo_desk.store.database import Database
from sioo_desk.ui import context
from sioo_desk.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.test_main_window import select_cohort, select_participant

RIK = 25  # the running cohort, active


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box, in order; none of them waits for a click."""
    texts: list[str] = []

    def capture(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        texts.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, capture)
    return texts


def window_on(qtbot, database: Database, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database, settings, TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def count(database: Database, sql: str) -> int:
    return int(database.read(sql)[0][0])


def give_certificate(database: Database, participant_id: int, number: str) -> None:
    with database.session() as s:
        s.add(
            Certificate(
                participant_id=participant_id,
                number=number,
                issued_on=dt.date(2027, 6, 24),
                printed_name="wie dan ook",
                verification_code=f"code-{number}",
            )
        )


# --- no coach to choose ----------------------------------------------------------------------


def test_with_no_coaches_the_choice_says_where_to_add_them(
    qtbot,  # type: ignore[no-untyped-def]
    demo_db: Database,
    settings: QSettings,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with demo_db.session() as s:
        s.execute(text("DELETE FROM person_roles WHERE role = 'coach'"))
    window = window_on(qtbot, demo_db, settings)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a: pytest.fail("an empty choice"))
    groups = window.registry.open("groups")
    groups.tree.setCurrentItem(groups.tree.topLevelItem(0))
    before = demo_db.read("SELECT id, coach_id FROM consultation_groups ORDER BY id")

    qtbot.mouseClick(groups.buttons["coach"], Qt.MouseButton.LeftButton)

    assert shown == ["Nog geen coaches — voeg ze toe via Bewerken › Medewerkers…"]
    assert demo_db.read("SELECT id, coach_id FROM consultation_groups ORDER BY id") == before
    assert window.undo_stack.count() == 0

    coach = window.registry.open("coach")
    assert not coach.coach.isEnabled()
    assert coach.coach.currentIndex() == -1
    assert coach.coach.placeholderText() == (
        "Nog geen coaches — voeg ze toe via Bewerken › Medewerkers…"
    )
    assert coach.tree.topLevelItemCount() == 0


# --- a certificate holder ----------------------------------------------------------------------


def test_deleting_a_certificate_holder_says_why_and_offers_to_withdraw(
    main_window: MainWindow,
    demo_db: Database,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    give_certificate(demo_db, RIK, "2027-007")
    select_participant(main_window, "Bos, Rik")
    boxes: list[tuple[str, list[str]]] = []

    def click_withdraw(box: QMessageBox) -> int:
        boxes.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Terugtrekken").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_withdraw)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Verhuisd", True))
    people = count(demo_db, "SELECT count(*) FROM participants")

    assert not main_window.participant_actions.delete(confirm=False)

    assert boxes == [
        (
            "Rik Bos heeft certificaat 2027-007; een deelnemer met een certificaat kan niet "
            "worden verwijderd (het certificaatregister moet compleet blijven). Zet de status "
            "op ‘teruggetrokken’ als hij of zij niet meer meedoet.",
            boxes[0][1],
        )
    ]
    assert sorted(boxes[0][1]) == ["Annuleren", "Terugtrekken"]
    assert shown == []
    assert count(demo_db, "SELECT count(*) FROM participants") == people
    # Withdrawn instead, through the usual undoable step: one step on the stack, the status's.
    assert demo_db.read("SELECT status, withdrawal_reason FROM participants WHERE id = 25") == [
        ("withdrawn", "Verhuisd")
    ]
    assert main_window.undo_stack.count() == 1
    main_window.undo_action.trigger()
    assert demo_db.read("SELECT status FROM participants WHERE id = 25") == [("active",)]


def test_cancel_leaves_the_certificate_holder_as_they_were(
    main_window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    give_certificate(demo_db, RIK, "2027-007")
    select_participant(main_window, "Bos, Rik")
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Cancel)
    assert not main_window.participant_actions.delete(confirm=False)
    assert demo_db.read("SELECT status FROM participants WHERE id = 25") == [("active",)]
    assert main_window.undo_stack.count() == 0


def test_a_certificate_holder_who_completed_is_told_what_to_do_instead(
    main_window: MainWindow, demo_db: Database, shown: list[str]
) -> None:
    give_certificate(demo_db, 1, "2012-001")
    select_cohort(main_window, "Leergang 2011–2012")
    select_participant(main_window, "Berg, Jan van der")
    assert not main_window.participant_actions.delete(confirm=False)
    assert shown == [
        "Jan van der Berg heeft certificaat 2012-001; een deelnemer met een certificaat kan "
        "niet worden verwijderd (het certificaatregister moet compleet blijven). Wie de "
        "opleiding heeft afgerond, blijft in het cohort staan; is het certificaat ten onrechte "
        "uitgereikt, trek het dan in bij Afsluiting › Eindoordeel en certificaten."
    ]
    assert count(demo_db, "SELECT count(*) FROM participants WHERE id = 1") == 1
    assert main_window.undo_stack.count() == 0


# --- another program writes --------------------------------------------------------------------


@pytest.fixture
def locked(demo_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program (or a colleague's Sioo Desk) in the middle of a write."""
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def window_wait(monkeypatch: pytest.MonkeyPatch) -> float:
    """The window's wait for the lock, shortened for the test: still well under a script's."""
    monkeypatch.setattr(context, "WINDOW_LOCK_WAIT_SECONDS", 0.2)
    return 0.2


def test_a_delete_while_another_program_writes_is_refused_with_a_message(
    qtbot,  # type: ignore[no-untyped-def]
    window_wait: float,
    demo_db: Database,
    demo_path: Path,
    settings: QSettings,
    shown: list[str],
    locked: sqlite3.Connection,
) -> None:
    main_window = window_on(qtbot, demo_db, settings)
    select_participant(main_window, "Bos, Rik")
    cursors: list[object] = []

    def note_cursor(_sql: str) -> None:
        cursor = QGuiApplication.overrideCursor()
        cursors.append(None if cursor is None else cursor.shape())

    started = time.monotonic()
    with demo_db.trace(note_cursor):
        assert not main_window.participant_actions.delete(confirm=False)
    waited = time.monotonic() - started

    assert shown == [
        f"De wijziging is niet opgeslagen: de database {demo_path} is in gebruik door een "
        "ander programma; misschien schrijft een collega er nu in. Probeer het over een "
        "ogenblik opnieuw."
    ]
    # The window waits its own while (two seconds; shortened here), not the five a script
    # waits, and shows that it does.
    assert window_wait * 0.75 < waited < database.LOCK_WAIT_SECONDS / 2
    assert cursors and set(cursors) == {Qt.CursorShape.WaitCursor}
    assert QGuiApplication.overrideCursor() is None
    assert main_window.undo_stack.count() == 0
    locked.execute("ROLLBACK")
    assert count(demo_db, "SELECT count(*) FROM participants WHERE id = 25") == 1
    assert "Bos, Rik" in [
        main_window.proxy.index(r, 0).data() for r in range(main_window.proxy.rowCount())
    ]


def test_an_undo_refused_while_another_program_writes_can_be_tried_again(
    main_window: MainWindow,
    demo_db: Database,
    demo_path: Path,
    shown: list[str],
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    select_participant(main_window, "Bos, Rik")
    assert main_window.participant_actions.delete(confirm=False)
    demo_db.wait_for_lock(0.1)
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        main_window.undo_action.trigger()
        qtbot.waitUntil(lambda: main_window.undo_stack.index() == 1)  # put back where it was
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(shown) == 1 and shown[0].startswith("De wijziging is niet opgeslagen: ")
    assert count(demo_db, "SELECT count(*) FROM participants WHERE id = 25") == 0
    # The step is still there: the same undo, once the other program is done, goes through.
    assert main_window.undo_stack.count() == 1 and main_window.undo_stack.canUndo()
    main_window.undo_action.trigger()
    assert count(demo_db, "SELECT count(*) FROM participants WHERE id = 25") == 1
    main_window.redo_action.trigger()
    assert count(demo_db, "SELECT count(*) FROM participants WHERE id = 25") == 0


def test_a_file_opened_later_waits_no_longer_than_the_first(
    main_window: MainWindow,
    window_wait: float,
    demo_path: Path,
    tmp_path: Path,
    shown: list[str],
) -> None:
    other_path = tmp_path / "ander.sqlite"
    shutil.copyfile(demo_path, other_path)
    assert main_window.open_database(other_path)  # after the window was made: the short wait
    select_cohort(main_window, "Leergang 2026–2027")
    select_participant(main_window, "Bos, Rik")
    other = sqlite3.connect(other_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert not main_window.participant_actions.delete(confirm=False)
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert shown == [
        f"De wijziging is niet opgeslagen: de database {other_path} is in gebruik door een "
        "ander programma; misschien schrijft een collega er nu in. Probeer het over een "
        "ogenblik opnieuw."
    ]
    assert window_wait * 0.75 < waited < database.LOCK_WAIT_SECONDS / 2
    assert main_window.undo_stack.count() == 0
    assert count(main_window.database, "SELECT count(*) FROM participants WHERE id = 25") == 1


# --- a file damaged under a running window -----------------------------------------------------


def damage(path: Path) -> None:
    """Garbage over every page but the first (the header stays, so it is still SQLite)."""
    page = 4096
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(page)
        handle.write(bytes((i * 37 + 11) % 251 for i in range(size - page)))


def test_a_file_damaged_while_the_window_runs_is_a_message_not_a_traceback(
    main_window: MainWindow,
    demo_db: Database,
    demo_path: Path,
    shown: list[str],
) -> None:
    damage(demo_path)
    # The connections read again from the disk, as they would once SQLite's cache is stale.
    demo_db.close()
    undo_steps = main_window.undo_stack.count()

    for index in range(main_window.tabs.count()):  # every tab, as the user opens it
        main_window.tabs.setCurrentIndex(index)
    main_window.reload()  # Beeld › Vernieuwen
    main_window.context.bus.publish(Changes.all())

    damaged = (
        f"De database {demo_path} is beschadigd (de opbouw van het bestand klopt niet). Sluit "
        "Sioo Desk en zet een reservekopie van het bestand terug; vraag zo nodig uw beheerder."
    )
    assert shown and set(shown) == {damaged}
    # Some tabs say it in their own place rather than in a box over the window.
    assert main_window.view("programme").summary.text() == damaged
    assert main_window.view("groups").problems.item(0).text() == damaged
    assert main_window.view("attendance").summary.text() == damaged
    assert main_window.undo_stack.count() == undo_steps

"""A participant with a certificate is not deleted, and the service says why and what to do
instead; the database's own guard and another program's write lock are Dutch sentences too.
Each time nothing changed."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.models import Certificate, Participant
from sioo_desk.services import participant_editing as editing
from sioo_desk.services.participant_editing import HoldsCertificate
from sioo_desk.store.database import Database
from sioo_desk.store.errors import DatabaseRefused, DatabaseUnavailable

JAN, SOPHIE, DENNIS, RIK = 1, 2, 14, 25  # completed, completed, withdrawn, active
REFUSED = (
    "een deelnemer met een certificaat kan niet worden verwijderd (het certificaatregister "
    "moet compleet blijven)."
)


def give_certificate(
    database: Database, participant_id: int, number: str, *, revoked: bool = False
) -> None:
    with database.session() as s:
        s.add(
            Certificate(
                participant_id=participant_id,
                number=number,
                issued_on=dt.date(2012, 6, 28),
                printed_name="wie dan ook",
                verification_code=f"code-{number}",
                revoked_on=dt.date(2012, 7, 1) if revoked else None,
            )
        )


def rows(database: Database) -> list[tuple[object, ...]]:
    return database.read("SELECT * FROM participants ORDER BY id")


def test_an_active_certificate_holder_is_told_to_withdraw_instead(demo_db: Database) -> None:
    give_certificate(demo_db, RIK, "2027-007")
    before = rows(demo_db)
    with pytest.raises(HoldsCertificate) as refused:
        editing.delete_participant(demo_db, RIK)
    assert str(refused.value) == (
        f"Rik Bos heeft certificaat 2027-007; {REFUSED} Zet de status op ‘teruggetrokken’ als "
        "hij of zij niet meer meedoet."
    )
    assert refused.value.may_withdraw and refused.value.participant_id == RIK
    assert rows(demo_db) == before
    # The advice holds: withdrawing is a move the service accepts.
    editing.change_status(demo_db, RIK, ParticipantStatus.WITHDRAWN, on=dt.date(2027, 1, 5))


def test_who_completed_or_withdrew_is_told_that_they_stay(demo_db: Database) -> None:
    give_certificate(demo_db, JAN, "2012-001")
    give_certificate(demo_db, DENNIS, "2012-014", revoked=True)
    with pytest.raises(HoldsCertificate) as completed:
        editing.delete_participant(demo_db, JAN)
    assert not completed.value.may_withdraw
    assert str(completed.value) == (
        f"Jan van der Berg heeft certificaat 2012-001; {REFUSED} Wie de opleiding heeft "
        "afgerond, blijft in het cohort staan; is het certificaat ten onrechte uitgereikt, trek "
        "het dan in bij Afsluiting › Eindoordeel en certificaten."
    )
    with pytest.raises(HoldsCertificate) as withdrawn:
        editing.delete_participant(demo_db, DENNIS)
    assert str(withdrawn.value) == (
        f"Dennis Kramer heeft certificaat 2012-014 (ingetrokken); {REFUSED} Dennis Kramer staat "
        "al op ‘teruggetrokken’ en blijft zo in het cohort staan."
    )


def test_several_at_once_are_refused_whole(demo_db: Database) -> None:
    give_certificate(demo_db, JAN, "2012-001")
    give_certificate(demo_db, SOPHIE, "2012-002")
    before = rows(demo_db)
    with pytest.raises(HoldsCertificate, match="Ook een andere gekozen deelnemer heeft een"):
        editing.delete_participants(demo_db, [JAN, SOPHIE, 3])
    assert rows(demo_db) == before


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_the_database_guard_is_a_dutch_sentence_and_a_logged_bug(
    demo_db: Database, demo_path: Path
) -> None:
    """A service that forgot to refuse: the foreign key still holds, and says so in Dutch."""
    give_certificate(demo_db, RIK, "2027-007")
    before = rows(demo_db)
    kept = _Kept()
    logger = logging.getLogger("sioo_desk.store.database")
    logger.addHandler(kept)
    try:
        with pytest.raises(DatabaseRefused) as refused, demo_db.session() as s:
            s.execute(delete(Participant).where(Participant.id == RIK))
    finally:
        logger.removeHandler(kept)
    assert str(refused.value) == (
        "De wijziging is niet opgeslagen: andere gegevens verwijzen nog naar wat zou "
        "verdwijnen, of naar iets dat niet bestaat. Er is niets veranderd. Meld het als dit "
        f"blijft gebeuren; de details staan in het logbestand. Database: {demo_path}"
    )
    assert rows(demo_db) == before
    assert any(r.exc_info and "FOREIGN KEY" in str(r.exc_info[1]) for r in kept.records)


@pytest.fixture
def locked(demo_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program (or a colleague's Sioo Desk) in the middle of a write."""
    other = sqlite3.connect(demo_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_write_while_another_program_writes_says_to_try_again(
    demo_db: Database, demo_path: Path, locked: sqlite3.Connection
) -> None:
    before = rows(demo_db)
    demo_db.wait_for_lock(0.1)
    with pytest.raises(DatabaseUnavailable) as refused:
        editing.delete_participant(demo_db, RIK)
    assert str(refused.value) == (
        f"De wijziging is niet opgeslagen: de database {demo_path} is in gebruik door een "
        "ander programma; misschien schrijft een collega er nu in. Probeer het over een "
        "ogenblik opnieuw."
    )
    assert rows(demo_db) == before
    locked.execute("ROLLBACK")
    editing.delete_participant(demo_db, RIK)  # the lock gone, the same edit goes through

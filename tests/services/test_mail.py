from __future__ import annotations

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.services.mail import addresses, clipboard_text, mailto_bcc
from sioo_desk.store.database import Database


def test_addresses_by_status_and_selection(demo_db: Database) -> None:
    everyone = addresses(demo_db, 1)
    assert len(everyone) == 18
    withdrawn = addresses(demo_db, 1, status=ParticipantStatus.WITHDRAWN)
    assert withdrawn == ["dennis.kramer@almere.demo.nl"]
    assert addresses(demo_db, 1, participant_ids=[]) == []


def test_formats_for_outlook() -> None:
    emails = ["a@x.nl", "b+c@y.nl"]
    assert clipboard_text(emails) == "a@x.nl; b+c@y.nl"
    assert mailto_bcc(emails, "Werkatelier 1") == (
        "mailto:?bcc=a@x.nl,b%2Bc@y.nl&subject=Werkatelier%201"
    )

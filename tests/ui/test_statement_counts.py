"""What one edit costs the database: the statements sent on every connection the app holds
(BEGIN, COMMIT and the like excluded), the reads the visible screen does to refresh included.

Targets of issue 11: one attendance keystroke ≤ 4, one participant's phone number ≤ 8, one member
dragged to another group ≤ 15. A later issue that adds locking may raise them, saying why."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sioo_desk.ui.attendance_view import FIXED
from sioo_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import select_cohort

TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def counted(window: MainWindow) -> Iterator[list[str]]:
    sent: list[str] = []

    def note(statement: str) -> None:
        if not statement.lstrip().upper().startswith(TRANSACTION):
            sent.append(statement)

    with window.context.database.trace(note):
        yield sent


def cost(window: MainWindow, edit: Callable[[], object]) -> list[str]:
    """The edit and everything the screens do after it, timers included."""
    with counted(window) as sent:
        edit()
        for _ in range(3):
            QTest.qWait(5)
    return sent


def test_one_attendance_keystroke(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = main_window.view("attendance")
    main_window.tabs.setCurrentWidget(view)
    model = view.model
    assert model.book is not None
    cell = next(
        model.index(r, FIXED + c)
        for r in range(model.rowCount())
        for c in range(len(model.book.columns))
        if model.applies(model.index(r, FIXED + c))
    )
    view.grid.setFocus()
    view.grid.setCurrentIndex(cell)
    sent = cost(main_window, lambda: qtbot.keyClick(view.grid, Qt.Key.Key_X))
    assert cell.data() == "X"
    assert len(sent) <= 4, "\n".join(sent)
    undone = cost(main_window, main_window.undo_action.trigger)
    assert len(undone) <= 4, "\n".join(undone)


def test_one_phone_number(main_window: MainWindow) -> None:
    from sioo_desk.services import participant_editing as editing

    row = main_window.participants_view.selected_participant() or main_window.participants.row_data(
        0
    )
    before = editing.participant_input(main_window.context.database, row.id)
    changed = dataclasses.replace(before, phone="06-12345678")
    sent = cost(
        main_window,
        lambda: main_window.context.run(
            "phone", lambda db: editing.update_participant(db, row.id, changed)
        ),
    )
    assert editing.participant_input(main_window.context.database, row.id).phone == "06-12345678"
    assert len(sent) <= 8, "\n".join(sent)


def test_one_member_dragged_to_another_group(main_window: MainWindow) -> None:
    select_cohort(main_window, "Leergang 2011–2012")
    view = main_window.view("groups")
    main_window.tabs.setCurrentWidget(view)
    QTest.qWait(10)  # what the cohort switch started (the progress column) is done first
    groups = view.groups
    member = groups[0].members[0].id
    sent = cost(main_window, lambda: view.move(member, 1))
    assert member in [m.id for m in view.groups[1].members]
    assert len(sent) <= 15, "\n".join(sent)
    # The visible groups tab and the header; the hidden tabs only mark themselves stale.
    assert not any("portfolio_entries" in statement for statement in sent)


def test_one_portfolio_rating(main_window: MainWindow) -> None:
    """With the Portfolio tab visible: the rating (3), the cohort's marks (8), the shown
    participant's pages (14) and the tussengesprekken grid once, in one query — 26 measured.
    The grid was a query per participant (19 on this cohort) and ran twice: 63 in all."""
    from sioo_desk.domain.enums import RatingMoment
    from sioo_desk.services import portfolio
    from tests.ui.test_portfolio_view import open_portfolio

    view = open_portfolio(main_window, "Jan van der Berg")
    QTest.qWait(10)
    who = view.participant_id()
    assert who is not None
    competence = view.frame[0].id
    before = portfolio.ratings(main_window.context.database, who).get(
        (competence, RatingMoment.MIDTERM)
    )
    score = 2 if before != 2 else 3
    sent = cost(main_window, lambda: view.rate(competence, RatingMoment.MIDTERM, score))
    assert (
        portfolio.ratings(main_window.context.database, who)[(competence, RatingMoment.MIDTERM)]
        == score
    )
    # The cohort's marks, the grid (once) and the shown participant's own tussengesprek.
    reviews = [s for s in sent if "midterm_reviews" in s]
    assert len(reviews) <= 3, "\n".join(reviews)
    assert len(sent) <= 26, "\n".join(sent)

"""The demo database: a file of its own in the user's data folder, never the database in use.
Made off the GUI thread in a hidden file beside it and put in place whole, so that a cancel or
a failure leaves no half demo behind; opened by whoever asked for it (the main window, or the
first-use assistant)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sioo_desk.domain.errors import Cancelled, SiooDeskError
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.services.demo import DemoResult
    from sioo_desk.services.long_work import Report
    from sioo_desk.ui.worker import Worker

FILE_NAME = "Sioo Desk demo.sqlite"
OPEN = "open"
FRESH = "fresh"


def demo_path() -> Path:
    """Beside the default database, in the user's data folder."""
    from sioo_desk.store.location import default_path

    return default_path().parent / FILE_NAME


def choose(parent: QWidget | None, text: str, options: list[tuple[str, str]]) -> str | None:
    """Ask; the key of the option chosen, None for Cancel. (Tests answer in its place.)"""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("DemoDatabase", "Demo data"),
        text,
        parent=parent,
    )
    buttons = {
        box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in options
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def ask(parent: QWidget | None, target: Path, *, in_use: bool) -> str | None:
    """What to do about a demo database that may be there already: OPEN, FRESH or None."""
    if in_use:
        return choose(
            parent,
            QCoreApplication.translate(
                "DemoDatabase",
                "This is the demo database. Start it afresh with new demo data? "
                "What was changed in it is lost.",
            ),
            [(FRESH, QCoreApplication.translate("DemoDatabase", "Start afresh"))],
        )
    if not target.exists():
        return FRESH
    return choose(
        parent,
        fill(
            QCoreApplication.translate(
                "DemoDatabase",
                "There is a demo database already:\n%1\n\nOpen it, or start it afresh with new "
                "demo data (what was changed in it is lost)?",
            ),
            target,
        ),
        [
            (OPEN, QCoreApplication.translate("DemoDatabase", "Open")),
            (FRESH, QCoreApplication.translate("DemoDatabase", "Start afresh")),
        ],
    )


def make_demo(
    parent: QWidget,
    target: Path,
    today: dt.date,
    ready: Callable[[Path, DemoResult], None],
    notify: Callable[[str], None],
    release: Callable[[], None] = lambda: None,
) -> Worker | None:
    """Fill a fresh demo database for `target` off the GUI thread; once it is in place,
    `ready(target, result)`. `release` is called just before it takes the place of the file
    there (the caller closes that file if it has it open). A cancel says so through `notify`;
    a refusal is shown. Either way no file is left behind."""
    from sioo_desk.services.demo import load_demo
    from sioo_desk.services.first_use import check_demo_target, place, remove_made
    from sioo_desk.ui.worker import start_work

    def warn(error: SiooDeskError) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DemoDatabase", "Sioo Desk"), str(error)
        )

    temporary = target.with_name(f".{target.name}.nieuw")
    try:
        check_demo_target(target)
        remove_made(temporary)
        database = Database.open(from_path(temporary), may_create=True)
    except SiooDeskError as error:
        warn(error)
        return None

    def given_up() -> None:
        database.close()
        remove_made(temporary)

    def work(db: Database, report: Report) -> DemoResult:
        return load_demo(db, today=today, report=report)

    def done(result: DemoResult) -> None:
        database.close()
        try:
            release()
            place(temporary, target)
        except SiooDeskError as error:
            remove_made(temporary)
            warn(error)
            return
        ready(target, result)

    def failed(error: SiooDeskError) -> None:
        given_up()
        warn(error)

    def cancelled(stop: Cancelled) -> None:
        given_up()
        notify(str(stop))

    job = start_work(
        parent,
        QCoreApplication.translate("DemoDatabase", "Loading demo data…"),
        database,
        work,
        done,
        failed,
        on_cancelled=cancelled,
    )
    if job is None:
        given_up()
    return job

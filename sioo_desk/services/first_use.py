"""A new database set up in one go, as the first-use assistant asks for it: the programme from
the template, the organisation (with its logo), the first staff members and, if wanted, the
first cohort.

It is made in a hidden file of its own beside the target and moved into place whole, so that a
refusal or a failure halfway leaves no file behind, and an empty file chosen as the target
stays as it was. The demo database is placed the same way (`place`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.new_database import Created, check_new, create
from sioo_desk.services.organisation import Organisation, check_logo, cleaned
from sioo_desk.services.staff import StaffInput, check_staff
from sioo_desk.store.database import Database
from sioo_desk.store.location import DatabaseLocation, from_path
from sioo_desk.store.output import OutputError, reason

# What SQLite may leave beside a database file.
_SIDE_FILES = ("-wal", "-shm", "-journal")


class FirstUseError(SiooDeskError):
    pass


@dataclass(frozen=True)
class Logo:
    content: bytes
    filename: str = ""


@dataclass(frozen=True)
class FirstCohort:
    """The first cohort; its staff are given as positions in `FirstUse.staff`."""

    name: str
    start: dt.date | None
    end: dt.date | None
    code: str = ""  # empty: proposed from the start year
    location: str = ""
    programme_manager: int | None = None
    secretary: int | None = None
    signatory: int | None = None


@dataclass(frozen=True)
class FirstUse:
    organisation: Organisation
    logo: Logo | None = None
    staff: tuple[StaffInput, ...] = ()
    cohort: FirstCohort | None = None


@dataclass(frozen=True)
class SetUp:
    created: Created
    staff_ids: tuple[int, ...]
    cohort_id: int | None


def check_staff_list(staff: tuple[StaffInput, ...]) -> None:
    """The form's checks of every staff member, the refusal naming the row."""
    for row, member in enumerate(staff, start=1):
        try:
            check_staff(member)
        except SiooDeskError as error:
            name = " ".join(p for p in (member.first_name or member.initials, member.surname) if p)
            raise FirstUseError(
                f"Medewerker {row}{f' ({name})' if name else ''}: {error}"
            ) from error


def set_up(location: DatabaseLocation, plan: FirstUse) -> tuple[Database, SetUp]:
    """Make the database at `location` (a missing or empty file) as `plan` says, and open it.
    Everything is checked before the file is in place: a refusal changes nothing."""
    target = _file(location)
    check_new(location)
    cleaned(plan.organisation)
    if plan.logo is not None:
        check_logo(plan.logo.content, plan.logo.filename)  # before a file is made
    check_staff_list(plan.staff)
    temporary = target.with_name(f".{target.name}.nieuw")
    _remove(temporary)
    try:
        database, created = create(from_path(temporary), plan.organisation)
        try:
            result = _fill(database, plan, created)
        finally:
            database.close()
        place(temporary, target)
    except BaseException:
        _remove(temporary)
        raise
    return Database.open(location, may_create=False), result


def _fill(db: Database, plan: FirstUse, created: Created) -> SetUp:
    from sioo_desk.services.cohort_editing import CohortInput, create_cohort
    from sioo_desk.services.staff import save_staff

    if plan.logo is not None:
        from sioo_desk.services.organisation import organisation, save_organisation

        save_organisation(db, organisation(db), new_logo=(plan.logo.content, plan.logo.filename))
    ids = tuple(int(save_staff(db, member).result) for member in plan.staff)

    def chosen(position: int | None) -> int | None:
        if position is None:
            return None
        if not 0 <= position < len(ids):
            raise FirstUseError(f"Medewerker {position + 1} staat niet in de lijst.")
        return ids[position]

    cohort_id = None
    first = plan.cohort
    if first is not None:
        cohort_id = int(
            create_cohort(
                db,
                CohortInput(
                    first.name,
                    first.location,
                    None,
                    None,
                    first.start,
                    first.end,
                    code=first.code,
                    programme_manager_id=chosen(first.programme_manager),
                    secretary_id=chosen(first.secretary),
                    signatory_id=chosen(first.signatory),
                ),
            ).result
        )
    return SetUp(created, ids, cohort_id)


def place(made: Path, target: Path) -> None:
    """Move a closed database file made beside `target` into its place, whole. Whatever SQLite
    kept beside it is folded into it first; an OSError becomes the Dutch OutputError."""
    connection = sqlite3.connect(made)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    try:
        os.replace(made, target)
    except OSError as error:
        raise OutputError(target, reason(error, target)) from error
    for side in _SIDE_FILES:  # of a file that was there before (an empty one)
        with contextlib.suppress(FileNotFoundError):
            Path(f"{target}{side}").unlink()


def _remove(path: Path) -> None:
    for name in (str(path), *(f"{path}{side}" for side in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            Path(name).unlink()


def remove_made(path: Path) -> None:
    """Remove a database file this program made and gave up on (a demo cancelled halfway)."""
    _remove(path)


def _file(location: DatabaseLocation) -> Path:
    if location.path is None:
        raise FirstUseError(
            f"{location.display} is geen databasebestand; een nieuwe database wordt in een "
            "bestand gemaakt."
        )
    return location.path


def check_demo_target(path: Path) -> None:
    """A fresh demo may take the place of `path` only when it is missing, holds nothing, or
    holds the demo: never someone's own data that happens to have the demo's file name."""
    from sioo_desk.services.demo_marker import DEMO_KEY
    from sioo_desk.services.new_database import DatabaseHoldsData
    from sioo_desk.store.probe import connect_read_only

    try:
        check_new(from_path(path))
        return
    except DatabaseHoldsData:
        pass
    connection = connect_read_only(path)
    try:
        found = connection.execute("SELECT 1 FROM settings WHERE key = ?", (DEMO_KEY,)).fetchone()
    except sqlite3.Error:
        found = None
    finally:
        connection.close()
    if found is None:
        raise FirstUseError(
            f"{path} bevat eigen gegevens en is geen demodatabase; de demogegevens komen daar "
            "niet overheen. Er is niets veranderd."
        )

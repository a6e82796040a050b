"""A new database for a real organisation: the schema, the programme from the template and the
organisation's name, and nothing invented. Used by `init` and by the first-use assistant; a
file that already holds data is refused before a byte of it changes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.organisation import Organisation, cleaned, put
from sioo_desk.services.programme_template import TEMPLATE, ProgrammeTemplate, install_programme
from sioo_desk.store.database import Database, Read, reading
from sioo_desk.store.location import DatabaseLocation
from sioo_desk.store.probe import FileState, probe

#: The tables whose rows are someone's data; a database with none of them is still new.
DATA_TABLES = ("programmes", "cohorts", "people", "participants")


class DatabaseHoldsData(SiooDeskError):
    def __init__(self, where: str, counts: dict[str, int]) -> None:
        self.counts = counts
        found = ", ".join(
            f"{n} {word}"
            for table, n in counts.items()
            if n
            for word in [_WORDS[table][0] if n == 1 else _WORDS[table][1]]
        )
        super().__init__(
            f"{where} bevat al gegevens ({found}); een nieuwe database wordt alleen in een nieuw "
            "of leeg bestand gemaakt. Er is niets veranderd; kies een andere bestandsnaam."
        )


_WORDS = {
    "programmes": ("programma", "programma's"),
    "cohorts": ("cohort", "cohorten"),
    "people": ("medewerker", "medewerkers"),
    "participants": ("deelnemer", "deelnemers"),
}


@dataclass(frozen=True)
class Created:
    programme_id: int
    programme_title: str
    organisation: str


def data_counts(read: Read) -> dict[str, int]:
    """How many rows each data table holds."""
    return {t: int(read(f"SELECT count(*) FROM {t}")[0][0]) for t in DATA_TABLES}


def holds_data(read: Read) -> bool:
    return any(data_counts(read).values())


def create(
    location: DatabaseLocation,
    organisation: Organisation,
    template: ProgrammeTemplate = TEMPLATE,
) -> tuple[Database, Created]:
    """Make the database at `location` (a missing or empty file, or an empty Sioo Desk
    database) with the programme and the organisation; DatabaseHoldsData for one that holds
    data, checked without changing the file. The caller closes the database."""
    value = cleaned(organisation) if organisation.name.strip() else organisation
    check_new(location)
    database = Database.open(location, may_create=True)
    try:
        created = install(database, value, template)
    except BaseException:
        database.close()
        raise
    return database, created


def check_new(location: DatabaseLocation) -> None:
    """Refuse a file that cannot become a new database (DatabaseHoldsData, or why it is no
    Sioo Desk database at all) without writing a byte; a missing or empty file passes."""
    if location.path is not None and location.path.exists():
        found = probe(location.path, may_create=True)
        if found.state is not FileState.NEW:
            counts = _file_counts(location.path)
            if any(counts.values()):
                raise DatabaseHoldsData(location.display, counts)


def install(
    db: Database, organisation: Organisation, template: ProgrammeTemplate = TEMPLATE
) -> Created:
    """Put the programme and the organisation into an open database that holds no data yet."""
    from sioo_desk.services import audit

    with db.session() as s:
        counts = data_counts(reading(s))
        if any(counts.values()):
            raise DatabaseHoldsData(db.location.display, counts)
        programme = install_programme(s, template)
        put(s, organisation)
        audit.record(s, "init", "programme", programme.id, organisation.name or template.title)
        return Created(programme.id, programme.title, organisation.name)


def _file_counts(path: Any) -> dict[str, int]:
    """The counts, read from the file without writing to it (no migration, no WAL change)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        return {
            t: int(connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            if t in tables
            else 0
            for t in DATA_TABLES
        }
    finally:
        connection.close()

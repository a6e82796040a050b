"""`sioo-desk check`: is the database sound, and at which schema version? Reads only."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sioo_desk.store.errors import DatabaseCorrupt, DatabaseError
from sioo_desk.store.location import DatabaseLocation
from sioo_desk.store.probe import FileState, connect_read_only, probe
from sioo_desk.store.schema import HEAD_REVISION

MAX_LISTED = 20


@dataclass
class IntegrityReport:
    location: str
    revision: str | None = None
    up_to_date: bool = False
    tables: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check(location: DatabaseLocation) -> IntegrityReport:
    report = IntegrityReport(location=location.display)
    if location.path is None:
        return _check_url(location, report)
    try:
        found = probe(location.path, may_create=False, need_write=False)
    except DatabaseError as error:
        report.problems.append(str(error))
        return report
    if found.state is FileState.NEW:
        report.problems.append(
            f"De database is leeg: er staan nog geen gegevens in: {location.display}"
        )
        return report
    report.revision = found.revision
    report.up_to_date = found.state is FileState.CURRENT
    connection = connect_read_only(location.path)
    try:
        _check_pages(connection, report)
    except sqlite3.DatabaseError as error:
        report.problems.append(str(DatabaseCorrupt(location.display, str(error))))
    finally:
        connection.close()
    return report


def _check_pages(connection: sqlite3.Connection, report: IntegrityReport) -> None:
    integrity = [r[0] for r in connection.execute("PRAGMA integrity_check(20)")]
    if integrity != ["ok"]:
        report.problems.extend(f"Beschadiging: {line}" for line in integrity)
    missing = connection.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, parent, _fk in missing[:MAX_LISTED]:
        report.problems.append(
            f"Tabel {table}, rij {rowid}: verwijst naar een ontbrekende rij in {parent}."
        )
    if len(missing) > MAX_LISTED:
        report.problems.append(f"… en nog {len(missing) - MAX_LISTED} zulke verwijzingen.")
    report.tables = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    ).fetchone()[0]


def _check_url(location: DatabaseLocation, report: IntegrityReport) -> IntegrityReport:
    from sqlalchemy import create_engine, inspect, text

    try:
        engine = create_engine(location.url)
    except Exception as error:  # no driver, a malformed URL
        report.problems.append(f"De database is niet te bereiken ({error}): {location.display}")
        return report
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
            report.tables = len(names)
            if "alembic_version" not in names:
                report.problems.append("Geen Sioo Desk-database: de schemaversie ontbreekt.")
                return report
            report.revision = connection.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalar()
            report.up_to_date = report.revision == HEAD_REVISION
    except Exception as error:  # the driver's errors have no common base we can import
        message = str(error).splitlines()[0]
        report.problems.append(f"De database is niet te bereiken ({message}): {location.display}")
    finally:
        engine.dispose()
    return report

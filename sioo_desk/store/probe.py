"""Look at a SQLite file without changing a byte of it, and say what it is."""

from __future__ import annotations

import enum
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from sioo_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotASiooDatabase,
)
from sioo_desk.store.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"


class FileState(enum.Enum):
    NEW = "new"  # no file yet, or an empty one: create the schema
    CURRENT = "current"
    OUTDATED = "outdated"  # a known older revision: back up, then migrate


@dataclass(frozen=True, slots=True)
class Probe:
    state: FileState
    revision: str | None


def probe(path: Path, *, may_create: bool, need_write: bool = True) -> Probe:
    """What the file is. An empty file (or an empty SQLite file of nobody's) becomes a new
    database only where the caller may create one."""
    where = str(path)
    if not path.exists():
        if may_create:
            return Probe(FileState.NEW, None)
        raise DatabaseMissing(where)
    if path.is_dir():
        raise NotASiooDatabase(where, "het is een map")
    if need_write and not _writable(path):
        raise DatabaseReadOnly(where)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnavailable(where, error.strerror or str(error)) from error
    if not header:
        return _new(where, may_create)
    if header != SQLITE_HEADER:
        raise NotASiooDatabase(where, "geen SQLite-bestand")
    revision = _read_identity(path)
    if revision is None:
        return _new(where, may_create)
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(where, revision)
    state = FileState.CURRENT if revision == HEAD_REVISION else FileState.OUTDATED
    return Probe(state, revision)


def _new(where: str, may_create: bool) -> Probe:
    if not may_create:
        raise DatabaseEmpty(where)
    return Probe(FileState.NEW, None)


def _writable(path: Path) -> bool:
    # Root passes os.access whatever the mode bits say; a file the user marked read-only
    # is treated as read-only for root too.
    mode = path.stat().st_mode
    has_write_bit = bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return has_write_bit and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Reads without writing anything, not even SQLite's -wal and -shm side files: when no
    write-ahead log exists the main file holds everything and may be opened as immutable."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)


def _read_identity(path: Path) -> str | None:
    """The schema revision of a Sioo Desk file, None for an empty SQLite file.

    Reads the schema and one row, not the whole file: a full check costs time in proportion to
    the file's size, so it runs before a migration and in `sioo-desk check`, not at every start.
    """
    where = str(path)
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise DatabaseUnavailable(where, str(error)) from error
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if application_id != APPLICATION_ID:
            if not tables and application_id == 0:
                return None
            raise NotASiooDatabase(where, "het bestand is van een ander programma")
        if "alembic_version" not in tables:
            raise DatabaseCorrupt(where, "schemaversie ontbreekt")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise DatabaseCorrupt(where, "schemaversie ontbreekt")
        return str(row[0])
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseUnavailable(where, "in gebruik door een ander programma") from error
        raise DatabaseCorrupt(where, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(where, str(error)) from error
    finally:
        connection.close()


def ensure_intact(path: Path) -> None:
    """Refuse a file whose pages do not check out (before it is migrated)."""
    connection = connect_read_only(path)
    try:
        verdict = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(str(path), str(error)) from error
    finally:
        connection.close()
    if verdict != "ok":
        raise DatabaseCorrupt(str(path), verdict)

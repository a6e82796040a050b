"""The one object through which everything above reaches the data."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sioo_desk.store import backup as backups
from sioo_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseRefused,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotASiooDatabase,
)
from sioo_desk.store.location import DatabaseLocation
from sioo_desk.store.probe import FileState, ensure_intact, probe
from sioo_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

Row = tuple[Any, ...]
#: How long a statement waits for another connection's write lock before it is refused, unless
#: `wait_for_lock` says otherwise (a window waits less: ui.context).
LOCK_WAIT_SECONDS = 5.0
_log = logging.getLogger(__name__)


class Read(Protocol):
    """One SELECT with `:name` parameters, its rows as tuples: `Database.read` for a screen,
    `reading(session)` for a write that must see what its own transaction sees."""

    def __call__(self, sql: str, params: Mapping[str, Any] | None = None, /) -> list[Row]: ...


def reading(session: Session) -> Read:
    """`Database.read` through a write's own session: the same SQL and the same rows, read on
    the connection that writes, so that what an undo restores is what the write replaced."""
    from sqlalchemy import text

    def read(sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return [tuple(row) for row in session.execute(text(sql), dict(params or {}))]

    return read


class Database:
    """An opened, current Sioo Desk database.

    Reads for lists go through `read()`, plain SQL on the stdlib driver for SQLite files (no
    SQLAlchemy import on the start-up path); writes go through ORM sessions from `session()`.
    """

    def __init__(self, location: DatabaseLocation, *, backup_made: Path | None = None) -> None:
        self.location = location
        self.backup_made = backup_made
        self._engine: Engine | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._tracers: list[Callable[[str], None]] = []
        self._lock_wait = LOCK_WAIT_SECONDS

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, location: DatabaseLocation, *, may_create: bool = True) -> Database:
        """Check the file, back it up and migrate it when its schema is older, create the
        schema when there is none. A file that is refused is left as it was."""
        if location.path is None:
            return cls._open_url(location)
        found = probe(location.path, may_create=may_create)
        made = None
        if found.state is FileState.CURRENT:
            return cls(location)
        if found.state is FileState.OUTDATED:
            ensure_intact(location.path)
            made = backups.backup(location.path, reason=f"voor-{HEAD_REVISION}")
        else:
            location.path.parent.mkdir(parents=True, exist_ok=True)
        database = cls(location, backup_made=made)
        database._migrate()
        return database

    @classmethod
    def _open_url(cls, location: DatabaseLocation) -> Database:
        from sqlalchemy import inspect, text

        database = cls(location)
        try:
            with database.engine.connect() as connection:
                revision = None
                tables = inspect(connection).get_table_names()
                if "alembic_version" in tables:
                    revision = connection.execute(
                        text("SELECT version_num FROM alembic_version")
                    ).scalar()
                elif tables:
                    raise NotASiooDatabase(location.display, "er staan al andere tabellen in")
        except DatabaseError:
            raise
        except Exception as error:  # the driver's errors have no common base we can import
            raise DatabaseUnavailable(location.display, str(error).splitlines()[0]) from error
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(location.display, str(revision))
        if revision != HEAD_REVISION:
            database._migrate()
        return database

    def another(self) -> Database:
        """A second handle on the same database with connections of its own, for long work on
        another thread: a stdlib `sqlite3` connection must not be shared across threads. The
        database was checked (and migrated) when this one was opened, so nothing of that is
        done again. Close it when the work is done. An in-memory database is refused: each
        connection to one is a new, empty database of its own."""
        if self.location.path is None:
            from sqlalchemy.engine import make_url

            url = make_url(self.location.url)
            if url.get_backend_name() == "sqlite" and (
                url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
            ):
                raise DatabaseError(
                    self.location.display,
                    "Deze taak kan niet met een database in het geheugen werken (elke verbinding "
                    "daarmee is een nieuwe, lege database). Open een databasebestand.",
                )
        return Database(self.location)

    def _migrate(self) -> None:
        from sioo_desk.store.migrate import upgrade

        with self._translated_errors():
            upgrade(self.engine, where=self.location.display, backup=self.backup_made)

    # --- reading ---------------------------------------------------------------------------

    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run one SELECT with `:name` parameters and return its rows as tuples."""
        params = params or {}
        if self.location.path is not None:
            try:
                return self._sqlite_connection().execute(sql, params).fetchall()
            except sqlite3.OperationalError as error:
                raise DatabaseUnavailable(self.location.display, str(error)) from error
            except sqlite3.ProgrammingError:
                raise  # a bug (this connection used on another thread), not a damaged file
            except sqlite3.DatabaseError as error:  # "malformed", "not a database"
                raise DatabaseCorrupt(self.location.display, str(error)) from error
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]

    def _sqlite_connection(self) -> sqlite3.Connection:
        if self._sqlite is None:
            assert self.location.path is not None
            # Checked: a connection used on a thread other than its own fails loudly (long work
            # gets one of its own, `another()`).
            self._sqlite = sqlite3.connect(
                self.location.path, timeout=self._lock_wait, check_same_thread=True
            )
            self._sqlite.set_trace_callback(self._statement_sent)
            self._sqlite.execute("PRAGMA foreign_keys = ON")
        return self._sqlite

    # --- writing ---------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _make_engine(self.location, self._statement_sent, self._lock_wait)
        return self._engine

    def wait_for_lock(self, seconds: float) -> None:
        """Wait at most `seconds` for another program's write lock from now on, on the
        connections made so far too (a window waits less than a script: it cannot move)."""
        self._lock_wait = seconds
        if self._sqlite is not None:
            self._sqlite.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        if self._engine is not None:
            self._engine.dispose()  # its pooled connections were made with the old wait
            self._engine = None

    # --- watching --------------------------------------------------------------------------

    @contextmanager
    def trace(self, callback: Callable[[str], None]) -> Iterator[None]:
        """Pass every statement sent on any of this database's connections to `callback`
        while inside (how tests count the statements an edit costs)."""
        self._tracers.append(callback)
        try:
            yield
        finally:
            self._tracers.remove(callback)

    def _statement_sent(self, statement: str) -> None:
        for tracer in self._tracers:
            tracer(statement)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short-lived ORM session, committed on success and rolled back on any error."""
        from sqlalchemy.orm import Session

        with (
            self._translated_errors(writing=True),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def _translated_errors(self, *, writing: bool = False) -> Iterator[None]:
        """The environment's faults (locked, disk full) and a damaged file become Dutch
        messages; a constraint that fails is a bug and stays what it is. Except a foreign key:
        that guard keeps the data whole (a certificate holder cannot be deleted), and when a
        service forgot to refuse first the user still reads that nothing changed; the log
        keeps the bug."""
        from sqlalchemy import exc

        try:
            yield
        except exc.OperationalError as error:
            raise DatabaseUnavailable(
                self.location.display, str(error.orig), writing=writing
            ) from error
        except exc.IntegrityError as error:
            if "foreign key" not in str(error.orig).lower():
                raise
            _log.error("Refused by a foreign key, not by a service", exc_info=error)
            raise DatabaseRefused(self.location.display, str(error.orig)) from error
        except exc.DatabaseError as error:
            raise DatabaseCorrupt(self.location.display, str(error.orig)) from error

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _make_engine(
    location: DatabaseLocation, on_statement: Callable[[str], None], lock_wait: float
) -> Engine:
    from sqlalchemy import create_engine, event

    if location.path is None:
        engine = create_engine(location.url)

        @event.listens_for(engine, "before_cursor_execute")
        def _sent(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            on_statement(statement)

        return engine
    engine = create_engine(location.url, connect_args={"timeout": lock_wait})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
        dbapi_connection.set_trace_callback(on_statement)

    return engine


__all__ = ["Database", "DatabaseError", "Read", "Row", "reading"]

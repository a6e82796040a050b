"""Opening a database: what is created, what is refused, and that a refused file is left byte
for byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from sioo_desk.store.database import Database
from sioo_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseError,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotASiooDatabase,
)
from sioo_desk.store.location import default_path, from_path, resolve
from sioo_desk.store.schema import APPLICATION_ID, HEAD_REVISION


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_gets_the_schema_the_identity_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "nieuw" / "sioo.sqlite"
    with Database.open(from_path(path)) as database:
        assert database.read("PRAGMA application_id") == [(APPLICATION_ID,)]
        assert database.read("SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
        assert database.read("SELECT count(*) FROM cohorts") == [(0,)]
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_an_existing_current_database_opens_without_a_backup(demo_path: Path) -> None:
    with Database.open(from_path(demo_path), may_create=False) as database:
        assert database.backup_made is None
        assert database.read("SELECT count(*) FROM cohorts") == [(2,)]
    assert not (demo_path.parent / "backups").exists()


def test_a_missing_file_named_explicitly_is_refused_and_not_made(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet.sqlite"
    with pytest.raises(DatabaseMissing, match="niet gevonden"):
        Database.open(from_path(path), may_create=False)
    assert not path.exists()


def _text_file(path: Path) -> None:
    path.write_text("naam;gemeente\nJan;Utrecht\n", encoding="utf-8")


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO recipes (name) VALUES ('stamppot')")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    with Database.open(from_path(path)):
        pass
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()


def _corrupt(path: Path) -> None:
    with Database.open(from_path(path)) as database, database.session() as session:
        from sioo_desk.domain.models import Setting

        session.add_all(Setting(key=f"k{i}", value="x" * 500) for i in range(200))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 40 * page)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (_text_file, NotASiooDatabase, "geen SQLite-bestand"),
        (_foreign_sqlite, NotASiooDatabase, "geen Sioo Desk-database"),
        (_newer, DatabaseTooNew, "nieuwere versie"),
        (_corrupt, DatabaseCorrupt, "beschadigd"),
    ],
)
def test_unusable_files_are_refused_untouched(
    tmp_path: Path, make: Callable[[Path], None], error: type[DatabaseError], words: str
) -> None:
    path = tmp_path / "bestand.sqlite"
    make(path)
    before = fingerprint(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as caught:
        Database.open(from_path(path), may_create=False)
    message = str(caught.value)
    assert words in message and str(path) in message and "\n" not in message
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_a_read_only_file_is_refused_untouched(demo_path: Path) -> None:
    demo_path.chmod(0o444)
    before = fingerprint(demo_path)
    try:
        with pytest.raises(DatabaseReadOnly, match="alleen-lezen"):
            Database.open(from_path(demo_path), may_create=False)
        assert fingerprint(demo_path) == before
    finally:
        demo_path.chmod(0o644)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotASiooDatabase, match="map"):
        Database.open(from_path(tmp_path), may_create=False)


def test_an_empty_file_becomes_a_new_database_only_where_one_may_be_made(tmp_path: Path) -> None:
    path = tmp_path / "leeg.sqlite"
    path.touch()
    with pytest.raises(DatabaseEmpty, match="leeg"):
        Database.open(from_path(path), may_create=False)
    assert path.read_bytes() == b""
    with Database.open(from_path(path), may_create=True) as database:
        assert database.read("SELECT count(*) FROM programmes") == [(0,)]


def test_another_programs_empty_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 1234")
    connection.close()
    before = fingerprint(path)
    with pytest.raises(NotASiooDatabase, match="ander programma"):
        Database.open(from_path(path), may_create=True)
    assert fingerprint(path) == before


def test_a_sqlite_url_with_a_driver_gets_the_file_checks(tmp_path: Path) -> None:
    path = tmp_path / "vreemd.sqlite"
    _foreign_sqlite(path)
    before = fingerprint(path)
    with pytest.raises(NotASiooDatabase):
        Database.open(resolve(f"sqlite+pysqlite:///{path}"), may_create=True)
    assert fingerprint(path) == before


def test_a_locked_database_is_the_environments_fault_in_dutch(demo_path: Path) -> None:
    from sioo_desk.domain.models import Setting
    from sioo_desk.store.errors import DatabaseUnavailable

    blocker = sqlite3.connect(demo_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with Database.open(from_path(demo_path), may_create=False) as database:
            database.engine.dispose()
            from sqlalchemy import event

            @event.listens_for(database.engine, "connect")
            def _short(dbapi_connection, _record):  # type: ignore[no-untyped-def]
                dbapi_connection.execute("PRAGMA busy_timeout = 100")

            with (
                pytest.raises(DatabaseUnavailable, match="in gebruik door een ander programma"),
                database.session() as session,
            ):
                session.add(Setting(key="x", value="1"))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_any_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'via-url.sqlite'}"
    location = resolve(url)
    assert location.path == tmp_path / "via-url.sqlite"
    with Database.open(location) as database:
        assert database.read("SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    with Database.open(location) as database:  # a second time: already current
        assert database.read("SELECT count(*) FROM cohorts") == [(0,)]


def test_location_precedence(tmp_path: Path) -> None:
    env = {"SIOO_DESK_DB": str(tmp_path / "env.sqlite")}
    assert resolve(str(tmp_path / "arg.sqlite"), env).path == tmp_path / "arg.sqlite"
    assert resolve(None, env).path == tmp_path / "env.sqlite"
    assert resolve(None, {}).path == default_path()
    assert resolve("sqlite:///" + str(tmp_path / "u.sqlite"), {}).path == tmp_path / "u.sqlite"
    hidden = resolve("postgresql://desk:geheim@localhost/sioo", {}).display
    assert "geheim" not in hidden


def _garble_table(path: Path, table: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_damage_deep_in_the_file_is_reported_where_it_is_met(demo_path: Path) -> None:
    """Start-up does not read the whole file; `check` does, and a read that meets the damage
    says so in Dutch instead of crashing."""
    from sioo_desk.services.participants import list_participants
    from sioo_desk.store.integrity import check

    _garble_table(demo_path, "participants")
    report = check(from_path(demo_path))
    assert not report.sound and report.problems
    with (
        Database.open(from_path(demo_path), may_create=False) as database,
        pytest.raises(DatabaseCorrupt, match="beschadigd"),
    ):
        list_participants(database, 1)


def test_a_damaged_outdated_file_is_not_migrated(tmp_path: Path) -> None:
    import shutil

    frozen = Path(__file__).resolve().parents[2] / "db" / "frozen" / "0001_initial.sqlite"
    path = tmp_path / "oud.sqlite"
    shutil.copyfile(frozen, path)
    _garble_table(path, "attendance")
    before = fingerprint(path)
    with pytest.raises(DatabaseCorrupt):
        Database.open(from_path(path), may_create=False)
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://"])
def test_long_work_refuses_a_database_in_memory(url: str) -> None:
    """Another connection to it would be a new, empty database: refused rather than silently
    working on nothing."""
    with pytest.raises(DatabaseError, match="database in het geheugen"):
        Database(resolve(url, {})).another()


def test_a_connection_used_on_another_thread_fails_loudly(demo_path: Path) -> None:
    """Long work gets a handle of its own (`another()`); sharing one across threads is a bug,
    raised as such, not taken for a damaged file."""
    import threading

    with Database(from_path(demo_path)) as database:
        assert database.read("SELECT count(*) FROM cohorts") == [(2,)]
        raised: list[BaseException] = []
        seen: list[object] = []

        def elsewhere() -> None:
            try:
                database.read("SELECT count(*) FROM cohorts")
            except BaseException as error:  # handed to the test's thread
                raised.append(error)
            with database.another() as own:
                seen.extend(own.read("SELECT count(*) FROM cohorts"))

        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join(30)
    assert [type(error) for error in raised] == [sqlite3.ProgrammingError]
    assert seen == [(2,)]

"""Migrations: the scripts and the models agree, and every frozen database of an earlier
schema upgrades with its data intact, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sioo_desk.store import database as database_module
from sioo_desk.store import probe as probe_module
from sioo_desk.store.database import Database
from sioo_desk.store.integrity import check
from sioo_desk.store.location import from_path
from sioo_desk.store.migrate import script_revisions
from sioo_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS

FROZEN = sorted((Path(__file__).resolve().parents[2] / "db" / "frozen").glob("*.sqlite"))
TABLES_WITH_DATA = (
    "cohorts",
    "participants",
    "sessions",
    "half_days",
    "attendance",
    "coach_notes",
    "assessments",
    "consultation_groups",
)


def counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in TABLES_WITH_DATA
        }
    finally:
        connection.close()


def test_known_revisions_follow_the_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()


def test_migrations_build_exactly_the_models(empty_db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sioo_desk.domain.models import Base

    with empty_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_there_is_a_frozen_database_of_the_current_schema() -> None:
    assert any(path.stem == HEAD_REVISION for path in FROZEN), "run `make frozen-db`"


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_a_frozen_database_upgrades_with_its_data(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    shutil.copyfile(frozen, path)
    before = counts(path)
    assert all(before.values()), "a frozen database must hold data"
    with Database.open(from_path(path), may_create=False) as database:
        assert database.read("SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
        if frozen.stem != HEAD_REVISION:
            assert database.backup_made is not None
    assert counts(path) == before
    report = check(from_path(path))
    assert report.sound and report.up_to_date, report.problems


def test_an_outdated_database_is_backed_up_before_it_is_migrated(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend a newer schema exists: the file is copied aside, whole, before migrating."""
    future = (*KNOWN_REVISIONS, "0099_future")
    monkeypatch.setattr(probe_module, "KNOWN_REVISIONS", future)
    monkeypatch.setattr(probe_module, "HEAD_REVISION", future[-1])
    migrated: list[Path] = []
    monkeypatch.setattr(Database, "_migrate", lambda self: migrated.append(self.location.path))
    before = counts(demo_path)
    monkeypatch.setattr(database_module, "HEAD_REVISION", future[-1])
    with Database.open(from_path(demo_path), may_create=False) as database:
        backup = database.backup_made
    assert migrated == [demo_path]
    assert backup is not None and backup.parent == demo_path.parent / "backups"
    assert "0099_future" in backup.name
    assert counts(backup) == before


def test_the_closing_migration_adds_turns_names_and_issuers_to_old_data(tmp_path: Path) -> None:
    """0003: a 0002 database keeps its accountability groups; the turns are still to be laid
    out, the names on certificates default to the participant's name."""
    import datetime as dt

    from sioo_desk.services import accountability, certificates

    path = tmp_path / "oud.sqlite"
    shutil.copyfile(
        Path(__file__).resolve().parents[2] / "db/frozen/0002_lookup_indexes.sqlite", path
    )
    with Database.open(from_path(path), may_create=False) as database:
        plan = accountability.plan_of(database, 1)
        assert [len(g.turns) for g in plan.groups] == [5, 4, 4, 4]
        assert all(t.starts_at is None for g in plan.groups for t in g.turns)
        assert any("nog geen gesprekstijd" in p for p in plan.problems)
        standings = certificates.standings(database, 1, dt.date(2012, 6, 28))
        assert all(s.printed_name == s.name.display_name for s in standings)
        assert sum(s.eligibility.eligible for s in standings) == 15
        # The planner lays the old groups out again within the closing meeting.
        groups, assessors = (
            [[t.participant_id for t in g.turns] for g in plan.groups],
            [g.assessor_id for g in plan.groups],
        )
        laid_out = accountability.rearranged(database, 1, groups, assessors, 75)
        accountability.save(database, 1, laid_out, accountability.Settings())
        assert accountability.plan_of(database, 1).problems == []


def _tables(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize("where", ["_alembic_tmp_cohorts", "UPDATE alembic_version"])
def test_a_migration_that_fails_halfway_leaves_the_file_as_it_was(
    where: str, tmp_path: Path
) -> None:
    """pysqlite opens no transaction before DDL by itself: the whole upgrade is one, so the
    tables it made before the failure go too, and the file opens (and migrates) afterwards."""
    from sqlalchemy import event

    from sioo_desk.store.migrate import upgrade

    path = tmp_path / "oud.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "db/frozen/0003_closing.sqlite", path)
    schema, before = _tables(path), counts(path)
    database = Database(from_path(path))

    def fail(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if where in statement:
            raise RuntimeError("simulated failure")

    event.listen(database.engine, "before_cursor_execute", fail)
    with pytest.raises(RuntimeError, match="simulated failure"):
        upgrade(database.engine)
    database.close()
    assert _tables(path) == schema
    assert counts(path) == before
    with Database.open(from_path(path), may_create=False) as database:
        assert database.read("SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert counts(path) == before


def test_a_migration_that_would_break_references_is_refused_naming_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sioo_desk.store import migrate

    path = tmp_path / "oud.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "db/frozen/0003_closing.sqlite", path)
    schema = _tables(path)
    real = migrate.alembic_config

    def config_then_break(connection: object) -> object:
        # One attendance row made to point at a half-day that does not exist, inside the
        # migration's transaction.
        connection.exec_driver_sql(  # type: ignore[attr-defined]
            "UPDATE attendance SET half_day_id = 999999 WHERE id = 1"
        )
        return real(connection)  # type: ignore[arg-type]

    monkeypatch.setattr(migrate, "alembic_config", config_then_break)
    with pytest.raises(migrate.MigrationBroken) as refused:
        Database.open(from_path(path), may_create=False)
    message = str(refused.value)
    assert "Er is niets veranderd" in message and "reservekopie" in message
    assert str(path.parent / "backups") in message
    assert _tables(path) == schema

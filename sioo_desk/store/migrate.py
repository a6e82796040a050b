"""Bring a database to the newest schema with the Alembic scripts in `db/`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine


def migrations_folder() -> Path:
    return Path(__file__).resolve().parents[2] / "db"


def alembic_config(connection: Connection | None = None) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]
        return
    with engine.connect() as connection:
        # A migration that changes a table copies it and drops the old one; with foreign keys
        # on, the drop would first delete every row that refers to it, down the cascade. SQLite
        # ignores this pragma inside a transaction, so it is set before the migration begins,
        # the references are checked before it commits, and it is set back on either way.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration leaves broken references: {broken[:5]}")
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def script_revisions() -> list[str]:
    """The revisions of the scripts on disk, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(migrations_folder()))
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]

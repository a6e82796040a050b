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

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]


def script_revisions() -> list[str]:
    """The revisions of the scripts on disk, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(migrations_folder()))
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]

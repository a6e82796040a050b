"""Bring a database to the newest schema with the Alembic scripts in `db/`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sioo_desk.store.errors import DatabaseError

_log = logging.getLogger(__name__)

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


def upgrade(
    engine: Engine, revision: str = "head", *, where: str = "", backup: Path | None = None
) -> None:
    """Migrate in one transaction: a failure anywhere leaves the database exactly as it was.
    `backup`, the copy made before, is named in the message when the result would be wrong."""
    from alembic import command

    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]
        return
    with engine.connect() as plain:
        # pysqlite only opens a transaction of its own before INSERT/UPDATE/DELETE, so every
        # CREATE TABLE before the first of those would be committed at once, and a failure
        # halfway would leave half a migration behind. The driver is told to stay out of it
        # and the transaction is opened and closed here, around the whole upgrade.
        connection = plain.execution_options(isolation_level="AUTOCOMMIT")
        # A migration that changes a table copies it and drops the old one; with foreign keys
        # on, the drop would first delete every row that refers to it, down the cascade. SQLite
        # ignores this pragma inside a transaction, so it is set before the migration begins,
        # the references are checked before it commits, and it is set back on either way.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                command.upgrade(alembic_config(connection), revision)  # type: ignore[arg-type]
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    _log.error("Migration leaves broken references: %s", broken[:20])
                    raise MigrationBroken(where or str(engine.url.database), backup)
                connection.exec_driver_sql("COMMIT")
            except BaseException:
                connection.exec_driver_sql("ROLLBACK")
                raise
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")


class MigrationBroken(DatabaseError):
    """The new schema would leave rows pointing at nothing: nothing was changed. A bug in a
    migration, so the message says where the copy is and whom to tell."""

    def __init__(self, where: str, backup: Path | None) -> None:
        copy = f" Er staat een reservekopie in {backup}." if backup is not None else ""
        super().__init__(
            where,
            "De database kon niet worden bijgewerkt naar de nieuwe versie: daarna zouden "
            f"gegevens verwijzen naar iets dat niet bestaat. Er is niets veranderd.{copy} "
            f"Meld dit bij uw beheerder; de details staan in het logbestand. Database: {where}",
        )


def script_revisions() -> list[str]:
    """The revisions of the scripts on disk, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(migrations_folder()))
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]

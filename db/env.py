"""Alembic environment. Run by Sioo Desk at start-up (store.migrate), which hands over the
connection; `alembic` on the command line works too with SIOO_DESK_DB set."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sioo_desk.domain.models import Base

target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only change a table by copying it
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from sioo_desk.store.location import resolve

    engine = create_engine(resolve().url)
    with engine.begin() as own_connection:
        run_migrations(own_connection)

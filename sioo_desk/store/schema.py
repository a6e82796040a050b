"""What identifies a Sioo Desk database, known without importing Alembic."""

from __future__ import annotations

#: Written into the SQLite header (PRAGMA application_id): "SIOO" in ASCII.
APPLICATION_ID = 0x5349_4F4F

#: Every Alembic revision in `db/versions`, oldest first. A test keeps this in step with the
#: scripts, so that start-up can tell "current" from "needs a migration" from "too new" by
#: reading one row.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_lookup_indexes",
    "0003_closing",
    "0004_organisation",
)

HEAD_REVISION = KNOWN_REVISIONS[-1]

"""Whether a database is a demo database. Read at every start (the window title says DEMO),
so kept apart from the demo itself and its imports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sioo_desk.store.database import Database

#: Set in every database the demo goes into; the window title says DEMO where it is.
DEMO_KEY = "demo.database"


def is_demo(db: Database) -> bool:
    return bool(db.read("SELECT 1 FROM settings WHERE key = :k", {"k": DEMO_KEY}))

"""`make frozen-db`: keep a database of the current schema, holding demo data, under
db/frozen/, so that every later migration is tested against real data of this version."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from sioo_desk.services.demo import load_demo
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.store.schema import HEAD_REVISION

FROZEN = Path(__file__).resolve().parents[1] / "db" / "frozen"


def freeze() -> Path:
    target = FROZEN / f"{HEAD_REVISION}.sqlite"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "frozen.sqlite"
        with Database.open(from_path(work)) as database:
            load_demo(database, today=dt.date(2026, 11, 23))
        connection = sqlite3.connect(work)
        connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        connection.execute("VACUUM")
        connection.close()
        target.write_bytes(work.read_bytes())
    return target


if __name__ == "__main__":
    print(f"bevroren: {freeze()}")

"""Copies of the database file, made with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sioo_desk.store.probe import connect_read_only


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup(database: Path, *, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy `database` into its backups folder and return the copy's path."""
    now = now or dt.datetime.now()
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S}-{reason}-{counter}.sqlite"
    source = connect_read_only(database)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target

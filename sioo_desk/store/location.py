"""Where the database is: a SQLite file (the default) or any SQLAlchemy URL."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

ENV_VARIABLE = "SIOO_DESK_DB"
FILE_NAME = "sioo-desk.sqlite"


@dataclass(frozen=True, slots=True)
class DatabaseLocation:
    url: str
    path: Path | None  # set for SQLite files

    @property
    def display(self) -> str:
        return str(self.path) if self.path is not None else _hide_password(self.url)


def default_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Sioo Desk", "Sioo") / FILE_NAME


def resolve(explicit: str | None = None, environ: dict[str, str] | None = None) -> DatabaseLocation:
    """`--db` wins over $SIOO_DESK_DB, which wins over the user's data folder."""
    environ = dict(os.environ) if environ is None else environ
    given = explicit or environ.get(ENV_VARIABLE) or ""
    if not given:
        return from_path(default_path())
    if "://" in given:
        # Every SQLite URL that names a file goes through the file's checks, whatever driver
        # it names ("sqlite+pysqlite:///…").
        file_url = re.fullmatch(r"sqlite(?:\+\w+)?:///(.+)", given)
        if file_url and file_url.group(1) != ":memory:":
            return from_path(Path(file_url.group(1)))
        return DatabaseLocation(url=given, path=None)
    return from_path(Path(given))


def from_path(path: Path) -> DatabaseLocation:
    path = path.expanduser().absolute()
    return DatabaseLocation(url=f"sqlite:///{path}", path=path)


def _hide_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"

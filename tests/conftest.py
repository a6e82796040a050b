"""Shared fixtures. Tests set their own dates, locale and settings; nothing depends on the
clock, the machine's locale or the user's own data folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SIOO_DESK_LANG"] = "nl"

TODAY = dt.date(2026, 11, 23)
GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "main_window"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need a QApplication are marked `gui`, so `-m "not gui"` runs the core alone."""
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIOO_DESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(autouse=True)
def _no_failure_seen_before() -> None:
    """The log counts a failure seen a moment ago as a repeat; each test starts afresh."""
    from sioo_desk.store.logbook import forget_failures

    forget_failures()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per run; tests get copies."""
    from sioo_desk.services.demo import load_demo
    from sioo_desk.store.database import Database
    from sioo_desk.store.location import from_path

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    with Database.open(from_path(path)) as database:
        load_demo(database, today=TODAY)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[object]:
    from sioo_desk.store.database import Database
    from sioo_desk.store.location import from_path

    with Database.open(from_path(demo_path), may_create=False) as database:
        yield database


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[object]:
    from sioo_desk.store.database import Database
    from sioo_desk.store.location import from_path

    with Database.open(from_path(tmp_path / "empty.sqlite")) as database:
        yield database

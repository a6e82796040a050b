"""The Qt-free layers stay Qt-free, and the start-up path stays light."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = [
    "sioo_desk.domain.enums",
    "sioo_desk.domain.names",
    "sioo_desk.domain.rules",
    "sioo_desk.domain.formatting",
    "sioo_desk.domain.models",
    "sioo_desk.store.database",
    "sioo_desk.store.integrity",
    "sioo_desk.store.migrate",
    "sioo_desk.services.cohorts",
    "sioo_desk.services.participants",
    "sioo_desk.services.contact_time",
    "sioo_desk.services.demo",
    "sioo_desk.cli",
]

# What the GUI needs before its first paint, on a database that needs no migration.
START_UP = [
    "sioo_desk.cli",
    "sioo_desk.store.database",
    "sioo_desk.services.cohorts",
    "sioo_desk.services.participants",
    "sioo_desk.services.contact_time",
]


def loaded_after_importing(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(done.stdout.split())


def test_domain_store_and_services_load_no_qt() -> None:
    loaded = loaded_after_importing(QT_FREE)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_start_up_path_loads_no_heavy_libraries() -> None:
    loaded = loaded_after_importing(START_UP)
    heavy = {m.split(".")[0] for m in loaded} & {
        "sqlalchemy",
        "alembic",
        "reportlab",
        "openpyxl",
        "PySide6",
    }
    assert heavy == set()

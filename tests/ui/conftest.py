from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sioo_desk.store.database import Database
from sioo_desk.ui import translation
from sioo_desk.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture(scope="session", autouse=True)
def dutch(qapp: QApplication) -> Iterator[None]:
    """The UI tests run in Dutch, the users' language, whatever the machine says."""
    keep = translation.install(qapp, "nl")
    yield
    for translator in keep:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, demo_db: Database, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db, settings, TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def _no_work_left_running(qapp: QApplication) -> Iterator[None]:
    """A test that fails while its job runs does not leave it to the next one (which would be
    refused as "a task is still running", and find its input swallowed)."""
    yield
    from sioo_desk.ui import worker

    left = worker.running()
    if left:
        worker.stop_all()
        for _turn in range(50):
            qapp.processEvents()  # the jobs' ends, queued to this thread
            if not worker.running():
                break

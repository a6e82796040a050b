"""`make screenshot`: the README's picture of the main window, on the demo data, in Dutch."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from sioo_desk.app import make_application
from sioo_desk.services.demo import load_demo
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.ui import translation
from sioo_desk.ui.main_window import MainWindow
from tests.conftest import TODAY

TARGET = Path(__file__).resolve().parents[1] / "resources" / "screenshots" / "main-window.png"


def main() -> None:
    app = make_application()
    keep = translation.install(app, "nl")
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        with Database.open(from_path(Path(folder) / "demo.sqlite")) as database:
            load_demo(database, today=TODAY)
            window = MainWindow(database, settings, TODAY)
            window.resize(1400, 760)
            window.show()
            reference = next(
                r
                for r in range(window.cohorts.rowCount())
                if window.cohorts.cohort(r).code == "HRM-2011"
            )
            window.navigator.setCurrentIndex(window.cohorts.index(reference))
            window.table.selectRow(1)
            app.processEvents()
            window.grab().save(str(sys.argv[1] if len(sys.argv) > 1 else TARGET))
            window.navigator.setCurrentIndex(window.cohorts.index(1 - reference))
            window.tabs.setCurrentWidget(window.view("programme"))
            app.processEvents()
            window.grab().save(str(TARGET.with_name("programme.png")))
            window.navigator.setCurrentIndex(window.cohorts.index(reference))
            window.tabs.setCurrentWidget(window.view("portfolio"))
            window.view("portfolio").people.setCurrentRow(2)
            window.view("portfolio").timeline.setCurrentRow(3)
            app.processEvents()
            window.grab().save(str(TARGET.with_name("portfolio.png")))
            window.tabs.setCurrentWidget(window.view("closing"))
            closing = window.view("closing")
            closing.pages.setCurrentWidget(closing.certificates)
            closing.certificates.table.selectRow(3)
            app.processEvents()
            window.grab().save(str(TARGET.with_name("certificates.png")))
            window.close()
    del keep


if __name__ == "__main__":
    main()

"""Which language the UI speaks: Dutch on a Dutch system (and by default for Dutch users),
English elsewhere; $SIOO_DESK_LANG=nl|en overrides."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def choose_language(environ: dict[str, str] | None = None, system: QLocale | None = None) -> str:
    environ = dict(os.environ) if environ is None else environ
    wanted = environ.get("SIOO_DESK_LANG", "").lower()[:2]
    if wanted in ("nl", "en"):
        return wanted
    system = system or QLocale.system()
    return "nl" if system.language() == QLocale.Language.Dutch else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our and Qt's own translators; return them so that they stay alive."""
    if language != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / "sioo_desk_nl.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed

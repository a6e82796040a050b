"""The Dutch translation is complete: every source string in the UI has a Dutch text, and the
shipped .qm is built from the shipped .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "sioo_desk_nl.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(
        str(p) for p in [*(ROOT / "sioo_desk" / "ui").glob("*.py"), ROOT / "sioo_desk" / "app.py"]
    )


def test_every_ui_string_has_a_dutch_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS, fresh)
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources(), "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                (translation.text or "").strip() or translation.findall("numerusform")
            ):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == [], "run `make translations` and translate:\n" + "\n".join(missing)


def test_the_shipped_qm_matches_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert built.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_dutch_is_chosen_on_a_dutch_system_and_english_elsewhere(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from sioo_desk.ui.translation import choose_language

    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert choose_language({}, dutch) == "nl"
    assert choose_language({}, english) == "en"
    assert choose_language({"SIOO_DESK_LANG": "en"}, dutch) == "en"
    assert choose_language({"SIOO_DESK_LANG": "nl_NL.UTF-8"}, english) == "nl"

"""Save what the program made (a PDF, a calendar file, an export) where the user says, then
open it: the one place for the save dialog, the Dutch message when the file cannot be written,
and the opening. Writing itself is `store.output.write_file`: whole or not at all."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.store.output import Content, write_file

LAST_FOLDER = "files/lastFolder"

# Not allowed in a Windows file name; the suggested name often holds a person's name.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_PATTERN = re.compile(r"\*(\.\w+)")


def _settings() -> QSettings:
    """The application's own settings (organisation and name are set at start-up)."""
    return QSettings()


def start_folder() -> Path:
    """Where the save dialog opens: the folder used last while it is still there, else home."""
    last = _settings().value(LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return Path.home()


def safe_name(suggested: str) -> str:
    return _FORBIDDEN.sub("-", suggested).strip(" .") or "bestand"


def choose_target(
    parent: QWidget | None, suggested: str, file_filter: str = "", *, title: str | None = None
) -> Path | None:
    """Ask where to save; None when the user cancelled. A name typed without extension gets the
    one of the chosen filter, so Windows knows what opens it."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("SaveFile", "Save"),
        str(start_folder() / safe_name(suggested)),
        file_filter,
    )
    if not chosen:
        return None
    target = Path(chosen)
    if not target.suffix:
        pattern = _PATTERN.search(chosen_filter or file_filter)
        extension = pattern.group(1) if pattern else Path(suggested).suffix
        target = target.with_name(target.name + extension)
    _settings().setValue(LAST_FOLDER, str(target.parent))
    return target


def show_refusal(parent: QWidget | None, error: SiooDeskError) -> None:
    """Say why a file was not written: the message names the file, the folder and what to do."""
    QMessageBox.warning(parent, "Sioo Desk", str(error))  # the name, as every warning has it


def save_and_open(
    parent: QWidget | None,
    content: Content,
    target: Path | None,
    suggested: str,
    file_filter: str = "",
    *,
    open_after: bool = True,
    open_folder: bool = False,
    title: str | None = None,
) -> Path | None:
    """Write `content` to `target` (asked for when None) and open it, or with `open_folder`
    the folder it is in. `content` is bytes, or a function writing to the open file, run only
    once the place is known; a `SiooDeskError` it raises is shown like a failed write.
    None when cancelled or refused; a refusal has been said, and what was there stays."""
    if target is None:
        target = choose_target(parent, suggested, file_filter, title=title)
        if target is None:
            return None
    try:
        write_file(target, content)
    except SiooDeskError as error:
        show_refusal(parent, error)
        return None
    if open_after:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent if open_folder else target)))
    return target

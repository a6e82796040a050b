"""Save bytes the program made (a PDF, an attachment) where the user says, then open them:
one place for the file dialog, the message when the file cannot be written, and the opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sioo_desk.ui.text import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveFile", text)


def save_and_open(
    parent: QWidget, content: bytes, target: Path | None, suggested: str, file_filter: str = ""
) -> Path | None:
    """Write `content` to `target` (asked for when None); None when cancelled or refused."""
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, _tr("Save"), str(Path.home() / suggested), file_filter
        )
        if not chosen:
            return None
        target = Path(chosen)
    try:
        target.write_bytes(content)
    except OSError as error:
        QMessageBox.warning(
            parent,
            _tr("Sioo Desk"),
            fill(_tr("%1 cannot be written: %2"), target, error.strerror or error),
        )
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target

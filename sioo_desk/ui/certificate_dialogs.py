"""Issuing a cohort's certificates in one go (who gets one and who does not, a preview, the
folder, a progress dialog that can be cancelled) and the signatures printed on them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import certificates as certs
from sioo_desk.services import pdf_fonts
from sioo_desk.ui import failure
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill
from sioo_desk.ui.worker import Worker, closed_meanwhile, start_work

if TYPE_CHECKING:
    from sioo_desk.services.changes import Edit
    from sioo_desk.services.long_work import Report
    from sioo_desk.store.database import Database
    from sioo_desk.ui.context import ViewContext


class BatchDialog(QDialog):
    def __init__(self, context: ViewContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue certificates"))
        self.setObjectName("batchDialog")
        self.context = context
        self.cohort_id = cohort_id
        self.result_: certs.BatchResult | None = None
        self.worker: Worker | None = None
        self.standings = certs.standings(context.database, cohort_id, context.today)
        self.targets = [
            s for s in self.standings if s.certificate is None and s.eligibility.eligible
        ]
        # Loading the fonts takes a fifth of a second: done while the user reads the dialog.
        pdf_fonts.register_serif()

        self.folder = QLineEdit(str(Path.home()))
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Choose…"))
        failure.connect_named(browse, self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.issued_on = QDateEdit(QDate(context.today))
        self.issued_on.setObjectName("issuedOn")
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd-MM-yyyy")
        self.issued_on.setMaximumDate(QDate(context.today))  # never in the future
        self.combined = QCheckBox(self.tr("One combined PDF for the printer"))
        self.combined.setChecked(True)
        self.archive = QCheckBox(self.tr("Also a ZIP of all files"))
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Date of issue:"), self.issued_on)
        form.addRow("", self.combined)
        form.addRow("", self.archive)

        self.getting = QListWidget()
        self.getting.setObjectName("getting")
        self.getting.addItems([s.printed_name for s in self.targets])
        self.not_getting = QListWidget()
        self.not_getting.setObjectName("notGetting")
        self.not_getting.setWordWrap(True)
        for s in self.standings:
            if not s.eligibility.eligible and s.certificate is None:
                self.not_getting.addItem(
                    f"{s.name.display_name}: {'; '.join(s.eligibility.reasons)}"
                )
            elif s.certificate is not None:
                self.not_getting.addItem(
                    fill(self.tr("%1: already has %2"), s.name.display_name, s.certificate.number)
                )
        lists = QHBoxLayout()
        for title, widget in (
            (fill(self.tr("Get a certificate (%1)"), len(self.targets)), self.getting),
            (self.tr("No new certificate"), self.not_getting),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            lists.addLayout(column)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Issue and write"))
        ok.setEnabled(bool(self.targets))
        self.preview_button = self.buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setEnabled(bool(self.targets))
        failure.connect_named(self.preview_button, self.preview)
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def preview(self, target: Path | None = None) -> Path | None:
        """The first certificate of the batch as it will look, marked as a preview."""
        row = self.getting.currentRow()
        who = self.targets[row if row >= 0 else 0]
        try:
            content = certs.preview_pdf(
                self.context.database, who.participant_id, self.issued_on.date().toPython()
            )
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Preview"), str(error))
            return None
        return save_and_open(
            self, content, target, f"voorbeeld {who.printed_name}.pdf", self.tr("PDF (*.pdf)")
        )

    def issue(self) -> Worker | None:
        """Issue and write off the GUI thread, behind a progress dialog that can cancel; the
        dialog closes once the certificates are in the register and the folder. None while
        other work runs."""
        issued_on: dt.date = self.issued_on.date().toPython()
        cohort_id, folder, today = self.cohort_id, Path(self.folder.text()), self.context.today
        started_on = self.context.database
        combined, archive = self.combined.isChecked(), self.archive.isChecked()

        def work(database: Database, report: Report) -> Edit:
            return certs.issue_batch(
                database,
                cohort_id,
                folder,
                issued_on,
                today=today,
                combined=combined,
                archive=archive,
                report=report,
            )

        def done(edit: Edit) -> None:
            self.result_ = edit.result
            if self.context.database is started_on:
                # Issued certificates cannot be undone: published for the screens, not stacked.
                self.context.apply(lambda _db: edit, self)
            else:
                self.context.notify(closed_meanwhile(started_on), 10000)
            self.accept()

        self.worker = start_work(
            self,
            self.tr("Issuing certificates…"),
            started_on,
            work,
            done,
            on_cancelled=lambda stop: self.context.notify(str(stop), 10000),
        )
        return self.worker


class SignaturesDialog(QDialog):
    """The scanned signatures of the cohort's programme manager and signatory: each person's
    own, so that every cohort they sign for prints it."""

    def __init__(self, context: ViewContext, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signatures on the certificate"))
        self.context = context
        self.cohort_id = cohort_id
        self.previews: dict[str, QLabel] = {}
        self.people: dict[str, int] = {}
        signers = certs.signers(context.database, cohort_id)
        form = QFormLayout(self)
        for who, title, signer in (
            ("manager", self.tr("Programme manager"), signers.programme_manager),
            ("signatory", self.tr("Signatory"), signers.signatory),
        ):
            if signer is None:
                form.addRow(
                    title, QLabel(self.tr("nobody chosen yet: choose one at Cohort ▸ Edit"))
                )
                continue
            self.people[who] = signer.person_id
            preview = QLabel()
            preview.setFixedSize(220, 60)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setStyleSheet("border: 1px solid #c9d1d9; background: white;")
            self.previews[who] = preview
            choose = QPushButton(self.tr("Choose image…"))
            failure.connect_named(choose, lambda w=who: self.choose(w))
            drop = QPushButton(self.tr("Remove"))
            failure.connect_named(drop, lambda w=who: self.set(w, None))
            row = QHBoxLayout()
            row.addWidget(preview)
            row.addWidget(choose)
            row.addWidget(drop)
            form.addRow(f"{title}: {signer.name}", row)
            self._show(who)
        note = QLabel(
            self.tr("Without an image the certificate has an empty line to sign by hand.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        form.addRow(close)

    def _show(self, who: str) -> None:
        content = certs.signature(self.context.database, self.people[who])
        label = self.previews[who]
        if content is None:
            label.setPixmap(QPixmap())
            label.setText(self.tr("none"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        label.setPixmap(
            pixmap.scaled(
                label.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose(self, who: str, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Signature"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            content = path.read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Signature"),
                fill(self.tr("%1 cannot be read: %2"), path, error.strerror),
            )
            return
        self.set(who, content, path.name)

    def set(self, who: str, content: bytes | None, filename: str = "") -> bool:
        person = self.people[who]
        if not self.context.run(
            self.tr("Signature"),
            lambda db: certs.set_signature(db, person, content, filename),
            self,
        ):
            return False
        self._show(who)
        return True


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

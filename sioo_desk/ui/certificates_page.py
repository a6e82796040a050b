"""The verdicts and the certificates: every participant with effort, final result and whether
they get a certificate (and exactly why not); the verdict form; the name as printed; preview,
issue, re-issue and revoke; and a box that verifies a certificate's code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import Verdict
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import accountability, verdicts
from sioo_desk.services import certificates as certs
from sioo_desk.services.changes import Kind
from sioo_desk.ui import failure, labels
from sioo_desk.ui.certificate_dialogs import BatchDialog, SignaturesDialog, open_file
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.standings_model import Column, StandingsModel
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

# The effort comes from the attendance register: its cells, whose half-days they are (the
# meetings, a consultation group's, an individual one's) and the threshold; then the names,
# statuses and withdrawals, the verdicts, names as printed and certificates, and the assessors.
SHOWS = (
    Kind.ATTENDANCE,
    Kind.PARTICIPANTS,
    Kind.CLOSING,
    Kind.GROUPS,
    Kind.SESSIONS,
    Kind.SETTINGS,
    Kind.PEOPLE,
)


class CertificatesPage(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("certificatesPage")
        self.context = context
        self.cohort_id: int | None = None
        self.current: certs.Standing | None = None

        self.summary = QLabel()
        self.summary.setObjectName("certificateSummary")
        self.model = StandingsModel()
        self.table = QTableView()
        self.table.setObjectName("standingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ELIGIBLE, QHeaderView.ResizeMode.Stretch)
        # The issued number may be cut short on a small screen; the reasons may not.
        header.setSectionResizeMode(Column.CERTIFICATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.CERTIFICATE, 150)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot in (
            ("batch", self.tr("Issue certificates…"), self.issue_batch),
            ("signatures", self.tr("Signatures…"), self.signatures),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            failure.connect_named(button, slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.code = QLineEdit()
        self.code.setObjectName("verifyCode")
        self.code.setPlaceholderText(self.tr("Verification code, e.g. 7KQ2-M9XD-4TRB-H1CE"))
        self.code.returnPressed.connect(lambda: self.verify())
        check = QPushButton(self.tr("Verify"))
        check.setObjectName("verify")
        failure.connect_named(check, self.verify)
        verify_row = QHBoxLayout()
        verify_row.addWidget(QLabel(self.tr("Verify a certificate:")))
        verify_row.addWidget(self.code, 1)
        verify_row.addWidget(check)
        self.verdict_shown = QLabel()
        self.verdict_shown.setObjectName("verifyResult")
        self.verdict_shown.setWordWrap(True)
        self.verdict_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addLayout(verify_row)
        left_layout.addWidget(self.verdict_shown)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        side = self._side()
        side.setMaximumWidth(400)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter, 1)
        self._show_current()

    def _side(self) -> QWidget:
        self.result = QComboBox()
        self.result.setObjectName("verdict")
        self.result.addItem(self.tr("— no verdict yet —"), None)
        for value in Verdict:
            self.result.addItem(labels.verdict(value.value), value)
        self.assessed_on = QDateEdit()
        self.assessed_on.setObjectName("assessedOn")
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("dd-MM-yyyy")
        self.assessor = QComboBox()
        self.assessor.setObjectName("assessor")
        self.motivation = QPlainTextEdit()
        self.motivation.setObjectName("motivation")
        self.motivation.setPlaceholderText(self.tr("A short motivation of the verdict"))
        self.motivation.setMaximumHeight(90)
        self.effort = QSpinBox()
        self.effort.setObjectName("recordedEffort")
        self.effort.setRange(-1, 100)
        self.effort.setSpecialValueText(self.tr("from the attendance"))
        self.effort.setSuffix("%")
        self.effort.setToolTip(
            self.tr("Only for a cohort whose attendance was not kept in Sioo Desk.")
        )
        self.recorded = QLabel()
        self.recorded.setObjectName("recordedBy")
        self.recorded.setWordWrap(True)
        record = QPushButton(self.tr("Record verdict"))
        record.setObjectName("recordVerdict")
        failure.connect_named(record, self.record_verdict)
        self.buttons["record"] = record
        verdict_box = QGroupBox(self.tr("Final result"))
        form = QFormLayout(verdict_box)
        form.addRow(self.tr("Result:"), self.result)
        form.addRow(self.tr("Date:"), self.assessed_on)
        form.addRow(self.tr("Assessor:"), self.assessor)
        form.addRow(self.tr("Motivation:"), self.motivation)
        form.addRow(self.tr("Effort:"), self.effort)
        form.addRow(self.recorded)
        form.addRow(record)

        self.printed = QLineEdit()
        self.printed.setObjectName("printedName")
        self.printed.setToolTip(
            self.tr("Exactly as it goes on the certificate, e.g. “J.H. (Jan) van der Berg”.")
        )
        save_name = QPushButton(self.tr("Save name"))
        save_name.setObjectName("saveName")
        failure.connect_named(save_name, self.save_printed_name)
        name_row = QHBoxLayout()
        name_row.addWidget(self.printed, 1)
        name_row.addWidget(save_name)
        self.certificate_state = QLabel()
        self.certificate_state.setObjectName("certificateState")
        self.certificate_state.setWordWrap(True)
        self.certificate_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        certificate_box = QGroupBox(self.tr("Certificate"))
        box = QFormLayout(certificate_box)
        box.addRow(self.tr("Name as printed:"), name_row)
        box.addRow(self.certificate_state)
        grid = QGridLayout()
        for n, (key, text, slot) in enumerate(
            (
                ("preview", self.tr("Preview…"), self.preview),
                ("open", self.tr("Open issued PDF"), self.open_issued),
                ("reissue", self.tr("Re-issue…"), self.reissue),
                ("revoke", self.tr("Revoke…"), self.revoke),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            failure.connect_named(button, slot)
            self.buttons[key] = button
            grid.addWidget(button, n // 2, n % 2)
        box.addRow(grid)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(verdict_box)
        side_layout.addWidget(certificate_box)
        side_layout.addStretch(1)
        return side

    # --- showing ---------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        keep = self.current.participant_id if self.current else None
        self.cohort_id = cohort_id
        rows = []
        if cohort_id is not None:
            try:
                rows = certs.standings(self.context.database, cohort_id, self.context.today)
            except SiooDeskError as error:
                self._failed(error)
        self.model.set_rows(rows)
        eligible = sum(r.eligibility.eligible for r in rows)
        issued = sum(1 for r in rows if r.certificate and r.certificate.valid)
        self.summary.setText(
            fill(
                self.tr("%1 of %2 participants qualify for a certificate; %3 issued."),
                eligible,
                len(rows),
                issued,
            )
        )
        self.assessor.blockSignals(True)
        self.assessor.clear()
        self.assessor.addItem(self.tr("—"), None)
        for pid, label in accountability.assessors(self.context.database):
            self.assessor.addItem(label, pid)
        self.assessor.blockSignals(False)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.current = None
            self._show_current()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.current = self.model.rows[rows[0].row()] if rows else None
        self._show_current()

    def select(self, participant_id: int) -> None:
        row = self.model.row_of(participant_id)
        if row is not None:
            self.table.selectRow(row)

    def _show_current(self) -> None:
        who = self.current
        for key in ("record", "preview", "open", "reissue", "revoke"):
            self.buttons[key].setEnabled(who is not None)
        self.buttons["batch"].setEnabled(self.cohort_id is not None)
        self.buttons["signatures"].setEnabled(self.cohort_id is not None)
        for widget in (
            self.result,
            self.assessed_on,
            self.assessor,
            self.motivation,
            self.effort,
            self.printed,
        ):
            widget.setEnabled(who is not None)
        if who is None:
            self.recorded.clear()
            self.certificate_state.setText(self.tr("Choose a participant."))
            self.motivation.clear()
            self.printed.clear()
            return
        found = verdicts.verdict_of(self.context.database, who.participant_id)
        data = found.data if found else None
        self.result.setCurrentIndex(self.result.findData(data.verdict if data else None))
        self.assessed_on.setDate(QDate(data.assessed_on if data else self.context.today))
        self.assessor.setCurrentIndex(
            max(0, self.assessor.findData(data.assessor_id if data else None))
        )
        self.motivation.setPlainText(data.motivation if data else "")
        self.effort.setValue(
            data.recorded_effort_percent
            if data and data.recorded_effort_percent is not None
            else -1
        )
        self.recorded.setText(
            fill(
                self.tr("Recorded by %1 on %2."),
                found.recorded_by or "?",
                found.recorded_at.strftime("%d-%m-%Y %H:%M") if found.recorded_at else "?",
            )
            if found
            else self.tr("No verdict recorded yet.")
        )
        if (
            data is not None
            and data.recorded_effort_percent is not None
            and who.effort_source == "aanwezigheid"
        ):
            self.recorded.setText(
                self.recorded.text()
                + " "
                + fill(
                    self.tr("The recorded effort (%1%) does not count: attendance was kept here."),
                    data.recorded_effort_percent,
                )
            )
        self.printed.setText(who.printed_name)
        item = who.certificate
        if item is None:
            state = (
                self.tr("Qualifies; no certificate issued yet.")
                if who.eligibility.eligible
                else fill(self.tr("No certificate: %1."), "; ".join(who.eligibility.reasons))
            )
        else:
            state = fill(
                self.tr("Certificate %1, version %2, issued %3 to “%4”. Code %5."),
                item.number,
                item.version,
                long_date(item.issued_on),
                item.printed_name,
                item.code,
            )
            if item.revoked_on:
                state += " " + fill(
                    self.tr("Revoked on %1: %2"), long_date(item.revoked_on), item.revoke_reason
                )
            elif item.printed_name != who.printed_name:
                state += " " + self.tr("The name has changed since: re-issue to print it.")
        self.certificate_state.setText(state)
        self.buttons["open"].setEnabled(item is not None)
        # A revocation that proved a mistake is repaired by a new version.
        self.buttons["reissue"].setEnabled(item is not None)
        self.buttons["revoke"].setEnabled(item is not None and item.revoked_on is None)

    # --- the verdict and the name --------------------------------------------------------------

    def _form(self) -> verdicts.VerdictInput | None:
        value = self.result.currentData()
        if value is None:
            return None
        effort = self.effort.value()
        return verdicts.VerdictInput(
            Verdict(value),
            self.motivation.toPlainText(),
            self.assessed_on.date().toPython(),
            self.assessor.currentData(),
            None if effort < 0 else effort,
        )

    def record_verdict(self) -> bool:
        who = self.current
        if who is None:
            return False
        today = self.context.today
        data = self._form()
        pid = who.participant_id
        return self.context.run(
            fill(self.tr("Verdict for %1"), who.name.display_name),
            lambda db: verdicts.record(db, pid, data, today),
            self,
        )

    def save_printed_name(self) -> bool:
        who = self.current
        if who is None:
            return False
        pid = who.participant_id
        name = self.printed.text()
        # The default (first name and surname) is stored as empty, so it follows a corrected name.
        stored = "" if " ".join(name.split()) == who.name.display_name else name
        return self.context.run(
            fill(self.tr("Name on the certificate of %1"), who.name.display_name),
            lambda db: certs.set_printed_name(db, pid, stored),
            self,
        )

    # --- certificates -----------------------------------------------------------------------

    def preview(self, target: Path | None = None) -> Path | None:
        if self.current is None:
            return None
        try:
            content = certs.preview_pdf(
                self.context.database, self.current.participant_id, self.context.today
            )
        except SiooDeskError as error:
            self._failed(error)
            return None
        return save_and_open(
            self,
            content,
            target,
            f"voorbeeld {self.current.printed_name}.pdf",
            self.tr("PDF (*.pdf)"),
        )

    def open_issued(self, target: Path | None = None) -> Path | None:
        item = self.current.certificate if self.current else None
        if item is None:
            return None
        content = certs.stored_pdf(self.context.database, item.id)
        return save_and_open(
            self,
            content,
            target,
            certs.file_name(item.number, item.printed_name, item.version),
            self.tr("PDF (*.pdf)"),
        )

    def issue_batch(self) -> BatchDialog | None:
        if self.cohort_id is None:
            return None
        try:
            dialog = BatchDialog(self.context, self.cohort_id, self)
        except SiooDeskError as error:
            self._failed(error)
            return None
        dialog.finished.connect(lambda _r: self._batch_done(dialog))
        dialog.open()
        return dialog

    def _batch_done(self, dialog: BatchDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        text = fill(
            self.tr("%1 certificates issued and written to %2."),
            len(result.issued),
            dialog.folder.text(),
        )
        self.context.notify(text, 10000)
        if result.combined is not None:
            open_file(result.combined)

    def _ask_reason(self, title: str, question: str) -> str | None:
        reason, ok = QInputDialog.getText(self, title, question)
        return reason if ok else None

    def reissue(self, folder: Path | None = None, reason: str | None = None) -> None:
        """The folder first: a new version is registered only together with its file."""
        who = self.current
        if who is None or who.certificate is None:
            return
        if reason is None:
            reason = self._ask_reason(
                self.tr("Re-issue"),
                fill(
                    self.tr("Why is certificate %1 re-issued (same number, a new version)?"),
                    who.certificate.number,
                ),
            )
            if reason is None:
                return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the certificate"), str(Path.home())
            )
            if not chosen:
                return
            folder = Path(chosen)
        pid, today, target = who.participant_id, self.context.today, folder
        # Not undoable: the new version is on paper. Published, so the page shows it.
        edit = self.context.apply(
            lambda db: certs.reissue(db, pid, reason, today, target, today=today), self
        )
        if edit is None:
            return
        item, _content = edit.result
        open_file(folder / certs.file_name(item.number, item.printed_name, item.version))

    def revoke(self, reason: str | None = None) -> None:
        who = self.current
        if who is None or who.certificate is None:
            return
        if reason is None:
            reason = self._ask_reason(
                self.tr("Revoke"),
                fill(
                    self.tr("Why is certificate %1 of %2 revoked? This cannot be undone."),
                    who.certificate.number,
                    who.printed_name,
                ),
            )
            if reason is None:
                return
        pid, today, why = who.participant_id, self.context.today, reason
        # Not undoable by nature: a revocation that proved a mistake is repaired by re-issuing.
        self.context.apply(lambda db: certs.revoke(db, pid, why, today, today=today), self)

    def signatures(self) -> SignaturesDialog | None:
        if self.cohort_id is None:
            return None
        dialog = SignaturesDialog(self.context, self.cohort_id, self)
        dialog.open()
        return dialog

    def verify(self) -> None:
        found = certs.verify(self.context.database, self.code.text())
        colour = "#1e7d32" if found.valid else "#b3261e"
        self.verdict_shown.setStyleSheet(f"color: {colour};")
        self.verdict_shown.setText(found.message)

    def _failed(self, error: SiooDeskError) -> None:
        QMessageBox.warning(self, self.tr("Certificates"), str(error))

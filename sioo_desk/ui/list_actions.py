"""Whole-list jobs from the main window: import registrations, export the list, and mail a
selection, a status, a group or the whole cohort."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import mail
from sioo_desk.services.cohorts import get_cohort, intake_period
from sioo_desk.ui.text import fill
from sioo_desk.ui.undo import ServiceStep

if TYPE_CHECKING:
    from sioo_desk.services.cohort_editing import CohortInput
    from sioo_desk.services.snapshots import Snapshot
    from sioo_desk.ui.cohort_dialog import CohortDialog
    from sioo_desk.ui.import_dialog import ImportDialog
    from sioo_desk.ui.intake_planning_dialog import IntakePlanningDialog
    from sioo_desk.ui.main_window import MainWindow

# The services that write (SQLAlchemy, openpyxl, reportlab, icalendar) and the dialogs are
# imported when first used, so that they cost nothing before the main window's first paint.


class ListActions(QObject):
    def __init__(self, window: MainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self.stack = undo_stack
        self.import_action = QAction(self.tr("&Import participants…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_participants)
        self.export_action = QAction(self.tr("&Export participant list…"), window)
        self.export_action.triggered.connect(self.export_participants)

        self.new_cohort_action = QAction(self.tr("&New cohort…"), window)
        self.new_cohort_action.triggered.connect(self.new_cohort)
        self.plan_intakes_action = QAction(self.tr("&Plan intakes…"), window)
        self.plan_intakes_action.triggered.connect(self.plan_intakes)
        self.letters_action = QAction(self.tr("&Letters for all decisions…"), window)
        self.letters_action.triggered.connect(lambda: self.write_letters())

        self.mail_menu = QMenu(self.tr("E-&mail"))
        self.copy_selection_action = self.mail_menu.addAction(
            self.tr("Copy addresses of the selection")
        )
        self.copy_selection_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_selection_action.triggered.connect(lambda: self.copy(self.selection_addresses()))
        self.copy_visible_action = self.mail_menu.addAction(
            self.tr("Copy addresses of the list as filtered")
        )
        self.copy_visible_action.triggered.connect(lambda: self.copy(self.visible_addresses()))
        self.copy_cohort_action = self.mail_menu.addAction(
            self.tr("Copy addresses of the whole cohort")
        )
        self.copy_cohort_action.triggered.connect(lambda: self.copy(self.cohort_addresses()))
        self.group_menu = self.mail_menu.addMenu(self.tr("Copy addresses of a consultation group"))
        self.group_menu.aboutToShow.connect(self._fill_groups)
        self.mail_menu.addSeparator()
        self.compose_action = self.mail_menu.addAction(
            self.tr("New e-mail to the selection (BCC)…")
        )
        self.compose_action.triggered.connect(lambda: self.compose(self.selection_addresses()))

    # --- import and export -----------------------------------------------------------------

    def import_participants(self, path: Path | None = None) -> ImportDialog | None:
        from sioo_desk.ui.import_dialog import ImportDialog

        cohort_id = self.window.selected_cohort_id()
        if cohort_id is None:
            return None
        cohort = self.window.cohorts.cohort(self.window.navigator.currentIndex().row())
        dialog = ImportDialog(
            self.window, self.window.database, cohort_id, cohort.name, self._folder()
        )
        if path is not None:
            dialog.path.setText(str(path))
            dialog.load()
        dialog.accepted.connect(lambda: self._commit(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _commit(self, dialog: ImportDialog) -> None:
        from sioo_desk.services import participant_editing as editing
        from sioo_desk.services.participant_io import commit_import

        if dialog.preview is None:
            return
        db = self.window.database
        try:
            ids = commit_import(db, dialog.preview)
        except SiooDeskError as error:
            QMessageBox.warning(self.window, self.tr("Import"), str(error))
            return
        snapshots: list[Snapshot] = []

        def undo() -> None:
            snapshots[:] = [editing.delete_participants(db, ids)]

        def redo() -> None:
            editing.restore_deleted(db, snapshots.pop())

        self.stack.push(
            ServiceStep(
                fill(self.tr("import %1 participants"), len(ids)),
                undo,
                redo,
                self.window.refresh_cohort,
                self._failed,
            )
        )
        self.window.statusBar().showMessage(
            fill(self.tr("%1 participants imported."), len(ids)), 8000
        )

    def export_participants(self, target: Path | None = None) -> bool:
        from sioo_desk.services.participant_io import export_participants

        cohort_id = self.window.selected_cohort_id()
        if cohort_id is None:
            return False
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export participant list"),
                str(self._folder() / "deelnemers.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV for Dutch Excel (*.csv)"),
            )
            if not name:
                return False
            target = Path(name)
        try:
            count = export_participants(self.window.database, cohort_id, target)
        except (SiooDeskError, OSError) as error:
            QMessageBox.warning(self.window, self.tr("Export"), str(error))
            return False
        self.window.statusBar().showMessage(
            fill(self.tr("%1 participants exported to %2."), count, target), 8000
        )
        return True

    def _folder(self) -> Path:
        return Path.home()

    def _failed(self, error: SiooDeskError) -> None:
        QMessageBox.warning(self.window, self.tr("Sioo Desk"), str(error))
        self.window.refresh_cohort()

    # --- intakes and letters ----------------------------------------------------------------

    def new_cohort(self) -> CohortDialog:
        from sioo_desk.services.cohort_editing import (
            create_cohort,
            delete_empty_cohort,
            restore_cohort,
        )
        from sioo_desk.ui.cohort_dialog import CohortDialog

        db = self.window.database

        def submit(data: CohortInput) -> None:
            cohort_id = create_cohort(db, data)
            kept: list[Snapshot] = []

            def undo() -> None:
                kept[:] = [delete_empty_cohort(db, cohort_id)]

            def redo() -> None:
                restore_cohort(db, kept.pop())

            self.stack.push(
                ServiceStep(
                    fill(self.tr("new cohort %1"), data.name),
                    undo,
                    redo,
                    lambda: self.window.reload(select=cohort_id),
                    self._failed,
                )
            )

        dialog = CohortDialog(self.window, self.window.today, submit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def plan_intakes(self) -> IntakePlanningDialog | None:
        from sioo_desk.ui.intake_planning_dialog import IntakePlanningDialog

        cohort_id = self.window.selected_cohort_id()
        if cohort_id is None:
            return None
        cohort = get_cohort(self.window.database, cohort_id)
        dates = intake_period(self.window.database, cohort_id)

        def step(text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
            def changed() -> None:
                self.window.refresh_cohort()
                if shiboken6.isValid(dialog) and dialog.isVisible():  # closed: deleted
                    dialog.refresh()

            self.stack.push(ServiceStep(text, undo, redo, changed, self._failed))

        dialog = IntakePlanningDialog(
            self.window,
            self.window.database,
            cohort_id,
            cohort.name,
            dates[0],
            dates[1],
            self.window.today,
            step,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def write_letters(self, folder: Path | None = None) -> list[Path]:
        from sioo_desk.services.letters import (
            decided_participants,
            letter_data,
            letter_file_name,
            letter_pdf,
        )

        """One PDF per candidate with a decision, into a folder the user chooses."""
        cohort_id = self.window.selected_cohort_id()
        if cohort_id is None:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the letters"), str(self._folder())
            )
            if not chosen:
                return []
            folder = Path(chosen)
        written: list[Path] = []
        try:
            for participant_id in decided_participants(self.window.database, cohort_id):
                data = letter_data(self.window.database, participant_id)
                target = folder / letter_file_name(data)
                if target in written:  # two people of the same name
                    target = target.with_stem(f"{target.stem}-{participant_id}")
                target.write_bytes(letter_pdf(data, written_on=self.window.today))
                written.append(target)
        except (SiooDeskError, OSError) as error:
            QMessageBox.warning(self.window, self.tr("Letters"), str(error))
        self.window.statusBar().showMessage(
            fill(self.tr("%1 letters written to %2."), len(written), folder), 8000
        )
        if written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return written

    # --- mail ------------------------------------------------------------------------------

    def selection_addresses(self) -> list[str]:
        cohort_id = self.window.selected_cohort_id()
        ids = [r.id for r in self.window.selected_participants()]
        if cohort_id is None or not ids:
            return []
        return mail.addresses(self.window.database, cohort_id, participant_ids=ids)

    def visible_addresses(self) -> list[str]:
        cohort_id = self.window.selected_cohort_id()
        ids = self.window.visible_participant_ids()
        if cohort_id is None:
            return []
        return mail.addresses(self.window.database, cohort_id, participant_ids=ids)

    def cohort_addresses(self) -> list[str]:
        cohort_id = self.window.selected_cohort_id()
        return [] if cohort_id is None else mail.addresses(self.window.database, cohort_id)

    def _fill_groups(self) -> None:
        self.group_menu.clear()
        cohort_id = self.window.selected_cohort_id()
        groups = [] if cohort_id is None else mail.groups(self.window.database, cohort_id)
        if not groups:
            self.group_menu.addAction(self.tr("(no consultation groups yet)")).setEnabled(False)
        for group_id, name in groups:
            action = self.group_menu.addAction(name)
            action.triggered.connect(
                lambda _c=False, g=group_id: self.copy(
                    mail.addresses(self.window.database, cohort_id, group_id=g)
                )
            )  # type: ignore[arg-type]

    def copy(self, emails: list[str]) -> None:
        if not emails:
            self.window.statusBar().showMessage(self.tr("No e-mail addresses to copy."), 5000)
            return
        QGuiApplication.clipboard().setText(mail.clipboard_text(emails))
        self.window.statusBar().showMessage(
            fill(self.tr("%1 addresses copied; paste them into Outlook's BCC field."), len(emails)),
            8000,
        )

    def compose(self, emails: list[str]) -> None:
        if not emails:
            self.window.statusBar().showMessage(self.tr("Select participants first."), 5000)
            return
        QDesktopServices.openUrl(QUrl(mail.mailto_bcc(emails)))

"""Whole-list jobs from the participants tab: import registrations, export the list, make a
cohort, plan intakes, write letters, and mail a selection, a group or the whole cohort."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import mail
from sioo_desk.services.cohorts import get_cohort, intake_period
from sioo_desk.ui import failure
from sioo_desk.ui.save_file import choose_target, show_refusal, start_folder
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.services.changes import Edit
    from sioo_desk.services.long_work import Report
    from sioo_desk.store.database import Database
    from sioo_desk.ui.cohort_dialog import CohortDialog
    from sioo_desk.ui.context import ViewContext
    from sioo_desk.ui.import_dialog import ImportDialog
    from sioo_desk.ui.intake_planning_dialog import IntakePlanningDialog
    from sioo_desk.ui.participant_actions import ParticipantTable
    from sioo_desk.ui.worker import Worker

# The services that write (SQLAlchemy, openpyxl, reportlab, icalendar) and the dialogs are
# imported when first used, so that they cost nothing before the main window's first paint.

# An import of this many rows or more is written off the GUI thread, with progress.
LARGE_IMPORT_ROWS = 200


class ListActions(QObject):
    def __init__(self, view: ParticipantTable, context: ViewContext) -> None:
        widget = cast(QWidget, view)  # the tab: dialogs and actions hang under it
        super().__init__(widget)
        self.widget = widget
        self.import_worker: Worker | None = None
        self.view = view
        self.context = context
        self.import_action = QAction(self.tr("&Import participants…"), self.widget)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        failure.connect_named(self.import_action, self.import_participants)
        self.export_action = QAction(self.tr("&Export participant list…"), self.widget)
        failure.connect_named(self.export_action, self.export_participants)

        self.new_cohort_action = QAction(self.tr("&New cohort…"), self.widget)
        failure.connect_named(self.new_cohort_action, self.new_cohort)
        self.plan_intakes_action = QAction(self.tr("&Plan intakes…"), self.widget)
        failure.connect_named(self.plan_intakes_action, self.plan_intakes)
        self.letters_action = QAction(self.tr("&Letters for all decisions…"), self.widget)
        failure.connect_named(self.letters_action, self.write_letters)

        self.mail_menu = QMenu(self.tr("E-&mail"))
        self.copy_selection_action = self.mail_menu.addAction(
            self.tr("Copy addresses of the selection")
        )
        self.copy_selection_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        failure.connect_named(
            self.copy_selection_action, lambda: self.copy(self.selection_addresses())
        )
        self.copy_visible_action = self.mail_menu.addAction(
            self.tr("Copy addresses of the list as filtered")
        )
        failure.connect_named(self.copy_visible_action, lambda: self.copy(self.visible_addresses()))
        self.copy_cohort_action = self.mail_menu.addAction(
            self.tr("Copy addresses of the whole cohort")
        )
        failure.connect_named(self.copy_cohort_action, lambda: self.copy(self.cohort_addresses()))
        self.group_menu = self.mail_menu.addMenu(self.tr("Copy addresses of a consultation group"))
        self.group_menu.aboutToShow.connect(self._fill_groups)
        self.mail_menu.addSeparator()
        self.compose_action = self.mail_menu.addAction(
            self.tr("New e-mail to the selection (BCC)…")
        )
        failure.connect_named(self.compose_action, lambda: self.compose(self.selection_addresses()))
        # What works on a cohort's list is grey until there is a cohort (a new database).
        context.selection.cohort_changed.connect(lambda _id: self._enable())
        self._enable()

    def _enable(self) -> None:
        shown = self.context.selection.cohort_id is not None
        hint = "" if shown else self.tr("Make a cohort first: Cohort ▸ New cohort…")
        for action in (
            self.import_action,
            self.export_action,
            self.plan_intakes_action,
            self.letters_action,
            self.mail_menu.menuAction(),
        ):
            action.setEnabled(shown)
            action.setStatusTip(hint)

    # --- import and export -----------------------------------------------------------------

    def import_participants(self, path: Path | None = None) -> ImportDialog | None:
        from sioo_desk.ui.import_dialog import ImportDialog

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return None
        cohort = get_cohort(self.context.database, cohort_id)
        dialog = ImportDialog(
            self.widget, self.context.database, cohort_id, cohort.name, self._folder()
        )
        if path is not None:
            dialog.path.setText(str(path))
            dialog.load()
        dialog.accepted.connect(lambda: self._commit(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _commit(self, dialog: ImportDialog) -> Worker | None:
        from sioo_desk.services.participant_io import commit_import

        preview = dialog.preview
        if preview is None:
            return None
        count = len(preview.rows)
        text = fill(self.tr("import %1 participants"), count)
        if count < LARGE_IMPORT_ROWS:
            if self.context.run(text, lambda db: commit_import(db, preview), self.widget):
                self.context.notify(fill(self.tr("%1 participants imported."), count), 8000)
            return None
        from sioo_desk.ui.worker import closed_meanwhile, start_work

        started_on = self.context.database

        def work(database: Database, report: Report) -> Edit:
            return commit_import(database, preview, report=report)

        def done(edit: Edit) -> None:
            if self.context.database is not started_on:
                # Its undo would run against the file open now.
                self.context.notify(closed_meanwhile(started_on), 10000)
                return
            # Written by the worker: the command's first run hands that edit over, so the
            # import is published and can be undone like any other.
            if self.context.run(text, lambda _db: edit, self.widget):
                self.context.notify(fill(self.tr("%1 participants imported."), count), 8000)

        self.import_worker = start_work(
            self.widget,
            fill(self.tr("Importing %1 participants…"), count),
            started_on,
            work,
            done,
            on_cancelled=lambda stop: self.context.notify(str(stop), 8000),
        )
        return self.import_worker

    def export_participants(self, target: Path | None = None) -> bool:
        from sioo_desk.services.participant_io import export_participants

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return False
        if target is None:
            target = choose_target(
                self.widget,
                "deelnemers.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV for Dutch Excel (*.csv)"),
                title=self.tr("Export participant list"),
            )
            if target is None:
                return False
        try:  # the service writes: the format follows from the name the user chose
            count = export_participants(self.context.database, cohort_id, target)
        except SiooDeskError as error:
            show_refusal(self.widget, error)
            return False
        self.context.notify(fill(self.tr("%1 participants exported to %2."), count, target), 8000)
        return True

    def _folder(self) -> Path:
        return start_folder()

    # --- intakes and letters ----------------------------------------------------------------

    def new_cohort(self) -> CohortDialog:
        from sioo_desk.ui.cohort_actions import new_cohort

        # The navigator shows a cohort that came (made here, or its deletion undone).
        return new_cohort(self.context, self.widget)

    def plan_intakes(self) -> IntakePlanningDialog | None:
        from sioo_desk.ui.intake_planning_dialog import IntakePlanningDialog

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return None
        cohort = get_cohort(self.context.database, cohort_id)
        dates = intake_period(self.context.database, cohort_id)
        dialog = IntakePlanningDialog(
            self.widget, self.context, cohort_id, cohort.name, dates[0], dates[1]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def write_letters(self, folder: Path | None = None) -> Worker | None:
        """One PDF per candidate with a decision, into a folder the user chooses; written off
        the GUI thread, all or none."""
        from sioo_desk.services.letters import write_letters
        from sioo_desk.ui.worker import start_work

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.widget, self.tr("Folder for the letters"), str(self._folder())
            )
            if not chosen:
                return None
            folder = Path(chosen)
        target, today = folder, self.context.today

        def work(database: Database, report: Report) -> list[Path]:
            return write_letters(database, cohort_id, target, written_on=today, report=report)

        def done(written: list[Path]) -> None:
            text = fill(self.tr("%1 letters written to %2."), len(written), target)
            self.context.notify(text, 8000)
            if written:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        return start_work(
            self.widget,
            self.tr("Writing letters…"),
            self.context.database,
            work,
            done,
            on_cancelled=lambda stop: self.context.notify(str(stop), 8000),
        )

    # --- mail ------------------------------------------------------------------------------

    def selection_addresses(self) -> list[str]:
        cohort_id = self.context.selection.cohort_id
        ids = [r.id for r in self.view.selected_participants()]
        if cohort_id is None or not ids:
            return []
        return mail.addresses(self.context.database, cohort_id, participant_ids=ids)

    def visible_addresses(self) -> list[str]:
        cohort_id = self.context.selection.cohort_id
        ids = self.view.visible_participant_ids()
        if cohort_id is None:
            return []
        return mail.addresses(self.context.database, cohort_id, participant_ids=ids)

    def cohort_addresses(self) -> list[str]:
        cohort_id = self.context.selection.cohort_id
        return [] if cohort_id is None else mail.addresses(self.context.database, cohort_id)

    def _fill_groups(self) -> None:
        self.group_menu.clear()
        cohort_id = self.context.selection.cohort_id
        groups = [] if cohort_id is None else mail.groups(self.context.database, cohort_id)
        if cohort_id is None or not groups:
            self.group_menu.addAction(self.tr("(no consultation groups yet)")).setEnabled(False)
            return
        for group_id, name in groups:
            action = self.group_menu.addAction(name)
            # Named by the menu ("Adressen van een intervisiegroep kopiëren"), not the group.
            action.triggered.connect(
                failure.labelled(
                    self.group_menu.title(),
                    lambda g=group_id: self.copy(
                        mail.addresses(self.context.database, cohort_id, group_id=g)
                    ),
                )
            )

    def copy(self, emails: list[str]) -> None:
        if not emails:
            self.context.notify(self.tr("No e-mail addresses to copy."), 5000)
            return
        QGuiApplication.clipboard().setText(mail.clipboard_text(emails))
        self.context.notify(
            fill(self.tr("%1 addresses copied; paste them into Outlook's BCC field."), len(emails)),
            8000,
        )

    def compose(self, emails: list[str]) -> None:
        if not emails:
            self.context.notify(self.tr("Select participants first."), 5000)
            return
        QDesktopServices.openUrl(QUrl(mail.mailto_bcc(emails)))

"""The main window: cohorts on the left, the selected cohort's tabs on the right. It is the
composition root's frame: it builds the views' context and the tab registry, and never hands
itself to a view."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sioo_desk import __version__
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.rules import ContactTime
from sioo_desk.services.changes import Changes
from sioo_desk.services.cohorts import CohortSummary, current_cohort, get_cohort, list_cohorts
from sioo_desk.services.contact_time import planned_contact_time
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.store.logbook import log_path
from sioo_desk.ui import failure
from sioo_desk.ui.cohort_actions import CohortActions
from sioo_desk.ui.cohort_header import CohortHeader
from sioo_desk.ui.cohort_list_model import CohortIdRole, CohortListModel
from sioo_desk.ui.context import ViewContext
from sioo_desk.ui.participants_view import ParticipantsView
from sioo_desk.ui.tab_registry import Factory, TabRegistry
from sioo_desk.ui.text import fill
from sioo_desk.ui.worker import Worker, busy_message, running

if TYPE_CHECKING:
    from sioo_desk.services.demo import DemoResult


def _lazy(module: str, name: str) -> Factory:
    """A tab's view, its module imported when the tab is first opened."""

    def build(context: ViewContext) -> QWidget:
        view: QWidget = getattr(import_module(f"sioo_desk.ui.{module}"), name)(context)
        return view

    return build


class MainWindow(QMainWindow):
    cohort_shown = Signal(int)  # emitted once a cohort's participants are in the table

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        today: dt.date,
        parent: Any = None,
        *,
        context: ViewContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context = context or ViewContext(database, today, parent=self)
        self.undo_stack = self.context.undo_stack
        self.bus = self.context.bus
        self.selection = self.context.selection
        self._demo = self._is_demo()
        self._show_title(None)
        self.setObjectName("mainWindow")

        self.cohorts = CohortListModel(self)
        self.navigator = QListView()
        self.navigator.setObjectName("cohortNavigator")
        self.navigator.setModel(self.cohorts)
        self.navigator.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigator.setSpacing(2)
        # Every item is two lines: one size for all, so a hundred cohorts cost no more to lay out.
        self.navigator.setUniformItemSizes(True)
        self.navigator.setMinimumWidth(240)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.header = CohortHeader()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cohortTabs")
        self.tabs.setDocumentMode(True)
        # First on the bus: a cohort that went away leaves the navigator before any view looks.
        self.bus.changed.connect(self._changed)
        self._contact: ContactTime | None = None
        self._close_after: set[Worker] = set()  # jobs whose end closes the window
        self.participants_view = ParticipantsView(self.context)
        self.registry = TabRegistry(self.tabs, self.context)
        self.registry.add_built("participants", self.tr("Participants"), self.participants_view)
        self.registry.add("programme", self.tr("Programme"), _lazy("schedule_view", "ScheduleView"))
        self.registry.add("groups", self.tr("Groups"), _lazy("groups_view", "GroupsView"))
        self.registry.add(
            "attendance", self.tr("Attendance"), _lazy("attendance_view", "AttendanceView")
        )
        self.registry.add("coach", self.tr("Coach"), _lazy("coach_view", "CoachView"))
        self.registry.add("guests", self.tr("Guests"), _lazy("guests_view", "GuestsView"))
        self.registry.add(
            "portfolio", self.tr("Portfolio"), _lazy("portfolio_view", "PortfolioView")
        )
        self.registry.add("closing", self.tr("Closing"), _lazy("closing_view", "ClosingView"))
        # Shortcuts for the participants tab, the one the window is built around.
        self.table = self.participants_view.table
        self.participants = self.participants_view.participants
        self.proxy = self.participants_view.proxy
        self.detail = self.participants_view.detail
        self.participant_actions = self.participants_view.participant_actions
        self.list_actions = self.participants_view.list_actions
        self.cohort_actions = CohortActions(self, self.context)
        self.navigator.doubleClicked.connect(
            lambda index: self.cohort_actions.edit(index.data(CohortIdRole))
        )

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("outerSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 1000])
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel()
        self.count_label = QLabel()
        # Invented people must never be taken for real ones: a demo says so in the corner.
        self.demo_label = QLabel(self.tr("DEMO"))
        self.demo_label.setObjectName("demoMarker")
        self.demo_label.setToolTip(self.tr("A demo database: its cohorts and people are invented."))
        self.demo_label.setStyleSheet(
            "background: #b45309; color: white; font-weight: bold; padding: 1px 8px;"
            " border-radius: 3px;"
        )
        self.demo_label.setVisible(self._demo)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.context.set_notifier(self.statusBar().showMessage)

        self._build_menus()
        self.navigator.selectionModel().selectionChanged.connect(self._cohort_selected)
        # Without a cohort, the cohort's tabs have nothing to act on: grey, not silent.
        self.selection.cohort_changed.connect(lambda _id: self._enable_tabs())
        self.tabs.currentChanged.connect(lambda _i: self._enable_tabs())
        self.resize(1280, 780)
        self._restore_state()
        self.reload()

    @property
    def database(self) -> Database:
        return self.context.database

    @property
    def today(self) -> dt.date:
        return self.context.today

    def view(self, key: str) -> QWidget:
        """A tab's view, built when first asked for (tests and the menus use this)."""
        return self.registry.view(key)

    # --- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_database_action = self._action(
            self.tr("&New database…"), None, lambda: self.new_database()
        )
        self.open_action = self._action(
            self.tr("&Open database…"), QKeySequence.StandardKey.Open, self.choose_database
        )
        self.demo_action = self._action(self.tr("Load &demo data"), None, self.load_demo)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addActions([self.new_database_action, self.open_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addActions([self.list_actions.import_action, self.list_actions.export_action])
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence("Ctrl+,"), self.open_settings
        )
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # The context's, not the stack's own: the step runs before the stack moves.
        self.undo_action = self.context.create_undo_action(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.create_redo_action(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Undo may change a cohort that is not on screen: the status bar says what it did.
        self.context.undone.connect(self._undone)
        self.context.redone.connect(self._redone)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        # Staff belong to no one cohort: reachable before there is any (a new database).
        self.staff_action = self._action(self.tr("&Staff…"), None, self.open_staff)
        edit_menu.addAction(self.staff_action)

        actions = self.participant_actions
        participant_menu = self.menuBar().addMenu(self.tr("&Participant"))
        participant_menu.addActions(
            [
                actions.new_action,
                actions.edit_action,
                actions.intake_action,
                actions.calendar_action,
            ]
        )
        participant_menu.addMenu(actions.status_menu)
        participant_menu.addSeparator()
        participant_menu.addAction(actions.delete_action)
        participant_menu.addSeparator()
        participant_menu.addMenu(self.list_actions.mail_menu)

        cohort_menu = self.menuBar().addMenu(self.tr("&Cohort"))
        cohort_menu.addAction(self.list_actions.new_cohort_action)
        cohort_menu.addActions(
            [
                self.cohort_actions.edit_action,
                self.cohort_actions.archive_action,
                self.cohort_actions.delete_action,
            ]
        )
        cohort_menu.aboutToShow.connect(self.cohort_actions.follow)
        cohort_menu.addSeparator()
        cohort_menu.addActions(
            [self.list_actions.plan_intakes_action, self.list_actions.letters_action]
        )
        cohort_menu.addSeparator()
        cohort_menu.addActions([self.list_actions.import_action, self.list_actions.export_action])

        toolbar = self.addToolBar(self.tr("Participants"))
        toolbar.setObjectName("participantToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([actions.new_action, actions.edit_action, actions.intake_action])
        toolbar.addSeparator()
        toolbar.addAction(self.list_actions.plan_intakes_action)
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.find_action = self._action(
            self.tr("&Find participant"), QKeySequence.StandardKey.Find, self._focus_search
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.reload
        )
        self.detail_action = self._action(self.tr("Participant &details"), None, None)
        self.detail_action.setCheckable(True)
        self.detail_action.setChecked(True)
        self.detail_action.toggled.connect(self.detail.setVisible)
        view_menu.addActions([self.find_action, self.refresh_action])
        view_menu.addSeparator()
        view_menu.addAction(self.detail_action)
        self.show_archived_action = self._action(self.tr("Show &archived cohorts"), None, None)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(lambda _on: self.reload())
        view_menu.addAction(self.show_archived_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.log_action = self._action(self.tr("Open &log file"), None, failure.open_log)
        help_menu.addAction(self.log_action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About Sioo Desk"), None, self.about))

    def open_staff(self) -> QDialog:
        from sioo_desk.ui.staff_dialog import StaffDialog

        dialog = StaffDialog(self, self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self) -> QDialog:
        from sioo_desk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _undone(self, step: str) -> None:
        self.statusBar().showMessage(fill(self.tr("Undone: %1"), step), 6000)

    def _redone(self, step: str) -> None:
        self.statusBar().showMessage(fill(self.tr("Redone: %1"), step), 6000)

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            failure.connect_named(action, slot)
        return action

    # --- data ------------------------------------------------------------------------------

    def _last_cohort_key(self) -> str:
        # Per database: cohort ids of one file mean nothing in another.
        where = self.database.location.display.encode()
        return f"lastCohortId/{hashlib.sha1(where, usedforsecurity=False).hexdigest()[:16]}"

    def reload(self, select: int | None = None) -> None:
        """Reload the cohorts and show the chosen one, else the one shown before, else the
        remembered one, else the one running today."""
        selected = (
            select
            or self.selected_cohort_id()
            or self.settings.value(self._last_cohort_key(), None, int)
        )
        try:
            cohorts = list_cohorts(self.database, self.today)
        except SiooDeskError as error:
            self._show_error(error)
            cohorts = []
        found = cohorts
        if not self.show_archived_action.isChecked():  # still found by search
            cohorts = [c for c in cohorts if not c.archived]
        self.cohorts.set_cohorts(cohorts, self.today)
        self.database_label.setText(fill(self.tr("Database: %1"), self.database.location.display))
        self.count_label.setText(
            self.tr("1 cohort") if len(cohorts) == 1 else fill(self.tr("%1 cohorts"), len(cohorts))
        )
        row = self.cohorts.row_of(selected) if selected else None
        if row is not None and row == self.navigator.currentIndex().row():
            self.show_cohort(selected)  # the same row: no selection change to trigger it
        if row is None:
            fallback = current_cohort(cohorts, self.today)
            row = self.cohorts.row_of(fallback.id) if fallback else None
        if row is None:
            self.header.show_nothing(archived=len(found) - len(cohorts))
            self._show_title(None)
            self.selection.set_cohort(None)
            return
        self.navigator.setCurrentIndex(self.cohorts.index(row))

    def selected_cohort_id(self) -> int | None:
        index = self.navigator.currentIndex()
        return index.data(CohortIdRole) if index.isValid() else None

    def _cohort_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.show_cohort(indexes[0].data(CohortIdRole))

    def show_cohort(self, cohort_id: int) -> None:
        if not self._show_header(cohort_id):
            return
        self.settings.setValue(self._last_cohort_key(), cohort_id)
        if self.selection.cohort_id == cohort_id:
            self.selection.cohort_changed.emit(cohort_id)  # shown again: every view reloads
        else:
            self.selection.set_cohort(cohort_id)
        self.cohort_shown.emit(cohort_id)

    def _show_header(self, cohort_id: int) -> bool:
        try:
            cohort = get_cohort(self.database, cohort_id, self.today)
            self._contact = planned_contact_time(self.database, cohort_id).cohort
        except SiooDeskError as error:
            self._show_error(error)
            return False
        self.header.show_cohort(cohort, self._contact)
        self._show_title(cohort.name)
        return True

    def _show_title(self, cohort_name: str | None) -> None:
        title = (
            fill(self.tr("%1 — Sioo Desk"), cohort_name) if cohort_name else self.tr("Sioo Desk")
        )
        self.setWindowTitle(fill(self.tr("%1 — DEMO"), title) if self._demo else title)

    def _is_demo(self) -> bool:
        from sioo_desk.services.demo_marker import is_demo

        try:
            return is_demo(self.database)
        except SiooDeskError:  # unreadable: the window says so where it reads the cohorts
            return False

    def _enable_tabs(self) -> None:
        shown = self.selection.cohort_id is not None
        for key in self.registry.built():
            if key != "participants":  # its search across every cohort works without one
                self.registry.view(key).setEnabled(shown)

    def _changed(self, changes: Changes) -> None:
        """The navigator and the header: what every tab shows above itself. The tabs follow
        the same change themselves; nothing here reloads them."""
        if changes.everything:
            self.reload()
            return
        known = {self.cohorts.cohort(r).id for r in range(self.cohorts.rowCount())}
        came = changes.cohorts - known
        if came:  # made, or its deletion undone: shown
            self.reload(select=min(came) if len(came) == 1 else self.selected_cohort_id())
            return
        shown = self.selected_cohort_id()
        for cohort_id in sorted(changes.cohorts & known):
            whole = cohort_id in changes.whole
            contact = cohort_id == shown and bool(whole or changes.sessions or changes.settings)
            if not (whole or contact or changes.participants):
                continue
            try:
                # Counts per status: one read, for its navigator item and the header alike.
                cohort = get_cohort(self.database, cohort_id, self.today)
                if cohort_id == shown and (contact or self._contact is None):
                    self._contact = planned_contact_time(self.database, cohort_id).cohort
            except NotFoundError:  # it went (the undo of making it): another is shown
                self.reload()
                return
            except SiooDeskError as error:
                self._show_error(error)
                return
            if self._moves(cohort):  # archived out of sight, or to another place in the list
                self.reload()
                return
            self.cohorts.update_cohort(cohort)
            if cohort_id == shown and self._contact is not None:
                self.header.show_cohort(cohort, self._contact)

    def _moves(self, cohort: CohortSummary) -> bool:
        row = self.cohorts.row_of(cohort.id)
        before = self.cohorts.cohort(row) if row is not None else None
        hidden = cohort.archived and not self.show_archived_action.isChecked()
        return (
            hidden or before is None or (before.start, before.name) != (cohort.start, cohort.name)
        )

    def _focus_search(self) -> None:
        self.registry.open("participants")
        self.participants_view.focus_search()

    # --- file actions ------------------------------------------------------------------------

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self._database_folder()),
            self.tr("Sioo Desk databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> bool:
        busy = busy_message()
        if busy is not None:  # the job's outcome belongs to the file it started from
            QMessageBox.warning(self, self.tr("Sioo Desk"), busy)
            return False
        try:
            database = Database.open(from_path(path), may_create=False)
        except SiooDeskError as error:
            self._show_error(error)
            return False
        self.use_database(database)
        return True

    def use_database(self, database: Database) -> None:
        """Show `database` (opened by the caller) instead of the one open now, which is closed."""
        if database is not self.database:
            self.database.close()
        self.context.database = database
        self._demo = self._is_demo()
        self.demo_label.setVisible(self._demo)
        self.undo_stack.clear()  # its steps belong to the other file
        self.navigator.clearSelection()
        self.navigator.setCurrentIndex(QModelIndex())
        self.selection.set_cohort(None)
        self.bus.publish(Changes.all())

    def new_database(self, path: Path | None = None) -> QDialog | None:
        """File ▸ New database…: a file name, then the first-use assistant for it; Finish
        opens the new database here. A file that holds data is refused before any question."""
        from sioo_desk.services.new_database import check_new
        from sioo_desk.ui.first_use import FirstUseWizard

        busy = busy_message()
        if busy is not None:
            QMessageBox.warning(self, self.tr("Sioo Desk"), busy)
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("New database"),
                str(self._database_folder() / self.tr("New database.sqlite")),
                self.tr("Sioo Desk databases (*.sqlite)"),
                options=QFileDialog.Option.DontConfirmOverwrite,  # refused below, not replaced
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_name(path.name + ".sqlite")
        location = from_path(path)
        if location.path == self.database.location.path:
            QMessageBox.warning(
                self,
                self.tr("Sioo Desk"),
                fill(
                    self.tr("%1 is the database open now; choose another file name."),
                    location.display,
                ),
            )
            return None
        try:
            check_new(location)
        except SiooDeskError as error:
            self._show_error(error)
            return None
        wizard = FirstUseWizard(self, location, self.today, first_use=False)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self._made(wizard))
        wizard.open()
        return wizard

    def _made(self, wizard: Any) -> None:
        database = wizard.database
        if database is None:
            return
        self.use_database(database)
        self.context.notify(
            fill(self.tr("New database made and opened: %1"), database.location.display), 10000
        )

    def _database_folder(self) -> Path:
        path = self.database.location.path
        return path.parent if path else Path.home()

    def load_demo(self) -> Worker | None:
        """The demo in a database of its own (never in this one), opened once it is there.
        From the demo database itself: start it afresh."""
        from sioo_desk.ui import demo_database as demo

        current = self.database.location.path
        in_use = self._demo and current is not None
        target = current if in_use and current is not None else demo.demo_path()
        choice = demo.ask(self, target, in_use=in_use)
        if choice is None:
            return None
        if choice == demo.OPEN:
            self.open_database(target)
            return None

        def release() -> None:
            if self.database.location.path == target:
                self.database.close()  # the file is replaced; opened again right after

        def ready(path: Path, result: DemoResult) -> None:
            if self.open_database(path):
                self.context.notify(self._demo_loaded(result), 10000)

        self._demo_job = demo.make_demo(
            self,
            target,
            self.today,
            ready,
            lambda text: self.context.notify(text, 10000),
            release,
        )
        return self._demo_job

    def _demo_loaded(self, result: DemoResult) -> str:
        if not result.created:
            return self.tr("The demo data was there already; nothing was added.")
        cohorts = len(result.created)
        return fill(
            self.tr("Demo data loaded: %1 cohorts with %2 participants (%3).")
            if cohorts > 1
            else self.tr("Demo data loaded: 1 cohort with %2 participants (%3)."),
            cohorts,
            result.participants,
            ", ".join(result.created),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Sioo Desk"),
            fill(
                self.tr(
                    "<h3>Sioo Desk %1</h3><p>Runs the programme “De gemeentelijke HRM-adviseur als "
                    "partner in business” from the first intake to the last certificate.</p>"
                    "<p>What goes wrong unexpectedly is written to the log file:<br>%2</p>"
                ),
                __version__,
                html.escape(str(log_path())),
            ),
        )

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, SiooDeskError):
            QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
            return
        failure.show_unexpected(self, error)  # a bug: the details go to the log

    # --- window state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        sizes = self.settings.value("mainWindow/outerSplitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.participants_view.restore_state(self.settings)
        self.detail_action.setChecked(self.settings.value("mainWindow/detailVisible", True, bool))
        self.show_archived_action.blockSignals(True)  # the first reload follows
        self.show_archived_action.setChecked(
            self.settings.value("mainWindow/showArchived", False, bool)
        )
        self.show_archived_action.blockSignals(False)

    def save_state(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.setValue("mainWindow/outerSplitter", self.splitter.saveState())
        self.participants_view.save_state(self.settings)
        self.settings.setValue("mainWindow/detailVisible", self.detail_action.isChecked())
        self.settings.setValue("mainWindow/showArchived", self.show_archived_action.isChecked())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        jobs = running()
        if jobs:
            # Not closed under running work (quitting then would destroy its thread, which
            # aborts, and leave the batch half done): cancelled, undone, then closed.
            event.ignore()
            self.context.notify(self.tr("Stopping…"), 0)
            for job in jobs:
                job.cancel()
                if job not in self._close_after:
                    self._close_after.add(job)
                    job.ended.connect(self._close_when_idle)
            return
        self.save_state()
        super().closeEvent(event)

    def _close_when_idle(self) -> None:
        if not running():
            self._close_after.clear()
            QTimer.singleShot(0, self.close)  # not inside the job's own signal

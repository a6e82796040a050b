"""The main window: cohorts on the left, the selected cohort's participants in the middle,
the selected participant on the right."""

from __future__ import annotations

import datetime as dt
import hashlib
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sioo_desk import __version__
from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services.cohorts import current_cohort, get_cohort, list_cohorts
from sioo_desk.services.contact_time import planned_contact_time
from sioo_desk.services.participants import (
    ParticipantRow,
    cohort_names,
    list_all_participants,
    list_participants,
    participant_detail,
)
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path
from sioo_desk.ui import labels
from sioo_desk.ui.cohort_header import CohortHeader
from sioo_desk.ui.cohort_list_model import CohortIdRole, CohortListModel
from sioo_desk.ui.list_actions import ListActions
from sioo_desk.ui.participant_actions import ParticipantActions
from sioo_desk.ui.participant_detail import ParticipantDetailPane
from sioo_desk.ui.participant_table_model import (
    Column,
    ParticipantFilterProxy,
    ParticipantTableModel,
)
from sioo_desk.ui.text import fill
from sioo_desk.ui.worker import run_with_progress

if TYPE_CHECKING:
    from sioo_desk.ui.attendance_view import AttendanceView
    from sioo_desk.ui.closing_view import ClosingView
    from sioo_desk.ui.coach_view import CoachView
    from sioo_desk.ui.groups_view import GroupsView
    from sioo_desk.ui.guests_view import GuestsView
    from sioo_desk.ui.portfolio_view import PortfolioView
    from sioo_desk.ui.schedule_view import ScheduleView


class MainWindow(QMainWindow):
    cohort_shown = Signal(int)  # emitted once a cohort's participants are in the table

    def __init__(
        self, database: Database, settings: QSettings, today: dt.date, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.today = today
        self.setWindowTitle(self.tr("Sioo Desk"))
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
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Search by name, municipality, status or e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.all_cohorts = QCheckBox(self.tr("All cohorts"))
        self.all_cohorts.setObjectName("allCohorts")
        self.all_cohorts.setToolTip(self.tr("Search the participants of every cohort"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ParticipantStatus:
            self.status_filter.addItem(labels.participant_status(status), status)

        self.participants = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.participants)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.detail = ParticipantDetailPane()
        self.detail.setObjectName("participantDetail")
        self.detail.setMinimumWidth(330)

        self.inner_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.inner_splitter.setObjectName("innerSplitter")
        self.inner_splitter.addWidget(self.table)
        self.inner_splitter.addWidget(self.detail)
        self.inner_splitter.setStretchFactor(0, 3)
        self.inner_splitter.setStretchFactor(1, 1)
        self.inner_splitter.setSizes([800, 340])

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        search_row = QWidget()
        search_layout = QHBoxLayout(search_row)
        search_layout.setContentsMargins(12, 0, 12, 6)
        search_layout.addWidget(self.search, 1)
        search_layout.addWidget(self.all_cohorts)
        search_layout.addWidget(self.status_filter)
        participants_tab = QWidget()
        participants_layout = QVBoxLayout(participants_tab)
        participants_layout.setContentsMargins(0, 0, 0, 0)
        participants_layout.addWidget(search_row)
        participants_layout.addWidget(self.inner_splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cohortTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(participants_tab, self.tr("Participants"))
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
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _i: self.load_progress())
        # Owned by the window, so that it dies with it (a bare singleShot would outlive it).
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self.load_progress)
        self.participant_actions = ParticipantActions(self, self.undo_stack)
        self.list_actions = ListActions(self, self.undo_stack)
        # The programme tab is built when first opened: it costs nothing at start-up.
        self._schedule_view: ScheduleView | None = None
        self._schedule_tab = self.tabs.addTab(QWidget(), self.tr("Programme"))
        self._groups_view: GroupsView | None = None
        self._groups_tab = self.tabs.addTab(QWidget(), self.tr("Groups"))
        self._attendance_view: AttendanceView | None = None
        self._attendance_tab = self.tabs.addTab(QWidget(), self.tr("Attendance"))
        self._coach_view: CoachView | None = None
        self._coach_tab = self.tabs.addTab(QWidget(), self.tr("Coach"))
        self._guests_view: GuestsView | None = None
        self._guests_tab = self.tabs.addTab(QWidget(), self.tr("Guests"))
        self._portfolio_view: PortfolioView | None = None
        self._portfolio_tab = self.tabs.addTab(QWidget(), self.tr("Portfolio"))
        self._closing_view: ClosingView | None = None
        self._closing_tab = self.tabs.addTab(QWidget(), self.tr("Closing"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_menus()
        self.navigator.selectionModel().selectionChanged.connect(self._cohort_selected)
        self.table.selectionModel().selectionChanged.connect(self._participant_selected)
        self.table.doubleClicked.connect(lambda _index: self.participant_actions.edit())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.search.textChanged.connect(self._search_changed)
        self.all_cohorts.toggled.connect(lambda _on: self.refresh_cohort())
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_filter(self.status_filter.currentData())
        )
        self.resize(1280, 780)
        self._restore_state()
        self.reload()

    # --- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open database…"), QKeySequence.StandardKey.Open, self.choose_database
        )
        self.demo_action = self._action(self.tr("Load &demo data"), None, self.load_demo)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addActions([self.open_action, self.demo_action])
        file_menu.addSeparator()
        file_menu.addActions([self.list_actions.import_action, self.list_actions.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([self.undo_action, self.redo_action])

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

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Sioo Desk"), None, self.about))

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
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
            cohorts = list_cohorts(self.database)
        except SiooDeskError as error:
            self._show_error(error)
            cohorts = []
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
            self.header.show_nothing()
            self.participants.set_rows([])
            self.detail.show_nothing()
            return
        self.navigator.setCurrentIndex(self.cohorts.index(row))

    def selected_participants(self) -> list[ParticipantRow]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        sources = [self.proxy.mapToSource(index) for index in rows]
        return [self.participants.row_data(s.row()) for s in sources if s.isValid()]

    def selected_participant(self) -> ParticipantRow | None:
        """The participant the user works on: the current row when it is selected."""
        selected = self.selected_participants()
        current = self.proxy.mapToSource(self.table.currentIndex())
        if current.isValid():
            row = self.participants.row_data(current.row())
            if any(p.id == row.id for p in selected):
                return row
        return selected[0] if selected else None

    def visible_participant_ids(self) -> list[int]:
        return [
            self.participants.row_data(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id
            for r in range(self.proxy.rowCount())
        ]

    def refresh_cohort(self, select: int | None = None) -> None:
        """Show the current cohort again after a change, keeping the selected participant."""
        cohort_id = self.selected_cohort_id()
        if cohort_id is None:
            return
        keep = select if select is not None else getattr(self.selected_participant(), "id", None)
        self.show_cohort(cohort_id)
        self.cohorts.update_cohort(get_cohort(self.database, cohort_id))
        row = self.participants.row_of(keep) if keep is not None else None
        if row is not None:
            index = self.proxy.mapFromSource(self.participants.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

    @property
    def schedule_view(self) -> ScheduleView:
        if self._schedule_view is None:
            from sioo_desk.ui.schedule_view import ScheduleView

            self._schedule_view = ScheduleView(self, self.undo_stack)
            self._replace_tab(self._schedule_tab, self._schedule_view, self.tr("Programme"))
        return self._schedule_view

    @property
    def attendance_view(self) -> AttendanceView:
        if self._attendance_view is None:
            from sioo_desk.ui.attendance_view import AttendanceView

            self._attendance_view = AttendanceView(self, self.undo_stack)
            self._replace_tab(self._attendance_tab, self._attendance_view, self.tr("Attendance"))
        return self._attendance_view

    @property
    def groups_view(self) -> GroupsView:
        if self._groups_view is None:
            from sioo_desk.ui.groups_view import GroupsView

            self._groups_view = GroupsView(self, self.undo_stack)
            self._replace_tab(self._groups_tab, self._groups_view, self.tr("Groups"))
        return self._groups_view

    @property
    def coach_view(self) -> CoachView:
        if self._coach_view is None:
            from sioo_desk.ui.coach_view import CoachView

            self._coach_view = CoachView(self, self.undo_stack)
            self._replace_tab(self._coach_tab, self._coach_view, self.tr("Coach"))
            self._coach_view.refresh()
        return self._coach_view

    @property
    def guests_view(self) -> GuestsView:
        if self._guests_view is None:
            from sioo_desk.ui.guests_view import GuestsView

            self._guests_view = GuestsView(self, self.undo_stack)
            self._replace_tab(self._guests_tab, self._guests_view, self.tr("Guests"))
        return self._guests_view

    @property
    def portfolio_view(self) -> PortfolioView:
        if self._portfolio_view is None:
            from sioo_desk.ui.portfolio_view import PortfolioView

            self._portfolio_view = PortfolioView(self, self.undo_stack)
            self._replace_tab(self._portfolio_tab, self._portfolio_view, self.tr("Portfolio"))
        return self._portfolio_view

    @property
    def closing_view(self) -> ClosingView:
        if self._closing_view is None:
            from sioo_desk.ui.closing_view import ClosingView

            self._closing_view = ClosingView(self, self.undo_stack)
            self._replace_tab(self._closing_tab, self._closing_view, self.tr("Closing"))
        return self._closing_view

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def _tab_changed(self, index: int) -> None:
        if index == self._schedule_tab and self._schedule_view is None:
            self.schedule_view  # noqa: B018 - builds the tab
        if index == self._attendance_tab and self._attendance_view is None:
            self.attendance_view  # noqa: B018 - builds the tab
        if index == self._groups_tab and self._groups_view is None:
            self.groups_view  # noqa: B018 - builds the tab
        if index == self._coach_tab and self._coach_view is None:
            self.coach_view  # noqa: B018 - builds the tab
        if index == self._guests_tab and self._guests_view is None:
            self.guests_view  # noqa: B018 - builds the tab
        if index == self._portfolio_tab and self._portfolio_view is None:
            self.portfolio_view  # noqa: B018 - builds the tab
        if index == self._closing_tab and self._closing_view is None:
            self.closing_view  # noqa: B018 - builds the tab
        self._show_schedule_if_visible()

    def _show_schedule_if_visible(self) -> None:
        """The programme tab is read when it is looked at, not at every cohort switch."""
        cohort_id = self.selected_cohort_id()
        if (
            self._schedule_view is not None
            and self.tabs.currentWidget() is self._schedule_view
            and getattr(self, "_schedule_shown_for", None) != cohort_id
        ):
            self._schedule_shown_for = cohort_id
            self.schedule_view.show_cohort(cohort_id)
        if (
            self._attendance_view is not None
            and self.tabs.currentWidget() is self._attendance_view
            and getattr(self, "_attendance_shown_for", None) != cohort_id
        ):
            self._attendance_shown_for = cohort_id
            self.attendance_view.show_cohort(cohort_id)
        if (
            self._groups_view is not None
            and self.tabs.currentWidget() is self._groups_view
            and getattr(self, "_groups_shown_for", None) != cohort_id
        ):
            self._groups_shown_for = cohort_id
            self.groups_view.show_cohort(cohort_id)
        if (
            self._guests_view is not None
            and self.tabs.currentWidget() is self._guests_view
            and getattr(self, "_guests_shown_for", None) != cohort_id
        ):
            self._guests_shown_for = cohort_id
            self.guests_view.show_cohort(cohort_id)
        if (
            self._portfolio_view is not None
            and self.tabs.currentWidget() is self._portfolio_view
            and getattr(self, "_portfolio_shown_for", None) != cohort_id
        ):
            self._portfolio_shown_for = cohort_id
            self.portfolio_view.show_cohort(cohort_id)
        if (
            self._closing_view is not None
            and self.tabs.currentWidget() is self._closing_view
            and getattr(self, "_closing_shown_for", None) != cohort_id
        ):
            self._closing_shown_for = cohort_id
            self.closing_view.show_cohort(cohort_id)

    def _table_menu(self, position: Any) -> None:
        actions = self.participant_actions
        menu = QMenu(self)
        menu.addActions([actions.new_action, actions.edit_action, actions.intake_action])
        menu.addMenu(actions.status_menu)
        menu.addSeparator()
        menu.addAction(actions.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def load_progress(self) -> None:
        """The progress column, after the table has been painted: it reads five more tables."""
        import shiboken6

        from sioo_desk.services.progress import cohort_progress

        if not shiboken6.isValid(self.navigator):  # the stack clears itself as the window dies
            return
        cohort_id = self.selected_cohort_id()
        if cohort_id is None or self.all_cohorts.isChecked():
            return
        try:
            found = cohort_progress(self.database, cohort_id, self.today)
        except SiooDeskError as error:
            self._show_error(error)
            return
        self.participants.set_progress({p.participant_id: p for p in found})

    def selected_cohort_id(self) -> int | None:
        index = self.navigator.currentIndex()
        return index.data(CohortIdRole) if index.isValid() else None

    def _cohort_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.show_cohort(indexes[0].data(CohortIdRole))

    def show_cohort(self, cohort_id: int) -> None:
        try:
            cohort = get_cohort(self.database, cohort_id)
            rows = list_participants(self.database, cohort_id)
            contact = planned_contact_time(self.database, cohort_id).cohort
        except SiooDeskError as error:
            self._show_error(error)
            return
        self.header.show_cohort(cohort, contact)
        everyone = self.all_cohorts.isChecked()
        if everyone:
            self.participants.set_rows(
                list_all_participants(self.database), cohort_names(self.database)
            )
        else:
            self.participants.set_rows(rows)
            self._progress_timer.start()
        self.table.setColumnHidden(Column.COHORT, not everyone)
        self.table.setColumnHidden(Column.PROGRESS, everyone)
        self._schedule_shown_for: int | None = None
        self._attendance_shown_for: int | None = None
        self._groups_shown_for: int | None = None
        self._guests_shown_for: int | None = None
        self._portfolio_shown_for: int | None = None
        self._closing_shown_for: int | None = None
        self._show_schedule_if_visible()
        self.participant_actions.update_enabled()
        if not self._header_restored:  # once, on the first cohort; then the user's widths
            self.table.resizeColumnsToContents()
            self._header_restored = True
        self.detail.show_nothing()
        self.settings.setValue(self._last_cohort_key(), cohort_id)
        self.setWindowTitle(fill(self.tr("%1 — Sioo Desk"), cohort.name))
        self.cohort_shown.emit(cohort_id)

    def _participant_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.participant_actions.update_enabled()
        row = self.selected_participant()
        if row is None:
            self.detail.show_nothing()
            return
        try:
            self.detail.show_participant(participant_detail(self.database, row.id))
        except SiooDeskError as error:
            self._show_error(error)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

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
        try:
            database = Database.open(from_path(path), may_create=False)
        except SiooDeskError as error:
            self._show_error(error)
            return False
        self.database.close()
        self.database = database
        self.undo_stack.clear()
        self.navigator.clearSelection()
        self.navigator.setCurrentIndex(QModelIndex())
        self.reload()
        return True

    def _database_folder(self) -> Path:
        path = self.database.location.path
        return path.parent if path else Path.home()

    def load_demo(self) -> None:
        from sioo_desk.services.demo import load_demo

        database, today = self.database, self.today

        def work(progress: Any) -> Any:
            return load_demo(database, today=today, progress=progress)

        def done(_result: Any) -> None:
            self.reload()

        self._demo_job = run_with_progress(
            self, self.tr("Loading demo data…"), work, done, self._show_error
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Sioo Desk"),
            fill(
                self.tr(
                    "<h3>Sioo Desk %1</h3><p>Runs the programme “De gemeentelijke HRM-adviseur als "
                    "partner in business” from the first intake to the last certificate.</p>"
                ),
                __version__,
            ),
        )

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, SiooDeskError):
            QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
            return
        traceback.print_exception(error)  # a bug: the details go to the log, not the user
        QMessageBox.critical(
            self,
            self.tr("Sioo Desk"),
            fill(
                self.tr(
                    "Something went wrong that Sioo Desk did not expect (%1). Nothing was saved "
                    "half-way; please report this."
                ),
                type(error).__name__,
            ),
        )

    # --- window state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        for splitter, key in ((self.splitter, "outer"), (self.inner_splitter, "inner")):
            sizes = self.settings.value(f"mainWindow/{key}Splitter")
            if sizes is not None:
                splitter.restoreState(sizes)
        # Progress reads best beside the status; a saved layout of the user's overrides this.
        self.table.horizontalHeader().moveSection(Column.PROGRESS, Column.LEARNING_TEAM)
        header = self.settings.value("mainWindow/tableHeader")
        self._header_restored = header is not None and self.table.horizontalHeader().restoreState(
            header
        )
        self.detail_action.setChecked(self.settings.value("mainWindow/detailVisible", True, bool))

    def save_state(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.setValue("mainWindow/outerSplitter", self.splitter.saveState())
        self.settings.setValue("mainWindow/innerSplitter", self.inner_splitter.saveState())
        self.settings.setValue("mainWindow/tableHeader", self.table.horizontalHeader().saveState())
        self.settings.setValue("mainWindow/detailVisible", self.detail_action.isChecked())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

"""The participants tab: the selected cohort's participants (searchable, filterable) with the
selected participant's details beside them, and the actions on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.services.participants import (
    ParticipantRow,
    cohort_names,
    list_all_participants,
    list_participants,
    participant_detail,
)
from sioo_desk.ui import labels
from sioo_desk.ui.context import ViewContext
from sioo_desk.ui.list_actions import ListActions
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.participant_actions import ParticipantActions
from sioo_desk.ui.participant_detail import ParticipantDetailPane
from sioo_desk.ui.participant_table_model import (
    Column,
    ParticipantFilterProxy,
    ParticipantTableModel,
)

# What the table and the detail pane show: the Voortgang column reads the portfolio, the
# assignment, the tussengesprek and the ateliers' dates; the detail pane the group, its coach,
# the learning team and the verdict.
SHOWS = (
    Kind.PARTICIPANTS,
    Kind.PORTFOLIO,
    Kind.CLOSING,
    Kind.GROUPS,
    Kind.SESSIONS,
    Kind.PEOPLE,
)


class ParticipantsView(QWidget):
    def __init__(self, context: ViewContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
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

        search_row = QWidget()
        search_layout = QHBoxLayout(search_row)
        search_layout.setContentsMargins(12, 0, 12, 6)
        search_layout.addWidget(self.search, 1)
        search_layout.addWidget(self.all_cohorts)
        search_layout.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(search_row)
        layout.addWidget(self.inner_splitter, 1)

        # The progress column reads five more tables: after the table has been painted.
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self.load_progress)
        self._header_restored = False
        self.participant_actions = ParticipantActions(self, context)
        self.list_actions = ListActions(self, context)
        context.selection.provide_participants(lambda: [r.id for r in self.selected_participants()])
        self.liveness = Liveness(
            self,
            context,
            SHOWS,
            self.show_cohort,
            self._apply,
            # Ticked "All cohorts": a participant of any cohort is on the list.
            follows=lambda c: self.all_cohorts.isChecked() and bool(c.participants or c.whole),
        )

        self.table.selectionModel().selectionChanged.connect(self._participant_selected)
        self.table.doubleClicked.connect(lambda _index: self.participant_actions.edit())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.all_cohorts.toggled.connect(
            lambda _on: self.show_cohort(self.context.selection.cohort_id)
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_filter(self.status_filter.currentData())
        )

    # --- showing ---------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        keep = [r.id for r in self.selected_participants()]
        everyone = self.all_cohorts.isChecked()
        try:
            if everyone:
                self.participants.set_rows(
                    list_all_participants(self.context.database),
                    cohort_names(self.context.database),
                )
            elif cohort_id is None:
                self.participants.set_rows([])
            else:
                self.participants.set_rows(list_participants(self.context.database, cohort_id))
                self._progress_timer.start()
        except NotFoundError:
            # The cohort went (the undo of making it); the navigator moves on to another one.
            self.participants.set_rows([])
        except SiooDeskError as error:
            self.context.warn(error, self)
            return
        self.table.setColumnHidden(Column.COHORT, not everyone)
        self.table.setColumnHidden(Column.PROGRESS, everyone)
        if not self._header_restored and self.participants.rowCount():
            self.table.resizeColumnsToContents()  # once, on the first cohort; then the user's
            self._header_restored = True
        self.select(keep)
        if self.selected_participant() is None:  # none was, or they are gone (deleted)
            self.detail.show_nothing()
        self.participant_actions.update_enabled()

    def _apply(self, changes: Changes) -> None:
        """Only what the change touched: the rows, the progress column only where it can have
        moved (a status, the portfolio, the ateliers), the detail pane of the one selected."""
        cohort_id = self.context.selection.cohort_id
        shown = {
            self.participants.row_data(r).id: self.participants.row_data(r).status
            for r in range(self.participants.rowCount())
        }
        if (
            self.all_cohorts.isChecked()
            or cohort_id is None
            or not changes.participants <= shown.keys()
        ):
            self.show_cohort(cohort_id)  # someone came: the whole list, in order
            return
        progress = bool(changes.portfolio or changes.sessions)
        if changes.participants:
            keep = [r.id for r in self.selected_participants()]
            try:
                rows = list_participants(self.context.database, cohort_id)
            except SiooDeskError as error:
                self.context.warn(error, self)
                return
            now = {r.id: r.status for r in rows}
            progress = (
                progress
                or now.keys() != shown.keys()
                or any(shown[i] != now.get(i) for i in changes.participants)
            )
            self.participants.set_rows(rows, keep_progress=not progress)
            self.select(keep)
            if self.selected_participant() is None:
                self.detail.show_nothing()
            self.participant_actions.update_enabled()
        elif changes.groups or changes.people or changes.closing:
            self._participant_selected()
        if progress:
            self._progress_timer.start()

    def select(self, participant_ids: list[int]) -> None:
        self.table.clearSelection()
        for participant_id in participant_ids:
            row = self.participants.row_of(participant_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.participants.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

    def load_progress(self) -> None:
        from sioo_desk.services.progress import cohort_progress

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None or self.all_cohorts.isChecked():
            return
        try:
            found = cohort_progress(self.context.database, cohort_id, self.context.today)
        except SiooDeskError as error:
            self.context.warn(error, self)
            return
        self.participants.set_progress({p.participant_id: p for p in found})

    # --- selection -------------------------------------------------------------------------

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

    def _participant_selected(self, *_args: QItemSelection) -> None:
        self.participant_actions.update_enabled()
        row = self.selected_participant()
        if row is None:
            self.detail.show_nothing()
            return
        try:
            self.detail.show_participant(participant_detail(self.context.database, row.id))
        except SiooDeskError as error:
            self.context.warn(error, self)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _table_menu(self, position: Any) -> None:
        actions = self.participant_actions
        menu = QMenu(self)
        menu.addActions([actions.new_action, actions.edit_action, actions.intake_action])
        menu.addMenu(actions.status_menu)
        menu.addSeparator()
        menu.addAction(actions.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # --- window state ----------------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        sizes = settings.value("mainWindow/innerSplitter")
        if sizes is not None:
            self.inner_splitter.restoreState(sizes)
        # Progress reads best beside the status; a saved layout of the user's overrides this.
        self.table.horizontalHeader().moveSection(Column.PROGRESS, Column.LEARNING_TEAM)
        header = settings.value("mainWindow/tableHeader")
        self._header_restored = header is not None and self.table.horizontalHeader().restoreState(
            header
        )

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("mainWindow/innerSplitter", self.inner_splitter.saveState())
        settings.setValue("mainWindow/tableHeader", self.table.horizontalHeader().saveState())

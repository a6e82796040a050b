"""Importing a registration list: choose the file, check the column mapping, see every row
with its problems, and import all rows at once — or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import Cancelled, SiooDeskError
from sioo_desk.domain.validation import FIELD_LABELS
from sioo_desk.services.long_work import Report
from sioo_desk.services.participant_io import ImportPreview, preview_import
from sioo_desk.store.database import Database
from sioo_desk.ui import failure
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
_ERROR = QColor("#fde7e9")
# A file larger than this (some thousands of rows) is read off the GUI thread.
LARGE_FILE_BYTES = 256 * 1024


class ImportPreviewModel(QAbstractTableModel):
    """The rows of the file as they would be imported; cells with a problem are red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._fields: list[str] = []

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._fields = (
            []
            if preview is None
            else [name for _i, name in sorted(preview.mapping.items()) if name]
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        if 0 < section <= len(self._fields):
            return FIELD_LABELS[self._fields[section - 1]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._preview is None or not index.isValid():
            return None
        row = self._preview.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.number)
            if role == Qt.ItemDataRole.BackgroundRole and row.errors:
                return QBrush(_ERROR)
            if role == Qt.ItemDataRole.ToolTipRole and row.errors:
                return "\n".join(str(e) for e in row.errors)
            return None
        name = self._fields[index.column() - 1]
        errors = [e for e in row.errors if e.field == name]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.values.get(name, "")
        if role == Qt.ItemDataRole.BackgroundRole and errors:
            return QBrush(_ERROR)
        if role == Qt.ItemDataRole.ToolTipRole and errors:
            return "\n".join(e.message for e in errors)
        return None


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        cohort_id: int,
        cohort_name: str,
        start_folder: Path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Import participants into %1"), cohort_name))
        self.setObjectName("importDialog")
        self.resize(1000, 640)
        self.database = database
        self.cohort_id = cohort_id
        self.start_folder = start_folder
        self.preview: ImportPreview | None = None
        self.worker: Worker | None = None

        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("An .xlsx or .csv file with one candidate per row"))
        choose = QPushButton(self.tr("Choose file…"))
        failure.connect_named(choose, self.choose_file)
        self.reread = QPushButton(self.tr("Read again"))
        # Reading again keeps a mapping the user made, for a file corrected in place.
        failure.connect_named(
            self.reread,
            lambda: self.load(self.current_mapping() if self.mapping.rowCount() else None),
        )
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.reread)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("columnMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()

        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setMaximumHeight(130)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 700])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a registration list"),
            str(self.start_folder),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.load()

    def load(self, mapping: dict[int, str | None] | None = None) -> Worker | None:
        """Read and check the file: here for an ordinary list, off the GUI thread (with
        progress) for a large one. A file that cannot be read says so in the dialog."""
        self.preview = None
        self.problems.clear()
        self.import_button.setEnabled(False)
        path, cohort_id = Path(self.path.text()), self.cohort_id
        try:
            large = path.stat().st_size > LARGE_FILE_BYTES
        except OSError:
            large = False  # reading says why it cannot
        if large:
            from sioo_desk.ui.worker import start_work

            def work(database: Database, report: Report) -> ImportPreview:
                return preview_import(database, cohort_id, path, mapping, report=report)

            def stopped(_stop: Cancelled) -> None:  # said in place of the rows, not left blank
                text = self.tr("Reading %1 was stopped; choose the file again to read it.")
                self._refused(Cancelled(fill(text, path.name)))

            self.worker = start_work(
                self,
                fill(self.tr("Reading %1…"), path.name),
                self.database,
                work,
                self._show_preview,
                self._refused,
                on_cancelled=stopped,
            )
            return self.worker
        try:
            preview = preview_import(self.database, cohort_id, path, mapping)
        except SiooDeskError as error:
            self._refused(error)
            return None
        self._show_preview(preview)
        return None

    def _refused(self, error: SiooDeskError) -> None:
        """The file cannot be imported as it is: the reason, in place of the rows."""
        self.preview = None
        self.mapping.setRowCount(0)
        self.model.set_preview(None)
        self.problems.clear()
        self.summary.setText(str(error))
        self.import_button.setEnabled(False)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_mapping(self.preview)
        self.model.set_preview(self.preview)
        self.table.resizeColumnsToContents()
        if self.preview.missing:
            self.summary.setText(
                fill(
                    self.tr("%1 Choose, under “Imported as”, which column holds what."),
                    self.preview.missing,
                )
            )
            self.import_button.setEnabled(False)
            return
        rows = len(self.preview.rows)
        bad = len(self.preview.error_rows)
        if bad:
            self.summary.setText(
                fill(
                    self.tr(
                        "%1 rows, %2 with problems. Nothing is imported until every row is right: "
                        "correct the file and read it again, or change the column mapping."
                    ),
                    rows,
                    bad,
                )
            )
        else:
            self.summary.setText(
                fill(
                    self.tr("%1 rows, all correct. Import adds them as registered candidates."),
                    rows,
                )
            )
        self.problems.addItems(self.preview.messages())
        self.import_button.setEnabled(self.preview.ok)

    def _show_mapping(self, preview: ImportPreview) -> None:
        self.mapping.setRowCount(len(preview.headers))
        for row, header in enumerate(preview.headers):
            item = QLabel(header or self.tr("(no heading)"))
            self.mapping.setCellWidget(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), None)
            for name, label in FIELD_LABELS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(row))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 1, combo)

    def current_mapping(self) -> dict[int, str | None]:
        mapping: dict[int, str | None] = {}
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 1)
            mapping[row] = combo.currentData() if isinstance(combo, QComboBox) else None
        return mapping

    def _mapping_changed(self) -> None:
        self.load(self.current_mapping())

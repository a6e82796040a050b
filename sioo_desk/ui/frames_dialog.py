"""Edit the competence frames: choose a frame, then add, rename, describe or remove its
competences, or add a frame of your own. Renaming is undoable; an addition is undone by
removing it, and only an unused competence can be removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import competence_frames, portfolio
from sioo_desk.store.database import Database
from sioo_desk.ui.undo import ServiceStep

IdRole = Qt.ItemDataRole.UserRole + 1


class FramesDialog(QDialog):
    def __init__(self, parent: QWidget, database: Database, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self.setObjectName("framesDialog")
        self.setWindowTitle(self.tr("Competence frames"))
        self.database = database
        self.stack = undo_stack
        self.frame = QComboBox()
        self.frame.currentIndexChanged.connect(lambda _i: self.show_frame())
        new_frame = QPushButton(self.tr("New frame…"))
        new_frame.clicked.connect(lambda: self.add_frame())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Frame:")))
        top.addWidget(self.frame, 1)
        top.addWidget(new_frame)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self.load())
        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        buttons = QHBoxLayout()
        for label, slot in (
            (self.tr("Add as new competence"), self.add),
            (self.tr("Save changes"), self.change),
            (self.tr("Remove"), self.remove),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(620, 560)
        self.show_frames()

    def show_frames(self, select: int | None = None) -> None:
        keep = select if select is not None else self.frame.currentData()
        self.frame.blockSignals(True)
        self.frame.clear()
        for frame in competence_frames.frames(self.database):
            self.frame.addItem(frame.name, frame.id)
        index = self.frame.findData(keep)
        self.frame.setCurrentIndex(max(0, index))
        self.frame.blockSignals(False)
        self.show_frame()

    def show_frame(self, select: int | None = None) -> None:
        frame_id = self.frame.currentData()
        self.list.clear()
        for competence in portfolio.competences(self.database):
            if competence.framework_id == frame_id:
                item = QListWidgetItem(competence.name)
                item.setData(IdRole, competence.id)
                item.setToolTip(competence.description)
                self.list.addItem(item)
                if competence.id == select:
                    self.list.setCurrentItem(item)
        self.load()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(IdRole))

    def load(self) -> None:
        item = self.list.currentItem()
        self.name.setText(item.text() if item else "")
        self.description.setPlainText(item.toolTip() if item else "")

    def _step(self, text: str, undo: object, redo: object, select: int | None) -> None:
        assert callable(undo) and callable(redo)
        self.stack.push(
            ServiceStep(
                text,
                undo,
                redo,
                lambda: self.show_frame(select),
                lambda error: self.message.setText(str(error)),
            )
        )

    def add(self) -> int | None:
        frame_id = self.frame.currentData()
        if frame_id is None:
            return None
        name, description = self.name.text(), self.description.toPlainText()
        try:
            made = competence_frames.add_competence(self.database, frame_id, name, description)
        except SiooDeskError as error:
            self.message.setText(str(error))
            return None
        self.message.clear()
        self.show_frame(made)
        return made

    def change(self) -> bool:
        competence_id = self.chosen()
        if competence_id is None:
            return False
        name, description = self.name.text(), self.description.toPlainText()
        try:
            before = competence_frames.change_competence(
                self.database, competence_id, name, description
            )
        except SiooDeskError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self._step(
            self.tr("change a competence"),
            lambda: (
                competence_frames.change_competence(self.database, competence_id, *before) and None
            ),
            lambda: (
                competence_frames.change_competence(self.database, competence_id, name, description)
                and None
            ),
            competence_id,
        )
        return True

    def remove(self) -> bool:
        competence_id = self.chosen()
        if competence_id is None:
            return False
        try:
            competence_frames.remove_competence(self.database, competence_id)
        except SiooDeskError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.show_frame()
        return True

    def add_frame(self, name: str | None = None) -> int | None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New frame"), self.tr("Name of the frame:")
            )
            if not ok:
                return None
        try:
            made = competence_frames.add_frame(self.database, name)
        except SiooDeskError as error:
            self.message.setText(str(error))
            return None
        self.show_frames(made)
        return made

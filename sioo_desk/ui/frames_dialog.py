"""Edit the competence frames: choose a frame, then add, rename, describe or remove its
competences, or add a frame of your own. Every edit is undoable; only an unused competence
can be removed. The dialog shows the frames as they are after every change, undo included."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from sioo_desk.services import competence_frames, portfolio
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.ui import failure
from sioo_desk.ui.edit_command import EditStep
from sioo_desk.ui.form_edit import run_in_form

if TYPE_CHECKING:
    from sioo_desk.store.database import Database
    from sioo_desk.ui.context import ViewContext

IdRole = Qt.ItemDataRole.UserRole + 1


class FramesDialog(QDialog):
    def __init__(self, parent: QWidget, context: ViewContext) -> None:
        super().__init__(parent)
        self.setObjectName("framesDialog")
        self.setWindowTitle(self.tr("Competence frames"))
        self.context = context
        # What to show chosen when the frames change (after an edit here, or its undo).
        self._chosen: tuple[int | None, int | None] = (None, None)  # frame, competence
        self.frame = QComboBox()
        self.frame.currentIndexChanged.connect(lambda _i: self.show_frame())
        new_frame = QPushButton(self.tr("New frame…"))
        failure.connect_named(new_frame, self.add_frame)
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
            failure.connect_named(button, slot)
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
        context.bus.changed.connect(self._changed)

    def show_frames(self, select: int | None = None, competence: int | None = None) -> None:
        keep = select if select is not None else self.frame.currentData()
        self.frame.blockSignals(True)
        self.frame.clear()
        for frame in competence_frames.frames(self.context.database):
            self.frame.addItem(frame.name, frame.id)
        index = self.frame.findData(keep)
        self.frame.setCurrentIndex(max(0, index))
        self.frame.blockSignals(False)
        self.show_frame(competence)

    def show_frame(self, select: int | None = None) -> None:
        frame_id = self.frame.currentData()
        self.list.clear()
        for competence in portfolio.competences(self.context.database):
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

    def _changed(self, changes: Changes) -> None:
        if not self.isVisible():  # closed: a new dialog is opened next time
            return
        if changes.everything or competence_frames.COMPETENCES in changes.settings:
            self.show_frames(*self._chosen)

    def _run(self, text: str, step: EditStep, competence: int | None = None) -> bool:
        """Like the context's `run`, but a refusal is shown in the dialog, beside the fields
        it is about; a later refusal (of undo or redo) in a message box, as anywhere."""
        if competence is not None:
            self._chosen = (None, competence)
        refused = run_in_form(self.context, text, step)
        if refused is not None:
            self.message.setText(str(refused))
            return False
        self.message.clear()
        return True

    def add(self) -> int | None:
        frame_id = self.frame.currentData()
        if frame_id is None:
            return None
        name, description = self.name.text(), self.description.toPlainText()
        made: list[int] = []

        def step(db: Database) -> Edit:
            edit = competence_frames.add_competence(db, frame_id, name, description)
            made.append(edit.result)
            self._chosen = (None, edit.result)  # shown chosen once the list is read again
            return edit

        self._run(self.tr("Add as new competence"), step)
        return made[0] if made else None

    def change(self) -> bool:
        competence_id = self.chosen()
        if competence_id is None:
            return False
        name, description = self.name.text(), self.description.toPlainText()
        return self._run(
            self.tr("change a competence"),
            lambda db: competence_frames.change_competence(db, competence_id, name, description),
            competence_id,
        )

    def remove(self) -> bool:
        competence_id = self.chosen()
        if competence_id is None:
            return False
        return self._run(
            self.tr("Remove"), lambda db: competence_frames.remove_competence(db, competence_id)
        )

    def add_frame(self, name: str | None = None) -> int | None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New frame"), self.tr("Name of the frame:")
            )
            if not ok:
                return None
        made: list[int] = []
        chosen = name

        def step(db: Database) -> Edit:
            edit = competence_frames.add_frame(db, chosen)
            made.append(edit.result)
            self._chosen = (edit.result, None)
            return edit

        self._run(self.tr("New frame"), step)
        return made[0] if made else None

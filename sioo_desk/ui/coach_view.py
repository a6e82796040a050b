"""The coach's workspace: a coach picks themselves and sees only their own groups — members,
meetings, attendance per meeting, and their progress notes on each participant as one
timeline. Notes are shown nowhere else but here."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import coach_notes, grouping
from sioo_desk.services.attendance import register, set_attendance
from sioo_desk.ui.text import fill
from sioo_desk.ui.undo import ServiceStep

if TYPE_CHECKING:
    from sioo_desk.ui.main_window import MainWindow

ParticipantRole = Qt.ItemDataRole.UserRole + 1
NoteRole = Qt.ItemDataRole.UserRole + 2
STATUS_TEXT = {
    None: "—",
    AttendanceStatus.PRESENT: "aanwezig",
    AttendanceStatus.LATE: "te laat",
    AttendanceStatus.EXCUSED: "afgemeld",
    AttendanceStatus.ABSENT: "afwezig",
}


class CoachView(QWidget):
    def __init__(self, window: MainWindow, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.setObjectName("coachView")
        self.window = window
        self.stack = undo_stack
        self.coach = QComboBox()
        self.coach.setObjectName("coachChooser")
        self.coach.currentIndexChanged.connect(lambda _i: self.refresh())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("I am:")))
        chooser.addWidget(self.coach)
        chooser.addStretch(1)
        self.tree = QTreeWidget()
        self.tree.setObjectName("coachGroups")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self.show_participant())
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.attendance = QListWidget()
        self.attendance.setObjectName("coachAttendance")
        self.attendance.setMaximumHeight(110)
        self.attendance_status = QComboBox()
        for status, text in STATUS_TEXT.items():
            self.attendance_status.addItem(text, status)
        record = QPushButton(self.tr("Record for the chosen meeting"))
        record.clicked.connect(lambda: self.record_attendance())
        attendance_row = QHBoxLayout()
        attendance_row.addWidget(self.attendance_status)
        attendance_row.addWidget(record)
        attendance_row.addStretch(1)
        self.notes = QListWidget()
        self.notes.setObjectName("coachTimeline")
        self.notes.setWordWrap(True)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setPlaceholderText(self.tr("A progress note after a meeting…"))
        self.note_text.setFixedHeight(80)
        add = QPushButton(self.tr("Add note"))
        add.setObjectName("addNote")
        add.clicked.connect(lambda: self.add_note())
        edit = QPushButton(self.tr("Replace the chosen note with this text"))
        edit.clicked.connect(lambda: self.edit_note())
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(add)
        note_buttons.addWidget(edit)
        note_buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(QLabel(self.tr("Attendance at the group's meetings:")))
        right_layout.addWidget(self.attendance)
        right_layout.addLayout(attendance_row)
        right_layout.addWidget(
            QLabel(self.tr("Notes (only coaches and the participant's own record show them):"))
        )
        right_layout.addWidget(self.notes, 1)
        right_layout.addWidget(self.note_text)
        right_layout.addLayout(note_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([360, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(chooser)
        layout.addWidget(splitter, 1)
        self.groups: list[coach_notes.CoachGroup] = []
        for coach_id, name in grouping.coaches(window.database):
            self.coach.addItem(name, coach_id)

    def choose(self, coach_id: int) -> None:
        self.coach.setCurrentIndex(self.coach.findData(coach_id))

    def refresh(self) -> None:
        self.tree.clear()
        coach_id = self.coach.currentData()
        if coach_id is None:
            return
        self.groups = coach_notes.coach_groups(self.window.database, coach_id)
        for group in self.groups:
            top = QTreeWidgetItem([f"{group.name} · {group.cohort}"])
            for participant_id, name in group.members:
                child = QTreeWidgetItem([name])
                child.setData(0, ParticipantRole, participant_id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.show_participant()

    def selected(self) -> tuple[int, coach_notes.CoachGroup] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ParticipantRole) is None or item.parent() is None:
            return None
        group = self.groups[self.tree.indexOfTopLevelItem(item.parent())]
        return int(item.data(0, ParticipantRole)), group

    def show_participant(self) -> None:
        self.notes.clear()
        self.attendance.clear()
        chosen = self.selected()
        if chosen is None:
            self.heading.setText(self.tr("Choose a participant in one of your groups."))
            return
        participant_id, group = chosen
        name = dict(group.members)[participant_id]
        self.heading.setText(name)
        book = register(self.window.database, group.cohort_id)
        for session_id, number, day in group.meetings:
            half_day = next(
                (c.half_day_id for c in book.columns if c.session_id == session_id), None
            )
            status = book.statuses.get((participant_id, half_day)) if half_day else None
            when = long_date(day) if day else self.tr("not agreed yet")
            item = QListWidgetItem(
                fill(self.tr("Meeting %1, %2: %3"), number, when, STATUS_TEXT[status])
            )
            item.setData(Qt.ItemDataRole.UserRole, half_day)
            self.attendance.addItem(item)
        for note in coach_notes.timeline(self.window.database, participant_id):
            text = f"{long_date(note.written_on)} — {note.author}"
            if note.meeting:
                text += f" ({note.meeting})"
            if note.revisions:
                text += " · " + self.tr("edited")
            item = QListWidgetItem(f"{text}\n{note.text}")
            item.setData(NoteRole, note.id)
            self.notes.addItem(item)

    def _changed(self) -> None:
        self.show_participant()

    def _failed(self, error: SiooDeskError) -> None:
        QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
        self.show_participant()

    def add_note(self, day: dt.date | None = None) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        participant_id, group = chosen
        db = self.window.database
        text = self.note_text.toPlainText()
        meeting = self.attendance.currentRow()
        session_id = group.meetings[meeting][0] if 0 <= meeting < len(group.meetings) else None
        try:
            note_id = coach_notes.add_note(
                db,
                participant_id,
                self.coach.currentData(),
                text,
                day or self.window.today,
                session_id,
            )
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Note"), str(error))
            return False
        self.note_text.clear()
        kept: list[object] = []

        def undo() -> None:
            kept[:] = [coach_notes.delete_note(db, note_id)]

        self.stack.push(
            ServiceStep(
                self.tr("add a note"),
                undo,
                lambda: coach_notes.restore_note(db, kept.pop()),
                self._changed,
                self._failed,
            )
        )
        return True

    def edit_note(self) -> bool:
        item = self.notes.currentItem()
        if item is None:
            return False
        note_id = int(item.data(NoteRole))
        db = self.window.database
        text = self.note_text.toPlainText()
        try:
            before = coach_notes.edit_note(db, note_id, text, self.coach.currentData())
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Note"), str(error))
            return False
        self.note_text.clear()
        self.stack.push(
            ServiceStep(
                self.tr("edit a note"),
                lambda: (
                    coach_notes.edit_note(db, note_id, before, self.coach.currentData()) and None
                ),
                lambda: coach_notes.edit_note(db, note_id, text, self.coach.currentData()) and None,
                self._changed,
                self._failed,
            )
        )
        return True

    def record_attendance(self) -> bool:
        chosen = self.selected()
        item = self.attendance.currentItem()
        if chosen is None or item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return False
        participant_id = chosen[0]
        half_day = int(item.data(Qt.ItemDataRole.UserRole))
        status = self.attendance_status.currentData()
        status = AttendanceStatus(status) if status else None
        db = self.window.database
        row = self.attendance.currentRow()
        try:
            before = set_attendance(db, participant_id, half_day, status)
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Attendance"), str(error))
            return False
        self.stack.push(
            ServiceStep(
                self.tr("attendance"),
                lambda: set_attendance(db, participant_id, half_day, before) and None,
                lambda: set_attendance(db, participant_id, half_day, status) and None,
                self._changed,
                self._failed,
            )
        )
        self.show_participant()
        self.attendance.setCurrentRow(row)
        return True

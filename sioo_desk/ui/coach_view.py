"""The coach's workspace: a coach picks themselves and sees only their own groups — members,
meetings, attendance per meeting, and their progress notes on each participant as one
timeline. Notes are shown nowhere else but here.

The groups belong to any cohort, not only the selected one: the view's `Liveness` follows no
kind of the selected cohort, only the changes it `_concerns` itself with, in any cohort."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import AttendanceStatus
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import coach_notes, grouping
from sioo_desk.services.attendance import register, set_attendance
from sioo_desk.services.changes import Changes
from sioo_desk.ui import failure
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

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
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("coachView")
        self.context = context
        self.coach = QComboBox()
        self.coach.setObjectName("coachChooser")
        self.coach.setPlaceholderText(self.tr("No coaches yet — add them under Edit › Staff…"))
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
        failure.connect_named(record, self.record_attendance)
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
        failure.connect_named(add, self.add_note)
        edit = QPushButton(self.tr("Replace the chosen note with this text"))
        failure.connect_named(edit, self.edit_note)
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
        self.load_coaches()
        # No kind of the selected cohort: the groups span cohorts, `_concerns` says what matters.
        self.liveness = Liveness(self, context, (), self._load, follows=self._concerns)
        self.liveness.stale = False  # just read

    # --- keeping up ------------------------------------------------------------------------

    def _concerns(self, changes: Changes) -> bool:
        """Whether a change may alter what this coach sees. The coaches themselves are staff
        (PEOPLE); a group may come to them in any cohort (GROUPS, or a cohort changed whole);
        members, meetings, attendance and notes matter only in the cohorts shown."""
        if changes.everything or changes.people or changes.groups or changes.whole:
            return True
        shown = {group.cohort_id for group in self.groups}
        return bool(changes.cohorts & shown) and bool(
            changes.participants or changes.sessions or changes.attendance or changes.portfolio
        )

    def _load(self, _cohort_id: int | None) -> None:
        """Everything again, whatever the selected cohort, keeping the coach, the participant,
        the meeting and the note chosen."""
        self.load_coaches()

    # --- what is shown ---------------------------------------------------------------------

    def load_coaches(self) -> None:
        keep = self.coach.currentData()
        self.coach.blockSignals(True)
        self.coach.clear()
        for coach_id, name in grouping.coaches(self.context.database):
            self.coach.addItem(name, coach_id)
        # With nobody to choose the chooser says so, and where coaches are added.
        self.coach.setEnabled(self.coach.count() > 0)
        self.coach.setCurrentIndex(max(0, self.coach.findData(keep)) if self.coach.count() else -1)
        self.coach.blockSignals(False)
        self.refresh()

    def choose(self, coach_id: int) -> None:
        self.coach.setCurrentIndex(self.coach.findData(coach_id))

    def refresh(self) -> None:
        """The coach's groups, keeping the participant, the meeting and the note chosen."""
        chosen = self.selected()
        keep = None if chosen is None else (chosen[1].id, chosen[0])
        meeting = self.attendance.currentRow()
        note = self.notes.currentItem()
        note_id = None if note is None else note.data(NoteRole)
        self.tree.blockSignals(True)
        self.tree.clear()
        coach_id = self.coach.currentData()
        self.groups = (
            [] if coach_id is None else coach_notes.coach_groups(self.context.database, coach_id)
        )
        current = None
        for group in self.groups:
            top = QTreeWidgetItem([f"{group.name} · {group.cohort}"])
            for participant_id, name in group.members:
                child = QTreeWidgetItem([name])
                child.setData(0, ParticipantRole, participant_id)
                top.addChild(child)
                if keep == (group.id, participant_id):
                    current = child
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self.show_participant()
        if current is None:
            return
        self.attendance.setCurrentRow(meeting)
        for row in range(self.notes.count()):
            if self.notes.item(row).data(NoteRole) == note_id:
                self.notes.setCurrentRow(row)

    def selected(self) -> tuple[int, coach_notes.CoachGroup] | None:
        item = self.tree.currentItem()
        parent = None if item is None else item.parent()
        if item is None or item.data(0, ParticipantRole) is None or parent is None:
            return None
        group = self.groups[self.tree.indexOfTopLevelItem(parent)]
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
        book = register(self.context.database, group.cohort_id)
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
        for note in coach_notes.timeline(self.context.database, participant_id):
            text = f"{long_date(note.written_on)} — {note.author}"
            if note.meeting:
                text += f" ({note.meeting})"
            if note.revisions:
                text += " · " + self.tr("edited")
            item = QListWidgetItem(f"{text}\n{note.text}")
            item.setData(NoteRole, note.id)
            self.notes.addItem(item)

    # --- editing ---------------------------------------------------------------------------

    def add_note(self, day: dt.date | None = None) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        participant_id, group = chosen
        text = self.note_text.toPlainText()
        meeting = self.attendance.currentRow()
        session_id = group.meetings[meeting][0] if 0 <= meeting < len(group.meetings) else None
        author = self.coach.currentData()
        written_on = day or self.context.today
        if not self.context.run(
            self.tr("add a note"),
            lambda db: coach_notes.add_note(
                db, participant_id, author, text, written_on, session_id
            ),
            self,
        ):
            return False
        self.note_text.clear()
        return True

    def edit_note(self) -> bool:
        item = self.notes.currentItem()
        if item is None:
            return False
        note_id = int(item.data(NoteRole))
        text = self.note_text.toPlainText()
        editor = self.coach.currentData()
        if not self.context.run(
            self.tr("edit a note"),
            lambda db: coach_notes.edit_note(db, note_id, text, editor),
            self,
        ):
            return False
        self.note_text.clear()
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
        return self.context.run(
            self.tr("attendance"),
            lambda db: set_attendance(db, participant_id, half_day, status),
            self,
        )

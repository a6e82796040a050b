"""Consultation groups: the builder's proposal, moving participants by dragging them to another
group, locking them in place, a coach per group, the four agreed meetings — with every rule
breach shown as it happens."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import consultation, grouping
from sioo_desk.ui.text import fill
from sioo_desk.ui.undo import ServiceStep

if TYPE_CHECKING:
    from sioo_desk.ui.main_window import MainWindow

GroupRole = Qt.ItemDataRole.UserRole + 1
MemberRole = Qt.ItemDataRole.UserRole + 2


class GroupTree(QTreeWidget):
    """Members are dragged from one group onto another; the drop is handed to `moved`."""

    def __init__(self, moved: Any) -> None:
        super().__init__()
        self.moved = moved
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.ignore()  # the tree is rebuilt from the saved groups, not moved by Qt
        if item is None or target is None or item.data(0, MemberRole) is None:
            return
        group = target.data(0, GroupRole)
        if group is None and target.parent() is not None:
            group = target.parent().data(0, GroupRole)
        if group is not None:
            self.moved(item.data(0, MemberRole), group)


def group_item(text: str, index: int) -> QTreeWidgetItem:
    """A group in a GroupTree: members can be dropped on it."""
    item = QTreeWidgetItem([text])
    item.setData(0, GroupRole, index)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
    )
    return item


def member_item(text: str, participant_id: int) -> QTreeWidgetItem:
    """A member in a GroupTree: it can be dragged to another group."""
    item = QTreeWidgetItem([text])
    item.setData(0, MemberRole, participant_id)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
    )
    return item


class GroupsView(QWidget):
    def __init__(self, window: MainWindow, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.setObjectName("groupsView")
        self.window = window
        self.stack = undo_stack
        self.cohort_id: int | None = None
        self.groups: list[grouping.Group] = []
        self.reasons: dict[int, str] = {}

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("propose", self.tr("Propose groups"), self.propose),
            ("lock", self.tr("Lock / unlock"), self.toggle_lock),
            ("coach", self.tr("Choose coach…"), self.choose_coach),
            ("apart", self.tr("Keep apart from…"), lambda: self.add_wish(apart=True)),
            ("together", self.tr("Keep together with…"), lambda: self.add_wish(apart=False)),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.max_per_coach = QSpinBox()
        self.max_per_coach.setRange(1, 10)
        self.max_per_coach.valueChanged.connect(self._max_changed)
        row.addWidget(QLabel(self.tr("Groups per coach at most:")))
        row.addWidget(self.max_per_coach)
        hint = QLabel(
            self.tr(
                "Drag a participant onto another group to move them. A locked "
                "participant stays where they are when groups are proposed."
            )
        )
        hint.setWordWrap(True)

        self.tree = GroupTree(self.move)
        self.tree.setObjectName("groupTree")
        self.tree.currentItemChanged.connect(lambda *_: self._show_meetings())
        self.problems = QListWidget()
        self.problems.setObjectName("groupProblems")
        self.problems.setWordWrap(True)
        self.meetings = QListWidget()
        self.meetings.setObjectName("groupMeetings")
        self.meetings.setWordWrap(True)
        self.meetings.currentRowChanged.connect(self._meeting_chosen)
        self.meeting_date = QDateEdit()
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("ddd dd-MM-yyyy")
        set_date = QPushButton(self.tr("Agreed date for the chosen meeting"))
        set_date.setObjectName("setMeeting")
        set_date.clicked.connect(lambda: self.set_meeting())
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Rules:")))
        side_layout.addWidget(self.problems, 1)
        self.wishes = QListWidget()
        self.wishes.setObjectName("groupWishes")
        self.wishes.setMaximumHeight(90)
        drop_wish = QPushButton(self.tr("Drop the chosen wish"))
        drop_wish.clicked.connect(lambda: self.drop_wish())
        side_layout.addWidget(QLabel(self.tr("Wishes for proposals:")))
        side_layout.addWidget(self.wishes)
        side_layout.addWidget(drop_wish)
        side_layout.addWidget(QLabel(self.tr("Meetings of the chosen group:")))
        side_layout.addWidget(self.meetings, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.meeting_date)
        date_row.addWidget(set_date)
        side_layout.addLayout(date_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

    # --- showing ---------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        kept = self.selected_group() if cohort_id == self.cohort_id else None
        self.cohort_id = cohort_id
        self.tree.clear()
        self.problems.clear()
        if cohort_id is None:
            return
        db = self.window.database
        self.groups = grouping.current_groups(db, cohort_id)
        for index, group in enumerate(self.groups):
            coach = fill(self.tr("coach %1"), group.coach) if group.coach else self.tr("no coach")
            top = group_item(f"{group.name} — {coach} ({len(group.members)})", index)
            for member in group.members:
                text = f"{member.name} · {member.municipality}" + (
                    " · " + self.tr("locked") if member.locked else ""
                )
                child = member_item(text, member.id)
                child.setToolTip(0, self.reasons.get(member.id, ""))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        if kept is not None and kept < self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(kept))  # stay with the same group
        found = grouping.problems(db, cohort_id)
        if not self.groups:
            found = [self.tr("No consultation groups yet: press “Propose groups”.")]
        self.problems.addItems(found or [self.tr("Every rule is met.")])
        self._show_wishes()
        self.max_per_coach.blockSignals(True)
        self.max_per_coach.setValue(grouping.max_groups_per_coach(db))
        self.max_per_coach.blockSignals(False)
        self._show_meetings()

    def _names(self) -> dict[int, str]:
        assert self.cohort_id is not None
        return {c.id: c.name for c in grouping.candidates(self.window.database, self.cohort_id)}

    def _show_wishes(self) -> None:
        self.wishes.clear()
        if self.cohort_id is None:
            return
        names = self._names()
        current = grouping.wishes(self.window.database, self.cohort_id)
        for a, b in current.apart:
            self.wishes.addItem(fill(self.tr("%1 and %2 apart"), names.get(a, a), names.get(b, b)))
        for a, b in current.together:
            self.wishes.addItem(
                fill(self.tr("%1 and %2 together"), names.get(a, a), names.get(b, b))
            )

    def selected_group(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, GroupRole) is not None:
            return int(item.data(0, GroupRole))
        parent = item.parent()
        return int(parent.data(0, GroupRole)) if parent is not None else None

    def selected_member(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, MemberRole)

    def _show_meetings(self) -> None:
        self.meetings.clear()
        today = self.window.today
        self.meeting_date.setDate(QDate(today.year, today.month, today.day))
        index = self.selected_group()
        if index is None or index >= len(self.groups) or self.groups[index].id is None:
            return
        for meeting in consultation.meetings(self.window.database, self.groups[index].id or 0):
            when = long_date(meeting.date) if meeting.date else self.tr("not agreed yet")
            text = fill(self.tr("Meeting %1: %2"), meeting.number, when)
            if meeting.warnings:
                text += "\n⚠ " + "\n⚠ ".join(meeting.warnings)
            self.meetings.addItem(text)

    # --- doing -----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.window.refresh_cohort()
        self.show_cohort(self.cohort_id)

    def _failed(self, error: SiooDeskError) -> None:
        QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
        self._changed()

    def _push_groups(self, text: str, before: list[grouping.Group]) -> None:
        db, cohort_id = self.window.database, self.cohort_id
        assert cohort_id is not None
        after = grouping.current_groups(db, cohort_id)
        self.stack.push(
            ServiceStep(
                text,
                lambda: grouping.restore_groups(db, cohort_id, before),
                lambda: grouping.restore_groups(db, cohort_id, after),
                self._changed,
                self._failed,
            )
        )

    def propose(self) -> bool:
        if self.cohort_id is None:
            return False
        db = self.window.database
        try:
            proposal = grouping.propose_groups(db, self.cohort_id)
        except SiooDeskError as error:
            self.problems.clear()
            self.problems.addItem(str(error))
            return False
        self.reasons = proposal.reasons
        before = grouping.save_groups(
            db, self.cohort_id, proposal.groups, [g.coach_id for g in self.groups]
        )
        self._push_groups(self.tr("propose groups"), before)
        return True

    def move(self, participant_id: int, group_index: int) -> bool:
        if self.cohort_id is None:
            return False
        try:
            before = grouping.move_member(
                self.window.database, self.cohort_id, participant_id, group_index
            )
        except SiooDeskError as error:
            self._failed(error)
            return False
        self._push_groups(self.tr("move a participant"), before)
        return True

    def toggle_lock(self) -> bool:
        participant_id = self.selected_member()
        if participant_id is None:
            return False
        member = next(m for g in self.groups for m in g.members if m.id == participant_id)
        db = self.window.database
        grouping.set_locked(db, participant_id, not member.locked)
        self.stack.push(
            ServiceStep(
                self.tr("lock in a group"),
                lambda: grouping.set_locked(db, participant_id, member.locked) and None,
                lambda: grouping.set_locked(db, participant_id, not member.locked) and None,
                self._changed,
                self._failed,
            )
        )
        return True

    def choose_coach(self, coach_id: int | None = None) -> bool:
        index = self.selected_group()
        if index is None:
            return False
        group = self.groups[index]
        db = self.window.database
        if coach_id is None:
            options = grouping.coaches(db)
            names = [name for _id, name in options]
            name, ok = QInputDialog.getItem(self, self.tr("Coach"), group.name, names, 0, False)
            if not ok:
                return False
            coach_id = options[names.index(name)][0]
        try:
            before = grouping.set_coach(db, group.id or 0, coach_id)
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Coach"), str(error))
            return False
        self.stack.push(
            ServiceStep(
                fill(self.tr("coach of %1"), group.name),
                lambda: grouping.set_coach(db, group.id or 0, before) and None,
                lambda: grouping.set_coach(db, group.id or 0, coach_id) and None,
                self._changed,
                self._failed,
            )
        )
        return True

    def add_wish(self, *, apart: bool, other: int | None = None) -> bool:
        participant_id = self.selected_member()
        if participant_id is None or self.cohort_id is None:
            return False
        names = self._names()
        if other is None:
            options = [
                (i, n) for i, n in sorted(names.items(), key=lambda x: x[1]) if i != participant_id
            ]
            name, ok = QInputDialog.getItem(
                self, self.tr("Wish"), names[participant_id], [n for _i, n in options], 0, False
            )
            if not ok:
                return False
            other = next(i for i, n in options if n == name)
        db, cohort_id = self.window.database, self.cohort_id
        current = grouping.wishes(db, cohort_id)
        pair = (participant_id, other)
        new = grouping.Wishes(
            apart=(*current.apart, pair) if apart else current.apart,
            together=current.together if apart else (*current.together, pair),
        )
        before = grouping.save_wishes(db, cohort_id, new)
        self.stack.push(
            ServiceStep(
                self.tr("a wish for the groups"),
                lambda: grouping.save_wishes(db, cohort_id, before) and None,
                lambda: grouping.save_wishes(db, cohort_id, new) and None,
                self._changed,
                self._failed,
            )
        )
        return True

    def drop_wish(self) -> bool:
        row = self.wishes.currentRow()
        if row < 0 or self.cohort_id is None:
            return False
        db, cohort_id = self.window.database, self.cohort_id
        current = grouping.wishes(db, cohort_id)
        pairs = [("apart", p) for p in current.apart] + [("together", p) for p in current.together]
        kind, pair = pairs[row]
        new = grouping.Wishes(
            apart=tuple(p for p in current.apart if not (kind == "apart" and p == pair)),
            together=tuple(p for p in current.together if not (kind == "together" and p == pair)),
        )
        before = grouping.save_wishes(db, cohort_id, new)
        self.stack.push(
            ServiceStep(
                self.tr("drop a wish"),
                lambda: grouping.save_wishes(db, cohort_id, before) and None,
                lambda: grouping.save_wishes(db, cohort_id, new) and None,
                self._changed,
                self._failed,
            )
        )
        return True

    def _max_changed(self, value: int) -> None:
        db = self.window.database
        before = grouping.set_max_groups_per_coach(db, value)
        self.stack.push(
            ServiceStep(
                self.tr("groups per coach"),
                lambda: grouping.set_max_groups_per_coach(db, before) and None,
                lambda: grouping.set_max_groups_per_coach(db, value) and None,
                self._changed,
                self._failed,
            )
        )

    def set_meeting(self, number: int | None = None, day: dt.date | None = None) -> bool:
        index = self.selected_group()
        if index is None:
            return False
        group = self.groups[index]
        number = number or (
            self.meetings.currentRow() + 1 if self.meetings.currentRow() >= 0 else 1
        )
        day = day or self.meeting_date.date().toPython()
        db = self.window.database
        try:
            before = consultation.set_meeting(db, group.id or 0, number, day)
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Meeting"), str(error))
            return False
        self.stack.push(
            ServiceStep(
                fill(self.tr("meeting %1 of %2"), number, group.name),
                lambda: (
                    consultation.set_meeting(
                        db,
                        group.id or 0,
                        number,
                        before[0],
                        before[1] or consultation.DayPart.AFTERNOON,
                    )
                    and None
                ),
                lambda: consultation.set_meeting(db, group.id or 0, number, day) and None,
                self._changed,
                self._failed,
            )
        )
        return True

    def _meeting_chosen(self, row: int) -> None:
        """Start the date field at the chosen meeting's date, or today."""
        index = self.selected_group()
        day = self.window.today
        if index is not None and row >= 0 and self.groups[index].id is not None:
            found = consultation.meetings(self.window.database, self.groups[index].id or 0)
            day = found[row].date or day if row < len(found) else day
        self.meeting_date.setDate(QDate(day.year, day.month, day.day))

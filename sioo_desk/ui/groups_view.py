"""Consultation groups: the builder's proposal, moving participants by dragging them to another
group, locking them in place, a coach per group, the four agreed meetings — with every rule
breach shown as it happens.

A drag is the tab's most frequent edit: after it only the groups are read again (one read of
the board) and the chosen group's meetings when that group changed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDropEvent
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
from sioo_desk.domain.grouping import Wishes
from sioo_desk.services import consultation, grouping
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.ui import failure
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.services.changes import Edit
    from sioo_desk.store.database import Database
    from sioo_desk.ui.context import ViewContext

GroupRole = Qt.ItemDataRole.UserRole + 1
MemberRole = Qt.ItemDataRole.UserRole + 2

#: What the groups tab shows: the groups, their members (names, towns, status), the meetings of
#: the chosen group (sessions), the coaches (staff) and the wishes and the coach maximum
#: (settings).
SHOWS = (Kind.GROUPS, Kind.PARTICIPANTS, Kind.SESSIONS, Kind.PEOPLE, Kind.SETTINGS)


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
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("groupsView")
        self.context = context
        self.cohort_id: int | None = None
        self.board: grouping.Board | None = None
        self.groups: list[grouping.Group] = []
        self.reasons: dict[int, str] = {}  # why the builder put each participant where it did
        self.standing = Wishes()  # the cohort's wishes as last read
        self.shown_meetings: list[consultation.Meeting] = []
        self._meetings_of: int | None = None  # the group whose meetings are in the list

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
            failure.connect_named(button, slot)
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
        failure.connect_named(set_date, self.set_meeting)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Rules:")))
        side_layout.addWidget(self.problems, 1)
        self.wishes = QListWidget()
        self.wishes.setObjectName("groupWishes")
        self.wishes.setMaximumHeight(90)
        drop_wish = QPushButton(self.tr("Drop the chosen wish"))
        failure.connect_named(drop_wish, self.drop_wish)
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
        self.liveness = Liveness(self, context, SHOWS, self.show_cohort, self._apply)
        context.bus.changed.connect(self._elsewhere)

    # --- showing ---------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        same = cohort_id == self.cohort_id
        self.cohort_id = cohort_id
        if cohort_id is None:
            self.board, self.groups, self.standing = None, [], Wishes()
            self.tree.clear()
            self.problems.clear()
            self.wishes.clear()
            self._show_meetings()
            return
        db = self.context.database
        try:
            board = grouping.board(db, cohort_id)
            self.standing = grouping.wishes(db, cohort_id)
            maximum = grouping.max_groups_per_coach(db)
        except SiooDeskError as error:
            self.problems.clear()
            self.problems.addItem(str(error))
            return
        self._show_board(board, keep=same)  # the same group stays chosen, not another cohort's
        self._show_wishes()
        self.max_per_coach.blockSignals(True)
        self.max_per_coach.setValue(maximum)
        self.max_per_coach.blockSignals(False)
        self._show_meetings()

    def _apply(self, changes: Changes) -> None:
        """Read again only what the change touched: a member dragged costs one read of the
        board, and the chosen group's meetings only when that group changed."""
        cohort_id = self.cohort_id
        if cohort_id is None:
            return
        db = self.context.database
        try:
            if changes.groups or changes.participants or changes.people:
                self._show_board(grouping.board(db, cohort_id))
            if grouping.WISHES in changes.settings:
                self.standing = grouping.wishes(db, cohort_id)
            if grouping.MAX_PER_COACH in changes.settings:
                self.max_per_coach.blockSignals(True)
                self.max_per_coach.setValue(grouping.max_groups_per_coach(db))
                self.max_per_coach.blockSignals(False)
        except SiooDeskError as error:
            self.problems.clear()
            self.problems.addItem(str(error))
            return
        if grouping.WISHES in changes.settings or changes.participants:
            self._show_wishes()
        chosen = self._chosen_group_id()
        if (
            changes.sessions
            or changes.people
            or chosen != self._meetings_of
            or (chosen is not None and chosen in changes.groups)
        ):
            self._show_meetings()

    def _elsewhere(self, changes: Changes) -> None:
        """A meeting's warnings also name the coach's sessions in other cohorts."""
        if changes.touches(self.cohort_id, *SHOWS) or not changes.sessions:
            return
        if changes.cohorts - {self.cohort_id} and self._meetings_of is not None:
            if self.isVisible():
                self._show_meetings()
            else:
                self.liveness.stale = True

    def _show_board(self, board: grouping.Board, *, keep: bool = True) -> None:
        """Draw the groups and the rule breaches; the chosen group or member stays chosen."""
        chosen_group = self._chosen_group_id() if keep else None
        chosen_member = self.selected_member() if keep else None
        self.board, self.groups = board, board.groups
        # Rebuilding moves the current item about: the meetings follow once, at the end.
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            current = None
            for index, group in enumerate(self.groups):
                coach = (
                    fill(self.tr("coach %1"), group.coach) if group.coach else self.tr("no coach")
                )
                top = group_item(f"{group.name} — {coach} ({len(group.members)})", index)
                if group.id is not None and group.id == chosen_group:
                    current = current or top
                for member in group.members:
                    text = f"{member.name} · {member.municipality}" + (
                        " · " + self.tr("locked") if member.locked else ""
                    )
                    child = member_item(text, member.id)
                    child.setToolTip(0, self.reasons.get(member.id, ""))
                    top.addChild(child)
                    if member.id == chosen_member:
                        current = child
                self.tree.addTopLevelItem(top)
            self.tree.expandAll()
            if current is not None:
                self.tree.setCurrentItem(current)
        finally:
            self.tree.blockSignals(False)
        found = board.problems()
        if not self.groups:
            found = [self.tr("No consultation groups yet: press “Propose groups”.")]
        self.problems.clear()
        self.problems.addItems(found or [self.tr("Every rule is met.")])

    def _names(self) -> dict[int, str]:
        return {c.id: c.name for c in self.board.people.values()} if self.board else {}

    def _show_wishes(self) -> None:
        self.wishes.clear()
        names = self._names()
        for a, b in self.standing.apart:
            self.wishes.addItem(fill(self.tr("%1 and %2 apart"), names.get(a, a), names.get(b, b)))
        for a, b in self.standing.together:
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

    def _chosen_group_id(self) -> int | None:
        index = self.selected_group()
        return self.groups[index].id if index is not None and index < len(self.groups) else None

    def selected_member(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, MemberRole)

    def _show_meetings(self) -> None:
        self.meetings.clear()
        self.shown_meetings = []
        today = self.context.today
        self.meeting_date.setDate(QDate(today.year, today.month, today.day))
        self._meetings_of = self._chosen_group_id()
        if self._meetings_of is None:
            return
        try:
            self.shown_meetings = consultation.meetings(self.context.database, self._meetings_of)
        except SiooDeskError:
            return  # the group went (another process): the next change redraws the tree
        for meeting in self.shown_meetings:
            when = long_date(meeting.date) if meeting.date else self.tr("not agreed yet")
            text = fill(self.tr("Meeting %1: %2"), meeting.number, when)
            if meeting.warnings:
                text += "\n⚠ " + "\n⚠ ".join(meeting.warnings)
            self.meetings.addItem(text)

    # --- doing -----------------------------------------------------------------------------

    def propose(self) -> bool:
        cohort_id = self.cohort_id
        if cohort_id is None:
            return False

        def step(db: Database) -> Edit:
            edit = grouping.save_proposal(db, cohort_id)
            self.reasons = edit.result.reasons  # shown as tooltips when the groups are drawn
            return edit

        return self.context.run(self.tr("propose groups"), step, self)

    def move(self, participant_id: int, group_index: int) -> bool:
        cohort_id = self.cohort_id
        if cohort_id is None:
            return False
        if 0 <= group_index < len(self.groups) and any(
            m.id == participant_id for m in self.groups[group_index].members
        ):
            return False  # dropped on their own group: nothing to do, nothing to undo
        return self.context.run(
            self.tr("move a participant"),
            lambda db: grouping.move_member(db, cohort_id, participant_id, group_index),
            self,
        )

    def toggle_lock(self) -> bool:
        participant_id = self.selected_member()
        if participant_id is None:
            return False
        member = next(m for g in self.groups for m in g.members if m.id == participant_id)
        locked = not member.locked
        return self.context.run(
            self.tr("lock in a group"),
            lambda db: grouping.set_locked(db, participant_id, locked),
            self,
        )

    def choose_coach(self, coach_id: int | None = None) -> bool:
        index = self.selected_group()
        if index is None:
            return False
        group = self.groups[index]
        if group.id is None:
            return False
        group_id = group.id
        if coach_id is None:
            options = grouping.coaches(self.context.database)
            if not options:  # the choice would be empty, and its answer nobody
                QMessageBox.information(
                    self,
                    self.tr("Coach"),
                    self.tr("No coaches yet — add them under Edit › Staff…"),
                )
                return False
            names = [name for _id, name in options]
            name, ok = QInputDialog.getItem(self, self.tr("Coach"), group.name, names, 0, False)
            if not ok:
                return False
            coach_id = options[names.index(name)][0]
        chosen = coach_id
        return self.context.run(
            fill(self.tr("coach of %1"), group.name),
            lambda db: grouping.set_coach(db, group_id, chosen),
            self,
        )

    def add_wish(self, *, apart: bool, other: int | None = None) -> bool:
        participant_id = self.selected_member()
        cohort_id = self.cohort_id
        if participant_id is None or cohort_id is None:
            return False
        names = self._names()
        if other is None:
            options = [
                (i, n) for i, n in sorted(names.items(), key=lambda x: x[1]) if i != participant_id
            ]
            if not options:  # alone in the cohort: not even an empty choice to offer
                QMessageBox.information(
                    self, "Sioo Desk", self.tr("There is nobody else in this cohort to wish for.")
                )
                return False
            name, ok = QInputDialog.getItem(
                self, self.tr("Wish"), names[participant_id], [n for _i, n in options], 0, False
            )
            if not ok:
                return False
            other = next(i for i, n in options if n == name)
        current, pair = self.standing, (participant_id, other)
        new = Wishes(
            apart=(*current.apart, pair) if apart else current.apart,
            together=current.together if apart else (*current.together, pair),
        )
        return self.context.run(
            self.tr("a wish for the groups"),
            lambda db: grouping.save_wishes(db, cohort_id, new),
            self,
        )

    def drop_wish(self) -> bool:
        row = self.wishes.currentRow()
        cohort_id = self.cohort_id
        if row < 0 or cohort_id is None:
            return False
        current = self.standing
        pairs = [("apart", p) for p in current.apart] + [("together", p) for p in current.together]
        kind, pair = pairs[row]
        new = Wishes(
            apart=tuple(p for p in current.apart if not (kind == "apart" and p == pair)),
            together=tuple(p for p in current.together if not (kind == "together" and p == pair)),
        )
        return self.context.run(
            self.tr("drop a wish"), lambda db: grouping.save_wishes(db, cohort_id, new), self
        )

    def _max_changed(self, value: int) -> None:
        self.context.run(
            self.tr("groups per coach"),
            lambda db: grouping.set_max_groups_per_coach(db, value),
            self,
        )

    def set_meeting(self, number: int | None = None, day: dt.date | None = None) -> bool:
        index = self.selected_group()
        if index is None:
            return False
        group = self.groups[index]
        if group.id is None:
            return False
        group_id = group.id
        number = number or (
            self.meetings.currentRow() + 1 if self.meetings.currentRow() >= 0 else 1
        )
        day = day or self.meeting_date.date().toPython()
        which, when = number, day
        return self.context.run(
            fill(self.tr("meeting %1 of %2"), number, group.name),
            lambda db: consultation.set_meeting(db, group_id, which, when),
            self,
        )

    def _meeting_chosen(self, row: int) -> None:
        """Start the date field at the chosen meeting's date, or today."""
        day = self.context.today
        if 0 <= row < len(self.shown_meetings):
            day = self.shown_meetings[row].date or day
        self.meeting_date.setDate(QDate(day.year, day.month, day.day))

"""Planning the accountability conversations: groups of four with an assessor who is never a
member's own coach, each participant's turn within the closing meeting's chosen half-days,
moving members by dragging, the printed day plan and the assessors' calendar files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import accountability as planning
from sioo_desk.services.changes import Kind
from sioo_desk.ui import failure
from sioo_desk.ui.groups_view import GroupRole, GroupTree, group_item, member_item
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

HalfDayRole = Qt.ItemDataRole.UserRole + 3
WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
# The plan's members (and whether they are still in the programme), their coaches (an assessor
# never is one), their presentations to the client, the closing meeting's half-days, the
# turns, the minutes and chosen half-days, and the assessors.
SHOWS = (
    Kind.PARTICIPANTS,
    Kind.GROUPS,
    Kind.PORTFOLIO,
    Kind.SESSIONS,
    Kind.CLOSING,
    Kind.SETTINGS,
    Kind.PEOPLE,
)


class AccountabilityPage(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("accountabilityPage")
        self.context = context
        self.cohort_id: int | None = None
        self.plan: planning.Plan | None = None
        self._shown_settings: planning.Settings | None = None

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("propose", self.tr("Propose groups"), self.propose),
            ("assessor", self.tr("Choose assessor…"), self.choose_assessor),
            ("room", self.tr("Room…"), self.choose_room),
            ("dayplan", self.tr("Print day plan…"), self.print_day_plan),
            ("calendar", self.tr("Assessor's calendar (.ics)…"), self.assessor_calendar),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            failure.connect_named(button, slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(planning.rules.MIN_MINUTES, 180)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Over an hour per participant: at least 60 minutes."))
        self.minutes.editingFinished.connect(lambda: self.lay_out_again())
        row.addWidget(QLabel(self.tr("Per participant:")))
        row.addWidget(self.minutes)

        hint = QLabel(
            self.tr(
                "Groups of four (three or five only when the numbers force it), each with an "
                "assessor who coaches none of its members. The group attends all of its members' "
                "conversations. Drag a participant onto another group to move them."
            )
        )
        hint.setWordWrap(True)
        self.tree = GroupTree(self.move)
        self.tree.setObjectName("accountabilityTree")
        self.half_days = QListWidget()
        self.half_days.setObjectName("closingHalfDays")
        self.half_days.setMaximumHeight(120)
        self.half_days.itemChanged.connect(lambda _item: self._half_days_changed())
        self.problems = QListWidget()
        self.problems.setObjectName("accountabilityProblems")
        self.problems.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Half-days of the closing meeting to use:")))
        side_layout.addWidget(self.half_days)
        side_layout.addWidget(QLabel(self.tr("To solve:")))
        side_layout.addWidget(self.problems, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setSizes([620, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

    # --- showing ---------------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        self.tree.clear()
        self.problems.clear()
        self.half_days.blockSignals(True)
        self.half_days.clear()
        self.half_days.blockSignals(False)
        if cohort_id is None:
            return
        db = self.context.database
        try:
            self.plan = planning.plan_of(db, cohort_id)
            closing = planning.closing_half_days(db, cohort_id)
        except SiooDeskError as error:
            self._failed(error)
            return
        plan = self.plan
        self.minutes.blockSignals(True)
        self.minutes.setValue(plan.settings.minutes)
        self.minutes.blockSignals(False)
        chosen = set(plan.settings.half_day_ids) or set(
            planning.default_half_days(
                closing, max((len(g.turns) for g in plan.groups), default=4), plan.settings.minutes
            )
        )
        self.half_days.blockSignals(True)
        for half_day in closing:
            item = QListWidgetItem(half_day.label)
            item.setData(HalfDayRole, half_day.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if half_day.id in chosen else Qt.CheckState.Unchecked
            )
            self.half_days.addItem(item)
        self.half_days.blockSignals(False)
        # As shown, with the default half-days resolved: what a change is compared with.
        self._shown_settings = self._settings()
        for index, group in enumerate(plan.groups):
            assessor = group.assessor or self.tr("no assessor yet")
            title = fill(self.tr("Group %1 — %2 (%3)"), group.number, assessor, len(group.turns))
            if group.location:
                title += f" · {group.location}"
            top = group_item(title, index)
            for turn in group.turns:
                top.addChild(
                    member_item(
                        f"{_when(turn.starts_at, turn.ends_at)}   {turn.name}", turn.participant_id
                    )
                )
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        if not closing:
            found = [self.tr("The closing meeting is not planned yet: plan the programme first.")]
        elif not plan.groups:
            found = [self.tr("No groups yet: press “Propose groups”.")]
        else:
            found = plan.problems or [self.tr("Every rule is met.")]
        self.problems.addItems(found)
        for key in ("assessor", "room", "dayplan", "calendar"):
            self.buttons[key].setEnabled(bool(plan.groups))

    def chosen_half_days(self) -> tuple[int, ...]:
        return tuple(
            self.half_days.item(i).data(HalfDayRole)
            for i in range(self.half_days.count())
            if self.half_days.item(i).checkState() == Qt.CheckState.Checked
        )

    def selected_group(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        index = item.data(0, GroupRole)
        return int(index) if index is not None else None

    # --- changing --------------------------------------------------------------------------

    def _settings(self) -> planning.Settings:
        return planning.Settings(self.minutes.value(), self.chosen_half_days())

    def propose(self) -> None:
        if self.cohort_id is None:
            return
        if self.plan and self.plan.groups:
            answer = QMessageBox.question(
                self,
                self.tr("Propose groups"),
                self.tr("Replace the current groups and times by a new proposal?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db = self.context.database
        try:
            groups = planning.propose(
                db,
                self.cohort_id,
                minutes=self.minutes.value(),
                half_day_ids=self.chosen_half_days(),
            )
        except SiooDeskError as error:
            self._failed(error)
            return
        self._save(groups, self.tr("Propose accountability groups"))

    def _rearrange(
        self,
        groups: list[list[int]],
        assessors: list[int | None],
        text: str,
        locations: list[str] | None = None,
    ) -> None:
        assert self.cohort_id is not None and self.plan is not None
        try:
            laid_out = planning.rearranged(
                self.context.database,
                self.cohort_id,
                groups,
                assessors,
                self.minutes.value(),
                self.chosen_half_days(),
                locations or [g.location for g in self.plan.groups],
                [g.number for g in self.plan.groups],
            )
        except SiooDeskError as error:
            self._failed(error)
            self.show_cohort(self.cohort_id)  # undo what the widgets already show
            return
        self._save(laid_out, text)

    def _current(self) -> tuple[list[list[int]], list[int | None]]:
        assert self.plan is not None
        return (
            [[t.participant_id for t in g.turns] for g in self.plan.groups],
            [g.assessor_id for g in self.plan.groups],
        )

    def move(self, participant_id: int, to_group: int) -> None:
        if self.plan is None:
            return
        groups, assessors = self._current()
        for members in groups:
            if participant_id in members:
                members.remove(participant_id)
        groups[to_group].append(participant_id)
        self._rearrange(groups, assessors, self.tr("Move participant to another group"))

    def choose_assessor(self) -> None:
        index = self.selected_group()
        if self.plan is None or index is None:
            QMessageBox.information(self, self.tr("Assessor"), self.tr("Choose a group first."))
            return
        people = planning.assessors(self.context.database)
        if not people:
            QMessageBox.information(
                self,
                self.tr("Assessor"),
                self.tr("No assessors among the staff yet: add them under Edit › Staff…"),
            )
            return
        names = [label for _id, label in people]
        current = self.plan.groups[index].assessor_id
        start = next((i for i, (pid, _l) in enumerate(people) if pid == current), 0)
        label, ok = QInputDialog.getItem(
            self, self.tr("Assessor"), self.tr("Assessor of this group:"), names, start, False
        )
        if not ok:
            return
        groups, assessors = self._current()
        assessors[index] = people[names.index(label)][0]
        self._rearrange(groups, assessors, self.tr("Choose assessor"))

    def choose_room(self, room: str | None = None) -> None:
        """Where the group meets, printed on the day plan and in the calendar files."""
        index = self.selected_group()
        if self.plan is None or index is None:
            QMessageBox.information(self, self.tr("Room"), self.tr("Choose a group first."))
            return
        if room is None:
            room, ok = QInputDialog.getText(
                self,
                self.tr("Room"),
                self.tr("Room of this group (e.g. “Zaal Amersfoort”):"),
                text=self.plan.groups[index].location,
            )
            if not ok:
                return
        groups, assessors = self._current()
        locations = [g.location for g in self.plan.groups]
        locations[index] = " ".join(room.split())
        self._rearrange(groups, assessors, self.tr("Room of a group"), locations)

    def lay_out_again(self) -> None:
        if self.cohort_id is None or self.plan is None:
            return
        if self._shown_settings == self._settings():
            return  # left the field without a change
        if not self.plan.groups:
            return
        groups, assessors = self._current()
        self._rearrange(groups, assessors, self.tr("Lay out the conversations again"))

    def _half_days_changed(self) -> None:
        if not self.chosen_half_days():
            QMessageBox.information(
                self,
                self.tr("Half-days"),
                self.tr("Choose at least one half-day of the closing meeting."),
            )
            self.show_cohort(self.cohort_id)
            return
        self.lay_out_again()

    def _save(self, groups: list[planning.Group], text: str) -> bool:
        assert self.cohort_id is not None
        cohort_id = self.cohort_id
        new = self._settings()
        if self.context.run(text, lambda db: planning.save(db, cohort_id, groups, new), self):
            return True
        # Refused: the minutes, the half-days or the tree already show what was refused.
        self.show_cohort(cohort_id)
        return False

    # --- printing --------------------------------------------------------------------------

    def print_day_plan(self) -> None:
        if self.cohort_id is None:
            return
        try:
            content = planning.day_plan_pdf(self.context.database, self.cohort_id)
        except SiooDeskError as error:
            self._failed(error)
            return
        save_and_open(
            self, content, None, "dagplanning-verantwoordingsgesprekken.pdf", self.tr("PDF (*.pdf)")
        )

    def assessor_calendar(self, target: Path | None = None) -> None:
        from sioo_desk.services.calendar_files import person_calendar

        index = self.selected_group()
        if self.plan is None or index is None or self.plan.groups[index].assessor_id is None:
            QMessageBox.information(
                self, self.tr("Calendar"), self.tr("Choose a group that has an assessor.")
            )
            return
        group = self.plan.groups[index]
        assert group.assessor_id is not None
        try:
            content = person_calendar(
                self.context.database, group.assessor_id, dt.datetime.now(dt.UTC)
            )
        except SiooDeskError as error:
            self._failed(error)
            return
        save_and_open(
            self,
            content,
            target,
            f"agenda-assessor-groep-{group.number}.ics",
            self.tr("Calendar (*.ics)"),
        )

    def _failed(self, error: SiooDeskError) -> None:
        QMessageBox.warning(self, self.tr("Accountability conversations"), str(error))


def _when(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if start is None or end is None:
        return "—"
    return f"{WEEKDAYS[start.weekday()]} {start:%d-%m} {start:%H:%M}–{end:%H:%M}"

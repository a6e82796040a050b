"""Editing one session: title, theme, location, notes, its half-days and its teachers. The
checks that concern it are shown at the top; they never block saving. `submit` stores the
edit: it raises the form's own refusals (shown in the form) and says whether it was stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import DayPart
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.schedule_template import TIMES
from sioo_desk.services.schedule import HalfDayTime, SessionEdit
from sioo_desk.ui import failure

PART_TEXTS = {DayPart.MORNING: "ochtend", DayPart.AFTERNOON: "middag", DayPart.EVENING: "avond"}


class SessionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        edit: SessionEdit,
        teachers: list[tuple[int, str]],
        problems: list[str],
        submit: Callable[[SessionEdit], bool],
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(title)
        self.resize(720, 640)
        self._submit = submit
        self._today = today
        self.checks = QLabel("\n".join("⚠ " + p for p in problems))
        self.checks.setObjectName("sessionChecks")
        self.checks.setWordWrap(True)
        self.checks.setVisible(bool(problems))
        self.title = QLineEdit(edit.title)
        self.theme = QLineEdit(edit.theme)
        self.location = QLineEdit(edit.location)
        self.location.setPlaceholderText(self.tr("the cohort's location"))
        self.notes = QPlainTextEdit(edit.notes)
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Notes:"), self.notes)

        self.half_days = QTableWidget(0, 4)
        self.half_days.setObjectName("halfDays")
        self.half_days.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Part of day"), self.tr("From"), self.tr("Until")]
        )
        self.half_days.verticalHeader().hide()
        self.half_days.horizontalHeader().setStretchLastSection(True)
        for half_day in edit.half_days:
            self.add_half_day(half_day)
        self.half_days.setColumnWidth(0, 170)
        self.half_days.setColumnWidth(1, 110)
        add = QPushButton(self.tr("Add half-day"))
        failure.connect_named(add, lambda: self.add_half_day(None))
        remove = QPushButton(self.tr("Remove half-day"))
        failure.connect_named(remove, self.remove_half_day)
        half_day_buttons = QHBoxLayout()
        half_day_buttons.addWidget(add)
        half_day_buttons.addWidget(remove)
        half_day_buttons.addStretch(1)

        self.teachers = QListWidget()
        self.teachers.setObjectName("teachers")
        for person_id, name in teachers:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in edit.teacher_ids else Qt.CheckState.Unchecked
            )
            self.teachers.addItem(item)

        self.errors = QLabel()
        self.errors.setObjectName("formErrors")
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.checks)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Half-days:")))
        layout.addWidget(self.half_days, 1)
        layout.addLayout(half_day_buttons)
        layout.addWidget(QLabel(self.tr("Teachers:")))
        layout.addWidget(self.teachers, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def add_half_day(self, half_day: HalfDayTime | None) -> None:
        if half_day is None:
            half_day = self._next_free_half_day()
        row = self.half_days.rowCount()
        self.half_days.insertRow(row)
        date = QDateEdit(QDate(half_day.date.year, half_day.date.month, half_day.date.day))
        date.setCalendarPopup(True)
        date.setDisplayFormat("ddd dd-MM-yyyy")
        part = QComboBox()
        for value, text in PART_TEXTS.items():
            part.addItem(text, value)
        part.setCurrentIndex(part.findData(half_day.part))
        begin, end = TIMES[half_day.part]
        start = QTimeEdit(_qtime(half_day.starts_at or begin))
        finish = QTimeEdit(_qtime(half_day.ends_at or end))

        def part_changed(_index: int) -> None:  # the usual times of the new part
            usual_begin, usual_end = TIMES[DayPart(part.currentData())]
            start.setTime(_qtime(usual_begin))
            finish.setTime(_qtime(usual_end))

        part.currentIndexChanged.connect(part_changed)
        for column, widget in enumerate((date, part, start, finish)):
            self.half_days.setCellWidget(row, column, widget)

    def _next_free_half_day(self) -> HalfDayTime:
        """After the last half-day: its next part, or the next day's morning."""
        if not self.half_days.rowCount():
            return HalfDayTime(self._today, DayPart.MORNING)
        last = max(
            (self.half_day(r) for r in range(self.half_days.rowCount())),
            key=lambda h: (h.date, list(DayPart).index(h.part)),
        )
        parts = list(DayPart)
        following = parts.index(last.part) + 1
        if following < len(parts):
            return HalfDayTime(last.date, parts[following])
        return HalfDayTime(last.date + dt.timedelta(days=1), DayPart.MORNING)

    def remove_half_day(self) -> None:
        row = self.half_days.currentRow()
        if row < 0:
            row = self.half_days.rowCount() - 1
        if row >= 0:
            self.half_days.removeRow(row)

    def half_day(self, row: int) -> HalfDayTime:
        date, part, start, finish = (self.half_days.cellWidget(row, c) for c in range(4))
        assert isinstance(date, QDateEdit) and isinstance(part, QComboBox)
        assert isinstance(start, QTimeEdit) and isinstance(finish, QTimeEdit)
        return HalfDayTime(
            date.date().toPython(),
            DayPart(part.currentData()),
            start.time().toPython(),
            finish.time().toPython(),
        )

    def edit(self) -> SessionEdit:
        teachers = tuple(
            self.teachers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.teachers.count())
            if self.teachers.item(i).checkState() == Qt.CheckState.Checked
        )
        half_days = sorted(
            (self.half_day(r) for r in range(self.half_days.rowCount())),
            key=lambda h: (h.date, list(DayPart).index(h.part)),
        )
        return SessionEdit(
            self.title.text(),
            self.theme.text(),
            self.location.text(),
            self.notes.toPlainText(),
            tuple(half_days),
            teachers,
        )

    def accept(self) -> None:
        try:
            stored = self._submit(self.edit())
        except SiooDeskError as error:
            self.errors.setText(str(error))
            self.errors.show()
            return
        if stored:  # a refusal was shown already; the form stays open for another try
            super().accept()


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)

"""The portfolio of one participant of the chosen cohort: the entries as a searchable timeline,
an editor for one entry (kind, title, date, text, meeting, competences, attachments), the
self-ratings per competence at the three moments, and the whole portfolio as a PDF.

It shows what it is told changed: its own edits come back to it through the change bus like
anyone else's, the frames dialog's too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import PortfolioEntryKind, RatingMoment
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import portfolio
from sioo_desk.services.changes import Changes, Kind
from sioo_desk.services.competence_frames import COMPETENCES
from sioo_desk.services.participants import list_participants
from sioo_desk.services.progress import Progress, cohort_progress
from sioo_desk.services.schedule import load_sessions
from sioo_desk.ui import failure
from sioo_desk.ui.assignment_form import AssignmentForm
from sioo_desk.ui.form_edit import keeping_result
from sioo_desk.ui.live_view import Liveness
from sioo_desk.ui.midterm_form import MidtermForm
from sioo_desk.ui.rating_chart import RatingChart
from sioo_desk.ui.save_file import save_and_open
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2


class PortfolioView(QWidget):
    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("portfolioView")
        self.context = context
        self.entry_list: list[portfolio.Entry] = []
        self._loaded: portfolio.EntryInput | None = None
        self._loaded_id: int | None = None
        # The entry that was in the editor when it went away (deleted): undo brings it back
        # into the editor, as long as nothing else was taken up meanwhile.
        self._gone: int | None = None
        self._scores: dict[tuple[int, RatingMoment], int] = {}
        self.cohort_id: int | None = None
        self.progress: dict[int, Progress] = {}
        self.people = QListWidget()
        self.people.setObjectName("portfolioParticipants")
        self.people.setMinimumWidth(170)
        self.people.currentItemChanged.connect(self._participant_changed)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.search = QLineEdit()
        self.search.setObjectName("portfolioSearch")
        self.search.setPlaceholderText(self.tr("Search title and text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(lambda _t: self.show_entries(reload=False))
        print_button = QPushButton(self.tr("Portfolio as PDF…"))
        failure.connect_named(print_button, self.export_pdf)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search)
        top.addWidget(print_button)

        self.timeline = QListWidget()
        self.timeline.setObjectName("portfolioTimeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setMinimumWidth(260)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.currentItemChanged.connect(self._entry_changed)

        self.kind = QComboBox()
        for kind, name in portfolio.KIND_NAMES.items():
            self.kind.addItem(name, kind)
        self.title = QLineEdit()
        self.title.setObjectName("entryTitle")
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d-M-yyyy")
        self.meeting = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setObjectName("entryText")
        self.competence_list = QListWidget()
        self.competence_list.setObjectName("entryCompetences")
        self.competence_list.setMaximumHeight(120)
        self.attachments = QListWidget()
        self.attachments.setObjectName("entryAttachments")
        self.attachments.setMaximumHeight(56)
        self.attachments.itemDoubleClicked.connect(lambda _i: self.save_attachment())
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Meeting"), self.meeting)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Competences"), self.competence_list)
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1)
        file_buttons = QVBoxLayout()
        for label, slot in (
            (self.tr("Attach document…"), self.attach),
            (self.tr("Remove attachment"), self.detach),
        ):
            button = QPushButton(label)
            failure.connect_named(button, slot)
            file_buttons.addWidget(button)
        files.addLayout(file_buttons)
        form.addRow(self.tr("Attachments"), files)
        buttons = QHBoxLayout()
        for label, slot in (
            (self.tr("New entry"), self.new_entry),
            (self.tr("Save"), self.save_entry),
            (self.tr("Delete entry"), self.delete_entry),
        ):
            button = QPushButton(label)
            failure.connect_named(button, slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form, 1)
        editor_layout.addLayout(buttons)
        entries_split = QSplitter(Qt.Orientation.Horizontal)
        entries_split.addWidget(self.timeline)
        entries_split.addWidget(editor)
        entries_split.setSizes([330, 520])

        self.ratings = QTableWidget()
        self.ratings.setObjectName("ratingsTable")
        self.ratings.setColumnCount(2 + len(RatingMoment))
        self.ratings.setHorizontalHeaderLabels(
            [self.tr("Competence")]
            + [portfolio.MOMENT_NAMES[m].capitalize() for m in RatingMoment]
            + [self.tr("Evidence (entries)")]
        )
        self.ratings.verticalHeader().hide()
        header = self.ratings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(RatingMoment)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 150)
        header.setSectionResizeMode(1 + len(RatingMoment), QHeaderView.ResizeMode.ResizeToContents)
        self.frame_choice = QComboBox()
        self.frame_choice.setObjectName("frameChoice")
        self.frame_choice.currentIndexChanged.connect(lambda _i: self.show_frame())
        frame_row = QHBoxLayout()
        frame_row.addWidget(QLabel(self.tr("Frame:")))
        frame_row.addWidget(self.frame_choice)
        edit_frames = QPushButton(self.tr("Edit frames…"))
        failure.connect_named(edit_frames, self.edit_frames)
        frame_row.addWidget(edit_frames)
        frame_row.addStretch(1)
        ratings_page = QWidget()
        ratings_layout = QVBoxLayout(ratings_page)
        ratings_layout.setContentsMargins(0, 6, 0, 0)
        ratings_layout.addLayout(frame_row)
        ratings_layout.addWidget(self.ratings, 1)
        self.chart = RatingChart()
        ratings_layout.addWidget(self.chart)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(entries_split, self.tr("Entries"))
        self.pages.addTab(ratings_page, self.tr("Self-ratings"))
        self.assignment = AssignmentForm(context)
        self.pages.addTab(self.assignment, self.tr("Organisational assignment"))
        self.midterm = MidtermForm(context)
        self.pages.addTab(self.midterm, self.tr("Tussengesprek"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        self.progress_line = QLabel()
        self.progress_line.setObjectName("progressLine")
        self.progress_line.setWordWrap(True)
        right_layout.addWidget(self.progress_line)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.progress_summary = QLabel()
        self.progress_summary.setObjectName("progressSummary")
        self.progress_summary.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(self.progress_summary)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([240, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(splitter, 1)

        self.frame: list[portfolio.Competence] = []
        self.load_frames()
        # The list shows participants; the entries, ratings, assignment and tussengesprek are
        # the portfolio; the meetings to link to and the ateliers the progress counts from are
        # sessions; the competence frames are a setting.
        self.liveness = Liveness(
            self,
            context,
            (Kind.PARTICIPANTS, Kind.PORTFOLIO, Kind.SESSIONS, Kind.SETTINGS),
            self.show_cohort,
            self._apply,
        )

    def load_frames(self) -> None:
        """The competence list and the ratings table, from the frames as they are now."""
        keep = self.frame_choice.currentText()
        self.frame = portfolio.competences(self.context.database)
        self.competence_list.clear()
        for competence in self.frame:
            item = QListWidgetItem(competence.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(IdRole, competence.id)
            self.competence_list.addItem(item)
        self.ratings.setRowCount(0)
        self.ratings.setRowCount(len(self.frame))
        for row, competence in enumerate(self.frame):
            label = QTableWidgetItem(competence.name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setToolTip(competence.framework)
            self.ratings.setItem(row, 0, label)
            for column, moment in enumerate(RatingMoment, start=1):
                choice = QComboBox()
                choice.addItem("—", None)
                for score, word in portfolio.SCALE.items():
                    choice.addItem(f"{score} – {word}", score)
                choice.activated.connect(
                    lambda _i, c=competence.id, m=moment, box=choice: self.rate(
                        c, m, box.currentData()
                    )
                )
                self.ratings.setCellWidget(row, column, choice)
            evidence = QTableWidgetItem()
            evidence.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.ratings.setItem(row, 1 + len(RatingMoment), evidence)
        self.frame_choice.blockSignals(True)
        self.frame_choice.clear()
        for framework in dict.fromkeys(c.framework for c in self.frame):
            self.frame_choice.addItem(framework)
        self.frame_choice.setCurrentIndex(max(0, self.frame_choice.findText(keep)))
        self.frame_choice.blockSignals(False)
        self.show_frame()

    def edit_frames(self) -> QDialog:
        from sioo_desk.ui.frames_dialog import FramesDialog

        dialog = FramesDialog(self, self.context)
        dialog.open()
        return dialog

    # --- what is shown ---------------------------------------------------------------------

    def show_cohort(self, cohort_id: int | None) -> None:
        """From scratch; the participant chosen stays chosen while the cohort is the same."""
        keep = self.participant_id() if cohort_id == self.cohort_id else None
        if portfolio.competences(self.context.database) != self.frame:
            self.load_frames()
        self.cohort_id = cohort_id
        self.people.blockSignals(True)
        self.people.clear()
        if cohort_id is not None:
            for row in list_participants(self.context.database, cohort_id):
                item = QListWidgetItem(row.name.display_name)
                item.setData(IdRole, row.id)
                item.setData(NameRole, row.name.display_name)
                self.people.addItem(item)
        self._load_meetings()
        rows = [int(self.people.item(n).data(IdRole)) for n in range(self.people.count())]
        if rows:
            self.people.setCurrentRow(rows.index(keep) if keep in rows else 0)
        self.people.blockSignals(False)
        self.refresh_progress()
        self.show_participant()

    def _load_meetings(self) -> None:
        """The meetings an entry can be about, keeping the one chosen in the editor."""
        keep = self.meeting.currentData()
        self.meeting.clear()
        self.meeting.addItem("—", None)
        if self.cohort_id is not None:
            for session in load_sessions(self.context.database, [self.cohort_id]):
                if session.half_days:
                    self.meeting.addItem(session.title, session.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(keep)))

    def _apply(self, changes: Changes) -> None:
        """A change to some portfolios or meetings: the marks of the cohort, and the shown
        participant's pages only when theirs changed; typing in the entry editor is kept."""
        if changes.participants or COMPETENCES in changes.settings:
            self.show_cohort(self.cohort_id)
            return
        if not (changes.portfolio or changes.sessions):
            return  # another setting (effort): nothing shown here
        if changes.sessions:  # a tussengesprek planned, a meeting moved: dates count
            self._load_meetings()
        self.refresh_progress()
        # The whole cohort's tussengesprekken, once: a tussengesprek planned or recorded names
        # its participant in `portfolio` (and its meeting in `sessions`); a meeting moved may
        # be one. A change to the portfolio of someone not in the grid cannot alter it.
        if changes.sessions or not changes.portfolio.isdisjoint(self.midterm.in_grid):
            self.midterm.show_grid()
        who = self.participant_id()
        if who is None or not (who in changes.portfolio or changes.sessions):
            return
        self.show_entries(reload=not self.unsaved())
        self.show_ratings()
        self.assignment.show_participant(who)
        self.midterm.show_participant(who, self.cohort_id, grid=False)

    def refresh_progress(self) -> None:
        """Mark everyone whose intake, portfolio, assignment or tussengesprek is not in order."""
        self.progress = (
            {}
            if self.cohort_id is None
            else {
                p.participant_id: p
                for p in cohort_progress(self.context.database, self.cohort_id, self.context.today)
            }
        )
        for n in range(self.people.count()):
            item = self.people.item(n)
            name = item.data(NameRole)
            found = self.progress.get(int(item.data(IdRole)))
            if found is None:
                item.setText(name)
                item.setToolTip(self.tr("Not following the programme."))
            elif found.in_order:
                item.setText(f"✓ {name}")
                item.setToolTip(self.tr("In order."))
            else:
                item.setText(f"⚠ {name}")
                item.setToolTip("\n".join(found.problems.values()))
        ok = sum(p.in_order for p in self.progress.values())
        self.progress_summary.setText(
            fill(
                self.tr("%1 of %2 in order on %3."),
                ok,
                len(self.progress),
                long_date(self.context.today),
            )
            if self.progress
            else ""
        )
        self._show_progress_line()

    def _show_progress_line(self) -> None:
        who = self.participant_id()
        found = None if who is None else self.progress.get(who)
        self.progress_line.setText(
            ""
            if found is None
            else self.tr(
                "In order: intake, learning questions, portfolio, assignment and tussengesprek."
            )
            if found.in_order
            else " ".join(found.problems.values())
        )

    def participant_id(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(IdRole))

    def show_participant(self, *, grid: bool = True) -> None:
        """The chosen participant's pages; the cohort's tussengesprekken grid too unless
        `grid` is False (another participant of the same cohort chosen: it stays as it is)."""
        who = self.people.currentItem()
        self.heading.setText(who.data(NameRole) if who else self.tr("Choose a participant."))
        self._gone = None
        self.show_entries()
        self.show_ratings()
        self.assignment.show_participant(self.participant_id())
        self.midterm.show_participant(self.participant_id(), self.cohort_id, grid=grid)
        self._show_progress_line()  # the marks are the cohort's; a switch changes none

    def show_entries(self, select: int | None = None, *, reload: bool = True) -> None:
        """The timeline; the editor is reloaded only when asked or when its entry went away,
        so that searching never throws away what is being typed."""
        participant_id = self.participant_id()
        before = self.entry_id()
        back = self._gone if before is None and not self.unsaved() else None
        keep = select if select is not None else before if before is not None else back
        self.timeline.blockSignals(True)
        self.timeline.clear()
        self.entry_list = (
            []
            if participant_id is None
            else portfolio.entries(self.context.database, participant_id, self.search.text())
        )
        for entry in self.entry_list:
            line = f"{long_date(entry.entry_date)} · {portfolio.KIND_NAMES[entry.kind]}"
            if entry.attachments:
                line += " · 📎" + str(len(entry.attachments))
            item = QListWidgetItem(f"{entry.title}\n{line}")
            item.setData(IdRole, entry.id)
            self.timeline.addItem(item)
            if entry.id == keep:
                self.timeline.setCurrentItem(item)
        self.timeline.blockSignals(False)
        now = self.entry_id()
        if now is not None or before is not None:
            self._gone = before if now is None else None
        if reload or now != before:
            self.load_entry()

    def show_frame(self) -> None:
        chosen = self.frame_choice.currentText()
        for row, competence in enumerate(self.frame):
            self.ratings.setRowHidden(row, competence.framework != chosen)
        self.show_chart()

    def show_chart(self) -> None:
        chosen = self.frame_choice.currentText()
        scores = self._scores
        self.chart.show_scores(
            [
                (c.name, {m: s for (cid, m), s in scores.items() if cid == c.id})
                for c in self.frame
                if c.framework == chosen
            ]
        )

    def show_ratings(self) -> None:
        participant_id = self.participant_id()
        db = self.context.database
        scores = {} if participant_id is None else portfolio.ratings(db, participant_id)
        self._scores = scores
        support: dict[int, list[str]] = {}
        for entry in [] if participant_id is None else portfolio.entries(db, participant_id):
            for competence_id in entry.competence_ids:
                support.setdefault(competence_id, []).append(
                    f"{entry.title} ({long_date(entry.entry_date)})"
                )
        for row, competence in enumerate(self.frame):
            titles = support.get(competence.id, [])
            evidence = self.ratings.item(row, 1 + len(RatingMoment))
            evidence.setText(str(len(titles)) if titles else "—")
            evidence.setToolTip("\n".join(titles))
            for column, moment in enumerate(RatingMoment, start=1):
                box = self.ratings.cellWidget(row, column)
                assert isinstance(box, QComboBox)
                box.setCurrentIndex(box.findData(scores.get((competence.id, moment))))
                box.setEnabled(participant_id is not None)
        self.show_chart()

    def entry_id(self) -> int | None:
        item = self.timeline.currentItem()
        return None if item is None else int(item.data(IdRole))

    def unsaved(self) -> bool:
        """Whether the editor holds typing that a switch would lose."""
        if self._loaded is None:
            return False
        now = self._input()
        if self._loaded_id is None and not (now.title.strip() or now.text.strip()):
            return False
        return now != self._loaded

    def _keep_typing(self, select: Callable[[], None], back: Callable[[], None]) -> bool:
        """Ask what to do with unsaved typing before a switch; True when the switch may go on.
        `back` re-selects what was being edited (needed to save it or to stay)."""
        if not self.unsaved():
            return True
        choice = QMessageBox.question(
            self,
            self.tr("Portfolio"),
            self.tr("The entry being edited has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if choice == QMessageBox.StandardButton.Discard:
            return True
        back()
        if choice == QMessageBox.StandardButton.Save and self.save_entry() is not None:
            select()
            return True
        return False

    def _participant_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if previous is not None:
            was = int(previous.data(IdRole))
            now = None if current is None else int(current.data(IdRole))

            def choose(participant: int | None) -> Callable[[], None]:
                def select() -> None:
                    self.people.blockSignals(True)
                    for n in range(self.people.count()):
                        if int(self.people.item(n).data(IdRole)) == participant:
                            self.people.setCurrentRow(n)
                    self.people.blockSignals(False)

                return select

            if not self._keep_typing(choose(now), choose(was)):
                return
        self.show_participant(grid=False)

    def _entry_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if previous is not None or self.unsaved():
            was = None if previous is None else int(previous.data(IdRole))
            now = None if current is None else int(current.data(IdRole))

            def choose(entry: int | None) -> Callable[[], None]:
                def select() -> None:
                    self.timeline.blockSignals(True)
                    self.timeline.setCurrentRow(-1)
                    for n in range(self.timeline.count()):
                        if int(self.timeline.item(n).data(IdRole)) == entry:
                            self.timeline.setCurrentRow(n)
                    self.timeline.blockSignals(False)

                return select

            if not self._keep_typing(choose(now), choose(was)):
                return
        self.load_entry()

    def load_entry(self) -> None:
        entry = next((e for e in self.entry_list if e.id == self.entry_id()), None)
        self.kind.setCurrentIndex(
            self.kind.findData(entry.kind if entry else PortfolioEntryKind.REFLECTION)
        )
        self.title.setText(entry.title if entry else "")
        day = entry.entry_date if entry else self.context.today
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.text.setPlainText(entry.text if entry else "")
        session = entry.session_ids[0] if entry and entry.session_ids else None
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(session)))
        linked = set(entry.competence_ids) if entry else set()
        for n in range(self.competence_list.count()):
            item = self.competence_list.item(n)
            checked = int(item.data(IdRole)) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.attachments.clear()
        for attachment_id, name, size in entry.attachments if entry else ():
            item = QListWidgetItem(f"{name} ({max(1, size // 1024)} kB)")
            item.setData(IdRole, attachment_id)
            self.attachments.addItem(item)
        self._loaded = self._input()
        self._loaded_id = entry.id if entry else None

    # --- changes -----------------------------------------------------------------------------

    def _input(self) -> portfolio.EntryInput:
        day = self.day.date()
        session = self.meeting.currentData()
        return portfolio.EntryInput(
            kind=self.kind.currentData(),
            title=self.title.text(),
            entry_date=dt.date(day.year(), day.month(), day.day()),
            text=self.text.toPlainText(),
            session_ids=() if session is None else (int(session),),
            competence_ids=tuple(
                int(self.competence_list.item(n).data(IdRole))
                for n in range(self.competence_list.count())
                if self.competence_list.item(n).checkState() == Qt.CheckState.Checked
            ),
        )

    def new_entry(self) -> None:
        self._gone = None
        self.timeline.setCurrentItem(None)  # type: ignore[arg-type]
        self.timeline.clearSelection()
        self.load_entry()
        self.title.setFocus()

    def save_entry(self) -> int | None:
        """Store the editor: a new entry when none is chosen, else the chosen one."""
        participant_id = self.participant_id()
        if participant_id is None:
            return None
        data = self._input()
        entry_id = self.entry_id()
        saved: list[int] = []
        if not self.context.run(
            self.tr("add a portfolio entry")
            if entry_id is None
            else self.tr("change a portfolio entry"),
            keeping_result(
                lambda db: portfolio.save_entry(db, participant_id, data, entry_id), saved
            ),
            self,
        ):
            return None
        self._choose_entry(saved[0])  # a new entry is the one being edited from now on
        return saved[0]

    def _choose_entry(self, entry_id: int) -> None:
        self.timeline.blockSignals(True)
        for n in range(self.timeline.count()):
            if int(self.timeline.item(n).data(IdRole)) == entry_id:
                self.timeline.setCurrentRow(n)
        self.timeline.blockSignals(False)
        self.load_entry()

    def delete_entry(self) -> bool:
        entry_id = self.entry_id()
        if entry_id is None:
            return False
        return self.context.run(
            self.tr("delete a portfolio entry"),
            lambda db: portfolio.delete_entry(db, entry_id),
            self,
        )

    def attach(self, path: Path | None = None) -> int | None:
        entry_id = self.entry_id()
        if entry_id is None:
            QMessageBox.information(
                self, self.tr("Portfolio"), self.tr("Save the entry first, then attach to it.")
            )
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach document"),
                str(Path.home()),
                self.tr("Documents (*.pdf *.docx *.odt)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            content = path.read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Portfolio"),
                fill(self.tr("%1 cannot be read: %2"), path, error.strerror or error),
            )
            return None
        made: list[int] = []
        name = path.name
        if not self.context.run(
            self.tr("Attach document"),
            keeping_result(lambda db: portfolio.attach(db, entry_id, name, content), made),
            self,
        ):
            return None
        return made[0]

    def detach(self) -> bool:
        entry_id, item = self.entry_id(), self.attachments.currentItem()
        if entry_id is None or item is None:
            return False
        attachment_id = int(item.data(IdRole))
        return self.context.run(
            self.tr("remove an attachment"),
            lambda db: portfolio.detach(db, entry_id, attachment_id),
            self,
        )

    def save_attachment(self, target: Path | None = None) -> Path | None:
        item = self.attachments.currentItem()
        if item is None:
            return None
        name, _media_type, content = portfolio.attachment(
            self.context.database, int(item.data(IdRole))
        )
        return save_and_open(self, content, target, name)

    def rate(self, competence_id: int, moment: RatingMoment, score: int | None) -> None:
        participant_id = self.participant_id()
        if participant_id is None:
            return
        today = self.context.today
        if not self.context.run(
            self.tr("rate a competence"),
            lambda db: portfolio.set_rating(
                db, participant_id, competence_id, moment, score, today
            ),
            self,
        ):
            self.show_ratings()  # the box shows the refused score: back to what is stored

    def export_pdf(self, target: Path | None = None) -> Path | None:
        from sioo_desk.services.portfolio_pdf import portfolio_pdf

        participant_id = self.participant_id()
        if participant_id is None:
            return None
        try:
            content = portfolio_pdf(self.context.database, participant_id, self.context.today)
        except SiooDeskError as error:
            QMessageBox.warning(self, self.tr("Portfolio"), str(error))
            return None
        name = f"Portfolio {self.heading.text()}.pdf"
        saved = save_and_open(self, content, target, name, self.tr("PDF (*.pdf)"))
        if saved is not None:
            self.context.notify(fill(self.tr("Saved %1."), saved), 8000)
        return saved

"""The first-use assistant: a new database for a real organisation in four short pages (the
organisation, the programme, the first staff members, the first cohort if wanted). Shown at the
first start, when the default database is not there yet, and by File ▸ New database….

Nothing is written before Finish; Finish makes the whole database at once (services/first_use)
and a refusal leaves no file behind, so that Cancel always means: nothing happened. At the
first start, a user who wants to look around first opens the separate demo database instead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sioo_desk.domain.cohort_rules import CODE_MAX_LENGTH, proposed_code
from sioo_desk.domain.enums import Role
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import money
from sioo_desk.domain.names import parse_full_name
from sioo_desk.services.first_use import (
    FirstCohort,
    FirstUse,
    Logo,
    SetUp,
    check_staff_list,
    set_up,
)
from sioo_desk.services.organisation import Organisation, check_logo, cleaned
from sioo_desk.services.programme_template import TEMPLATE
from sioo_desk.services.staff import StaffInput
from sioo_desk.store.database import Database
from sioo_desk.store.location import DatabaseLocation, from_path
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.services.demo import DemoResult
    from sioo_desk.ui.worker import Worker

_RED = "#c62828"
LOGO_SIZE = (180, 72)


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("pageMessage")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Page(QWizardPage):
    """A page with a line under it for what is wrong with what was typed."""

    def __init__(self) -> None:
        super().__init__()
        self.message = _message_label()

    def say(self, text: str, *, problem: bool = True) -> None:
        self.message.setStyleSheet(f"color: {_RED};" if problem else "")
        self.message.setText(text)


# --- 1. the organisation ---------------------------------------------------------------------


class OrganisationPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("organisationPage")
        self.setTitle(self.tr("The organisation"))
        self.setSubTitle(
            self.tr(
                "Who runs the programme. Letters and certificates print the name, the address "
                "and the logo."
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("organisationName")
        self.name.setPlaceholderText(self.tr("e.g. Academie Noord"))
        self.name.setMaxLength(200)
        self.address = QPlainTextEdit()
        self.address.setObjectName("organisationAddress")
        self.address.setPlaceholderText(self.tr("street and number\npostcode and town"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.phone = QLineEdit()
        self.phone.setObjectName("organisationPhone")
        self.phone.setMaxLength(40)
        self.email = QLineEdit()
        self.email.setObjectName("organisationEmail")
        self.logo: Logo | None = None
        self.logo_preview = QLabel(self.tr("no logo"))
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; color: #777;")
        choose = QPushButton(self.tr("Choose image…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        self.remove_logo.setEnabled(False)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Logo (optional):"), logo_row)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        # The name is required: Next stays grey until there is one.
        self.registerField("organisationName*", self.name)

    def organisation(self) -> Organisation:
        return Organisation(
            name=self.name.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def validatePage(self) -> bool:
        try:
            cleaned(self.organisation())
        except SiooDeskError as error:
            self.say(str(error))
            return False
        self.say("")
        return True

    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo of the organisation"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path | None) -> bool:
        """Take the image at `path` as the logo (None: no logo); a refusal is said on the page."""
        if path is None:
            self.logo = None
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("no logo"))
            self.remove_logo.setEnabled(False)
            return True
        try:
            content = path.read_bytes()
            check_logo(content, path.name)
        except OSError as error:
            from sioo_desk.store.output import reason

            self.say(fill(self.tr("%1 cannot be read: %2."), path.name, reason(error, path)))
            return False
        except SiooDeskError as error:
            self.say(str(error))
            return False
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        self.logo = Logo(content, path.name)
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_SIZE[0] - 8,
                LOGO_SIZE[1] - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.remove_logo.setEnabled(True)
        self.say("")
        return True


# --- 2. the programme ------------------------------------------------------------------------


class ProgrammePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("programmePage")
        self.setTitle(self.tr("The programme"))
        self.setSubTitle(
            self.tr("Every new database starts with the programme as the brochure describes it.")
        )
        t = TEMPLATE
        ateliers = [p for p in t.parts if p.kind.value == "atelier"]
        rows = [
            (self.tr("Programme"), f"<b>{_html(t.title)}</b>"),
            (self.tr("Provider"), _html(t.provider)),
            (self.tr("Funder"), _html(t.funder)),
            (
                self.tr("Contact time"),
                fill(
                    self.tr("%1 half-days, %2 of them outside working hours"),
                    t.contact_half_days,
                    t.outside_working_hours_half_days,
                ),
            ),
            (self.tr("Study load"), fill(self.tr("%1 hours"), t.study_hours)),
            (
                self.tr("Group"),
                fill(
                    self.tr("%1 to %2 participants; consultation groups of %3 to %4"),
                    t.min_participants,
                    t.max_participants,
                    t.min_group_size,
                    t.max_group_size,
                ),
            ),
            (
                self.tr("Fee"),
                fill(
                    self.tr(
                        "%1 per participant for the municipality, after %2 from the funder "
                        "(at a group of %3)"
                    ),
                    _euros(t.fee_cents),
                    _euros(t.subsidy_cents),
                    t.fee_group_size,
                ),
            ),
            (
                self.tr("Admission"),
                fill(self.tr("%1 criteria, weighed at the intake"), len(t.criteria)),
            ),
            (
                self.tr("Ateliers"),
                "<br>".join(f"{p.number}. {_html(p.theme or p.title)}" for p in ateliers),
            ),
            (
                self.tr("Competence frames"),
                "<br>".join(_html(f.name) for f in t.frames),
            ),
        ]
        table = "".join(
            f'<tr><td style="padding: 2px 14px 2px 0; color: #555; white-space: nowrap;">'
            f"{_html(label)}</td><td style='padding: 2px 0;'>{value}</td></tr>"
            for label, value in rows
        )
        summary = QLabel(f"<table>{table}</table>")
        summary.setObjectName("programmeSummary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.RichText)
        later = QLabel(
            self.tr(
                "What can be changed later: the effort threshold and how attendance counts under "
                "File ▸ Settings, a cohort's meetings on its Programme tab, the competence "
                "frames on the Portfolio tab."
            )
        )
        later.setObjectName("programmeLater")
        later.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addSpacing(8)
        layout.addWidget(later)
        layout.addStretch(1)


def _html(text: str) -> str:
    import html

    return html.escape(text)


def _euros(cents: int) -> str:
    text = money(cents)
    return text[:-3] if text.endswith(",00") else text


# --- 3. the staff ----------------------------------------------------------------------------

# The table's columns: the text ones, then one check box per role.
NAME, TITLE, FUNCTION, EMAIL = range(4)
ROLES = tuple(Role)
FIRST_ROLE = 4


class StaffPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("staffPage")
        self.setTitle(self.tr("The first staff members"))
        self.setSubTitle(
            self.tr(
                "Who works on the programme, with their roles; one person may hold several. "
                "More can be added later (Edit ▸ Staff…)."
            )
        )
        self.table = QTableWidget(0, FIRST_ROLE + len(ROLES))
        self.table.setObjectName("staffTable")
        headers = [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Function (as printed)"),
            self.tr("E-mail"),
            *(self._role_header(r) for r in ROLES),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((NAME, 160), (TITLE, 70), (FUNCTION, 150)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        for offset in range(len(ROLES)):
            header.setSectionResizeMode(
                FIRST_ROLE + offset, QHeaderView.ResizeMode.ResizeToContents
            )
        add = QPushButton(self.tr("Add staff member"))
        add.setObjectName("addStaff")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeStaff")
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Letters and certificates are signed by the cohort's programme manager, and "
                "certificates also by a signatory (the rector, for instance): enter at least "
                "those two. Rows left empty are skipped."
            )
        )
        hint.setObjectName("staffHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_row(roles=(Role.PROGRAMME_MANAGER,))
        self.add_row(roles=(Role.SIGNATORY,))

    def _role_header(self, role: Role) -> str:
        # On two lines where long: six roles beside the text columns, without scrolling.
        return {
            Role.PROGRAMME_MANAGER: self.tr("Programme\nmanager"),
            Role.SECRETARY: self.tr("Secretary"),
            Role.SIGNATORY: self.tr("Signatory"),
            Role.TEACHER: self.tr("Teacher"),
            Role.COACH: self.tr("Coach"),
            Role.ASSESSOR: self.tr("Assessor"),
        }[role]

    def add_row(
        self,
        name: str = "",
        roles: tuple[Role, ...] = (),
        *,
        title: str = "",
        function: str = "",
        email: str = "",
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((NAME, name), (TITLE, title), (FUNCTION, function), (EMAIL, email)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        for offset, role in enumerate(ROLES):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if role in roles else Qt.CheckState.Unchecked)
            item.setToolTip(labels.role(role))
            self.table.setItem(row, FIRST_ROLE + offset, item)
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def members(self) -> tuple[StaffInput, ...]:
        """The rows with anything typed in them, as the staff service takes them."""
        found = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, c) for c in (NAME, TITLE, FUNCTION, EMAIL)]
            if not any(texts):
                continue
            roles = tuple(
                role
                for offset, role in enumerate(ROLES)
                if (item := self.table.item(row, FIRST_ROLE + offset)) is not None
                and item.checkState() == Qt.CheckState.Checked
            )
            found.append(
                StaffInput.named(
                    parse_full_name(texts[NAME]),
                    title=texts[TITLE],
                    function=texts[FUNCTION],
                    email=texts[EMAIL],
                    roles=roles,
                )
            )
        return tuple(found)

    def validatePage(self) -> bool:
        try:
            check_staff_list(self.members())
        except SiooDeskError as error:
            self.say(str(error))
            return False
        self.say("")
        return True


# --- 4. the first cohort ---------------------------------------------------------------------


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class CohortPage(_Page):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.setObjectName("cohortPage")
        self.setTitle(self.tr("The first cohort"))
        self.setSubTitle(
            self.tr(
                "Optional: the cohort to start with. Its meetings are planned afterwards, on its "
                "Programme tab; all of this can be changed later (Cohort ▸ Edit cohort…)."
            )
        )
        year = today.year if today.month < 9 else today.year + 1
        self.make = QCheckBox(self.tr("Make the first cohort now"))
        self.make.setObjectName("makeCohort")
        self.make.setChecked(True)
        self.name = QLineEdit(self._name_for(year))
        self.name.setObjectName("cohortName")
        self.code = QLineEdit(proposed_code(year, frozenset()))
        self.code.setObjectName("cohortCode")
        self.code.setMaxLength(CODE_MAX_LENGTH)
        self.code.setToolTip(
            self.tr("The start of every certificate number of the cohort, e.g. HRM-2027-001.")
        )
        self.start = _date_edit(dt.date(year, 11, 15))
        self.start.setObjectName("cohortStart")
        self.end = _date_edit(dt.date(year + 1, 6, 30))
        self.end.setObjectName("cohortEnd")
        self.location = QLineEdit()
        self.location.setObjectName("cohortLocation")
        self.location.setPlaceholderText(self.tr("e.g. Kaap Doorn Conferentiecentrum, Doorn"))
        self.programme_manager = QComboBox()
        self.programme_manager.setObjectName("cohortManager")
        self.secretary = QComboBox()
        self.secretary.setObjectName("cohortSecretary")
        self.signatory = QComboBox()
        self.signatory.setObjectName("cohortSignatory")
        # The name and the code follow the start year until the user types their own.
        self._proposed = (self.name.text(), self.code.text())
        self.start.dateChanged.connect(self._follow_start)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Code:"), self.code)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("From:"), dates)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Programme manager:"), self.programme_manager)
        form.addRow(self.tr("Signatory:"), self.signatory)
        form.addRow(self.tr("Secretary:"), self.secretary)
        self.make.toggled.connect(self.form.setEnabled)
        self.make.toggled.connect(lambda _on: self.completeChanged.emit())
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.note = QLabel()
        self.note.setObjectName("cohortNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make)
        layout.addWidget(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.message)

    @staticmethod
    def _name_for(year: int) -> str:
        return f"Leergang {year}–{year + 1}"

    def _follow_start(self, day: QDate) -> None:
        name, code = self._name_for(day.year()), proposed_code(day.year(), frozenset())
        if self.name.text() == self._proposed[0]:
            self.name.setText(name)
        if self.code.text() == self._proposed[1]:
            self.code.setText(code)
        self._proposed = (name, code)

    def initializePage(self) -> None:
        """The staff choices from the staff page, each role's first holder chosen."""
        wizard = cast(FirstUseWizard, self.wizard())
        members = wizard.staff_page.members()
        missing = []
        for combo, role in (
            (self.programme_manager, Role.PROGRAMME_MANAGER),
            (self.signatory, Role.SIGNATORY),
            (self.secretary, Role.SECRETARY),
        ):
            combo.clear()
            combo.addItem(self.tr("(nobody yet)"), None)
            for position, member in enumerate(members):
                if role in member.roles:
                    label = " ".join(
                        p
                        for p in (
                            member.title,
                            member.first_name,
                            member.initials,
                            member.tussenvoegsel,
                            member.surname,
                        )
                        if p
                    )
                    combo.addItem(label, position)
            combo.setCurrentIndex(1 if combo.count() > 1 else 0)
            if combo.count() == 1 and role is not Role.SECRETARY:
                missing.append(labels.role(role))
        self.note.setText(
            fill(
                self.tr(
                    "Nobody is %1 yet: letters and certificates of the cohort cannot be signed "
                    "until someone is (Edit ▸ Staff…, then Cohort ▸ Edit cohort…)."
                ),
                self.tr(" or ").join(missing),
            )
            if missing
            else ""
        )

    def isComplete(self) -> bool:
        return not self.make.isChecked() or bool(self.name.text().strip())

    def cohort(self) -> FirstCohort | None:
        if not self.make.isChecked():
            return None
        return FirstCohort(
            name=self.name.text(),
            start=self.start.date().toPython(),  # type: ignore[arg-type]
            end=self.end.date().toPython(),  # type: ignore[arg-type]
            code=self.code.text(),
            location=self.location.text(),
            programme_manager=self.programme_manager.currentData(),
            secretary=self.secretary.currentData(),
            signatory=self.signatory.currentData(),
        )


# --- the assistant ---------------------------------------------------------------------------


class FirstUseWizard(QWizard):
    """After Finish (or the demo at the first start), `database` is the database made and
    opened, for the caller to show; it stays None after Cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        location: DatabaseLocation,
        today: dt.date,
        *,
        first_use: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstUseWizard")
        self.location = location
        self.today = today
        self.first_use = first_use
        self.database: Database | None = None
        self.result_of_set_up: SetUp | None = None
        self.demo_job: Worker | None = None
        self.setWindowTitle(
            self.tr("Welcome to Sioo Desk") if first_use else self.tr("New database")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.organisation_page = OrganisationPage()
        self.programme_page = ProgrammePage()
        self.staff_page = StaffPage()
        self.cohort_page = CohortPage(today)
        for page in (
            self.organisation_page,
            self.programme_page,
            self.staff_page,
            self.cohort_page,
        ):
            self.addPage(page)
        where = location.display
        self.organisation_page.intro.setText(
            fill(
                self.tr(
                    "Welcome. Sioo Desk keeps everything of the programme in one database "
                    "file; this assistant makes it, in four short steps, in %1. Nothing is "
                    "saved before Finish."
                ),
                where,
            )
            if first_use
            else fill(
                self.tr("A new, empty database in %1. Nothing is saved before Finish."), where
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        if first_use:
            self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
            self.setButtonText(
                QWizard.WizardButton.CustomButton1, self.tr("Look at the demo first")
            )
            self.button(QWizard.WizardButton.CustomButton1).setToolTip(
                self.tr(
                    "Opens a separate demo database with invented cohorts and people; this "
                    "assistant comes back at the next start."
                )
            )
            self.customButtonClicked.connect(lambda _which: self.open_demo())
            self.currentIdChanged.connect(self._demo_button_on_first_page)
        self.resize(1060, 640)

    def _demo_button_on_first_page(self, page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(page_id == self.startId())

    def plan(self) -> FirstUse:
        return FirstUse(
            organisation=self.organisation_page.organisation(),
            logo=self.organisation_page.logo,
            staff=self.staff_page.members(),
            cohort=self.cohort_page.cohort(),
        )

    def accept(self) -> None:
        """Finish: make the whole database, or say on the page why not and stay."""
        page = cast(_Page, self.currentPage())
        try:
            database, made = set_up(self.location, self.plan())
        except SiooDeskError as error:
            page.say(str(error))
            return
        except OSError as error:
            from sioo_desk.store.output import reason

            page.say(fill(self.tr("%1 cannot be made: %2."), self.location.display, reason(error)))
            return
        self.result_of_set_up = made
        self._finish_with(database)

    def _finish_with(self, database: Database) -> None:
        self.database = database
        # Past QWizard.done, which would first validate the page shown (the demo may be
        # chosen on an empty first page).
        QDialog.done(self, QDialog.DialogCode.Accepted)

    # --- the demo instead ----------------------------------------------------------------

    def open_demo(self) -> Worker | None:
        from sioo_desk.ui import demo_database as demo

        target = demo.demo_path()
        choice = demo.ask(self, target, in_use=False)
        if choice is None:
            return None
        if choice == demo.OPEN:
            try:
                database = Database.open(from_path(target), may_create=False)
            except SiooDeskError as error:
                QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
                return None
            self._finish_with(database)
            return None

        def ready(path: Path, _result: DemoResult) -> None:
            try:
                database = Database.open(from_path(path), may_create=False)
            except SiooDeskError as error:
                QMessageBox.warning(self, self.tr("Sioo Desk"), str(error))
                return
            self._finish_with(database)

        page = cast(_Page, self.currentPage())
        self.demo_job = demo.make_demo(
            self, target, self.today, ready, lambda text: page.say(text, problem=False)
        )
        return self.demo_job

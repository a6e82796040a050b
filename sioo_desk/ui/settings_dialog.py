"""The settings, on one screen over the settings schema: a page per group (Inzet, Groepen,
Intake, Verantwoording, Brieven, Organisatie), the editor each type asks for, and a way back to
each default. The organisation's page has its logo too, and is saved as the organisation
service saves it, in a step of its own. The letter texts are written beside a preview of the letter, filled in for a made-up
candidate, in which a placeholder the letter does not know is marked in red.

What is typed is saved with Apply or OK, as one undoable step; a refusal is shown in the
dialog. The dialog follows the change bus: an undo from the main window shows here at once."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sioo_desk.domain.enums import AdmissionDecision
from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services import letters
from sioo_desk.services import organisation as organisation_service
from sioo_desk.services import settings_schema as schema
from sioo_desk.services.changes import Changes
from sioo_desk.ui import failure
from sioo_desk.ui.form_edit import run_in_form
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

PlaceholderRole = Qt.ItemDataRole.UserRole + 1
_RED = "#c62828"
LOGO_SIZE = (220, 88)


class Field:
    """One setting's editor: the widget, what it holds, and putting a value in it."""

    def __init__(self, spec: schema.Spec, changed: Callable[[], None]) -> None:
        self.spec = spec
        self.widget: QWidget
        if spec.type is schema.SettingType.INT:
            box = QSpinBox()
            box.setRange(spec.minimum or 0, spec.maximum or 1_000_000)
            box.setSuffix(spec.unit)
            box.valueChanged.connect(lambda _v: changed())
            self.widget = box
        elif spec.type is schema.SettingType.BOOL:
            check = QCheckBox()
            check.toggled.connect(lambda _on: changed())
            self.widget = check
        elif spec.type is schema.SettingType.CHOICE:
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(lambda _i: changed())
            self.widget = combo
        elif spec.multiline:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.textChanged.connect(changed)
            self.widget = text
        else:
            line = QLineEdit()
            line.textChanged.connect(lambda _t: changed())
            self.widget = line
        self.widget.setObjectName(spec.key)
        self.widget.setToolTip(spec.description)

    def value(self) -> object:
        """What the editor holds, as the schema parses it."""
        w = self.widget
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return str(w.currentData())
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        assert isinstance(w, QLineEdit)
        return w.text()

    def show(self, value: schema.Value) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        else:
            assert isinstance(w, QLineEdit)
            w.setText(str(value))
        w.blockSignals(False)

    def parsed(self) -> schema.Value:
        """The value as it would be saved; SettingError (Dutch) when it cannot be."""
        return schema.parse(self.spec, self.value())


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: ViewContext) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.context = context
        self.stored: dict[str, schema.Value] = {}
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        self.resets: dict[str, QPushButton] = {}
        self.previews: dict[str, QTextBrowser] = {}  # per letter
        # The logo as stored, and what was chosen instead (an image, or none) and not saved.
        self.logo_stored: int | None = None
        self.logo_pending: tuple[bytes, str] | None = None
        self.logo_removed = False

        # The short settings together, a box per group; the letters on a page of their own.
        self.pages = QTabWidget()
        self.pages.setObjectName("settingsPages")
        general = QWidget()
        general_layout = QVBoxLayout(general)
        for group in schema.GROUPS:
            if group in (schema.BRIEVEN, schema.ORGANISATIE):
                continue
            box = QGroupBox(group)
            box.setObjectName(f"group:{group}")
            QVBoxLayout(box).addWidget(
                self._page([s for s in schema.SCHEMA if s.group == group], margins=0)
            )
            general_layout.addWidget(box)
        general_layout.addStretch(1)
        self.pages.addTab(general, self.tr("General"))
        letter_specs = [s for s in schema.SCHEMA if s.group == schema.BRIEVEN]
        self.pages.addTab(self._page(letter_specs), schema.BRIEVEN)
        self.pages.addTab(self._organisation_page(), schema.ORGANISATIE)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {_RED};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("applySettings")
        failure.connect_named(self.apply_button, self.save)
        failure.connect_named(self.buttons.button(QDialogButtonBox.StandardButton.Ok), self._ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1180, 760)
        self.load()
        context.bus.changed.connect(self._changed)

    # --- building --------------------------------------------------------------------------

    def _page(self, specs: list[schema.Spec], margins: int | None = None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if margins is not None:
            layout.setContentsMargins(margins, margins, margins, margins)
        plain = [s for s in specs if s.type is not schema.SettingType.LETTER]
        if plain:
            grid = QGridLayout()
            grid.setColumnStretch(3, 1)
            # The same columns in every box: the Default buttons line up.
            grid.setColumnMinimumWidth(0, 230)
            grid.setColumnMinimumWidth(1, 300)
            row = 0
            for spec in plain:
                field = self._field(spec)
                if isinstance(field.widget, QSpinBox):
                    field.widget.setMinimumWidth(110)
                elif isinstance(field.widget, QLineEdit):
                    field.widget.setMinimumWidth(300)
                grid.addWidget(self.labels[spec.key], row, 0)
                grid.addWidget(field.widget, row, 1, Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(self.resets[spec.key], row, 2)
                description = QLabel(spec.description)
                description.setWordWrap(True)
                description.setStyleSheet("color: palette(placeholder-text);")
                grid.addWidget(description, row + 1, 1, 1, 3)
                grid.addWidget(self.problems[spec.key], row + 2, 1, 1, 3)
                row += 3
            layout.addLayout(grid)
        by_letter: dict[str, list[schema.Spec]] = {}
        for spec in specs:
            if spec.type is schema.SettingType.LETTER:
                by_letter.setdefault(spec.letter, []).append(spec)
        if by_letter:
            letters_tabs = QTabWidget()
            letters_tabs.setObjectName("letterTabs")
            titles = {
                "admission": self.tr("Admission letter"),
                "rejection": self.tr("Non-admission letter"),
            }
            for letter, pieces in by_letter.items():
                letters_tabs.addTab(self._letter_page(letter, pieces), titles[letter])
            layout.addWidget(letters_tabs, 1)
        else:
            layout.addStretch(1)
        return page

    def _field(self, spec: schema.Spec) -> Field:
        field = Field(spec, lambda: self._edited(spec.key))
        self.fields[spec.key] = field
        label = QLabel(spec.label)
        label.setToolTip(spec.description)
        label.setBuddy(field.widget)
        self.labels[spec.key] = label
        problem = QLabel()
        problem.setObjectName(f"problem:{spec.key}")
        problem.setWordWrap(True)
        problem.setStyleSheet(f"color: {_RED};")
        problem.hide()
        self.problems[spec.key] = problem
        reset = QPushButton(self.tr("Default"))
        reset.setObjectName(f"reset:{spec.key}")
        reset.setToolTip(self.tr("Back to the default value (saved with Apply or OK)."))
        reset.clicked.connect(lambda: self.reset(spec.key))
        self.resets[spec.key] = reset
        return field

    def _organisation_page(self) -> QWidget:
        specs = [s for s in schema.SCHEMA if s.group == schema.ORGANISATIE]
        page = self._page(specs)
        for spec in specs:  # nothing to go back to: the organisation has no default
            self.resets[spec.key].hide()
        box = QGroupBox(self.tr("Logo"))
        row = QHBoxLayout(box)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        self.logo_choose = QPushButton(self.tr("Choose image…"))
        self.logo_choose.setObjectName("chooseLogo")
        self.logo_choose.setToolTip(self.tr("A PNG or JPEG image of at most 2 MB."))
        failure.connect_named(self.logo_choose, lambda: self.choose_logo())
        self.logo_remove = QPushButton(self.tr("Remove"))
        self.logo_remove.setObjectName("removeLogo")
        failure.connect_named(self.logo_remove, self.remove_logo)
        buttons.addWidget(self.logo_choose)
        buttons.addWidget(self.logo_remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, box)
        return page

    def _show_logo(self) -> None:
        if self.logo_pending is not None:
            content: bytes | None = self.logo_pending[0]
        elif self.logo_removed or self.logo_stored is None:
            content = None
        else:
            content = organisation_service.logo_image(
                self.context.database, organisation_service.Organisation(logo=self.logo_stored)
            )
        label = self.logo_preview
        pixmap = QPixmap()
        if content is None or not pixmap.loadFromData(content):
            label.setPixmap(QPixmap())
            label.setText(self.tr("no logo"))
        else:
            label.setText("")
            label.setPixmap(
                pixmap.scaled(
                    LOGO_SIZE[0] - 8,
                    LOGO_SIZE[1] - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_remove.setEnabled(content is not None)

    def _letter_page(self, letter: str, pieces: list[schema.Spec]) -> QWidget:
        editors = QWidget()
        column = QVBoxLayout(editors)
        column.setContentsMargins(0, 0, 0, 0)
        for spec in pieces:
            field = self._field(spec)
            heading = QHBoxLayout()
            heading.addWidget(self.labels[spec.key], 1)
            heading.addWidget(self.resets[spec.key])
            column.addLayout(heading)
            column.addWidget(field.widget, 1 if spec.multiline else 0)
            column.addWidget(self.problems[spec.key])
        placeholders = QListWidget()
        placeholders.setObjectName(f"placeholders:{letter}")
        placeholders.setToolTip(self.tr("Double-click to put the placeholder in the letter text."))
        for placeholder in pieces[0].placeholders:
            item = QListWidgetItem(f"{placeholder.token} — {placeholder.description}")
            item.setData(PlaceholderRole, placeholder.token)
            placeholders.addItem(item)
        placeholders.setMaximumHeight(170)
        body = next((s for s in pieces if s.multiline), None)
        if body is not None:
            placeholders.itemDoubleClicked.connect(
                lambda item, key=body.key: self._insert(key, str(item.data(PlaceholderRole)))
            )
        column.addWidget(QLabel(self.tr("Placeholders (double-click to insert):")))
        column.addWidget(placeholders)

        preview = QTextBrowser()
        preview.setObjectName(f"preview:{letter}")
        preview.setOpenLinks(False)
        self.previews[letter] = preview
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Preview, for a made-up candidate:")))
        side_layout.addWidget(preview, 1)
        splitter = QSplitter()
        splitter.addWidget(editors)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    # --- showing ---------------------------------------------------------------------------

    def load(self, keys: set[str] | None = None) -> None:
        """The stored values into the editors: all of them, or those of `keys` (what an
        undo changed), leaving what is being typed elsewhere as it is."""
        for found in schema.settings(self.context.database):
            if keys is not None and found.key not in keys:
                continue
            self.stored[found.key] = found.value
            field = self.fields[found.key]
            if field.value() != found.value:
                field.show(found.value)
        if keys is None or organisation_service.LOGO in keys:
            self.logo_stored = organisation_service.organisation(self.context.database).logo
            self.logo_pending, self.logo_removed = None, False
            self._show_logo()
        for key in self.fields:
            self._mark(key)
        self._preview()
        self._enable()

    def _changed(self, changes: Changes) -> None:
        if not self.isVisible():  # closed: a new dialog is opened next time
            return
        if changes.everything:
            self.load()
            return
        keys = set(changes.settings) & {*self.fields, organisation_service.LOGO}
        if keys:
            self.load(keys)

    def _edited(self, key: str) -> None:
        self._mark(key)
        spec = self.fields[key].spec
        if spec.type is schema.SettingType.LETTER or key == schema.LETTER_PLACE:
            self._preview()
        self._enable()

    def _mark(self, key: str) -> None:
        """A value that is not the default: its name in bold and its Default button on; a
        value that cannot be saved: why, in red, under it."""
        field = self.fields[key]
        problem = self.problems[key]
        try:
            value: schema.Value | None = field.parsed()
        except SiooDeskError as error:
            value = None
            problem.setText(str(error))
            problem.show()
        else:
            problem.clear()
            problem.hide()
        differs = value != field.spec.default
        font = self.labels[key].font()
        font.setBold(differs)
        self.labels[key].setFont(font)
        self.resets[key].setEnabled(differs)

    def _enable(self) -> None:
        self.apply_button.setEnabled(bool(self.wanted()) or self._logo_changed())

    def _logo_changed(self) -> bool:
        return self.logo_pending is not None or (self.logo_removed and self.logo_stored is not None)

    def wanted(self) -> dict[str, object]:
        """The settings whose editor holds something else than is stored, as typed."""
        found: dict[str, object] = {}
        for key, field in self.fields.items():
            try:
                value: object = field.parsed()
            except SiooDeskError:
                value = field.value()  # refused when saved, with the reason
            if value != self.stored.get(key):
                found[key] = field.value()
        return found

    def _preview(self) -> None:
        for letter, preview in self.previews.items():
            scroll = preview.verticalScrollBar().value()
            preview.setHtml(self.preview_html(letter))
            preview.verticalScrollBar().setValue(scroll)

    def preview_html(self, letter: str) -> str:
        """The letter as it will be printed, for a made-up candidate, from the texts being
        typed: an unknown placeholder in red, with the reason under the letter."""
        from sioo_desk.services.organisation import organisation

        decision = (
            AdmissionDecision.ADMITTED if letter == "admission" else AdmissionDecision.NOT_ADMITTED
        )
        try:
            found = organisation(self.context.database)
            sender = tuple(
                x
                for x in (found.name, *found.address.splitlines(), found.phone, found.email)
                if x.strip()
            )
        except SiooDeskError:
            sender = ()
        data = letters.sample(decision, sender=sender)
        values = letters.placeholder_values(data)
        pieces = [s for s in schema.SCHEMA if s.letter == letter]
        subject_spec = next(s for s in pieces if not s.multiline)
        body_spec = next(s for s in pieces if s.multiline)
        subject = str(self.fields[subject_spec.key].value())
        body = str(self.fields[body_spec.key].value())
        place = str(self.fields[schema.LETTER_PLACE].value()).strip()
        allowed = {p.name for p in body_spec.placeholders}

        def filled(text: str) -> str:
            out, at = [], 0
            for match in schema.PLACEHOLDER.finditer(text):
                out.append(html.escape(text[at : match.start()]))
                name = match.group(1)
                if name in allowed:
                    out.append(html.escape(values[name]))
                else:
                    out.append(
                        f'<span style="color:{_RED}; font-weight:bold; '
                        f'text-decoration: underline;">{html.escape(match.group(0))}</span>'
                    )
                at = match.end()
            out.append(html.escape(text[at:]))
            return "".join(out).replace("\n", "<br/>")

        parts = [
            '<div style="font-size: 9pt;">',
            f'<p style="color:#666; font-size: 8.5pt;">'
            f"{'<br/>'.join(html.escape(x) for x in data.sender)}</p><br/>",
            f"<p>{html.escape(data.name.formal_name)}<br/>Gemeente "
            f"{html.escape(data.municipality)}</p><br/>",
            f"<p>{html.escape(place + ', ' if place else '')}"
            f"{html.escape(long_date(self.context.today))}</p>",
            f"<p><b>Betreft: {filled(' '.join(subject.split()))}</b></p>",
        ]
        for paragraph in schema.paragraphs(body):
            if paragraph.strip() == "{" + schema.SCHEDULE + "}" and data.schedule:
                rows = "".join(
                    f"<tr><td width='45%'>{html.escape(what)}</td><td>{html.escape(when)}</td></tr>"
                    for what, when in data.schedule
                )
                parts.append(f"<table cellspacing='0' cellpadding='1'>{rows}</table><br/>")
                continue
            text = filled(paragraph)
            if schema.fill_placeholders(paragraph, values).strip():
                parts.append(f"<p>{text}</p>")
        parts.append(
            f"<br/><br/><p>{html.escape(data.signer)}<br/>"
            f"<span style='font-size: 8.5pt;'>{html.escape(data.signer_function)}</span></p>"
        )
        problems = [
            schema.letter_problem(subject, subject_spec.placeholders, subject_spec.label),
            schema.letter_problem(body, body_spec.placeholders, body_spec.label),
        ]
        for problem in filter(None, problems):
            parts.append(f'<p style="color:{_RED};">{html.escape(problem)}</p>')
        parts.append("</div>")
        return "".join(parts)

    # --- changing --------------------------------------------------------------------------

    def reset(self, key: str) -> None:
        field = self.fields[key]
        field.show(field.spec.default)
        self._edited(key)

    def _insert(self, key: str, token: str) -> None:
        widget = self.fields[key].widget
        if isinstance(widget, QPlainTextEdit):
            widget.insertPlainText(token)
            widget.setFocus()

    def choose_logo(self, path: Path | None = None) -> bool:
        """An image for the logo, shown at once and saved with Apply or OK."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            # The size first: a huge file is refused without reading it.
            organisation_service.check_logo_size(path.stat().st_size, path.name)
            content = path.read_bytes()
            organisation_service.check_logo(content, path.name)
        except OSError as error:
            self.message.setText(fill(self.tr("%1 cannot be read: %2"), path, error.strerror))
            return False
        except SiooDeskError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.logo_pending, self.logo_removed = (content, path.name), False
        self._show_logo()
        self._enable()
        return True

    def remove_logo(self) -> None:
        self.logo_pending, self.logo_removed = None, True
        self._show_logo()
        self._enable()

    def save(self) -> bool:
        """The organisation in one undoable step, every other changed setting in another; a
        refusal (the first value that cannot be saved) is shown in the dialog and nothing of
        that step is saved."""
        wanted = self.wanted()
        own = {k for k in wanted if self.fields[k].spec.group == schema.ORGANISATIE}
        if own or self._logo_changed():
            if not self._save_organisation():
                return False
            wanted = {k: v for k, v in wanted.items() if k not in own}
        if not wanted:
            return True
        refused = run_in_form(
            self.context,
            self.tr("settings"),
            lambda db: schema.set_settings(db, wanted),
        )
        if refused is not None:
            self.message.setText(str(refused))
            return False
        self.message.clear()
        self.load(set(wanted))
        return True

    def _save_organisation(self) -> bool:
        def text(key: str) -> str:
            return str(self.fields[key].value())

        value = organisation_service.Organisation(
            name=text(organisation_service.NAME),
            address=text(organisation_service.ADDRESS),
            phone=text(organisation_service.PHONE),
            email=text(organisation_service.EMAIL),
            logo=None if self.logo_removed else self.logo_stored,
        )
        new_logo = self.logo_pending
        refused = run_in_form(
            self.context,
            self.tr("organisation"),
            lambda db: organisation_service.save_organisation(db, value, new_logo),
        )
        if refused is not None:
            self.message.setText(str(refused))
            return False
        self.message.clear()
        self.load({*organisation_service.KEYS})
        return True

    def _ok(self) -> None:
        if self.save():
            self.accept()

"""The settings screen: opened from File ▸ Settings…, a value saved as one undoable step and
taken back by undo (the screen follows), a letter text with an unknown placeholder marked in
the preview and refused, and a setting back to its default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QSpinBox

from sioo_desk.services import grouping, images
from sioo_desk.services import settings_schema as schema
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.settings_dialog import SettingsDialog

BODY = "letters.admission.text"


def opened(main_window: MainWindow) -> SettingsDialog:
    main_window.settings_action.trigger()
    dialog = main_window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_value_saved_in_the_dialog_is_one_undoable_step(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert main_window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    dialog = opened(main_window)
    db = main_window.context.database
    spin = dialog.fields["groups.max_per_coach"].widget
    assert isinstance(spin, QSpinBox) and spin.value() == 2
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    assert not dialog.resets["groups.max_per_coach"].isEnabled()
    spin.setValue(3)
    assert dialog.apply_button.isEnabled() and dialog.resets["groups.max_per_coach"].isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert grouping.max_groups_per_coach(db) == 3
    stack = main_window.context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "instellingen"
    assert not dialog.apply_button.isEnabled()

    assert main_window.context.undo()
    assert grouping.max_groups_per_coach(db) == 2
    assert spin.value() == 2  # the dialog follows the undo
    assert main_window.context.redo()
    assert spin.value() == 3


def test_a_letter_text_with_an_unknown_placeholder_is_marked_and_refused(
    qtbot, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(main_window)
    db = main_window.context.database
    before = db.read("SELECT key, value FROM settings ORDER BY key")
    body = dialog.fields[BODY].widget
    assert isinstance(body, QPlainTextEdit)
    assert "Met genoegen laat ik u weten" in dialog.previews["admission"].toPlainText()
    assert "Leergang 2027–2028" in dialog.previews["admission"].toPlainText()  # {cohort} filled
    body.setPlainText(body.toPlainText().replace("{cohort}", "{cohrt}"))

    problem = dialog.problems[BODY]
    assert not problem.isHidden()
    assert problem.text().startswith(
        "Onbekende plaatshouder {cohrt} in ‘Tekst toelatingsbrief’; toegestaan zijn: {aanhef},"
    )
    preview = dialog.preview_html("admission")
    assert 'color:#c62828; font-weight:bold; text-decoration: underline;">{cohrt}</span>' in (
        preview
    )
    assert "Onbekende plaatshouder {cohrt}" in dialog.previews["admission"].toPlainText()

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == problem.text()
    assert db.read("SELECT key, value FROM settings ORDER BY key") == before
    assert main_window.context.undo_stack.count() == 0


def test_a_changed_letter_text_back_to_its_default(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(main_window)
    db = main_window.context.database
    body = dialog.fields[BODY].widget
    assert isinstance(body, QPlainTextEdit)
    body.setPlainText("{aanhef},\n\nWelkom in {cohort}.\n\nGroet,")
    assert "Welkom in Leergang 2027–2028." in dialog.previews["admission"].toPlainText()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert schema.setting_value(db, BODY) == "{aanhef},\n\nWelkom in {cohort}.\n\nGroet,"
    assert dialog.labels[BODY].font().bold()  # not the default

    qtbot.mouseClick(dialog.resets[BODY], Qt.MouseButton.LeftButton)
    assert body.toPlainText() == schema.ADMISSION_TEXT
    assert not dialog.labels[BODY].font().bold()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert db.read("SELECT value FROM settings WHERE key = :k", {"k": BODY}) == []
    assert schema.setting_value(db, BODY) == schema.ADMISSION_TEXT
    assert main_window.context.undo_stack.count() == 2


def test_planning_intakes_proposes_the_intake_settings(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from sioo_desk.ui.intake_planning_dialog import IntakePlanningDialog

    db = main_window.context.database
    schema.set_settings(
        db, {"intake.minutes": 60, "intake.start_times": "10:00 14:00", "intake.weekdays": "di"}
    )
    dialog = IntakePlanningDialog(main_window, main_window.context, 1, "Leergang", None, None)
    qtbot.addWidget(dialog)
    assert dialog.minutes.value() == 60
    assert dialog.times.text() == "10:00, 14:00"
    assert [box.isChecked() for box in dialog.weekday_boxes] == [False, True, False, False, False]


def test_the_organisation_page_saves_name_and_logo_as_one_undoable_step(  # type: ignore[no-untyped-def]
    qtbot, main_window: MainWindow, tmp_path
) -> None:
    from PIL import Image

    from sioo_desk.services.organisation import organisation

    dialog = opened(main_window)
    db = main_window.context.database
    name = dialog.fields["organisation.name"].widget
    assert name.text() == "Sioo"  # type: ignore[attr-defined]
    image = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "navy").save(image)
    assert dialog.choose_logo(image)
    assert not dialog.logo_preview.pixmap().isNull()
    name.setText("Academie Noord")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    found = organisation(db)
    assert found.name == "Academie Noord" and found.logo is not None
    assert dialog.logo_stored == found.logo and not dialog.apply_button.isEnabled()
    stack = main_window.context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "organisatie"
    assert main_window.context.undo()
    assert organisation(db).name == "Sioo"
    assert name.text() == "Sioo"  # type: ignore[attr-defined]

    assert main_window.context.redo()
    assert not dialog.logo_preview.pixmap().isNull()  # the dialog follows the redo
    dialog.remove_logo()
    assert dialog.logo_preview.pixmap().isNull() and dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert organisation(db).logo is None and organisation(db).name == "Academie Noord"


def test_the_organisation_page_refuses_a_bad_logo_and_an_empty_name(  # type: ignore[no-untyped-def]
    qtbot, main_window: MainWindow, tmp_path, monkeypatch
) -> None:
    from sioo_desk.services import organisation as organisation_service

    dialog = opened(main_window)
    db = main_window.context.database
    before = organisation_service.organisation(db)
    not_an_image = tmp_path / "logo.pdf"
    not_an_image.write_bytes(b"%PDF-1.4")
    assert not dialog.choose_logo(not_an_image)
    assert "geen PNG- of JPEG-afbeelding" in dialog.message.text()
    assert not dialog.choose_logo(tmp_path / "weg.png")
    assert "weg.png" in dialog.message.text()
    big = tmp_path / "groot.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n")
    monkeypatch.setattr(images, "MAX_BYTES", 4)
    assert not dialog.choose_logo(big)
    assert "te groot voor een logo" in dialog.message.text()
    assert dialog.logo_pending is None

    dialog.fields["organisation.name"].widget.setText("  ")  # type: ignore[attr-defined]
    assert not dialog.problems["organisation.name"].isHidden()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "De naam van de organisatie is verplicht." in dialog.message.text()
    assert organisation_service.organisation(db) == before
    assert main_window.context.undo_stack.count() == 0

"""The staff screen (Bewerken ▸ Medewerkers…): every role, title and function, a signature with
its preview, archive and bring back, delete when named nowhere; and the intake planning on a
new database, where nobody can interview yet."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QSettings

from sioo_desk.domain.enums import Role
from sioo_desk.services import images, staff
from sioo_desk.services.changes import Changes
from sioo_desk.store.database import Database
from sioo_desk.ui.context import ViewContext
from sioo_desk.ui.intake_planning_dialog import IntakePlanningDialog
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.staff_dialog import StaffDialog

TODAY = dt.date(2026, 11, 23)


def png(path: Path) -> Path:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 80), "white").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def names(dialog: StaffDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def open_on_new_database(qtbot, empty_db: Database, settings: QSettings) -> StaffDialog:  # type: ignore[no-untyped-def]
    window = MainWindow(empty_db, settings, TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.staff_action.text() == "&Medewerkers…"
    dialog = window.open_staff()
    assert isinstance(dialog, StaffDialog)
    return dialog


def test_the_first_staff_members_on_a_new_database(  # type: ignore[no-untyped-def]
    qtbot, empty_db: Database, settings: QSettings, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_on_new_database(qtbot, empty_db, settings)
    window = dialog.parent()
    assert isinstance(window, MainWindow)
    assert dialog.windowTitle() == "Medewerkers" and dialog.table.rowCount() == 0
    assert dialog.empty_hint.isVisibleTo(dialog)
    assert not dialog.signature_choose.isEnabled() and not dialog.delete_button.isEnabled()
    assert [box.text() for box in dialog.role_boxes.values()] == [
        "programmamanager",
        "secretariaat",
        "ondertekenaar",
        "docent",
        "coach",
        "assessor",
    ]

    dialog.edits["title"].setText("prof. dr.")
    dialog.edits["initials"].setText("rj")
    dialog.edits["tussenvoegsel"].setText("van")
    dialog.edits["surname"].setText("Dijk")
    dialog.edits["function"].setText("rector Sioo")
    dialog.role_boxes[Role.TEACHER].setChecked(False)
    assert dialog.save() is None and dialog.message.text() == "Rol: kies minstens één rol."
    dialog.role_boxes[Role.SIGNATORY].setChecked(True)
    dialog.role_boxes[Role.TEACHER].setChecked(True)
    rector = dialog.save()
    assert rector is not None and names(dialog) == ["prof. dr. R.J. van Dijk"]
    assert dialog.table.item(0, 1).text() == "ondertekenaar, docent"
    assert dialog.table.item(0, 2).text() == "rector Sioo"
    assert not dialog.empty_hint.isVisibleTo(dialog) and dialog.message.isHidden()
    assert dialog.signature_choose.isEnabled() and not dialog.signature_remove.isEnabled()

    assert dialog.choose_signature(png(tmp_path / "hand.png"))
    assert staff.signature(empty_db, rector) is not None
    assert not dialog.signature_preview.pixmap().isNull() and dialog.signature_remove.isEnabled()
    (tmp_path / "hand.pdf").write_bytes(b"%PDF-1.4")
    assert not dialog.choose_signature(tmp_path / "hand.pdf")
    assert dialog.message.text().startswith("hand.pdf is geen PNG- of JPEG-afbeelding")
    # Too big: refused by its size, before the file is read.
    huge = tmp_path / "groot.png"
    with huge.open("wb") as out:
        out.truncate(images.MAX_BYTES + 1)
    read: list[object] = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or b"")
    assert not dialog.choose_signature(huge)
    assert read == [] and "groot.png is te groot voor een handtekening" in dialog.message.text()
    monkeypatch.undo()

    dialog.new()
    dialog.edits["first_name"].setText("Marieke")
    dialog.edits["surname"].setText("Hoogendoorn")
    dialog.role_boxes[Role.PROGRAMME_MANAGER].setChecked(True)
    manager = dialog.save()
    assert manager is not None and names(dialog) == [
        "prof. dr. R.J. van Dijk",
        "Marieke Hoogendoorn",
    ]

    # Named nowhere: deleted, and back with the undo of the main window.
    assert dialog.delete() and names(dialog) == ["prof. dr. R.J. van Dijk"]
    assert dialog.current is None and dialog.edits["surname"].text() == ""
    window.undo_action.trigger()
    assert names(dialog) == ["prof. dr. R.J. van Dijk", "Marieke Hoogendoorn"]

    # The rector archived: still shown while chosen, later only when asked for; and back.
    dialog.select(rector)
    assert dialog.toggle_archived()
    assert dialog.archive_button.text() == "Terughalen"
    assert "prof. dr. R.J. van Dijk (gearchiveerd)" in names(dialog)  # still the one chosen
    assert dialog.message.isHidden() and dialog.note.text() == (
        "R.J. van Dijk is gearchiveerd: blijft staan waar genoemd, wordt voor niets nieuws "
        "meer aangeboden."
    )
    dialog.select(manager)
    dialog.show_archived.setChecked(True)
    assert names(dialog) == ["prof. dr. R.J. van Dijk (gearchiveerd)", "Marieke Hoogendoorn"]
    dialog.show_archived.setChecked(False)
    assert names(dialog) == ["Marieke Hoogendoorn"]  # hidden unless asked for
    dialog.show_archived.setChecked(True)
    dialog.select(rector)
    assert dialog.toggle_archived() and not staff.staff_member(empty_db, rector).archived
    assert dialog.archive_button.text() == "Archiveren"


def test_someone_named_anywhere_cannot_be_deleted(main_window: MainWindow) -> None:
    dialog = main_window.open_staff()
    assert isinstance(dialog, StaffDialog)
    koster = next(m for m in dialog.staff if m.name.surname == "Koster")
    dialog.select(koster.id)
    assert dialog.dates.count() > 1  # the coach's consultation sessions
    undo_steps = main_window.context.undo_stack.count()
    assert not dialog.delete()
    assert dialog.message.text().startswith("Wim Koster kan niet worden verwijderd: coach van ")
    assert "Archiveer deze medewerker" in dialog.message.text()
    assert main_window.context.undo_stack.count() == undo_steps
    assert any(m.id == koster.id for m in dialog.staff)


def test_a_duplicate_address_is_said_beside_the_form(main_window: MainWindow) -> None:
    dialog = main_window.open_staff()
    assert isinstance(dialog, StaffDialog)
    zwart = next(m for m in dialog.staff if m.name.surname == "Zwart")
    dialog.new()
    dialog.edits["surname"].setText("Boonstra")
    dialog.edits["email"].setText(zwart.email)
    assert dialog.save() is None
    assert dialog.message.text().startswith(f"E-mail: {zwart.email} is al het adres van")
    assert dialog.edits["surname"].text() == "Boonstra"  # the input stays


def test_intake_planning_without_staff_says_so_and_offers_nothing(  # type: ignore[no-untyped-def]
    qtbot, empty_db: Database
) -> None:
    from sioo_desk.domain.models import Cohort, Programme

    with empty_db.session() as s:
        programme = Programme(code="HRM", title="Leergang", provider="Sioo")
        cohort = Cohort(programme=programme, code="HRM-2027", name="Leergang 2027")
        s.add(cohort)
        s.flush()
        cohort_id = cohort.id
    context = ViewContext(empty_db, TODAY)
    dialog = IntakePlanningDialog(None, context, cohort_id, "Leergang 2027", None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_staff.isVisible() and not dialog.make_button.isEnabled()
    assert dialog.no_staff.text().startswith("Er zijn nog geen medewerkers")
    assert dialog.interviewer.count() == 0

    added = staff.save_staff(empty_db, staff.StaffInput("Verbeek", roles=(Role.SECRETARY,)))
    context.bus.publish(added.changes)
    assert dialog.interviewer.count() == 1 and dialog.interviewer.currentText() == "Verbeek"
    assert not dialog.no_staff.isVisible() and dialog.make_button.isEnabled()
    context.bus.publish(Changes.of(people=[added.result]))  # the choice is kept
    assert dialog.interviewer.currentData() == added.result

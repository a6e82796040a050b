"""A real organisation starts: the first-use assistant on a new default database, File ▸ New
database…, the demo in a database of its own (the title then says DEMO), and a new database's
actions that need a cohort being grey until there is one."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWizard

from sioo_desk import cli
from sioo_desk.domain.enums import AdmissionDecision, ParticipantStatus, Role, Verdict
from sioo_desk.domain.validation import ParticipantInput
from sioo_desk.services import certificates, letters, verdicts
from sioo_desk.services.cohort_editing import CohortInput, create_cohort
from sioo_desk.services.demo import is_demo
from sioo_desk.services.intake_record import decide
from sioo_desk.services.new_database import create
from sioo_desk.services.organisation import Organisation, logo_image, organisation
from sioo_desk.services.participant_editing import create_participant
from sioo_desk.services.staff import list_staff
from sioo_desk.store.database import Database
from sioo_desk.store.location import default_path, from_path
from sioo_desk.ui import demo_database
from sioo_desk.ui.first_use import FirstUseWizard
from sioo_desk.ui.main_window import MainWindow
from tests.conftest import TODAY

Next = QWizard.WizardButton.NextButton
Finish = QWizard.WizardButton.FinishButton


def logo_png(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (300, 90), "#1f4e79").save(path, "PNG")
    return path


def fill_staff(wizard: FirstUseWizard) -> None:
    page = wizard.staff_page
    rows = [
        ("Anne Jansen", "drs.", "programmamanager", "a.jansen@academienoord.nl"),
        ("K. Bakker", "prof. dr.", "rector Academie Noord", ""),
    ]
    for row, texts in enumerate(rows):  # the first two rows come with PM and signatory ticked
        for column, text in enumerate(texts):
            page.table.item(row, column).setText(text)
    page.add_row("Piet de Vries", (Role.TEACHER, Role.COACH), email="p.devries@academienoord.nl")


def run_assistant(qtbot, wizard: FirstUseWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(wizard)
    wizard.show()
    org = wizard.organisation_page
    assert not wizard.button(Next).isEnabled()  # the name is required
    qtbot.keyClicks(org.name, "Academie Noord")
    assert wizard.button(Next).isEnabled()
    org.address.setPlainText("Markt 1\n9711 AA Groningen")
    org.phone.setText("050-123 45 67")
    org.email.setText("leergang@academienoord.nl")
    assert org.set_logo(logo_png(tmp_path))
    wizard.next()
    assert wizard.currentPage() is wizard.programme_page
    assert "45 dagdelen" in wizard.programme_page.findChild(object, "programmeSummary").text()
    wizard.next()
    fill_staff(wizard)
    wizard.next()
    cohort = wizard.cohort_page
    assert cohort.programme_manager.currentText() == "drs. Anne Jansen"
    assert cohort.signatory.currentText() == "prof. dr. K. Bakker"
    cohort.start.setDate(dt.date(2027, 11, 3))
    cohort.end.setDate(dt.date(2028, 6, 28))
    assert (cohort.name.text(), cohort.code.text()) == ("Leergang 2027–2028", "HRM-2027")
    cohort.location.setText("Groningen")
    wizard.button(Finish).click()


def test_the_assistant_makes_a_real_organisations_database(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, settings: QSettings
) -> None:
    target = default_path()
    assert target.is_relative_to(tmp_path) and not target.exists()
    wizard = FirstUseWizard(None, from_path(target), TODAY)
    run_assistant(qtbot, wizard, tmp_path)
    db = wizard.database
    assert db is not None and target.exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # nothing left beside it

    found = organisation(db)
    assert (found.name, found.address, found.phone, found.email) == (
        "Academie Noord",
        "Markt 1\n9711 AA Groningen",
        "050-123 45 67",
        "leergang@academienoord.nl",
    )
    assert logo_image(db, found) == logo_png(tmp_path).read_bytes()
    staff = {m.label: set(m.roles) for m in list_staff(db)}
    assert staff == {
        "drs. Anne Jansen": {Role.PROGRAMME_MANAGER},
        "prof. dr. K. Bakker": {Role.SIGNATORY},
        "Piet de Vries": {Role.TEACHER, Role.COACH},
    }
    ((cohort_id, code, name, manager, signatory),) = db.read(
        "SELECT id, code, name, programme_manager_id, signatory_id FROM cohorts"
    )
    assert (code, name) == ("HRM-2027", "Leergang 2027–2028")
    # Nothing of the demo: no invented person, cohort or marker.
    assert not is_demo(db)
    assert db.read("SELECT count(*) FROM people WHERE email LIKE '%demo.sioo-desk.nl'") == [(0,)]
    assert db.read("SELECT count(*) FROM participants") == [(0,)]

    # The letters and certificates of that cohort carry what was entered.
    participant = create_participant(
        db, cohort_id, ParticipantInput(surname="Visser", first_name="Noor", email="n@ede.nl")
    ).result
    decide(db, participant, AdmissionDecision.ADMITTED, dt.date(2027, 10, 1), "")
    letter = letters.letter_data(db, participant)
    assert letter.sender[:3] == ("Academie Noord", "Markt 1", "9711 AA Groningen")
    assert (letter.signer, letter.signer_function) == ("drs. Anne Jansen", "programmamanager")
    text = PdfReader(io.BytesIO(letters.letter_pdf(letter, written_on=TODAY))).pages[0]
    assert "drs. Anne Jansen" in text.extract_text()
    signers = certificates.signers(db, cohort_id)
    assert signers.programme_manager is not None and signers.signatory is not None
    assert (signers.programme_manager.person_id, signers.signatory.person_id) == (
        manager,
        signatory,
    )
    with db.session() as s:
        from sioo_desk.domain.models import Participant

        s.get_one(Participant, participant).status = ParticipantStatus.COMPLETED
    issued_on = dt.date(2028, 6, 28)
    verdicts.record(
        db,
        participant,
        verdicts.VerdictInput(Verdict.GOED, "Overtuigend.", issued_on, None, 90),
        today=issued_on,
    )
    page = PdfReader(io.BytesIO(certificates.preview_pdf(db, participant, issued_on))).pages[0]
    printed = page.extract_text()
    for expected in (
        "ACADEMIE NOORD",
        "drs. Anne Jansen",
        "programmamanager",
        "prof. dr. K. Bakker",
        "rector Academie Noord",
    ):
        assert expected in printed, expected

    window = MainWindow(db, settings, TODAY)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Leergang 2027–2028 — Sioo Desk"
    assert window.demo_label.isHidden()
    assert window.header.subtitle.text().startswith(
        "De gemeentelijke HRM-adviseur als partner in business · Groningen · 3 november 2027"
    )
    db.close()


def test_cancel_leaves_no_file_and_a_refusal_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = default_path()
    wizard = FirstUseWizard(None, from_path(target), TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.organisation_page.name.setText("Academie Noord")
    wizard.organisation_page.email.setText("geen adres")
    wizard.next()
    assert wizard.currentPage() is wizard.organisation_page  # refused on its page
    assert wizard.organisation_page.message.text() == (
        "E-mailadres van de organisatie: 'geen adres' is geen geldig e-mailadres."
    )
    wizard.organisation_page.email.clear()
    wizard.next()
    wizard.next()
    wizard.staff_page.table.item(0, 3).setText("a.jansen@")  # no name, a bad address
    wizard.next()
    assert wizard.currentPage() is wizard.staff_page
    assert wizard.staff_page.message.text() == "Medewerker 1: Achternaam: is verplicht."
    wizard.staff_page.table.item(0, 0).setText("Anne Jansen")
    wizard.staff_page.table.item(0, 3).setText("")
    wizard.next()
    page = wizard.cohort_page
    page.end.setDate(dt.date(2020, 1, 1))
    wizard.button(Finish).click()
    assert wizard.isVisible() and wizard.database is None
    assert page.message.text() == "Einddatum: ligt vóór de startdatum."
    assert not target.parent.exists() or list(target.parent.iterdir()) == []
    wizard.reject()
    assert wizard.database is None
    assert not target.exists()


def test_only_the_default_database_missing_starts_the_assistant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse = cli.build_parser().parse_args
    assert cli._first_use(parse([])).path == default_path()
    assert cli._first_use(parse(["--smoke-test"])) is None
    # A file named on the command line is never made by a typo: it stays refused as missing.
    assert cli._first_use(parse(["--db", str(tmp_path / "typo.sqlite")])) is None
    monkeypatch.setenv("SIOO_DESK_DB", str(tmp_path / "typo.sqlite"))
    assert cli._first_use(parse([])) is None
    monkeypatch.delenv("SIOO_DESK_DB")
    Database.open(from_path(default_path())).close()
    assert cli._first_use(parse([])) is None


def test_new_database_refuses_a_file_with_data(  # type: ignore[no-untyped-def]
    main_window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    full = tmp_path / "vol.sqlite"
    shutil.copyfile(demo_path, full)
    before = hashlib.sha256(full.read_bytes()).hexdigest()
    assert main_window.new_database(full) is None
    assert len(shown) == 1
    assert shown[0].startswith(f"{full} bevat al gegevens (1 programma, 2 cohorten, ")
    assert shown[0].endswith("Er is niets veranderd; kies een andere bestandsnaam.")
    assert hashlib.sha256(full.read_bytes()).hexdigest() == before
    assert main_window.new_database(demo_path) is None
    assert shown[1] == f"{demo_path} is de database die nu open is; kies een andere bestandsnaam."
    assert main_window.database.location.path == demo_path


def test_new_database_runs_the_assistant_and_opens_the_result(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path
) -> None:
    assert main_window.windowTitle().endswith(" — Sioo Desk — DEMO")
    assert main_window.demo_label.isVisible()
    target = tmp_path / "eigen.sqlite"
    wizard = main_window.new_database(target)
    assert isinstance(wizard, FirstUseWizard) and not wizard.first_use
    wizard.organisation_page.name.setText("Academie Zuid")
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.cohort_page.make.setChecked(False)
    with qtbot.waitSignal(main_window.bus.changed):
        wizard.button(Finish).click()
    assert main_window.database.location.path == target
    assert organisation(main_window.database).name == "Academie Zuid"
    assert main_window.cohorts.rowCount() == 0
    assert main_window.windowTitle() == "Sioo Desk"
    assert main_window.demo_label.isHidden()
    assert main_window.undo_stack.count() == 0
    assert main_window.statusBar().currentMessage() == (
        f"Nieuwe database gemaakt en geopend: {target}"
    )


def new_window(qtbot, tmp_path: Path, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    database, _ = create(from_path(tmp_path / "eigen.sqlite"), Organisation(name="Academie"))
    window = MainWindow(database, settings, TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_demo_goes_into_a_database_of_its_own(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_window(qtbot, tmp_path, settings)
    own = window.database.location.path
    window.demo_action.trigger()
    with qtbot.waitSignal(window._demo_job.ended, timeout=120_000):
        pass
    target = demo_database.demo_path()
    assert window.database.location.path == target
    assert target.name == "Sioo Desk demo.sqlite"
    assert window.cohorts.rowCount() == 2
    assert window.windowTitle() == "Leergang 2026–2027 — Sioo Desk — DEMO"
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    with Database.open(from_path(own), may_create=False) as real:  # untouched
        assert real.read("SELECT count(*) FROM cohorts") == [(0,)]
        assert not is_demo(real)

    # Back to the own database; the demo is there already: opened as it is, or started afresh.
    assert window.open_database(own)
    assert window.windowTitle() == "Sioo Desk" and window.demo_label.isHidden()
    asked: list[str] = []

    def answer(choice: str | None):  # type: ignore[no-untyped-def]
        def choose(_parent, text: str, _options) -> str | None:  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return choose

    monkeypatch.setattr(demo_database, "choose", answer(demo_database.OPEN))
    assert window.load_demo() is None
    assert asked[-1].startswith("Er is al een demodatabase:")
    assert window.database.location.path == target and window.cohorts.rowCount() == 2

    # From the demo itself: start afresh (the file open is replaced, then opened again).
    with window.database.session() as s:
        from sioo_desk.domain.models import Cohort

        s.get_one(Cohort, window.selected_cohort_id()).name = "Veranderd"
    window.reload()
    assert window.header.title.text() == "Veranderd"
    monkeypatch.setattr(demo_database, "choose", answer(demo_database.FRESH))
    job = window.load_demo()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pass
    assert asked[-1].startswith("Dit is de demodatabase.")
    assert window.database.location.path == target and window.cohorts.rowCount() == 2
    assert window.windowTitle() == "Leergang 2026–2027 — Sioo Desk — DEMO"


def test_the_demo_never_replaces_a_file_with_real_data(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = demo_database.demo_path()
    database, _ = create(from_path(target), Organisation(name="Eigen"))
    with database:
        create_cohort(database, CohortInput("Echt", "", None, None, None, None))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(demo_database, "choose", lambda *_a: demo_database.FRESH)
    window = new_window(qtbot, tmp_path, settings)
    assert window.load_demo() is None
    assert shown == [
        f"{target} bevat eigen gegevens en is geen demodatabase; de demogegevens komen daar "
        "niet overheen. Er is niets veranderd."
    ]
    with Database.open(from_path(target), may_create=False) as kept:
        assert kept.read("SELECT name FROM cohorts") == [("Echt",)]


def test_a_new_database_greys_what_needs_a_cohort(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, settings: QSettings
) -> None:
    window = new_window(qtbot, tmp_path, settings)
    lists = window.list_actions
    needing = [
        lists.import_action,
        lists.export_action,
        lists.plan_intakes_action,
        lists.letters_action,
        lists.mail_menu.menuAction(),
        window.participant_actions.new_action,
        window.cohort_actions.edit_action,
    ]
    assert not any(a.isEnabled() for a in needing)
    assert lists.plan_intakes_action.statusTip() == "Maak eerst een cohort: Cohort ▸ Nieuw cohort…"
    assert lists.new_cohort_action.isEnabled() and window.staff_action.isEnabled()
    assert "Cohort ▸ Nieuw cohort…" in window.header.subtitle.text()
    programme = window.registry.open("programme")
    assert not programme.isEnabled()
    attendance = window.registry.open("attendance")
    assert not attendance.isEnabled()
    assert window.registry.view("participants").isEnabled()

    cohort = create_cohort(
        window.database, CohortInput("Leergang 2027–2028", "", None, None, None, None)
    )
    window.context.apply(lambda _db: cohort)
    assert window.selected_cohort_id() == cohort.result
    assert all(a.isEnabled() for a in needing[:5])
    assert programme.isEnabled() and attendance.isEnabled()
    # A cohort without meetings: what needs one is grey, and the tab says what to do.
    window.registry.open("programme")
    buttons = programme.buttons  # type: ignore[attr-defined]
    assert buttons["generate"].isEnabled()
    assert not any(buttons[k].isEnabled() for k in ("edit", "move", "ics", "pdf"))
    assert programme.summary.text().startswith("Nog geen bijeenkomsten")  # type: ignore[attr-defined]
    window.registry.open("attendance")
    assert not attendance.sign_in.isEnabled()  # type: ignore[attr-defined]
    window.database.close()


def test_at_the_first_start_the_demo_can_be_looked_at_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    target = default_path()
    wizard = FirstUseWizard(None, from_path(target), TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    demo = wizard.button(QWizard.WizardButton.CustomButton1)
    assert demo.isVisible() and demo.text() == "Eerst de demo bekijken"
    job = wizard.open_demo()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pass
    assert wizard.database is not None and not wizard.isVisible()
    assert wizard.database.location.path == demo_database.demo_path()
    assert is_demo(wizard.database)
    assert not target.exists()  # the assistant comes back at the next start
    wizard.database.close()

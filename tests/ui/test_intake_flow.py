"""The issue's whole story, in the GUI alone: a new cohort, an Excel list of 20 candidates,
intakes planned, documents attached, criteria answered, 18 admitted, letters printed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from sioo_desk.domain.enums import AdmissionCriterion, AdmissionDecision, CriterionAnswer
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_table_model import Column
from tests.ui.test_main_window import select_participant

TOWNS = [
    "Assen",
    "Emmen",
    "Ede",
    "Oss",
    "Gouda",
    "Hoorn",
    "Zeist",
    "Venlo",
    "Sittard",
    "Weert",
    "Goes",
    "Meppel",
    "Lelystad",
    "Purmerend",
    "Roosendaal",
    "Vlaardingen",
    "Delft",
    "Breda",
    "Leiden",
    "Zwolle",
]


def excel_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Aanhef",
            "Voorletters",
            "Voornaam",
            "Tussenvoegsel",
            "Achternaam",
            "E-mailadres",
            "Telefoon",
            "Gemeente",
            "Functie",
            "Werkervaring",
            "Jaren P&O",
        ]
    )
    for i, town in enumerate(TOWNS):
        sheet.append(
            [
                "mevrouw" if i % 2 else "heer",
                "",
                f"Kandidaat{i:02d}",
                "van der" if i % 5 == 0 else "",
                f"Achternaam{i:02d}",
                f"kandidaat{i}@{town.lower()}.nl",
                f"06-1234{i:04d}",
                town,
                "P&O-adviseur",
                6 + i % 5,
                3 + i % 3,
            ]
        )
    book.save(path)
    return path


def pdf_document() -> bytes:
    return b"%PDF-1.4\n% intakedocument\n"


def docx_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def test_from_an_excel_list_to_eighteen_admitted_with_letters(  # type: ignore[no-untyped-def]
    main_window: MainWindow, qtbot, tmp_path: Path
) -> None:
    window = main_window
    # A new cohort.
    dialog = window.list_actions.new_cohort()
    dialog.name.setText("Leergang 2027–2028")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.header.title.text() == "Leergang 2027–2028"
    assert window.proxy.rowCount() == 0
    assert "onder het minimum van 15" in window.header.size_badge.text()

    # The secretary imports the Excel list.
    importer = window.list_actions.import_participants(excel_list(tmp_path / "aanmeldingen.xlsx"))
    assert importer is not None and importer.import_button.isEnabled(), importer.summary.text()
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert window.proxy.rowCount() == 20

    # The programme manager makes slots and plans every intake, the first ones by hand.
    planner = window.list_actions.plan_intakes()
    assert planner is not None
    interviewer = planner.interviewer.findText("Marieke Hoogendoorn-de Wit")
    planner.interviewer.setCurrentIndex(interviewer)
    planner.times.setText("9:30, 11:00, 13:30, 15:00")
    assert len(planner.make_slots()) >= 20
    planner.grid.setCurrentCell(0, 0)
    planner.candidates.setCurrentRow(0)
    qtbot.mouseClick(_button(planner, "assign"), Qt.MouseButton.LeftButton)
    assert planner.grid.item(0, 0).text().startswith("Kandidaat")
    while planner.candidates.count():
        planner.candidates.setCurrentRow(0)
        assert planner.first_free()
    assert "20 kandidaten" not in planner.message.text()
    ics = planner.export_selected(tmp_path / "intake.ics")
    assert ics is not None and b"METHOD:PUBLISH" in ics.read_bytes()
    planner.close()

    # Intakes: document, learning questions, criteria, decision — 18 in, 2 not.
    letters_folder = tmp_path / "brieven"
    letters_folder.mkdir()
    document = tmp_path / "intakedocument.pdf"
    document.write_bytes(pdf_document())
    names = [window.proxy.index(r, Column.NAME).data() for r in range(window.proxy.rowCount())]
    for number, name in enumerate(names):
        select_participant(window, name)
        intake = window.participant_actions.intake()
        assert intake is not None
        assert intake.attach(document)
        intake.questions.setPlainText("Hoe word ik partner van het management?")
        for criterion in AdmissionCriterion:
            box = intake.answer_boxes[criterion]
            box.setCurrentIndex(box.findData(CriterionAnswer.MET))
        admit = number < 18
        decision = AdmissionDecision.ADMITTED if admit else AdmissionDecision.NOT_ADMITTED
        intake.decision.setCurrentIndex(intake.decision.findData(decision))
        if not admit:
            intake.reason.setPlainText("Past beter bij een volgende leergang.")
        assert intake.save(), intake.errors.text()
        assert intake.letter_button.isEnabled()
        intake.close()

    assert window.header.size_badge.text() == "18 van 15–18 plaatsen bezet · vol"
    statuses = [window.proxy.index(r, Column.STATUS).data() for r in range(20)]
    assert statuses.count("Toegelaten") == 18 and statuses.count("Niet toegelaten") == 2

    writing = window.list_actions.write_letters(letters_folder)
    assert writing is not None
    with qtbot.waitSignal(writing.ended, timeout=30_000):
        pass
    letters = writing.result
    assert len(letters) == 20
    assert sum("toelating" in p.name for p in letters) == 18
    assert all(p.read_bytes().startswith(b"%PDF") for p in letters)


def _button(dialog, name):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    return dialog.findChild(QPushButton, name)


def test_intake_dialog_refuses_an_unreasoned_admission_and_undo_restores(  # type: ignore[no-untyped-def]
    main_window: MainWindow, tmp_path: Path
) -> None:
    window = main_window
    dialog = window.list_actions.new_cohort()
    dialog.name.setText("Leergang 2027–2028")
    dialog.accept()
    importer = window.list_actions.import_participants(excel_list(tmp_path / "lijst.xlsx"))
    importer.accept()
    select_participant(window, "Achternaam01, Kandidaat01")
    intake = window.participant_actions.intake()
    assert intake is not None
    bad = tmp_path / "intake.docx.exe"
    bad.write_bytes(b"MZ\x90\x00 not a document")
    assert not intake.attach(bad)
    assert "geen PDF-, Word- (.docx) of OpenDocument-document" in intake.errors.text()
    good = tmp_path / "intake.docx"
    good.write_bytes(docx_document())
    assert intake.attach(good)
    assert intake.document_label.text() == "Intakedocument: intake.docx (1 kB)"

    box = intake.answer_boxes[AdmissionCriterion.EDUCATION]
    box.setCurrentIndex(box.findData(CriterionAnswer.NOT_MET))
    intake.decision.setCurrentIndex(intake.decision.findData(AdmissionDecision.ADMITTED))
    assert not intake.save()
    assert "Geef een reden om toch toe te laten" in intake.errors.text()
    assert window.detail.fields["status"].text() == "Aangemeld"

    intake.reason.setPlainText("Werkt aantoonbaar op hbo-niveau.")
    assert intake.save()
    assert window.detail.fields["status"].text() == "Toegelaten"
    window.undo_action.trigger()
    assert window.detail.fields["status"].text() == "Aangemeld"
    assert intake.chosen_decision() is AdmissionDecision.PENDING  # the open form follows
    letter = intake.save_letter(tmp_path / "brief.pdf")
    assert letter is None and "nog geen besluit" in intake.errors.text()
    window.redo_action.trigger()
    intake.load()
    assert intake.save_letter(tmp_path / "brief.pdf") == tmp_path / "brief.pdf"


def test_making_and_deleting_slots_and_a_cohort_undo_and_redo(  # type: ignore[no-untyped-def]
    main_window: MainWindow,
) -> None:
    window = main_window
    dialog = window.list_actions.new_cohort()
    dialog.name.setText("Leergang 2027–2028")
    dialog.accept()
    assert window.cohorts.rowCount() == 3
    planner = window.list_actions.plan_intakes()
    assert planner is not None
    planner.times.setText("10:00")
    made = planner.make_slots()
    assert len(made) == planner.grid.rowCount() > 0
    planner.grid.setCurrentCell(0, 0)
    assert planner.delete_selected()
    assert planner.grid.rowCount() == len(made) - 1
    window.undo_action.trigger()  # the deleted slot comes back
    assert planner.grid.rowCount() == len(made)
    window.undo_action.trigger()  # the series goes
    assert planner.grid.rowCount() == 0
    window.redo_action.trigger()  # and comes back
    assert planner.grid.rowCount() == len(made)
    planner.close()
    window.undo_action.trigger()
    window.undo_action.trigger()  # slots gone, then the empty cohort
    assert window.cohorts.rowCount() == 2
    window.redo_action.trigger()
    assert window.cohorts.rowCount() == 3
    assert window.header.title.text() == "Leergang 2027–2028"


def test_first_free_slot_is_found_and_taken_in_one_transaction(  # type: ignore[no-untyped-def]
    main_window: MainWindow, monkeypatch
) -> None:
    """Another desk takes the first free slot just before this one writes: the slot is looked
    for in the same transaction as it is taken, so the next free one is given."""
    from sioo_desk.domain.validation import ParticipantInput
    from sioo_desk.services import intake_planning as planning
    from sioo_desk.services.participant_editing import create_participant
    from sioo_desk.ui.form_edit import run_in_form as real_run_in_form

    window = main_window
    dialog = window.list_actions.new_cohort()
    dialog.name.setText("Leergang 2027–2028")
    dialog.accept()
    cohort_id = window.context.selection.cohort_id
    assert cohort_id is not None
    db = window.context.database
    mine, other = (
        create_participant(
            db,
            cohort_id,
            ParticipantInput(
                surname=name, first_name="Anna", email=f"{name}@ede.nl", municipality="Ede"
            ),
        ).result
        for name in ("Eerste", "Tweede")
    )
    planner = window.list_actions.plan_intakes()
    assert planner is not None
    planner.times.setText("10:00")  # Mondays and Wednesdays of the intake period, all to come
    made = planner.make_slots()
    assert len(made) >= 2, planner.message.text()
    free = [s.session_id for s in planning.list_slots(db, cohort_id) if s.free]
    assert set(free) == set(made)
    dialog_run = "sioo_desk.ui.intake_planning_dialog.run_in_form"

    def other_desk_first(context, text, step):  # type: ignore[no-untyped-def]
        planning.assign(db, free[0], other)  # committed by another desk meanwhile
        return real_run_in_form(context, text, step)

    monkeypatch.setattr(dialog_run, other_desk_first)
    planner.select_candidate(mine)
    assert planner.first_free(), planner.message.text()
    taken = {s.session_id: s.participant_id for s in planning.list_slots(db, cohort_id)}
    assert taken[free[0]] == other and taken[free[1]] == mine
    assert planner.selected_session() == free[1]
    monkeypatch.setattr(dialog_run, real_run_in_form)

    window.undo_action.trigger()  # the candidate goes out of the slot again
    slots = planning.list_slots(db, cohort_id)
    assert mine not in {s.participant_id for s in slots}
    assert next(s for s in slots if s.session_id == free[1]).free

    # No free slot left: the dialog says so, as it always did, and nothing is written.
    planning.delete_slots(db, free[1:])
    planner.refresh()
    planner.select_candidate(mine)
    depth = window.undo_stack.count()
    assert not planner.first_free()
    assert planner.message.text() == planner.tr("There is no free slot left; make new slots first.")
    assert window.undo_stack.count() == depth
    planner.close()

"""The portfolio tab: the timeline with search, adding and changing an entry with its links,
an attachment (and a refused one), deletion with undo, self-ratings and the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox, QMessageBox

from sioo_desk.domain.enums import AssignmentStatus, PortfolioEntryKind, RatingMoment
from sioo_desk.services import assignment as assignments
from sioo_desk.services import midterm, portfolio
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.portfolio_view import IdRole, NameRole, PortfolioView
from tests.ui.test_main_window import select_cohort


def open_portfolio(window: MainWindow, name: str) -> PortfolioView:
    select_cohort(window, "Leergang 2011–2012")
    window.tabs.setCurrentWidget(window.view("portfolio"))
    view = window.view("portfolio")
    view.people.setCurrentItem(
        next(
            view.people.item(n)
            for n in range(view.people.count())
            if view.people.item(n).data(NameRole) == name
        )
    )
    return view


def titles(view: PortfolioView) -> list[str]:
    return [view.timeline.item(i).text().split("\n")[0] for i in range(view.timeline.count())]


def test_timeline_search_and_a_new_entry_with_undo(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Jan van der Berg")
    assert view.heading.text() == "Jan van der Berg"
    shown = titles(view)
    assert shown[0] == "Einddocument" and shown[-1] == "Intakedocument"
    view.search.setText("werkatelier 3")
    assert titles(view) == ["Reflectie op werkatelier 3"]
    view.search.clear()

    view.new_entry()
    view.kind.setCurrentIndex(view.kind.findData(PortfolioEntryKind.EVIDENCE))
    view.title.setText("Adviesnotitie verzuim")
    view.text.setPlainText("Voor het MT.")
    view.meeting.setCurrentIndex(view.meeting.findText("Werkatelier 4"))
    view.competence_list.item(1).setCheckState(Qt.CheckState.Checked)
    entry_id = view.save_entry()
    assert entry_id is not None and "Adviesnotitie verzuim" in titles(view)
    who = view.participant_id()
    assert who is not None
    stored = next(e for e in portfolio.entries(main_window.database, who) if e.id == entry_id)
    assert stored.kind is PortfolioEntryKind.EVIDENCE and stored.session_ids
    assert stored.competence_ids == (view.frame[1].id,)

    view.title.setText("Adviesnotitie verzuim (definitief)")
    assert view.save_entry() == entry_id
    assert "Adviesnotitie verzuim (definitief)" in titles(view)
    main_window.undo_stack.undo()
    assert "Adviesnotitie verzuim" in titles(view)
    main_window.undo_stack.undo()
    assert not any(t.startswith("Adviesnotitie") for t in titles(view))
    main_window.undo_stack.redo()
    assert "Adviesnotitie verzuim" in titles(view)


def test_attachments_deletion_and_refusals(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    view = open_portfolio(main_window, "Jan van der Berg")
    view.new_entry()
    view.title.setText("   ")
    assert view.save_entry() is None and "Titel" in shown[-1]

    view.timeline.setCurrentRow(0)
    good = tmp_path / "verslag.pdf"
    good.write_bytes(b"%PDF-1.7 verslag")
    assert view.attach(good) is not None
    assert view.attachments.count() == 1 and "verslag.pdf" in view.attachments.item(0).text()
    bad = tmp_path / "foto.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert view.attach(bad) is None and shown[-1]
    assert view.attachments.count() == 1
    view.attachments.setCurrentRow(0)
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda _url: True)
    out = view.save_attachment(tmp_path / "terug.pdf")
    assert out is not None and out.read_bytes() == b"%PDF-1.7 verslag"
    view.attachments.setCurrentRow(0)
    assert view.detach() and view.attachments.count() == 0
    main_window.undo_stack.undo()
    assert view.attachments.count() == 1

    first = titles(view)[0]
    assert view.delete_entry()
    assert first not in titles(view)
    main_window.undo_stack.undo()
    assert titles(view)[0] == first and view.attachments.count() == 1


def test_ratings_and_the_pdf(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_portfolio(main_window, "Jan van der Berg")
    who = view.participant_id()
    assert who is not None
    box = view.ratings.cellWidget(0, 2)  # the first competence at the tussengesprek
    assert view.ratings.item(0, 0).text() == view.frame[0].name
    assert isinstance(box, QComboBox) and box.currentData() is not None
    competence = view.frame[0].id
    view.rate(competence, RatingMoment.MIDTERM, 2)
    assert portfolio.ratings(main_window.database, who)[(competence, RatingMoment.MIDTERM)] == 2
    assert box.currentData() == 2
    main_window.undo_stack.undo()
    assert box.currentData() != 2

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda _url: True)
    target = view.export_pdf(tmp_path / "portfolio.pdf")
    assert target is not None and target.read_bytes().startswith(b"%PDF")


def test_the_assignment_form_saves_refuses_and_undoes(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    form = view.assignment
    view.pages.setCurrentWidget(form)
    who = view.participant_id()
    assert who is not None
    before = assignments.assignment_of(main_window.database, who)
    assert before is not None and form.title.text() == before.title
    assert form.client_name.text() == before.client_name

    form.client_name.clear()
    assert not form.save()
    assert "Opdrachtgever" in form.message.text()
    assert assignments.assignment_of(main_window.database, who) == before

    form.client_name.setText("mw. A. de Wit")
    form.feedback_midway.setPlainText("Goede tussenstand; betrek ook de OR.")
    form.status.setCurrentIndex(form.status.findData(AssignmentStatus.PRESENTED))
    assert form.save() and form.message.text() == "Opgeslagen."
    stored = assignments.assignment_of(main_window.database, who)
    assert stored is not None and stored.feedback_midway.startswith("Goede tussenstand")
    assert stored.status is AssignmentStatus.PRESENTED
    main_window.undo_stack.undo()
    assert assignments.assignment_of(main_window.database, who) == before
    assert form.client_name.text() == before.client_name

    # A presentation time within the closing meeting; an end before the start is refused.
    shown = before.presentation_starts_at
    assert shown is not None and form.presentation_from.time() == QTime(shown.hour, shown.minute)
    form.presentation_from.setTime(QTime(15, 0))
    form.presentation_until.setTime(QTime(14, 30))
    assert not form.save() and "eindtijd 14:30" in form.message.text()
    form.presentation_until.setTime(QTime(15, 30))
    assert form.save()
    stored = assignments.assignment_of(main_window.database, who)
    assert stored is not None
    assert (stored.presentation_starts_at, stored.presentation_ends_at) == (
        dt.time(15, 0),
        dt.time(15, 30),
    )


def test_the_tussengesprek_is_planned_recorded_and_printed(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    form = view.midterm
    view.pages.setCurrentWidget(form)
    who = view.participant_id()
    assert who is not None
    assert "16 februari 2012" in form.earliest.text()
    assert form.yield_so_far.toPlainText()  # the demo's record

    form.planned.setDate(QDate(2012, 2, 10))
    assert not form.plan() and "werkatelier 3" in form.message.text()
    form.planned.setDate(QDate(2012, 4, 16))
    form.starts.setTime(QTime(15, 30))
    assert form.plan()
    assert midterm.review_of(main_window.database, who).starts_at == dt.time(15, 30)

    form.agreements.setPlainText("Vaker de opdrachtgever spreken.")
    assert form.record() and form.message.text() == "Opgeslagen."
    main_window.undo_stack.undo()
    assert form.agreements.toPlainText() != "Vaker de opdrachtgever spreken."
    main_window.undo_stack.undo()
    assert midterm.review_of(main_window.database, who).starts_at != dt.time(15, 30)

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda _url: True)
    out = form.export_summary(tmp_path / "tussengesprek.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF")


def test_progress_at_a_glance(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    assert view.people.currentItem().text() == "✓ Kees Bakker"
    assert view.progress_summary.text() == "17 van 17 in orde op 23 november 2026."
    assert view.progress_line.text().startswith("In orde")
    who = view.participant_id()
    assert who is not None
    entry = next(
        e for e in portfolio.entries(main_window.database, who) if e.kind.value == "intake_document"
    )
    view.timeline.setCurrentItem(
        next(
            view.timeline.item(n)
            for n in range(view.timeline.count())
            if view.timeline.item(n).data(IdRole) == entry.id
        )
    )
    assert view.delete_entry()
    assert view.people.currentItem().text() == "⚠ Kees Bakker"
    assert "intakedocument" in view.people.currentItem().toolTip()
    assert view.progress_summary.text().startswith("16 van 17")
    main_window.undo_stack.undo()
    assert view.people.currentItem().text() == "✓ Kees Bakker"


def test_ratings_per_frame_with_their_evidence(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Jan van der Berg")
    frames = [view.frame_choice.itemText(i) for i in range(view.frame_choice.count())]
    assert frames == [
        "Zeven vermogens van de HRM-businesspartner",
        "Oriëntatiekader",
        "Competenties van adviseurs",
    ]
    shown = [r for r in range(view.ratings.rowCount()) if not view.ratings.isRowHidden(r)]
    assert len(shown) == 7
    assert len(view.chart.rows) == 7 and len(view.chart.rows[0][1]) == 3  # three moments
    assert view.chart.grab().width() > 0
    view.frame_choice.setCurrentIndex(2)
    assert len(view.chart.rows) == 10 and not any(scores for _n, scores in view.chart.rows)
    shown = [r for r in range(view.ratings.rowCount()) if not view.ratings.isRowHidden(r)]
    assert [view.ratings.item(r, 0).text() for r in shown][:2] == [
        "Resultaatgerichtheid",
        "Dienstverlenende instelling",
    ]
    evidence = view.ratings.columnCount() - 1
    counted = [view.ratings.item(r, evidence) for r in range(7)]
    assert any(
        item.text() != "—" and "Reflectie op werkatelier" in item.toolTip() for item in counted
    )


def test_the_cohort_grid_plans_everyone_else(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    form = view.midterm
    assert form.grid.rowCount() == 17
    assert not form.plan_rest() and form.message.text() == "Iedereen heeft al een tussengesprek."
    loose = [int(view.people.item(n).data(IdRole)) for n in range(3)]
    for who in loose:
        midterm.restore(main_window.database, who, midterm.Review())
    form.show_participant(view.participant_id(), view.cohort_id)
    assert [form.grid.item(r, 1).text() for r in range(14, 17)] == ["—", "—", "—"]
    form.rest_times.setText("9:30; kwart over tien")
    assert not form.plan_rest() and "geen tijden" in form.message.text()
    form.rest_times.setText("9:30, 13:00")
    form.rest_from.setDate(QDate(2012, 4, 2))
    assert form.plan_rest() and form.message.text() == "3 tussengesprekken gepland."
    assert all(form.grid.item(r, 1).text() != "—" for r in range(17))
    main_window.undo_stack.undo()
    assert [form.grid.item(r, 1).text() for r in range(14, 17)] == ["—", "—", "—"]


def test_editing_the_frames(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Jan van der Berg")
    dialog = view.edit_frames()
    dialog.frame.setCurrentIndex(1)
    assert dialog.list.count() == 4
    dialog.name.setText("Financiën")
    made = dialog.add()
    assert made is not None and dialog.list.count() == 5
    dialog.list.setCurrentRow(0)
    dialog.name.setText("Strategie en beleid")
    assert dialog.change() and dialog.list.item(0).text() == "Strategie en beleid"
    main_window.undo_stack.undo()
    assert dialog.list.item(0).text() == "Strategie"
    dialog.frame.setCurrentIndex(0)
    dialog.list.setCurrentRow(0)
    assert not dialog.remove() and "zelfbeoordelingen" in dialog.message.text()
    assert dialog.add_frame("Gesprekstechnieken") is not None
    dialog.accept()
    frames = [view.frame_choice.itemText(i) for i in range(view.frame_choice.count())]
    assert "Gesprekstechnieken" not in frames  # a frame shows once it has competences
    assert any(
        view.competence_list.item(n).text() == "Financiën"
        for n in range(view.competence_list.count())
    )


def test_progress_column_in_the_participants_table(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QAbstractItemModelTester

    from sioo_desk.ui.participant_table_model import Column

    select_cohort(main_window, "Leergang 2011–2012")
    model = main_window.participants
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)

    def shown() -> list[str]:
        return [model.index(r, Column.PROGRESS).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "✓" in shown())
    assert shown().count("✓") == 17 and shown().count("") == 1  # the one who withdrew
    row = next(
        r for r in range(model.rowCount()) if model.row_data(r).name.display_name == "Kees Bakker"
    )
    who = model.row_data(row).id
    entry = next(
        e for e in portfolio.entries(main_window.database, who) if e.kind.value == "intake_document"
    )
    portfolio.delete_entry(main_window.database, entry.id)
    main_window.participants_view.load_progress()
    assert model.index(row, Column.PROGRESS).data() == "⚠ intakedocument"
    assert "Er is geen intakedocument." in model.index(row, Column.PROGRESS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    main_window.participants_view.all_cohorts.setChecked(True)
    assert main_window.table.isColumnHidden(Column.PROGRESS)


def test_undo_after_switching_keeps_the_forms_on_the_chosen_participant(
    main_window: MainWindow,
) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    form = view.assignment
    form.manager_name.setText("R. de Manager")
    assert form.save()
    view.people.setCurrentItem(
        next(
            view.people.item(n)
            for n in range(view.people.count())
            if view.people.item(n).data(NameRole) == "Jan van der Berg"
        )
    )
    jan = view.participant_id()
    main_window.undo_stack.undo()
    assert form.participant == jan and view.midterm.participant == jan
    found = assignments.assignment_of(main_window.database, jan)
    assert found is not None and form.manager_name.text() == found.manager_name


def test_searching_keeps_what_is_being_typed(main_window: MainWindow) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    view.new_entry()
    view.title.setText("Half af")
    view.text.setPlainText("Nog niet bewaard")
    view.search.setText("werkatelier")
    assert view.title.text() == "Half af" and view.text.toPlainText() == "Nog niet bewaard"


def test_switching_away_from_unsaved_typing_asks(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_portfolio(main_window, "Kees Bakker")
    kees = view.participant_id()
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))

    def choose(name: str) -> None:
        view.people.setCurrentItem(
            next(
                view.people.item(n)
                for n in range(view.people.count())
                if view.people.item(n).data(NameRole) == name
            )
        )

    view.new_entry()
    view.title.setText("Reflectie op de masterclass")
    answers.append(QMessageBox.StandardButton.Cancel)
    choose("Jan van der Berg")
    assert view.participant_id() == kees and view.title.text() == "Reflectie op de masterclass"
    answers.append(QMessageBox.StandardButton.Save)
    choose("Jan van der Berg")
    assert view.heading.text() == "Jan van der Berg" and not answers
    assert kees is not None
    assert any(
        e.title == "Reflectie op de masterclass"
        for e in portfolio.entries(main_window.database, kees)
    )
    view.timeline.setCurrentRow(0)
    view.text.setPlainText("Weggooien mag")
    answers.append(QMessageBox.StandardButton.Discard)
    view.timeline.setCurrentRow(1)
    assert view.text.toPlainText() != "Weggooien mag"

"""One flow of change (issue 11), accepted: a fact written in the tab that owns it shows in
every other tab that shows it — in a tab first opened after the edit, in one opened before it
(built, then hidden: it marks itself stale and reads again when shown), and again after undo
and after redo, with the reader in view.

The table comes first. Each case is: the writer tab; the edit, made through that tab's own
widgets as a user makes it; the reader tab; how the reader shows the fact (what its models,
labels and trees hold — never the database); what it shows after the edit, and before it.
The helpers per tab follow the table; the test itself is at the end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple
from unittest.mock import patch

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sioo_desk.domain.enums import AssignmentStatus, AttendanceStatus, ParticipantStatus
from sioo_desk.ui.accountability_page import AccountabilityPage
from sioo_desk.ui.attendance_view import AttendanceView
from sioo_desk.ui.closing_view import ClosingView
from sioo_desk.ui.coach_view import CoachView
from sioo_desk.ui.groups_view import GroupsView
from sioo_desk.ui.guests_view import GuestsView
from sioo_desk.ui.intake_dialog import IntakeDialog
from sioo_desk.ui.main_window import MainWindow
from sioo_desk.ui.participant_dialog import ParticipantDialog
from sioo_desk.ui.participant_table_model import Column as ParticipantColumn
from sioo_desk.ui.portfolio_view import NameRole, PortfolioView
from sioo_desk.ui.schedule_model import ScheduleColumn
from sioo_desk.ui.schedule_view import ScheduleView
from sioo_desk.ui.session_dialog import SessionDialog
from sioo_desk.ui.staff_dialog import StaffDialog
from sioo_desk.ui.standings_model import Column as StandingColumn
from tests.ui.test_main_window import select_cohort, select_participant

RUNNING = "Leergang 2026–2027"  # running today, 23 November 2026; shown on start-up
REFERENCE = "Leergang 2011–2012"  # the finished reference cohort
HEADER = "header"  # the band above the tabs: always in view, so it is never stale


def table() -> list[Case]:
    """Facts × screens. Read a row as: the writer tab, by this edit, changes what the reader
    tab shows this way — from `before` to `after`."""
    return [
        # --- participants: a participant's name and status ---------------------------------
        Case("participants", rename_rik_bos, "groups", group_member("Bos"),
             "Hendrik Bos · Alkmaar", "Rik Bos · Alkmaar"),
        Case("participants", rename_rik_bos, "attendance", register_row("Bos, "),
             "Bos, Hendrik   100%", "Bos, Rik   100%"),
        Case("participants", rename_rik_bos, "coach",
             coach_members("Wim Koster", "Consultatiegroep A · Leergang 2026–2027"),
             ["Bram Pauwels", "Hendrik Bos", "Linh Nguyễn", "Małgorzata Wójcik",
              "Petra van de Graaf", "Thijs Dijkstra"],
             ["Bram Pauwels", "Linh Nguyễn", "Małgorzata Wójcik", "Petra van de Graaf",
              "Rik Bos", "Thijs Dijkstra"]),
        Case("participants", rename_rik_bos, "guests", inviter("Bos"),
             "Hendrik Bos", "Rik Bos"),
        Case("participants", rename_rik_bos, "portfolio", portfolio_person("Bos"),
             "✓ Hendrik Bos", "✓ Rik Bos"),
        Case("participants", rename_rik_bos, "closing", standing("Bos", StandingColumn.NAME),
             "Bos, Hendrik", "Bos, Rik"),
        Case("participants", rename_rik_bos, "closing", accountability_turn("Bos"),
             "di 22-06 14:45–16:00   Hendrik Bos", "di 22-06 14:45–16:00   Rik Bos"),
        Case("participants", clear_rik_bos_learning_questions, "portfolio",
             portfolio_person("Bos"), "⚠ Rik Bos", "✓ Rik Bos"),
        Case("participants", withdraw_rik_bos, "attendance", fillable_half_days("Bos, "),
             3, 45),  # the intake and the start meeting: before today
        Case("participants", withdraw_rik_bos, "portfolio", portfolio_person("Bos"),
             "Rik Bos", "✓ Rik Bos"),  # no longer followed: no mark
        Case("participants", withdraw_rik_bos, "closing", standing("Bos", StandingColumn.ELIGIBLE),
             "nee: teruggetrokken op 23 november 2026; nog geen eindoordeel",
             "nee: programma nog niet afgelopen: nog 42 dagdelen; nog geen eindoordeel"),
        Case("participants", withdraw_rik_bos, "closing", accountability_problems(),
             ["Groepsgrootte 4 + 4 + 4 + 4; bij 15 deelnemers hoort 4 + 4 + 4 + 3 (groepen van "
              "vier, drie of vijf alleen als het aantal daartoe dwingt).",
              "Groep 3: Rik Bos doet niet meer mee aan het programma."],
             ["Elke regel is gehaald."]),
        Case("participants", withdraw_rik_bos, HEADER, header_places(),
             "15 van 15–18 plaatsen bezet", "16 van 15–18 plaatsen bezet"),
        Case("participants", delete_rik_bos, "groups", group_line(0),
             "Consultatiegroep A — coach Wim Koster (5)",
             "Consultatiegroep A — coach Wim Koster (6)"),
        Case("participants", delete_rik_bos, "attendance", register_names("Bos, "),
             [], ["Bos, Rik"]),
        # --- programme: a meeting's title, date and half-days ------------------------------
        Case("programme", retitle_masterclass_1, "guests", masterclass_choice(0),
             "Masterclass: de HRM-adviseur aan tafel · 3 maart 2027 · De toekomst van het "
             "HRM-vak",
             "Masterclass 1 · 3 maart 2027 · De toekomst van het HRM-vak"),
        Case("programme", retitle_masterclass_1, "attendance", column_tooltips("03-03-2027"),
             ["Masterclass: de HRM-adviseur aan tafel, 03-03-2027"],
             ["Masterclass 1, 03-03-2027"]),
        Case("programme", retitle_masterclass_1, "portfolio", meeting_choices("Masterclass"),
             ["Masterclass: de HRM-adviseur aan tafel", "Masterclass 2"],
             ["Masterclass 1", "Masterclass 2"]),
        Case("programme", redate_consultation_2_of_group_a, "coach",
             coach_attendance("Wim Koster", "Rik Bos", 2),
             "Bijeenkomst 2, 26 januari 2027: —", "Bijeenkomst 2, 27 januari 2027: —"),
        Case("programme", redate_consultation_2_of_group_a, "groups", group_meeting(0, 2),
             "Bijeenkomst 2: 26 januari 2027", "Bijeenkomst 2: 27 januari 2027"),
        Case("programme", redate_consultation_2_of_group_a, "attendance",
             column_tooltips("Consultatiebijeenkomst 2, groep A"),
             ["Consultatiebijeenkomst 2, groep A, 26-01-2027"],
             ["Consultatiebijeenkomst 2, groep A, 27-01-2027"]),
        Case("programme", move_werkatelier_1_into_the_past, "participants",
             progress("Bos, Rik"), "⚠ portfolio", "✓"),
        Case("programme", move_werkatelier_1_into_the_past, "portfolio",
             portfolio_person("Bos"), "⚠ Rik Bos", "✓ Rik Bos"),
        Case("programme", move_the_closing_meeting_a_week_on, "closing",
             accountability_half_days(),
             ["29 juni 2027, ochtend 09:30–12:30", "29 juni 2027, middag 13:30–17:00",
              "29 juni 2027, avond 19:00–21:30", "30 juni 2027, ochtend 09:30–12:30",
              "30 juni 2027, middag 13:30–17:00"],
             ["22 juni 2027, ochtend 09:30–12:30", "22 juni 2027, middag 13:30–17:00",
              "22 juni 2027, avond 19:00–21:30", "23 juni 2027, ochtend 09:30–12:30",
              "23 juni 2027, middag 13:30–17:00"]),
        Case("programme", rename_coach_wim_koster, "groups", group_line(0),
             "Consultatiegroep A — coach Willem Koster (6)",
             "Consultatiegroep A — coach Wim Koster (6)"),
        Case("programme", rename_coach_wim_koster, "participants", detail("Bos, Rik", "coach"),
             "Willem Koster", "Wim Koster"),
        Case("programme", rename_coach_wim_koster, "coach", coach_choices(),
             ["Hanneke Vos", "Nicole Peeters", "Willem Koster"],
             ["Hanneke Vos", "Nicole Peeters", "Wim Koster"]),
        Case("programme", rename_assessor_gerard_hendriks, "closing", accountability_group(0),
             "Groep 1 — Gerrit Hendriks (4)", "Groep 1 — Gerard Hendriks (4)"),
        Case("programme", drop_a_half_day_of_werkatelier_1, HEADER, header_contact(),
             "44 dagdelen contacttijd, 7 buiten werktijd · 352 uur studiebelasting",
             "45 dagdelen contacttijd, 7 buiten werktijd · 360 uur studiebelasting"),
        # --- groups: membership, a group's coach, an agreed meeting ------------------------
        Case("groups", drag_rik_bos_to_group_b, "participants", detail("Bos, Rik", "group"),
             "Consultatiegroep B", "Consultatiegroep A"),
        Case("groups", drag_rik_bos_to_group_b, "participants", detail("Bos, Rik", "coach"),
             "Nicole Peeters", "Wim Koster"),
        Case("groups", drag_rik_bos_to_group_b, "attendance", own_meetings("Bos, "),
             [f"Consultatiebijeenkomst {n}, groep B" for n in (1, 2, 3, 4)],
             [f"Consultatiebijeenkomst {n}, groep A" for n in (1, 2, 3, 4)]),
        Case("groups", drag_rik_bos_to_group_b, "coach",
             coach_members("Nicole Peeters", "Consultatiegroep B · Leergang 2026–2027"),
             ["Esther de Zeeuw", "Joris van der Meer", "Mirjam Reijnders", "Rik Bos",
              "Sanne van den Hoek", "Willemijn Kok"],
             ["Esther de Zeeuw", "Joris van der Meer", "Mirjam Reijnders",
              "Sanne van den Hoek", "Willemijn Kok"]),
        Case("groups", make_hanneke_vos_coach_of_group_a, "participants",
             detail("Bos, Rik", "coach"), "Hanneke Vos", "Wim Koster"),
        Case("groups", make_hanneke_vos_coach_of_group_a, "coach", coach_groups("Hanneke Vos"),
             ["Consultatiegroep A · Leergang 2026–2027",
              "Consultatiegroep C · Leergang 2026–2027",
              "Consultatiegroep C · Leergang 2011–2012"],
             ["Consultatiegroep C · Leergang 2026–2027",
              "Consultatiegroep C · Leergang 2011–2012"]),
        Case("groups", make_hanneke_vos_coach_of_group_a, "programme",
             programme_cell("Consultatiebijeenkomst 1, groep A", ScheduleColumn.PEOPLE),
             "Hanneke Vos", "Wim Koster"),
        Case("groups", agree_meeting_3_of_group_a_on_3_march, "programme",
             programme_cell("Consultatiebijeenkomst 3, groep A", ScheduleColumn.DATE),
             "wo 3 mrt 2027, 13:30", "wo 24 feb 2027, 13:30"),
        Case("groups", agree_meeting_3_of_group_a_on_3_march, "coach",
             coach_attendance("Wim Koster", "Rik Bos", 3),
             "Bijeenkomst 3, 3 maart 2027: —", "Bijeenkomst 3, 24 februari 2027: —"),
        # --- attendance: one cell typed in the register ------------------------------------
        Case("attendance", type_x_for_kees_bakker_at_consultation_1, "coach",
             coach_attendance("Hanneke Vos", "Kees Bakker", 1),
             "Bijeenkomst 1, 10 januari 2012: afwezig", "Bijeenkomst 1, 10 januari 2012: aanwezig"),
        Case("attendance", type_x_for_kees_bakker_at_consultation_1, "closing",
             standing("Bakker", StandingColumn.EFFORT), "75%", "77%"),
        Case("attendance", type_x_for_kees_bakker_at_consultation_1, "closing",
             standing("Bakker", StandingColumn.ELIGIBLE),
             "nee: inzet 75%, drempel 80%", "nee: inzet 77%, drempel 80%"),
        Case("attendance", lower_the_effort_threshold_to_75, "closing",
             standing("Bakker", StandingColumn.ELIGIBLE), "ja", "nee: inzet 77%, drempel 80%"),
        # --- coach: attendance recorded in the coach's own workspace -----------------------
        # (The coach's notes are shown nowhere else: the workspace is their only screen.)
        Case("coach", record_kees_bakker_absent_at_meeting_2, "attendance",
             register_cell("Bakker, Kees", "Consultatiebijeenkomst 2, groep C"), "X", "A"),
        Case("coach", record_kees_bakker_absent_at_meeting_2, "attendance",
             register_row("Bakker, Kees"), "Bakker, Kees   75%", "Bakker, Kees   77%"),
        Case("coach", record_kees_bakker_absent_at_meeting_2, "closing",
             standing("Bakker", StandingColumn.EFFORT), "75%", "77%"),
        # --- guests: none. No other tab shows a guest, the waiting list, a guest's attendance
        # or a masterclass's capacity — all that the guests tab writes. The nearest shared
        # facts are the ones it reads: the masterclass's title and date (the programme's,
        # above) and the inviting participant's name (the participants tab's, above).
        # --- portfolio: entries, the organisational assignment, the tussengesprek ----------
        Case("portfolio", delete_kees_bakkers_intake_document, "participants",
             progress("Bakker, Kees"), "⚠ intakedocument", "✓"),
        Case("portfolio", put_kees_bakkers_assignment_back_to_draft, "participants",
             progress("Bakker, Kees"), "⚠ organisatievraagstuk", "✓"),
        Case("portfolio", present_kees_bakkers_assignment_during_his_turn, "closing",
             accountability_problems(),
             ["Groep 1: het gesprek van Kees Bakker valt samen met de eigen presentatie aan de "
              "opdrachtgever (27 juni 2012 10:00–10:30)."],
             ["Elke regel is gehaald."]),
        Case("portfolio", replan_kees_bakkers_tussengesprek, "programme",
             programme_cell("Tussengesprek Kees Bakker", ScheduleColumn.DATE),
             "ma 16 apr 2012, 15:30", "vr 30 mrt 2012, 09:30"),
        Case("portfolio", replan_kees_bakkers_tussengesprek, "attendance",
             column_tooltips("Tussengesprek Kees Bakker"),
             ["Tussengesprek Kees Bakker, 16-04-2012"], ["Tussengesprek Kees Bakker, 30-03-2012"]),
        # --- closing: a verdict; an accountability group's assessor and room ---------------
        Case("closing", record_femke_van_dams_verdict_goed, "participants",
             detail("Dam, Femke van", "verdict"), "goed", "voldoende"),
        Case("closing", choose_monique_el_idrissi_to_assess_group_1, "programme",
             programme_cell("Professioneel verantwoordingsgesprek, groep 1",
                            ScheduleColumn.PEOPLE), "Monique el Idrissi", "Gerard Hendriks"),
        Case("closing", put_accountability_group_1_in_zaal_amersfoort, "programme",
             programme_cell("Professioneel verantwoordingsgesprek, groep 1",
                            ScheduleColumn.LOCATION),
             "Zaal Amersfoort", "Kaap Doorn Conferentiecentrum, Doorn"),
    ]  # fmt: skip


class Case(NamedTuple):
    """A row of the table (its id names writer, edit, reader and fact)."""

    writer: str
    edit: UserEdit
    reader: str
    fact: Fact
    after: object
    before: object

    def __str__(self) -> str:
        return f"{self.writer}-{self.edit}-{self.reader}-{self.fact}"


@dataclass(frozen=True)
class UserEdit:
    """An edit as a user makes it in the writer tab, which is open; in the cohort named."""

    cohort: str
    do: Callable[[MainWindow, Any], None]

    def __str__(self) -> str:
        return self.do.__name__


def edit_in(cohort: str) -> Callable[[Callable[[MainWindow, Any], None]], UserEdit]:
    return lambda do: UserEdit(cohort, do)


def _nothing(_window: MainWindow) -> None:
    pass


@dataclass(frozen=True)
class Fact:
    """How the reader tab shows a fact. `ready` is what a user does once on opening the tab to
    see it (choose the participant, the coach, the page); `read` only looks."""

    name: str
    read: Callable[[MainWindow], object]
    ready: Callable[[MainWindow], None] = _nothing

    def __str__(self) -> str:
        return self.name


def open_tab(window: MainWindow, key: str) -> QWidget:
    """Make the tab the current one, as a click on it does (built the first time)."""
    if key == HEADER:
        return window.header
    view = window.view(key)
    window.tabs.setCurrentWidget(view)
    assert view.isVisible()
    return view


# --- participants -----------------------------------------------------------------------------


@edit_in(RUNNING)
def rename_rik_bos(window: MainWindow, qtbot: Any) -> None:
    """Participant ▸ Edit participant…: the first name Rik becomes Hendrik."""
    select_participant(window, "Bos, Rik")
    window.participant_actions.edit_action.trigger()
    dialog = window.participants_view.findChild(ParticipantDialog, "participantDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.first_name.clear()
    qtbot.keyClicks(dialog.first_name, "Hendrik")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@edit_in(RUNNING)
def withdraw_rik_bos(window: MainWindow, _qtbot: Any) -> None:
    """Participant ▸ Status ▸ Withdrawn, with the reason asked for."""
    select_participant(window, "Bos, Rik")
    reason = ("Verhuisd naar het buitenland", True)
    with patch.object(QInputDialog, "getText", return_value=reason):
        window.participant_actions.status_actions[ParticipantStatus.WITHDRAWN].trigger()


@edit_in(RUNNING)
def clear_rik_bos_learning_questions(window: MainWindow, qtbot: Any) -> None:
    """Participant ▸ Intake and admission…: the learning questions wiped, saved."""
    select_participant(window, "Bos, Rik")
    window.participant_actions.intake_action.trigger()
    dialog = window.participants_view.findChild(IntakeDialog)
    assert dialog is not None and dialog.questions.toPlainText()
    dialog.questions.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.isHidden()
    dialog.close()


@edit_in(RUNNING)
def delete_rik_bos(window: MainWindow, _qtbot: Any) -> None:
    """Participant ▸ Delete participant, confirmed."""
    select_participant(window, "Bos, Rik")
    yes = QMessageBox.StandardButton.Yes
    with patch.object(QMessageBox, "question", return_value=yes):
        window.participant_actions.delete_action.trigger()


def progress(sort_name: str) -> Fact:
    """The Voortgang column of the participant's row."""

    def read(window: MainWindow) -> object:
        model = window.participants
        row = next(
            r for r in range(model.rowCount()) if model.row_data(r).name.sort_name == sort_name
        )
        return model.index(row, ParticipantColumn.PROGRESS).data()

    return Fact("progress_column", read)


def detail(sort_name: str, field: str) -> Fact:
    """A line of the detail pane, with the participant chosen in the table."""

    def read(window: MainWindow) -> object:
        chosen = window.participants_view.selected_participant()
        assert chosen is not None and chosen.name.sort_name == sort_name
        assert window.detail.heading.text() == chosen.name.display_name
        return window.detail.fields[field].text()

    return Fact(f"detail_{field}", read, lambda w: select_participant(w, sort_name))


def header_places() -> Fact:
    return Fact("places_taken", lambda window: window.header.size_badge.text())


def header_contact() -> Fact:
    return Fact("contact_time", lambda window: window.header.contact.text())


# --- programme --------------------------------------------------------------------------------


def programme(window: MainWindow) -> ScheduleView:
    view = window.view("programme")
    assert isinstance(view, ScheduleView)
    return view


def session_row(view: ScheduleView, title: str) -> int:
    model = view.model
    return next(r for r in range(model.rowCount()) if model.session(r).title == title)


def edit_session(window: MainWindow, title: str) -> SessionDialog:
    """Choose the meeting in the list and press “Edit meeting…”."""
    view = programme(window)
    view.table.selectRow(session_row(view, title))
    view.buttons["edit"].click()
    form = view.findChild(SessionDialog, "sessionDialog")
    assert form is not None and form.isVisible()
    return form


@edit_in(RUNNING)
def retitle_masterclass_1(window: MainWindow, qtbot: Any) -> None:
    form = edit_session(window, "Masterclass 1")
    form.title.clear()
    qtbot.keyClicks(form.title, "Masterclass: de HRM-adviseur aan tafel")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


@edit_in(RUNNING)
def redate_consultation_2_of_group_a(window: MainWindow, qtbot: Any) -> None:
    """From Wednesday 27 January 2027 to Tuesday 26 January."""
    form = edit_session(window, "Consultatiebijeenkomst 2, groep A")
    day = form.half_days.cellWidget(0, 0)
    assert isinstance(day, QDateEdit) and day.date() == QDate(2027, 1, 27)
    day.setDate(QDate(2027, 1, 26))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


@edit_in(RUNNING)
def move_werkatelier_1_into_the_past(window: MainWindow, _qtbot: Any) -> None:
    """“Move…” Werkatelier 1 to Monday 9 November 2026: more than a week ago, so reflections
    on it and an organisational assignment are due."""
    view = programme(window)
    view.table.selectRow(session_row(view, "Werkatelier 1"))
    answer_date_dialog(QDate(2026, 11, 9))
    view.buttons["move"].click()


@edit_in(RUNNING)
def move_the_closing_meeting_a_week_on(window: MainWindow, _qtbot: Any) -> None:
    """“Move…” the Slotbijeenkomst to Tuesday 29 June 2027."""
    view = programme(window)
    view.table.selectRow(session_row(view, "Slotbijeenkomst"))
    answer_date_dialog(QDate(2027, 6, 29))
    view.buttons["move"].click()


@edit_in(RUNNING)
def drop_a_half_day_of_werkatelier_1(window: MainWindow, qtbot: Any) -> None:
    """The atelier's last half-day removed in the form: one half-day less contact time."""
    form = edit_session(window, "Werkatelier 1")
    form.half_days.setCurrentCell(form.half_days.rowCount() - 1, 0)
    form.remove_half_day()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


def rename_in_the_teachers_registry(window: MainWindow, label: str, first_name: str) -> None:
    """“Medewerkers…”: the person chosen in the registry, another first name, saved."""
    view = programme(window)
    view.buttons["staff"].click()
    dialog = view.findChild(StaffDialog, "staffDialog")
    assert dialog is not None
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == label)
    dialog.table.setCurrentCell(row, 0)
    dialog.edits["first_name"].setText(first_name)
    dialog.save_button.click()
    assert dialog.message.isHidden()
    dialog.close()


@edit_in(RUNNING)
def rename_coach_wim_koster(window: MainWindow, _qtbot: Any) -> None:
    rename_in_the_teachers_registry(window, "drs. W. Koster", "Willem")


@edit_in(RUNNING)
def rename_assessor_gerard_hendriks(window: MainWindow, _qtbot: Any) -> None:
    rename_in_the_teachers_registry(window, "G. Hendriks", "Gerrit")


def answer_date_dialog(day: QDate) -> None:
    """The date asked for in a modal dialog is typed and accepted once it is up."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        field = dialog.findChild(QDateEdit)
        assert field is not None
        field.setDate(day)
        dialog.accept()

    QTimer.singleShot(0, answer)


def programme_cell(title: str, column: ScheduleColumn) -> Fact:
    def read(window: MainWindow) -> object:
        view = programme(window)
        return view.model.index(session_row(view, title), column).data()

    return Fact(f"{column.name.lower()}_column", read)


# --- groups -----------------------------------------------------------------------------------


def groups(window: MainWindow) -> GroupsView:
    view = window.view("groups")
    assert isinstance(view, GroupsView)
    return view


def children(tree: QTreeWidget) -> list[tuple[QTreeWidgetItem, QTreeWidgetItem]]:
    return [
        (tree.topLevelItem(g), tree.topLevelItem(g).child(i))
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]


def drop(tree: QTreeWidget, item: QTreeWidgetItem, target: QTreeWidgetItem) -> None:
    """Drag `item` and drop it on `target`, as the mouse does."""
    tree.setCurrentItem(item)
    at = QPointF(tree.visualItemRect(target).center())
    tree.dropEvent(
        QDropEvent(
            at,
            Qt.DropAction.MoveAction,
            QMimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


@edit_in(RUNNING)
def drag_rik_bos_to_group_b(window: MainWindow, _qtbot: Any) -> None:
    view = groups(window)
    member = next(c for _g, c in children(view.tree) if c.text(0).startswith("Rik Bos ·"))
    drop(view.tree, member, view.tree.topLevelItem(1))


@edit_in(RUNNING)
def make_hanneke_vos_coach_of_group_a(window: MainWindow, _qtbot: Any) -> None:
    """Group A chosen, “Choose coach…”, Hanneke Vos picked from the list."""
    view = groups(window)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    with patch.object(QInputDialog, "getItem", return_value=("Hanneke Vos", True)):
        view.buttons["coach"].click()


@edit_in(RUNNING)
def agree_meeting_3_of_group_a_on_3_march(window: MainWindow, _qtbot: Any) -> None:
    view = groups(window)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.meetings.setCurrentRow(2)
    view.meeting_date.setDate(QDate(2027, 3, 3))
    button = view.findChild(QPushButton, "setMeeting")
    assert button is not None
    button.click()


def group_member(surname: str) -> Fact:
    """The member line (name · town) of the participant with this surname."""

    def read(window: MainWindow) -> object:
        return next(
            c.text(0)
            for _g, c in children(groups(window).tree)
            if c.text(0).split(" · ")[0].endswith(" " + surname)
        )

    return Fact("member_line", read)


def group_line(index: int) -> Fact:
    """A group's own line: name, coach, number of members."""
    return Fact("group_line", lambda w: groups(w).tree.topLevelItem(index).text(0))


def group_meeting(group: int, number: int) -> Fact:
    """The meetings list of the chosen group: the first line of meeting `number`."""

    def ready(window: MainWindow) -> None:
        view = groups(window)
        view.tree.setCurrentItem(view.tree.topLevelItem(group))

    def read(window: MainWindow) -> object:
        return groups(window).meetings.item(number - 1).text().split("\n")[0]

    return Fact("meeting_line", read, ready)


# --- attendance -------------------------------------------------------------------------------


def register(window: MainWindow) -> AttendanceView:
    view = window.view("attendance")
    assert isinstance(view, AttendanceView)
    return view


def register_row_of(view: AttendanceView, prefix: str) -> int:
    model = view.model
    return next(
        r
        for r in range(model.rowCount())
        if model.headerData(r, Qt.Orientation.Vertical).startswith(prefix)
    )


def column_tips(view: AttendanceView) -> list[str]:
    """Each column's tooltip: “meeting, dd-mm-yyyy”."""
    model = view.model
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]


def column_titles(view: AttendanceView) -> list[str]:
    return [tip.rsplit(", ", 1)[0] for tip in column_tips(view)]


@edit_in(REFERENCE)
def type_x_for_kees_bakker_at_consultation_1(window: MainWindow, qtbot: Any) -> None:
    view = register(window)
    row = register_row_of(view, "Bakker, Kees")
    column = column_titles(view).index("Consultatiebijeenkomst 1, groep C")
    view.grid.setFocus()
    view.grid.setCurrentIndex(view.model.index(row, column))
    qtbot.keyClick(view.grid, Qt.Key.Key_X)


@edit_in(REFERENCE)
def lower_the_effort_threshold_to_75(window: MainWindow, _qtbot: Any) -> None:
    """“Sufficient effort from” 75 %, applied."""
    view = register(window)
    view.threshold.setValue(75)
    assert view.save_settings()


def register_row(prefix: str) -> Fact:
    """The row header: the name and the effort figure."""

    def read(window: MainWindow) -> object:
        view = register(window)
        row = register_row_of(view, prefix)
        return view.model.headerData(row, Qt.Orientation.Vertical)

    return Fact("row_header", read)


def register_names(prefix: str) -> Fact:
    """The names in the register that begin so."""

    def read(window: MainWindow) -> object:
        model = register(window).model
        heads = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
        return [h.split("   ")[0] for h in heads if h.startswith(prefix)]

    return Fact("names", read)


def register_cell(prefix: str, title: str) -> Fact:
    def read(window: MainWindow) -> object:
        view = register(window)
        column = column_titles(view).index(title)
        return view.model.index(register_row_of(view, prefix), column).data()

    return Fact("cell", read)


def fillable_half_days(prefix: str) -> Fact:
    """How many cells of the participant's row the grid lets one fill."""

    def read(window: MainWindow) -> object:
        model = register(window).model
        row = register_row_of(register(window), prefix)
        return sum(
            bool(model.flags(model.index(row, c)) & Qt.ItemFlag.ItemIsEditable)
            for c in range(model.columnCount())
        )

    return Fact("fillable_cells", read)


def own_meetings(prefix: str) -> Fact:
    """The consultation meetings whose cells the participant's row lets one fill."""

    def read(window: MainWindow) -> object:
        view = register(window)
        model = view.model
        row = register_row_of(view, prefix)
        return [
            title
            for c, title in enumerate(column_titles(view))
            if title.startswith("Consultatiebijeenkomst")
            and model.flags(model.index(row, c)) & Qt.ItemFlag.ItemIsEditable
        ]

    return Fact("own_meetings", read)


def column_tooltips(containing: str) -> Fact:
    """The tooltips (“title, dd-mm-yyyy”) of the columns that name the meeting or the day."""

    def read(window: MainWindow) -> object:
        return [tip for tip in column_tips(register(window)) if containing in tip]

    return Fact("column_tooltips", read)


# --- coach ------------------------------------------------------------------------------------


def coach(window: MainWindow) -> CoachView:
    view = window.view("coach")
    assert isinstance(view, CoachView)
    return view


def choose_coach(view: CoachView, name: str) -> None:
    index = view.coach.findText(name)
    assert index >= 0, name
    view.coach.setCurrentIndex(index)


def choose_member(view: CoachView, name: str) -> None:
    view.tree.setCurrentItem(next(c for _g, c in children(view.tree) if c.text(0) == name))


@edit_in(REFERENCE)
def record_kees_bakker_absent_at_meeting_2(window: MainWindow, _qtbot: Any) -> None:
    view = coach(window)
    choose_coach(view, "Hanneke Vos")
    choose_member(view, "Kees Bakker")
    view.attendance.setCurrentRow(1)
    view.attendance_status.setCurrentIndex(view.attendance_status.findData(AttendanceStatus.ABSENT))
    assert view.record_attendance()


def coach_choices() -> Fact:
    """The coaches in the “I am” list."""

    def read(window: MainWindow) -> object:
        box = coach(window).coach
        return [box.itemText(i) for i in range(box.count())]

    return Fact("coach_choices", read)


def coach_groups(name: str) -> Fact:
    def read(window: MainWindow) -> object:
        tree = coach(window).tree
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    return Fact("coach_groups", read, lambda w: choose_coach(coach(w), name))


def coach_members(name: str, group: str) -> Fact:
    def read(window: MainWindow) -> object:
        return [c.text(0) for g, c in children(coach(window).tree) if g.text(0) == group]

    return Fact("group_members", read, lambda w: choose_coach(coach(w), name))


def coach_attendance(name: str, member: str, number: int) -> Fact:
    """The line of meeting `number` in the member's attendance at the group's meetings."""

    def ready(window: MainWindow) -> None:
        choose_coach(coach(window), name)
        choose_member(coach(window), member)

    def read(window: MainWindow) -> object:
        view = coach(window)
        assert view.heading.text() == member
        return view.attendance.item(number - 1).text()

    return Fact("attendance_line", read, ready)


# --- guests -----------------------------------------------------------------------------------


def guests(window: MainWindow) -> GuestsView:
    view = window.view("guests")
    assert isinstance(view, GuestsView)
    return view


def masterclass_choice(index: int) -> Fact:
    return Fact("masterclass_choice", lambda w: guests(w).masterclass.itemText(index))


def inviter(surname: str) -> Fact:
    """The participant in the “Invited by” list."""

    def read(window: MainWindow) -> object:
        box = guests(window).inviter
        texts = [box.itemText(i) for i in range(box.count())]
        return next(t for t in texts if t.endswith(" " + surname))

    return Fact("inviter_choice", read)


# --- portfolio --------------------------------------------------------------------------------


def portfolio(window: MainWindow) -> PortfolioView:
    view = window.view("portfolio")
    assert isinstance(view, PortfolioView)
    return view


def choose_person(view: PortfolioView, name: str) -> None:
    view.people.setCurrentItem(
        next(
            view.people.item(n)
            for n in range(view.people.count())
            if view.people.item(n).data(NameRole) == name
        )
    )


@edit_in(REFERENCE)
def delete_kees_bakkers_intake_document(window: MainWindow, _qtbot: Any) -> None:
    view = portfolio(window)
    choose_person(view, "Kees Bakker")
    view.timeline.setCurrentItem(
        next(
            view.timeline.item(n)
            for n in range(view.timeline.count())
            if view.timeline.item(n).text().endswith("· intakedocument")
        )
    )
    assert view.delete_entry()


@edit_in(REFERENCE)
def put_kees_bakkers_assignment_back_to_draft(window: MainWindow, _qtbot: Any) -> None:
    view = portfolio(window)
    choose_person(view, "Kees Bakker")
    form = view.assignment
    view.pages.setCurrentWidget(form)
    form.status.setCurrentIndex(form.status.findData(AssignmentStatus.DRAFT))
    assert form.save()


@edit_in(REFERENCE)
def present_kees_bakkers_assignment_during_his_turn(window: MainWindow, _qtbot: Any) -> None:
    """The presentation to the client moved to Wednesday 27 June 2012, 10:00–10:30: in the
    middle of his accountability conversation."""
    view = portfolio(window)
    choose_person(view, "Kees Bakker")
    form = view.assignment
    view.pages.setCurrentWidget(form)
    form.presentation.setDate(QDate(2012, 6, 27))
    form.presentation_from.setTime(QTime(10, 0))
    form.presentation_until.setTime(QTime(10, 30))
    assert form.save()


@edit_in(REFERENCE)
def replan_kees_bakkers_tussengesprek(window: MainWindow, _qtbot: Any) -> None:
    """To Monday 16 April 2012, half past three."""
    view = portfolio(window)
    choose_person(view, "Kees Bakker")
    form = view.midterm
    view.pages.setCurrentWidget(form)
    form.planned.setDate(QDate(2012, 4, 16))
    form.starts.setTime(QTime(15, 30))
    assert form.plan()


def portfolio_person(surname: str) -> Fact:
    """The participant in the list on the left: the name, marked ✓ or ⚠ when followed."""

    def read(window: MainWindow) -> object:
        people = portfolio(window).people
        return next(
            people.item(n).text()
            for n in range(people.count())
            if people.item(n).data(NameRole).endswith(" " + surname)
        )

    return Fact("person_line", read)


def meeting_choices(prefix: str) -> Fact:
    """The meetings an entry can be linked to."""

    def read(window: MainWindow) -> object:
        box = portfolio(window).meeting
        return [box.itemText(i) for i in range(box.count()) if box.itemText(i).startswith(prefix)]

    return Fact("meeting_choices", read)


# --- closing ----------------------------------------------------------------------------------


def closing(window: MainWindow) -> ClosingView:
    view = window.view("closing")
    assert isinstance(view, ClosingView)
    return view


def standing_row(view: ClosingView, surname: str) -> int:
    return next(i for i, r in enumerate(view.certificates.model.rows) if r.name.surname == surname)


@edit_in(REFERENCE)
def record_femke_van_dams_verdict_goed(window: MainWindow, _qtbot: Any) -> None:
    view = closing(window)
    page = view.certificates
    view.pages.setCurrentWidget(page)
    page.table.selectRow(standing_row(view, "Dam"))
    page.result.setCurrentIndex(page.result.findText("goed"))
    page.motivation.setPlainText("Na aanvulling overtuigend.")
    page.assessed_on.setDate(QDate(2012, 6, 28))
    page.buttons["record"].click()


def accountability_group_1(window: MainWindow) -> AccountabilityPage:
    view = closing(window)
    page = view.accountability
    view.pages.setCurrentWidget(page)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    return page


@edit_in(REFERENCE)
def choose_monique_el_idrissi_to_assess_group_1(window: MainWindow, _qtbot: Any) -> None:
    """Group 1 chosen, “Choose assessor…”, Monique el Idrissi picked from the list."""
    page = accountability_group_1(window)
    picked = ("Monique el Idrissi (Gemeente Leiden)", True)
    with patch.object(QInputDialog, "getItem", return_value=picked):
        page.buttons["assessor"].click()


@edit_in(REFERENCE)
def put_accountability_group_1_in_zaal_amersfoort(window: MainWindow, _qtbot: Any) -> None:
    """Group 1 chosen, “Room…”, the room typed."""
    page = accountability_group_1(window)
    with patch.object(QInputDialog, "getText", return_value=("Zaal Amersfoort", True)):
        page.buttons["room"].click()


def standing(surname: str, column: StandingColumn) -> Fact:
    """A cell of the verdicts and certificates page."""

    def ready(window: MainWindow) -> None:
        view = closing(window)
        view.pages.setCurrentWidget(view.certificates)

    def read(window: MainWindow) -> object:
        view = closing(window)
        return view.certificates.model.index(standing_row(view, surname), column).data()

    return Fact(f"standing_{column.name.lower()}", read, ready)


def accountability(window: MainWindow) -> AccountabilityPage:
    view = closing(window)
    view.pages.setCurrentWidget(view.accountability)
    return view.accountability


def accountability_turn(surname: str) -> Fact:
    """A participant's turn in the accountability groups: the time, the name."""

    def read(window: MainWindow) -> object:
        return next(
            c.text(0)
            for _g, c in children(closing(window).accountability.tree)
            if c.text(0).endswith(" " + surname)
        )

    return Fact("accountability_turn", read, accountability)


def accountability_group(index: int) -> Fact:
    """An accountability group's line: number, assessor, size."""

    def read(window: MainWindow) -> object:
        return closing(window).accountability.tree.topLevelItem(index).text(0)

    return Fact("accountability_group", read, accountability)


def accountability_half_days() -> Fact:
    """The closing meeting's half-days one can plan the conversations in."""

    def read(window: MainWindow) -> object:
        days = closing(window).accountability.half_days
        return [days.item(i).text() for i in range(days.count())]

    return Fact("closing_half_days", read, accountability)


def accountability_problems() -> Fact:
    def read(window: MainWindow) -> object:
        problems = closing(window).accountability.problems
        return [problems.item(i).text() for i in range(problems.count())]

    return Fact("accountability_problems", read, accountability)


# --- the test ---------------------------------------------------------------------------------


def shows(qtbot: Any, window: MainWindow, fact: Fact, value: object) -> None:
    """The reader shows `value`: at once, or once the work it queued for after the paint has
    run (the participants tab fills its Voortgang column so)."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: fact.read(window) == value, timeout=1000)
    assert fact.read(window) == value


@pytest.mark.parametrize("reader_opened", ["after", "before"])
@pytest.mark.parametrize("case", table(), ids=str)
def test_a_fact_shows_in_every_tab_that_shows_it(
    main_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    case: Case,
    reader_opened: str,
) -> None:
    """The writer's edit; then the reader in view: the new value; undo: the old one; redo:
    the new one again. With `reader_opened == "before"` the reader tab was built and shown
    before the edit and hidden while it was made."""
    select_cohort(main_window, case.edit.cohort)
    if reader_opened == "before":  # built and shown, then hidden behind the writer
        open_tab(main_window, case.reader)
        case.fact.ready(main_window)
        shows(qtbot, main_window, case.fact, case.before)

    open_tab(main_window, case.writer)
    steps = main_window.undo_stack.count()
    case.edit.do(main_window, qtbot)
    assert main_window.undo_stack.count() == steps + 1  # one edit, one step to undo
    if reader_opened == "before" and case.reader != HEADER:
        assert not main_window.view(case.reader).isVisible()  # so it only marked itself stale

    open_tab(main_window, case.reader)
    if reader_opened == "after":
        case.fact.ready(main_window)
    shows(qtbot, main_window, case.fact, case.after)

    main_window.undo_action.trigger()  # the reader in view
    shows(qtbot, main_window, case.fact, case.before)
    main_window.redo_action.trigger()
    shows(qtbot, main_window, case.fact, case.after)

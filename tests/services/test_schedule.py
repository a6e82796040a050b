"""The schedule: generated, edited, checked, and sent out as calendar files and a PDF."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from sioo_desk.domain.enums import DayPart, SessionKind
from sioo_desk.domain.errors import NotFoundError
from sioo_desk.services.calendar_files import (
    cohort_calendar,
    participant_calendar,
    person_calendar,
)
from sioo_desk.services.demo import REFERENCE_PLAN
from sioo_desk.services.participants import list_participants
from sioo_desk.services.schedule import (
    HalfDayTime,
    ScheduleError,
    all_problems,
    cohort_schedule,
    generate_schedule,
    move_session,
    schedule_json,
    session_edit,
    update_session,
)
from sioo_desk.services.schedule_pdf import programme_rows, schedule_pdf
from sioo_desk.store.database import Database

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BROCHURE = [
    ("Intakegesprekken", "september/oktober 2011"),
    ("Startbijeenkomst", "23 november 2011"),
    ("Werkatelier 1", "19 en 20 december 2011"),
    ("Werkatelier 2", "16 en 17 januari 2012"),
    ("Werkatelier 3", "14 en 15 februari 2012"),
    ("Masterclass 1", "7 maart 2012"),
    ("Werkatelier 4", "19 en 20 maart 2012"),
    ("Tussengesprekken", "26 maart t/m 5 april 2012"),
    ("Werkatelier 5", "23 en 24 april 2012"),
    ("Masterclass 2", "9 mei 2012"),
    ("Werkatelier 6", "21 en 22 mei 2012"),
    ("Slotbijeenkomst", "26 en 27 juni 2012"),
]


def new_cohort(db: Database, name: str = "Leergang 2027–2028") -> int:
    from sioo_desk.services.cohort_editing import CohortInput, create_cohort

    made: int = create_cohort(
        db, CohortInput(name, "Kaap Doorn Conferentiecentrum, Doorn", None, None, None, None)
    ).result
    return made


def test_the_reference_cohort_keeps_the_brochures_promise(demo_db: Database) -> None:
    schedule = cohort_schedule(demo_db, 1)
    report = schedule_json(schedule)
    assert (
        report["contact_half_days"],
        report["outside_working_hours_half_days"],
        report["study_hours"],
    ) == (45, 7, 360)
    assert report["problems"] == []
    assert [(what, when) for what, when, _t, _d in programme_rows(schedule.sessions)] == BROCHURE


def test_a_generated_2011_schedule_with_the_brochures_dates_entered_is_the_brochure(
    demo_db: Database,
) -> None:
    cohort = new_cohort(demo_db)
    generate_schedule(demo_db, cohort, REFERENCE_PLAN.start)
    wanted = {
        (SessionKind.START, None): REFERENCE_PLAN.start,
        (SessionKind.CLOSING, None): REFERENCE_PLAN.closing,
    }
    wanted.update(
        {(SessionKind.ATELIER, i + 1): day for i, day in enumerate(REFERENCE_PLAN.ateliers)}
    )
    wanted.update(
        {
            (SessionKind.MASTERCLASS, i + 1): day
            for i, day in enumerate(REFERENCE_PLAN.masterclasses)
        }
    )
    for session in cohort_schedule(demo_db, cohort).sessions:
        move_session(demo_db, session.id, wanted[(session.kind, session.number)])
    schedule = cohort_schedule(demo_db, cohort)
    rows = [(what, when) for what, when, _t, _d in programme_rows(schedule.sessions)]
    assert rows == [
        row for row in BROCHURE if row[0] not in ("Intakegesprekken", "Tussengesprekken")
    ]
    # Everybody-sessions alone: 2 + 6×5 + 2 + 5 half-days, 7 of them evenings.
    assert (schedule.contact.half_days, schedule.contact.outside_working_hours) == (39, 7)


def test_generation_avoids_holidays_and_is_refused_twice(demo_db: Database) -> None:
    cohort = new_cohort(demo_db)
    made = generate_schedule(demo_db, cohort, dt.date(2027, 11, 17)).result
    assert len(made) == 10
    schedule = cohort_schedule(demo_db, cohort)
    assert not [p for p in schedule.problems if "valt op" in p.message]
    with pytest.raises(ScheduleError, match="al een programma"):
        generate_schedule(demo_db, cohort, dt.date(2027, 11, 17))


def test_editing_refuses_what_cannot_be_and_saves_nothing(demo_db: Database) -> None:
    atelier = next(
        s
        for s in cohort_schedule(demo_db, 1).sessions
        if s.kind is SessionKind.ATELIER and s.number == 1
    )
    before = session_edit(demo_db, atelier.id)
    one_day = [HalfDayTime(before.half_days[0].date, part) for part in DayPart]
    with pytest.raises(ScheduleError, match="twee opeenvolgende dagen"):
        update_session(
            demo_db,
            atelier.id,
            before.__class__(
                before.title,
                before.theme,
                before.location,
                before.notes,
                tuple(one_day),
                before.teacher_ids,
            ),
        )
    backwards = HalfDayTime(before.half_days[0].date, DayPart.MORNING, dt.time(12), dt.time(9))
    with pytest.raises(ScheduleError, match="eindtijd"):
        update_session(
            demo_db,
            atelier.id,
            before.__class__(
                before.title,
                before.theme,
                before.location,
                before.notes,
                (backwards, *before.half_days[1:]),
                before.teacher_ids,
            ),
        )
    with pytest.raises(NotFoundError, match="Docent met nummer 9999"):
        update_session(
            demo_db,
            atelier.id,
            before.__class__(
                before.title, before.theme, before.location, before.notes, before.half_days, (9999,)
            ),
        )
    assert session_edit(demo_db, atelier.id) == before


def test_a_move_keeps_the_shape_raises_the_sequence_and_is_checked(demo_db: Database) -> None:
    atelier = next(
        s
        for s in cohort_schedule(demo_db, 1).sessions
        if s.kind is SessionKind.ATELIER and s.number == 6
    )
    move_session(demo_db, atelier.id, dt.date(2012, 5, 17))  # Hemelvaartsdag
    moved = next(s for s in cohort_schedule(demo_db, 1).sessions if s.id == atelier.id)
    assert [h.date for h in moved.half_days] == [dt.date(2012, 5, 17)] * 3 + [
        dt.date(2012, 5, 18)
    ] * 2
    assert moved.sequence == atelier.sequence + 1
    problems = [p.message for p in cohort_schedule(demo_db, 1).problems]
    assert "Werkatelier 6 valt op Hemelvaartsdag (17 mei 2012)." in problems


def test_a_teacher_booked_twice_across_cohorts_is_found(demo_db: Database) -> None:
    reference = cohort_schedule(demo_db, 1).sessions
    atelier = next(s for s in reference if s.kind is SessionKind.ATELIER and s.number == 1)
    current = next(
        s
        for s in cohort_schedule(demo_db, 2).sessions
        if s.kind is SessionKind.MASTERCLASS and s.number == 1
    )
    edit = session_edit(demo_db, current.id)
    update_session(
        demo_db,
        current.id,
        edit.__class__(
            edit.title,
            edit.theme,
            edit.location,
            edit.notes,
            (HalfDayTime(atelier.half_days[0].date, DayPart.AFTERNOON),),
            tuple(atelier.teachers),
        ),
    )
    problems = [p.message for p in cohort_schedule(demo_db, 2).problems]
    assert any("Pieter Zwart" in p and "Leergang 2011–2012" in p for p in problems)
    assert any("Pieter Zwart" in p.message for p in all_problems(demo_db)[2])
    # …and the other cohort is warned as well.
    assert any("Pieter Zwart" in p.message for p in cohort_schedule(demo_db, 1).problems)


def local_times(ics: bytes) -> dict[str, list[tuple[dt.datetime, dt.datetime]]]:
    events: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        events.setdefault(str(event["SUMMARY"]), []).append(
            (event.decoded("DTSTART"), event.decoded("DTEND"))
        )
    return events


def test_cohort_calendar_round_trips_winter_and_summer_times(demo_db: Database) -> None:
    ics = cohort_calendar(demo_db, 1, NOW)
    text = ics.decode()
    assert "METHOD:PUBLISH" in text and text.count("BEGIN:VTIMEZONE") == 1
    assert "BEGIN:STANDARD" in text and "BEGIN:DAYLIGHT" in text
    events = local_times(ics)
    winter = events["Werkatelier 1: Anders denken, anders doen in lastige gesprekken"]
    assert winter[0] == (
        dt.datetime(2011, 12, 19, 9, 30, tzinfo=AMSTERDAM),
        dt.datetime(2011, 12, 19, 21, 30, tzinfo=AMSTERDAM),
    )
    assert winter[0][0].utcoffset() == dt.timedelta(hours=1)
    summer = events["Slotbijeenkomst"]
    assert summer[0][0] == dt.datetime(2012, 6, 26, 9, 30, tzinfo=AMSTERDAM)
    assert summer[0][0].utcoffset() == dt.timedelta(hours=2)
    assert sum(len(v) for v in events.values()) == 1 + 6 * 2 + 2 + 2
    uids = [str(e["UID"]) for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert cohort_calendar(demo_db, 1, NOW + dt.timedelta(days=1)).count(b"UID:") == len(uids)


def test_participant_and_teacher_calendars(demo_db: Database) -> None:
    jan = next(p for p in list_participants(demo_db, 1) if p.surname == "Berg")
    events = local_times(participant_calendar(demo_db, jan.id, NOW))
    titles = " ".join(events)
    assert "Intakegesprek Jan van der Berg" in titles
    assert "Tussengesprek Jan van der Berg" in titles
    assert titles.count("Consultatiebijeenkomst") == 4
    assert "Professioneel verantwoordingsgesprek" in titles
    zwart = demo_db.read("SELECT id FROM people WHERE surname = 'Zwart'")[0][0]
    teacher = local_times(person_calendar(demo_db, zwart, NOW))
    assert len(teacher) == 1  # werkatelier 1, in both cohorts: one title…
    assert len(next(iter(teacher.values()))) == 4  # …two days each


def test_programme_pdf(demo_db: Database) -> None:
    pdf = schedule_pdf(demo_db, 1)
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf and b"/Helvetica" not in pdf
    with pytest.raises(Exception, match="nog geen programma"):
        schedule_pdf(demo_db, new_cohort(demo_db))


def test_a_moved_two_day_session_keeps_its_calendar_uids(demo_db: Database) -> None:
    atelier = next(
        s
        for s in cohort_schedule(demo_db, 1).sessions
        if s.kind is SessionKind.ATELIER and s.number == 2
    )
    before = {
        str(e["UID"]) for e in Calendar.from_ical(cohort_calendar(demo_db, 1, NOW)).walk("VEVENT")
    }
    move_session(demo_db, atelier.id, dt.date(2012, 1, 23))
    after = {
        str(e["UID"]) for e in Calendar.from_ical(cohort_calendar(demo_db, 1, NOW)).walk("VEVENT")
    }
    assert before == after and atelier.uid in after


def test_saving_without_a_change_does_not_raise_the_sequence(demo_db: Database) -> None:
    session = cohort_schedule(demo_db, 1).sessions[0]
    update_session(demo_db, session.id, session_edit(demo_db, session.id))
    assert (
        next(s for s in cohort_schedule(demo_db, 1).sessions if s.id == session.id).sequence
        == session.sequence
    )


def test_generating_names_the_sessions_and_is_undone_and_redone(demo_db: Database) -> None:
    cohort = new_cohort(demo_db)
    edit = generate_schedule(demo_db, cohort, dt.date(2027, 11, 17))
    assert edit.changes.cohorts == {cohort} and edit.changes.whole == {cohort}
    assert edit.changes.sessions == set(edit.result)
    assert edit.inverse is not None
    undone = edit.inverse(demo_db)
    assert cohort_schedule(demo_db, cohort).sessions == []
    assert undone.changes.sessions == set(edit.result) and undone.inverse is not None
    redone = undone.inverse(demo_db)  # the same sessions come back, ids and all
    assert {s.id for s in cohort_schedule(demo_db, cohort).sessions} == set(edit.result)
    assert redone.inverse is not None
    redone.inverse(demo_db)
    assert cohort_schedule(demo_db, cohort).sessions == []


def test_undoing_generation_takes_back_the_dates_it_filled_in(demo_db: Database) -> None:
    from sioo_desk.services.cohorts import get_cohort

    def dates(cohort: int) -> tuple[dt.date | None, dt.date | None]:
        found = get_cohort(demo_db, cohort)
        return found.start, found.end

    # A cohort without dates gets the programme's; undo empties them again, redo refills.
    empty = new_cohort(demo_db)
    edit = generate_schedule(demo_db, empty, dt.date(2027, 11, 17))
    filled = dates(empty)
    assert filled == (dt.date(2027, 11, 17), filled[1]) and filled[1] is not None
    assert edit.inverse is not None
    undone = edit.inverse(demo_db)
    assert cohort_schedule(demo_db, empty).sessions == [] and dates(empty) == (None, None)
    assert undone.changes.cohorts == {empty} and undone.inverse is not None
    redone = undone.inverse(demo_db)
    assert {s.id for s in cohort_schedule(demo_db, empty).sessions} == set(edit.result)
    assert dates(empty) == filled
    assert redone.inverse is not None
    redone.inverse(demo_db)
    assert cohort_schedule(demo_db, empty).sessions == [] and dates(empty) == (None, None)

    # Dates the user entered stay through generating, undo and redo alike.
    from sioo_desk.services.cohort_editing import CohortInput, create_cohort

    entered = (dt.date(2027, 11, 1), dt.date(2028, 7, 1))
    dated: int = create_cohort(
        demo_db, CohortInput("Leergang 2027–2028 B", "Doorn", None, None, *entered)
    ).result
    made = generate_schedule(demo_db, dated, dt.date(2027, 11, 17))
    assert dates(dated) == entered and made.inverse is not None
    back = made.inverse(demo_db)
    assert dates(dated) == entered and back.inverse is not None
    back.inverse(demo_db)
    assert dates(dated) == entered


def test_a_moved_session_is_named_and_moved_back_by_its_inverse(demo_db: Database) -> None:
    atelier = next(
        s
        for s in cohort_schedule(demo_db, 1).sessions
        if s.kind is SessionKind.ATELIER and s.number == 2
    )
    before = session_edit(demo_db, atelier.id)
    edit = move_session(demo_db, atelier.id, dt.date(2012, 1, 23))
    assert edit.changes.cohorts == {1} and edit.changes.sessions == {atelier.id}
    assert edit.result == before and not edit.changes.whole
    moved = session_edit(demo_db, atelier.id)
    assert moved.half_days[0].date == dt.date(2012, 1, 23)
    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    assert session_edit(demo_db, atelier.id) == before
    assert back.changes.sessions == {atelier.id} and back.inverse is not None
    back.inverse(demo_db)
    assert session_edit(demo_db, atelier.id) == moved


def test_saving_a_teacher_is_undone_and_redone(demo_db: Database) -> None:
    from sioo_desk.domain.enums import Role
    from sioo_desk.services.staff import StaffInput, list_staff, save_staff

    made = save_staff(demo_db, StaffInput("Boonstra", initials="J.J.", roles=(Role.ASSESSOR,)))
    person = made.result
    assert made.changes.people == {person} and not made.changes.cohorts
    assert made.inverse is not None
    removed = made.inverse(demo_db)
    assert person not in {t.id for t in list_staff(demo_db)}
    assert removed.inverse is not None
    removed.inverse(demo_db)  # back with the same id
    assert next(t for t in list_staff(demo_db) if t.id == person).name.surname == "Boonstra"

    zwart = next(t for t in list_staff(demo_db) if t.name.surname == "Zwart")
    changed = save_staff(
        demo_db,
        StaffInput("Zwart", first_name="Piet", roles=(Role.TEACHER, Role.COACH)),
        zwart.id,
    )
    assert changed.changes.people == {zwart.id} and changed.inverse is not None
    back = changed.inverse(demo_db)
    assert next(t for t in list_staff(demo_db) if t.id == zwart.id) == zwart
    assert back.inverse is not None
    back.inverse(demo_db)
    again = next(t for t in list_staff(demo_db) if t.id == zwart.id)
    assert again.name.first_name == "Piet" and set(again.roles) == {Role.TEACHER, Role.COACH}

"""Progress at a glance: per participant whether intake document, learning questions, portfolio
entries since the last atelier, the organisatievraagstuk and the tussengesprek are in order on a
given day — and, when not, why. One query per kind for the whole cohort."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sioo_desk.domain.enums import AssignmentStatus, ParticipantStatus
from sioo_desk.domain.formatting import long_date
from sioo_desk.services.participants import list_participants
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database

ITEMS = ("intakedocument", "leervragen", "portfolio", "organisatievraagstuk", "tussengesprek")
FOLLOWED = frozenset(
    {ParticipantStatus.ADMITTED, ParticipantStatus.ACTIVE, ParticipantStatus.COMPLETED}
)
#: Days after an atelier in which its reflection may still be written.
GRACE_DAYS = 7


@dataclass(frozen=True)
class Progress:
    participant_id: int
    name: str
    problems: dict[str, str]  # item -> reason; an item absent here is in order

    @property
    def in_order(self) -> bool:
        return not self.problems


def _ateliers(db: Database, cohort_id: int) -> list[tuple[int, dt.date, dt.date]]:
    rows = db.read(
        """SELECT s.number, MIN(h.date), MAX(h.date) FROM sessions s
           JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c AND s.kind = 'atelier' GROUP BY s.id ORDER BY MIN(h.date)""",
        {"c": cohort_id},
    )
    found = []
    for number, first, last in rows:
        first_day, last_day = as_date(first), as_date(last)
        assert first_day is not None and last_day is not None
        found.append((int(number or 0), first_day, last_day))
    return found


def cohort_progress(db: Database, cohort_id: int, today: dt.date) -> list[Progress]:
    people = [p for p in list_participants(db, cohort_id) if p.status in FOLLOWED]
    params = {"c": cohort_id}
    intakes = {
        int(r[0]): (r[1] is not None, bool((r[2] or "").strip()))
        for r in db.read(
            """SELECT i.participant_id, i.document_attachment_id, i.learning_questions
               FROM intakes i JOIN participants p ON p.id = i.participant_id
               WHERE p.cohort_id = :c""",
            params,
        )
    }
    intake_entries = {
        int(r[0])
        for r in db.read(
            """SELECT DISTINCT pf.participant_id FROM portfolio_entries e
               JOIN portfolios pf ON pf.id = e.portfolio_id
               JOIN participants p ON p.id = pf.participant_id
               WHERE p.cohort_id = :c AND e.kind = 'intake_document'""",
            params,
        )
    }
    latest_entry: dict[int, dt.date] = {}
    for pid, day in db.read(
        """SELECT pf.participant_id, MAX(e.entry_date) FROM portfolio_entries e
           JOIN portfolios pf ON pf.id = e.portfolio_id
           JOIN participants p ON p.id = pf.participant_id
           WHERE p.cohort_id = :c AND e.kind != 'intake_document'
           GROUP BY pf.participant_id""",
        params,
    ):
        latest = as_date(day)
        if latest is not None:
            latest_entry[int(pid)] = latest
    assignments = {
        int(r[0]): AssignmentStatus(r[1])
        for r in db.read(
            """SELECT m.participant_id, a.status FROM assignment_members m
               JOIN organisational_assignments a ON a.id = m.assignment_id
               WHERE a.cohort_id = :c""",
            params,
        )
    }
    reviews = {
        int(r[0]): (as_date(r[1]), as_date(r[2]), bool((r[3] or "").strip()))
        for r in db.read(
            """SELECT r.participant_id, h.date, r.held_on, r.learning_route_agreements
               FROM midterm_reviews r JOIN participants p ON p.id = r.participant_id
               LEFT JOIN half_days h ON h.session_id = r.session_id
               WHERE p.cohort_id = :c""",
            params,
        )
    }
    ateliers = _ateliers(db, cohort_id)
    due = [a for a in ateliers if a[2] + dt.timedelta(days=GRACE_DAYS) < today]
    third = next((a for a in ateliers if a[0] == 3), None)
    midterm_from = third[2] + dt.timedelta(days=1) if third else None
    started = bool(ateliers) and ateliers[0][1] <= today

    found = []
    for person in people:
        problems: dict[str, str] = {}
        has_document, has_questions = intakes.get(person.id, (False, False))
        if not has_document and person.id not in intake_entries:
            problems["intakedocument"] = "Er is geen intakedocument."
        if not has_questions:
            problems["leervragen"] = "Er zijn geen leervragen vastgelegd."
        if due:
            number, first_day, _last = due[-1]
            last_entry = latest_entry.get(person.id)
            if last_entry is None or last_entry < first_day:
                since = f"; het laatste is van {long_date(last_entry)}" if last_entry else ""
                problems["portfolio"] = (
                    f"Geen portfolio-onderdeel sinds werkatelier {number} "
                    f"({long_date(first_day)}){since}."
                )
        status = assignments.get(person.id)
        if status is None and started:
            problems["organisatievraagstuk"] = "Er is nog geen organisatievraagstuk."
        elif status is AssignmentStatus.DRAFT and midterm_from and today >= midterm_from:
            problems["organisatievraagstuk"] = (
                "Het organisatievraagstuk is na werkatelier 3 nog in voorbereiding; "
                "er is nog geen afspraak met de opdrachtgever."
            )
        planned, held, recorded = reviews.get(person.id, (None, None, False))
        when = held or planned
        if midterm_from and today >= midterm_from:
            if when is None:
                problems["tussengesprek"] = "Het tussengesprek is nog niet gepland."
            elif when < today and not recorded:
                problems["tussengesprek"] = (
                    f"Het tussengesprek van {long_date(when)} is nog niet vastgelegd."
                )
        found.append(Progress(person.id, person.name.display_name, problems))
    return found

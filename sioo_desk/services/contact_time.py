"""Planned contact time of a cohort's schedule, per participant and for the cohort."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sioo_desk.domain.enums import COHORT_WIDE_KINDS, DayPart, ParticipantStatus
from sioo_desk.domain.rules import ContactTime, HalfDaySlot, cohort_contact_time, contact_time
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database, Row

_WIDE = ", ".join(f"'{k.value}'" for k in sorted(COHORT_WIDE_KINDS))


@dataclass(frozen=True, slots=True)
class CohortContactTime:
    cohort: ContactTime
    per_participant: dict[int, ContactTime]


def _slot(row: Row, offset: int = 0) -> HalfDaySlot:
    day = as_date(row[offset])
    assert day is not None
    return HalfDaySlot(day, DayPart(row[offset + 1]))


def planned_contact_time(db: Database, cohort_id: int) -> CohortContactTime:
    wide = [
        _slot(r)
        for r in db.read(
            f"""SELECT h.date, h.part FROM half_days h JOIN sessions s ON s.id = h.session_id
                WHERE s.cohort_id = :c AND s.kind IN ({_WIDE})""",
            {"c": cohort_id},
        )
    ]
    own: dict[int, list[HalfDaySlot]] = defaultdict(list)
    for r in db.read(
        """SELECT gm.participant_id, h.date, h.part
           FROM group_members gm
           JOIN sessions s ON s.consultation_group_id = gm.group_id
           JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c
           UNION ALL
           SELECT sp.participant_id, h.date, h.part
           FROM session_participants sp
           JOIN sessions s ON s.id = sp.session_id
           JOIN half_days h ON h.session_id = s.id
           WHERE s.cohort_id = :c""",
        {"c": cohort_id},
    ):
        own[int(r[0])].append(_slot(r, 1))
    participants = [
        int(r[0])
        for r in db.read(
            "SELECT id FROM participants WHERE cohort_id = :c AND status != :no",
            {"c": cohort_id, "no": ParticipantStatus.NOT_ADMITTED.value},
        )
    ]
    per_participant = {p: contact_time(wide + own.get(p, [])) for p in participants}
    return CohortContactTime(
        cohort=cohort_contact_time(per_participant.values(), contact_time(wide)),
        per_participant=per_participant,
    )

"""The assessor's verdict after the accountability conversation: the result on the brochure's
terms, a short motivation, the date, and who recorded it when. For a cohort whose attendance
was not kept in Sioo Desk an effort figure can be recorded with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from sioo_desk.domain.enums import Verdict
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.services.changes import Changes, Edit, actor, unchanged
from sioo_desk.services.values import as_date, as_datetime
from sioo_desk.store.database import Database, Read, reading

MOTIVATION_MAX = 2000


@dataclass(frozen=True)
class VerdictInput:
    verdict: Verdict
    motivation: str
    assessed_on: dt.date
    assessor_id: int | None = None
    recorded_effort_percent: int | None = None


@dataclass(frozen=True)
class Recorded:
    data: VerdictInput
    recorded_by: str
    recorded_at: dt.datetime | None


class VerdictError(SiooDeskError):
    pass


def verdict_of(db: Database, participant_id: int) -> Recorded | None:
    return _verdict_of(db.read, participant_id)


def _verdict_of(read: Read, participant_id: int) -> Recorded | None:
    rows = read(
        """SELECT verdict, motivation, assessed_on, assessor_id, recorded_effort_percent,
                  recorded_by, recorded_at
           FROM assessments WHERE participant_id = :p""",
        {"p": participant_id},
    )
    if not rows or rows[0][0] is None:
        return None
    r = rows[0]
    assessed_on = as_date(r[2])
    return Recorded(
        VerdictInput(
            Verdict(r[0]),
            r[1] or "",
            assessed_on or dt.date.min,
            None if r[3] is None else int(r[3]),
            None if r[4] is None else int(r[4]),
        ),
        r[5] or "",
        as_datetime(r[6]),
    )


def check(db: Database, participant_id: int, data: VerdictInput, today: dt.date) -> list[str]:
    """Every problem with the input, in Dutch, field by field."""
    return _check(db.read, participant_id, data, today)


def _check(read: Read, participant_id: int, data: VerdictInput, today: dt.date) -> list[str]:
    problems = []
    if not data.motivation.strip():
        problems.append("Motivering: schrijf in een paar zinnen waarop het oordeel berust.")
    elif len(data.motivation) > MOTIVATION_MAX:
        problems.append(
            f"Motivering: houd het kort, hoogstens {MOTIVATION_MAX} tekens "
            f"(nu {len(data.motivation)})."
        )
    if data.assessed_on > today:
        problems.append(f"Datum: {long_date(data.assessed_on)} ligt in de toekomst.")
    rows = read(
        "SELECT c.start_date FROM participants p JOIN cohorts c ON c.id = p.cohort_id "
        "WHERE p.id = :p",
        {"p": participant_id},
    )
    if not rows:
        raise NotFoundError("Deelnemer", participant_id)
    start = as_date(rows[0][0])
    if start and data.assessed_on < start:
        problems.append(
            f"Datum: {long_date(data.assessed_on)} ligt vóór de start van de leergang "
            f"({long_date(start)})."
        )
    if data.recorded_effort_percent is not None and not 0 <= data.recorded_effort_percent <= 100:
        problems.append(f"Inzet: {data.recorded_effort_percent}% kan niet (0 tot 100).")
    if data.assessor_id is not None and not read(
        "SELECT 1 FROM person_roles WHERE person_id = :a AND role = 'assessor'",
        {"a": data.assessor_id},
    ):
        problems.append("Assessor: kies iemand uit het register met de rol assessor.")
    return problems


def record(db: Database, participant_id: int, data: VerdictInput | None, today: dt.date) -> Edit:
    """Record (or, with None, clear) the verdict. The edit's result is the former one; its
    inverse records that again. A verdict below 'goed' is refused while the participant holds a
    valid certificate: revoke that first, so that no certificate stands on a verdict that no
    longer supports it."""
    from sqlalchemy import select

    from sioo_desk.domain.models import Assessment, Participant
    from sioo_desk.services import audit

    with db.session() as s:
        # The checks and what undo puts back see what this transaction replaces.
        read = reading(s)
        if data is not None:
            problems = _check(read, participant_id, data, today)
            if problems:
                raise VerdictError("\n".join(problems))
        holds = read(
            """SELECT number, issued_on FROM certificates c
               WHERE participant_id = :p AND revoked_on IS NULL
               AND version = (SELECT MAX(version) FROM certificates WHERE number = c.number)""",
            {"p": participant_id},
        )
        if holds and (data is None or data.verdict is not Verdict.GOED):
            raise VerdictError(
                f"Deze deelnemer heeft certificaat {holds[0][0]}. Trek het certificaat eerst in "
                "(met een reden) voordat het eindoordeel lager wordt."
            )
        issued = as_date(holds[0][1]) if holds else None
        if data is not None and issued is not None and data.assessed_on > issued:
            raise VerdictError(
                f"Datum: het eindoordeel kan niet na de uitreiking van certificaat {holds[0][0]} "
                f"({long_date(issued)}) liggen."
            )
        found = _verdict_of(read, participant_id)
        before = found.data if found else None
        if before == data:  # the same verdict again: no step for the undo stack
            return unchanged(before)
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise NotFoundError("Deelnemer", participant_id)
        cohort_id = participant.cohort_id
        row = s.scalar(select(Assessment).where(Assessment.participant_id == participant_id))
        if data is None:
            if row is not None:
                row.verdict = None
                row.motivation = ""
                row.assessed_on = None
                row.recorded_effort_percent = None
            audit.record(s, "verdict-clear", "participant", participant_id, "eindoordeel gewist")
        else:
            if row is None:
                row = Assessment(participant_id=participant_id)
                s.add(row)
            row.verdict = data.verdict
            row.motivation = data.motivation.strip()
            row.assessed_on = data.assessed_on
            row.assessor_id = data.assessor_id
            row.recorded_effort_percent = data.recorded_effort_percent
            row.recorded_by = actor()
            row.recorded_at = dt.datetime.now().replace(microsecond=0)
            audit.record(
                s, "verdict", "participant", participant_id, f"eindoordeel {data.verdict.value}"
            )
    return Edit(
        Changes.of(cohort_id, closing=[participant_id]),
        partial(_record_back, participant_id=participant_id, data=before, today=today),
        result=before,
    )


def _record_back(
    db: Database, *, participant_id: int, data: VerdictInput | None, today: dt.date
) -> Edit:
    return record(db, participant_id, data, today)

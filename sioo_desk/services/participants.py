"""The participants of a cohort, as the main table and `sioo-desk participants` list them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sioo_desk.domain.enums import EducationLevel, Gender, ParticipantStatus
from sioo_desk.domain.errors import NotFoundError
from sioo_desk.domain.names import PersonName, salutation
from sioo_desk.services.values import as_date
from sioo_desk.store.database import Database, Row


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: int
    cohort_id: int
    initials: str
    first_name: str
    tussenvoegsel: str
    surname: str
    gender: Gender
    email: str
    phone: str
    municipality: str
    job_title: str
    status: ParticipantStatus
    learning_team_partner_id: int | None

    @property
    def name(self) -> PersonName:
        return PersonName(self.surname, self.first_name, self.initials, self.tussenvoegsel)


_COLUMNS = """p.id, p.cohort_id, p.initials, p.first_name, p.tussenvoegsel, p.surname, p.gender,
p.email, p.phone, p.municipality, p.job_title, p.status, p.learning_team_partner_id"""


def _row(r: Row) -> ParticipantRow:
    return ParticipantRow(
        id=int(r[0]),
        cohort_id=int(r[1]),
        initials=r[2],
        first_name=r[3],
        tussenvoegsel=r[4],
        surname=r[5],
        gender=Gender(r[6]),
        email=r[7],
        phone=r[8],
        municipality=r[9],
        job_title=r[10],
        status=ParticipantStatus(r[11]),
        learning_team_partner_id=None if r[12] is None else int(r[12]),
    )


def list_participants(db: Database, cohort_id: int) -> list[ParticipantRow]:
    """Every participant of the cohort, filed under the surname the Dutch way."""
    if not db.read("SELECT 1 FROM cohorts WHERE id = :id", {"id": cohort_id}):
        raise NotFoundError("Cohort", cohort_id)
    rows = db.read(
        f"SELECT {_COLUMNS} FROM participants p WHERE p.cohort_id = :c", {"c": cohort_id}
    )
    return sorted((_row(r) for r in rows), key=lambda p: p.name.sort_key)


def list_all_participants(db: Database) -> list[ParticipantRow]:
    """Every participant of every cohort, for a search across cohorts."""
    rows = db.read(f"SELECT {_COLUMNS} FROM participants p")
    return sorted((_row(r) for r in rows), key=lambda p: p.name.sort_key)


def cohort_names(db: Database) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in db.read("SELECT id, name FROM cohorts")}


@dataclass(frozen=True, slots=True)
class ParticipantDetail:
    row: ParticipantRow
    salutation: str
    manager_name: str
    manager_email: str
    years_experience: int | None
    years_in_hr: int | None
    education_level: EducationLevel | None
    registered_on: dt.date | None
    joined_on: dt.date | None
    withdrawn_on: dt.date | None
    withdrawal_reason: str
    partner_name: str
    group_name: str
    coach_name: str
    verdict: str


def participant_detail(db: Database, participant_id: int) -> ParticipantDetail:
    rows = db.read(
        f"""SELECT {_COLUMNS}, p.manager_name, p.manager_email, p.years_experience,
                   p.years_in_hr, p.education_level, p.registered_on, p.joined_on,
                   p.withdrawn_on, p.withdrawal_reason,
                   partner.first_name, partner.initials, partner.tussenvoegsel, partner.surname,
                   g.name, coach.first_name, coach.initials, coach.tussenvoegsel, coach.surname,
                   a.verdict
            FROM participants p
            LEFT JOIN participants partner ON partner.id = p.learning_team_partner_id
            LEFT JOIN group_members gm ON gm.participant_id = p.id
            LEFT JOIN consultation_groups g ON g.id = gm.group_id
            LEFT JOIN people coach ON coach.id = g.coach_id
            LEFT JOIN assessments a ON a.participant_id = p.id
            WHERE p.id = :id""",
        {"id": participant_id},
    )
    if not rows:
        raise NotFoundError("Deelnemer", participant_id)
    r = rows[0]
    row = _row(r)

    def name_at(i: int) -> str:
        if r[i + 3] is None:
            return ""
        return PersonName(r[i + 3], r[i], r[i + 1], r[i + 2]).display_name

    return ParticipantDetail(
        row=row,
        salutation=salutation(row.name, row.gender),
        manager_name=r[13],
        manager_email=r[14],
        years_experience=r[15],
        years_in_hr=r[16],
        education_level=None if r[17] is None else EducationLevel(r[17]),
        registered_on=as_date(r[18]),
        joined_on=as_date(r[19]),
        withdrawn_on=as_date(r[20]),
        withdrawal_reason=r[21],
        partner_name=name_at(22),
        group_name=r[26] or "",
        coach_name=name_at(27),
        verdict=r[31] or "",
    )

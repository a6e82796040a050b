"""The organisatievraagstuk of a participant: the question, the client, the manager, its status,
the client's feedback at three moments, the evaluation with the manager and the final
presentation. Two colleagues of a learning team may share one.

Undo puts back a snapshot of the assignments of the participant and of their learning-team
partner as they were, with the same ids: sharing and unsharing move the partner too."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sioo_desk.domain.enums import AssignmentStatus
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.validation import check_email
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.values import as_date, as_time
from sioo_desk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sioo_desk.services.snapshots import Snapshot

STATUS_NAMES = {
    AssignmentStatus.DRAFT: "in voorbereiding",
    AssignmentStatus.AGREED: "afgesproken met de opdrachtgever",
    AssignmentStatus.IN_PROGRESS: "in uitvoering",
    AssignmentStatus.PRESENTED: "gepresenteerd aan de opdrachtgever",
    AssignmentStatus.EVALUATED: "geëvalueerd met de leidinggevende",
}


@dataclass(frozen=True)
class AssignmentInput:
    title: str
    question: str = ""
    client_name: str = ""
    client_role: str = ""
    client_organisation: str = ""
    client_email: str = ""
    manager_name: str = ""
    status: AssignmentStatus = AssignmentStatus.DRAFT
    feedback_start: str = ""
    feedback_midway: str = ""
    feedback_end: str = ""
    manager_evaluation: str = ""
    presentation_date: dt.date | None = None
    shared_with_partner: bool = False
    # Needed only when the presentation falls within the closing meeting, so that the
    # accountability conversations keep clear of it.
    presentation_starts_at: dt.time | None = None
    presentation_ends_at: dt.time | None = None


_FIELDS = """a.title, a.question, a.client_name, a.client_role, a.client_organisation,
a.client_email, a.manager_name, a.status, a.client_feedback_start, a.client_feedback_midway,
a.client_feedback_end, a.manager_evaluation, a.presentation_date, a.presentation_starts_at,
a.presentation_ends_at"""


def assignment_of(db: Database, participant_id: int) -> AssignmentInput | None:
    rows = db.read(
        f"""SELECT a.id, {_FIELDS} FROM organisational_assignments a
            JOIN assignment_members m ON m.assignment_id = a.id WHERE m.participant_id = :p""",
        {"p": participant_id},
    )
    if not rows:
        return None
    r = rows[0]
    members = db.read(
        "SELECT COUNT(*) FROM assignment_members WHERE assignment_id = :a", {"a": r[0]}
    )
    return AssignmentInput(
        title=r[1],
        question=r[2],
        client_name=r[3],
        client_role=r[4],
        client_organisation=r[5],
        client_email=r[6],
        manager_name=r[7],
        status=AssignmentStatus(r[8]),
        feedback_start=r[9],
        feedback_midway=r[10],
        feedback_end=r[11],
        manager_evaluation=r[12],
        presentation_date=as_date(r[13]),
        shared_with_partner=int(members[0][0]) > 1,
        presentation_starts_at=as_time(r[14]),
        presentation_ends_at=as_time(r[15]),
    )


def shared_with(db: Database, participant_id: int) -> list[str]:
    """The names of the colleagues who share this participant's assignment."""
    return [
        " ".join(x for x in r if x)
        for r in db.read(
            """SELECT p.first_name, p.tussenvoegsel, p.surname FROM assignment_members m
               JOIN assignment_members mine ON mine.assignment_id = m.assignment_id
               JOIN participants p ON p.id = m.participant_id
               WHERE mine.participant_id = :p AND m.participant_id != :p""",
            {"p": participant_id},
        )
    ]


def check(data: AssignmentInput) -> list[str]:
    """What is wrong with the form, one Dutch line per field."""
    problems = []
    if not data.title.strip():
        problems.append("Titel: is verplicht.")
    client_given = any(
        (data.client_role, data.client_organisation, data.client_email, data.feedback_start)
    )
    if not data.client_name.strip() and (client_given or data.status is not AssignmentStatus.DRAFT):
        problems.append(
            "Opdrachtgever: de naam is verplicht zodra de opdracht verder is dan "
            "'in voorbereiding' of er iets over de opdrachtgever is ingevuld."
        )
    start, end = data.presentation_starts_at, data.presentation_ends_at
    if (start is None) != (end is None):
        problems.append("Presentatie: geef zowel de begin- als de eindtijd, of geen van beide.")
    elif start is not None and end is not None and end <= start:
        problems.append(
            f"Presentatie: de eindtijd {end:%H:%M} ligt niet na de begintijd {start:%H:%M}."
        )
    elif start is not None and data.presentation_date is None:
        problems.append("Presentatie: een tijd zonder datum kan niet; kies ook de datum.")
    email = check_email(data.client_email.strip(), required=False)
    if email:
        problems.append(f"E-mail opdrachtgever: {email}")
    return problems


def _team(s: Session, participant_id: int) -> tuple[int, list[int], list[int]]:
    """The participant's cohort, the participant with their learning-team partner, and the
    assignments those two are members of now."""
    from sqlalchemy import select

    from sioo_desk.domain.models import AssignmentMember, Participant

    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    team = [participant_id]
    if participant.learning_team_partner_id is not None:
        team.append(participant.learning_team_partner_id)
    held = sorted(
        set(
            s.scalars(
                select(AssignmentMember.assignment_id).where(
                    AssignmentMember.participant_id.in_(team)
                )
            )
        )
    )
    return participant.cohort_id, team, held


def _taken(s: Session, participant_id: int) -> tuple[Changes, Snapshot]:
    """What an edit of this participant's assignment may touch, as it is now."""
    from sioo_desk.services import snapshots

    cohort_id, team, held = _team(s, participant_id)
    snapshot = snapshots.take(s.connection(), "organisational_assignments", held)
    return Changes.of(cohort_id, portfolio=team), snapshot


def _put_back(db: Database, *, participant_id: int, snapshot: Snapshot) -> Edit:
    """The assignments of the participant and their partner exactly as in `snapshot`."""
    from sqlalchemy import delete

    from sioo_desk.domain.models import OrganisationalAssignment
    from sioo_desk.services import snapshots

    with db.session() as s:
        changes, now = _taken(s, participant_id)
        held = list(now.rows.get("organisational_assignments", {}))
        s.execute(delete(OrganisationalAssignment).where(OrganisationalAssignment.id.in_(held)))
        snapshots.restore(s.connection(), snapshot)
    return Edit(changes, partial(_put_back, participant_id=participant_id, snapshot=now))


def save_assignment(db: Database, participant_id: int, data: AssignmentInput) -> Edit:
    """Create or change the participant's assignment, all or nothing; the result is its id."""
    from sqlalchemy import select

    from sioo_desk.domain.models import AssignmentMember, OrganisationalAssignment, Participant

    problems = check(data)
    if problems:
        raise SiooDeskError(" ".join(problems))
    with db.session() as s:
        changes, before = _taken(s, participant_id)
        participant = s.get_one(Participant, participant_id)
        member = s.scalar(
            select(AssignmentMember).where(AssignmentMember.participant_id == participant_id)
        )
        if member is None:
            assignment = OrganisationalAssignment(cohort_id=participant.cohort_id, title="")
            assignment.members.append(AssignmentMember(participant_id=participant_id))
            s.add(assignment)
        else:
            assignment = member.assignment
        partner_id = participant.learning_team_partner_id
        partner_member = (
            None
            if partner_id is None
            else s.scalar(
                select(AssignmentMember).where(AssignmentMember.participant_id == partner_id)
            )
        )
        if data.shared_with_partner:
            if partner_id is None:
                raise SiooDeskError(
                    "Delen met de leerteampartner kan niet: deze deelnemer heeft geen "
                    "leerteampartner."
                )
            if partner_member is None:
                assignment.members.append(AssignmentMember(participant_id=partner_id))
            elif partner_member.assignment_id != assignment.id and assignment.id is not None:
                raise SiooDeskError(
                    "De leerteampartner heeft al een eigen organisatievraagstuk; "
                    "verwijder of deel dat eerst."
                )
            elif assignment.id is None:
                raise SiooDeskError(
                    "De leerteampartner heeft al een organisatievraagstuk; deel dat vanuit "
                    "de partner, zodat er één overblijft."
                )
        elif partner_member is not None and partner_member.assignment_id == assignment.id:
            assignment.members.remove(partner_member)
        assignment.title = data.title.strip()
        assignment.question = data.question.strip()
        assignment.client_name = data.client_name.strip()
        assignment.client_role = data.client_role.strip()
        assignment.client_organisation = data.client_organisation.strip()
        assignment.client_email = data.client_email.strip()
        assignment.manager_name = data.manager_name.strip()
        assignment.status = data.status
        assignment.client_feedback_start = data.feedback_start.strip()
        assignment.client_feedback_midway = data.feedback_midway.strip()
        assignment.client_feedback_end = data.feedback_end.strip()
        assignment.manager_evaluation = data.manager_evaluation.strip()
        assignment.presentation_date = data.presentation_date
        timed = data.presentation_date is not None
        assignment.presentation_starts_at = data.presentation_starts_at if timed else None
        assignment.presentation_ends_at = data.presentation_ends_at if timed else None
        s.flush()
        saved = assignment.id
    return Edit(changes, partial(_put_back, participant_id=participant_id, snapshot=before), saved)


def delete_assignment(db: Database, participant_id: int) -> Edit:
    """Remove the participant's assignment (for everyone who shares it)."""
    from sqlalchemy import select

    from sioo_desk.domain.models import AssignmentMember

    with db.session() as s:
        changes, before = _taken(s, participant_id)
        member = s.scalar(
            select(AssignmentMember).where(AssignmentMember.participant_id == participant_id)
        )
        if member is not None:
            s.delete(member.assignment)
    return Edit(changes, partial(_put_back, participant_id=participant_id, snapshot=before))

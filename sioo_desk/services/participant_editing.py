"""Creating, editing, changing the status of, and deleting participants. Every call returns
what an undo needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sioo_desk.domain.enums import PLACE_TAKING_STATUSES, ParticipantStatus
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.models import Cohort, Participant, Programme
from sioo_desk.domain.names import collation_key
from sioo_desk.domain.rules import ensure_place_for_one_more
from sioo_desk.domain.status_flow import ensure_transition
from sioo_desk.domain.validation import FieldError, ParticipantInput, validate
from sioo_desk.services import audit, snapshots
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.store.database import Database

_STORED = [f.name for f in fields(ParticipantInput) if f.name not in ("extra",)]


class ValidationError(SiooDeskError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__(" ".join(str(e) for e in errors))


class DuplicateParticipantError(SiooDeskError):
    def __init__(self, existing_name: str, why: str) -> None:
        self.existing_name = existing_name
        super().__init__(f"Deze deelnemer staat al in het cohort: {existing_name} ({why}).")


def participant_input(db: Database, participant_id: int) -> ParticipantInput:
    with db.session() as s:
        p = _get(s, participant_id)
        return ParticipantInput(**{name: getattr(p, name) for name in _STORED})


def create_participant(db: Database, cohort_id: int, data: ParticipantInput) -> int:
    data = _checked(data)
    with db.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        _refuse_duplicate(s, cohort_id, data, exclude=None)
        if data.status in PLACE_TAKING_STATUSES:
            ensure_place(s, cohort)
        participant = Participant(cohort_id=cohort_id, **{n: getattr(data, n) for n in _STORED})
        participant.registered_on = data.registered_on or dt.date.today()
        s.add(participant)
        s.flush()
        _pair(s, participant, data.learning_team_partner_id)
        audit.record(s, "create", "participant", participant.id, participant.name.display_name)
        return participant.id


def update_participant(
    db: Database, participant_id: int, data: ParticipantInput
) -> ParticipantInput:
    """Store `data` and return what was there before (for undo)."""
    data = _checked(data)
    with db.session() as s:
        participant = _get(s, participant_id)
        before = ParticipantInput(**{n: getattr(participant, n) for n in _STORED})
        _refuse_duplicate(s, participant.cohort_id, data, exclude=participant_id)
        if data.status != participant.status:
            ensure_transition(participant.name.display_name, participant.status, data.status)
            if (
                data.status in PLACE_TAKING_STATUSES
                and participant.status not in PLACE_TAKING_STATUSES
            ):
                ensure_place(s, participant.cohort)
        for name in _STORED:
            if name != "learning_team_partner_id":
                setattr(participant, name, getattr(data, name))
        _pair(s, participant, data.learning_team_partner_id)
        audit.record(s, "update", "participant", participant_id, participant.name.display_name)
        return before


def change_status(
    db: Database,
    participant_id: int,
    status: ParticipantStatus,
    *,
    on: dt.date,
    reason: str = "",
    checked: bool = True,
) -> tuple[ParticipantStatus, dt.date | None, str]:
    """Move to `status` (checked against the allowed transitions and the cohort's capacity);
    return the previous status, withdrawal date and reason, for undo."""
    with db.session() as s:
        participant = _get(s, participant_id)
        before = (participant.status, participant.withdrawn_on, participant.withdrawal_reason)
        if checked:
            ensure_transition(participant.name.display_name, participant.status, status)
            if (
                participant.status is ParticipantStatus.WITHDRAWN
                and status is ParticipantStatus.ACTIVE
                and not _was_admitted(s, participant)
            ):
                raise SiooDeskError(
                    f"{participant.name.display_name} is nooit toegelaten en kan "
                    "dus niet weer actief worden."
                )
        if status in PLACE_TAKING_STATUSES and participant.status not in PLACE_TAKING_STATUSES:
            ensure_place(s, participant.cohort)
        participant.status = status
        if status is ParticipantStatus.WITHDRAWN:
            participant.withdrawn_on = on
            participant.withdrawal_reason = reason
        elif checked:
            participant.withdrawn_on = None
            participant.withdrawal_reason = ""
        audit.record(
            s,
            "status",
            "participant",
            participant_id,
            f"{participant.name.display_name}: {status.value}",
            reason=reason,
        )
        return before


def status_state(
    db: Database, participant_id: int
) -> tuple[ParticipantStatus, dt.date | None, str]:
    """Status, withdrawal date and reason as they are now (what a redo puts back)."""
    with db.session() as s:
        p = _get(s, participant_id)
        return (p.status, p.withdrawn_on, p.withdrawal_reason)


def partner_pointers(db: Database, cohort_id: int) -> dict[int, int | None]:
    """Who is whose learning-team partner in the cohort (an edit may change several)."""
    return {
        int(r[0]): r[1]
        for r in db.read(
            "SELECT id, learning_team_partner_id FROM participants WHERE cohort_id = :c",
            {"c": cohort_id},
        )
    }


def restore_partners(db: Database, pointers: dict[int, int | None]) -> None:
    with db.session() as s:
        for participant_id, partner_id in pointers.items():
            participant = s.get(Participant, participant_id)
            if participant is not None and participant.learning_team_partner_id != partner_id:
                participant.learning_team_partner_id = partner_id


def restore_status(
    db: Database, participant_id: int, state: tuple[ParticipantStatus, dt.date | None, str]
) -> None:
    status, withdrawn_on, reason = state
    with db.session() as s:
        participant = _get(s, participant_id)
        if status in PLACE_TAKING_STATUSES and participant.status not in PLACE_TAKING_STATUSES:
            ensure_place(s, participant.cohort)
        participant.status = status
        participant.withdrawn_on = withdrawn_on
        participant.withdrawal_reason = reason


def delete_participant(db: Database, participant_id: int) -> Snapshot:
    """Delete a participant and everything that is theirs; the snapshot brings it all back."""
    with db.session() as s:
        participant = _get(s, participant_id)
        name = participant.name.display_name
        snapshot = snapshots.take(s.connection(), "participants", [participant_id])
        s.execute(delete(Participant).where(Participant.id == participant_id))
        audit.record(s, "delete", "participant", participant_id, name)
        return snapshot


def delete_participants(db: Database, participant_ids: list[int]) -> Snapshot:
    """Delete many at once, in one transaction (undo of an import)."""
    with db.session() as s:
        snapshot = snapshots.take(s.connection(), "participants", list(participant_ids))
        s.execute(delete(Participant).where(Participant.id.in_(participant_ids)))
        audit.record(
            s, "delete", "participant", None, f"{len(participant_ids)} deelnemers verwijderd"
        )
        return snapshot


def restore_deleted(db: Database, snapshot: Snapshot) -> None:
    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
        audit.record(s, "restore", "participant", None, "verwijdering ongedaan gemaakt")


def known_municipalities(db: Database) -> list[str]:
    rows = db.read("SELECT DISTINCT municipality FROM participants WHERE municipality != ''")
    return sorted((r[0] for r in rows), key=collation_key)


# --- helpers ---------------------------------------------------------------------------------


def _checked(data: ParticipantInput) -> ParticipantInput:
    tidy, errors = validate(data)
    if errors:
        raise ValidationError(errors)
    return tidy


def _get(s: Session, participant_id: int) -> Participant:
    participant = s.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError("Deelnemer", participant_id)
    return participant


def _was_admitted(s: Session, participant: Participant) -> bool:
    from sioo_desk.domain.enums import AdmissionDecision
    from sioo_desk.domain.models import Intake

    decision = s.scalar(select(Intake.decision).where(Intake.participant_id == participant.id))
    return decision is AdmissionDecision.ADMITTED or participant.joined_on is not None


def ensure_place(s: Session, cohort: Cohort) -> None:
    programme = s.get_one(Programme, cohort.programme_id)
    taken = (
        s.scalar(
            select(func.count())
            .select_from(Participant)
            .where(
                Participant.cohort_id == cohort.id,
                Participant.status.in_(PLACE_TAKING_STATUSES),
            )
        )
        or 0
    )
    ensure_place_for_one_more(cohort.name, taken, programme.norms)


def _refuse_duplicate(
    s: Session, cohort_id: int, data: ParticipantInput, exclude: int | None
) -> None:
    others = s.scalars(select(Participant).where(Participant.cohort_id == cohort_id))
    for other in others:
        if other.id == exclude:
            continue
        if data.email and other.email.lower() == data.email.lower():
            raise DuplicateParticipantError(
                other.name.display_name, f"zelfde e-mailadres {data.email}"
            )
        if (
            collation_key(other.surname) == collation_key(data.surname)
            and collation_key(other.first_name or other.initials)
            == collation_key(data.first_name or data.initials)
            and collation_key(other.municipality) == collation_key(data.municipality)
        ):
            raise DuplicateParticipantError(
                other.name.display_name, f"zelfde naam en gemeente {data.municipality}"
            )


def _pair(s: Session, participant: Participant, partner_id: int | None) -> None:
    """Learning teams are pairs: setting one side sets the other, and frees former partners."""
    if partner_id == participant.id:
        raise ValidationError(
            [
                FieldError(
                    "learning_team_partner_id", "een deelnemer vormt geen lerend team met zichzelf."
                )
            ]
        )
    old = participant.learning_team_partner_id
    if old and old != partner_id:
        former = s.get(Participant, old)
        if former is not None and former.learning_team_partner_id == participant.id:
            former.learning_team_partner_id = None
    participant.learning_team_partner_id = partner_id
    if partner_id:
        partner = _get(s, partner_id)
        if partner.cohort_id != participant.cohort_id:
            raise ValidationError(
                [FieldError("learning_team_partner_id", "de partner zit in een ander cohort.")]
            )
        if partner.learning_team_partner_id and partner.learning_team_partner_id != participant.id:
            third = s.get(Participant, partner.learning_team_partner_id)
            if third is not None:
                third.learning_team_partner_id = None
        partner.learning_team_partner_id = participant.id

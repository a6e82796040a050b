"""Creating, editing, changing the status of, and deleting participants. Every write returns an
`Edit`: what it touched and how to take it back — learning-team partners included, since making
one pair may break up others."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import fields
from functools import partial
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sioo_desk.domain.enums import PLACE_TAKING_STATUSES, ParticipantStatus
from sioo_desk.domain.errors import NotFoundError, SiooDeskError
from sioo_desk.domain.models import Certificate, Cohort, Participant, Programme
from sioo_desk.domain.names import PersonName, collation_key
from sioo_desk.domain.rules import ensure_place_for_one_more
from sioo_desk.domain.status_flow import ALLOWED, STATUS_LABELS, ensure_transition
from sioo_desk.domain.validation import FieldError, ParticipantInput, validate
from sioo_desk.services import audit, snapshots
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.services.snapshots import Snapshot
from sioo_desk.store.database import Database

_STORED = [f.name for f in fields(ParticipantInput) if f.name not in ("extra",)]
_PARTNER = "learning_team_partner_id"

#: Learning-team partner pointers by participant id: what an edit changed, or must put back.
Pointers = dict[int, int | None]
StatusState = tuple[ParticipantStatus, dt.date | None, str]


class ValidationError(SiooDeskError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__(" ".join(str(e) for e in errors))


class DuplicateParticipantError(SiooDeskError):
    def __init__(self, existing_name: str, why: str) -> None:
        self.existing_name = existing_name
        super().__init__(f"Deze deelnemer staat al in het cohort: {existing_name} ({why}).")


class HoldsCertificate(SiooDeskError):
    """A participant with a certificate stays: the register must stay complete (the database
    refuses too, but this says why and what to do instead). `may_withdraw` says whether
    withdrawing, the usual wish behind a deletion, is a move their status allows."""

    def __init__(
        self,
        participant_id: int,
        name: str,
        number: str,
        *,
        revoked: bool,
        status: ParticipantStatus,
        others: int = 0,
    ) -> None:
        self.participant_id = participant_id
        self.name = name
        self.number = number
        self.status = status
        self.may_withdraw = ParticipantStatus.WITHDRAWN in ALLOWED[status]
        held = f"certificaat {number}" + (" (ingetrokken)" if revoked else "")
        more = (
            ""
            if not others
            else " Ook een andere gekozen deelnemer heeft een certificaat."
            if others == 1
            else f" Ook {others} andere gekozen deelnemers hebben een certificaat."
        )
        if self.may_withdraw:
            instead = (
                f"Zet de status op ‘{STATUS_LABELS[ParticipantStatus.WITHDRAWN]}’ als hij of zij "
                "niet meer meedoet."
            )
        elif status is ParticipantStatus.WITHDRAWN:
            instead = (
                f"{name} staat al op ‘{STATUS_LABELS[status]}’ en blijft zo in het cohort staan."
            )
        elif status is ParticipantStatus.COMPLETED and not revoked:
            instead = (
                "Wie de opleiding heeft afgerond, blijft in het cohort staan; is het certificaat "
                "ten onrechte uitgereikt, trek het dan in bij Afsluiting › Eindoordeel en "
                "certificaten."
            )
        else:
            instead = f"{name} blijft daarom in het cohort staan."
        super().__init__(
            f"{name} heeft {held}; een deelnemer met een certificaat kan niet worden "
            f"verwijderd (het certificaatregister moet compleet blijven). {instead}{more}"
        )


def participant_input(db: Database, participant_id: int) -> ParticipantInput:
    with db.session() as s:
        return _input_of(_get(s, participant_id))


# --- creating ----------------------------------------------------------------------------------


def create_participant(db: Database, cohort_id: int, data: ParticipantInput) -> Edit:
    """Add a participant; `result` is the new id. The undo deletes them and puts back the pairs
    their learning team broke up."""
    data = _checked(data)
    with db.session() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("Cohort", cohort_id)
        _refuse_duplicate(_members(s, cohort_id), data, exclude=None)
        if data.status in PLACE_TAKING_STATUSES:
            ensure_place(s, cohort)
        values = {n: getattr(data, n) for n in _STORED if n != _PARTNER}
        participant = Participant(cohort_id=cohort_id, **values)
        participant.registered_on = data.registered_on or dt.date.today()
        s.add(participant)
        s.flush()
        moved = _pair(s, participant, data.learning_team_partner_id)
        moved.pop(participant.id, None)  # theirs did not exist before
        audit.record(s, "create", "participant", participant.id, participant.name.display_name)
        participant_id = participant.id
    return Edit(
        Changes.of(cohort_id, participants=[participant_id, *moved]),
        partial(_uncreate, participant_id=participant_id, partners=moved),
        result=participant_id,
    )


def _uncreate(db: Database, *, participant_id: int, partners: Pointers) -> Edit:
    """Undo of a creation: the participant goes, the other partners are as they were."""
    with db.session() as s:
        participant = _get(s, participant_id)
        cohort_id, name = participant.cohort_id, participant.name.display_name
        now = _point(s, partners)
        s.flush()  # the snapshot reads through the connection, past the session
        snapshot = snapshots.take(s.connection(), "participants", [participant_id])
        s.execute(delete(Participant).where(Participant.id == participant_id))
        audit.record(s, "delete", "participant", participant_id, name)
    return Edit(
        Changes.of(cohort_id, participants=[participant_id, *partners]),
        partial(_recreate, snapshot=snapshot, participant_id=participant_id, partners=now),
    )


def _recreate(db: Database, *, snapshot: Snapshot, participant_id: int, partners: Pointers) -> Edit:
    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
        before = _point(s, partners)
        audit.record(s, "restore", "participant", participant_id, "toevoegen opnieuw gedaan")
    cohort_id = int(snapshot.rows["participants"][participant_id]["cohort_id"])
    return Edit(
        Changes.of(cohort_id, participants=[participant_id, *partners]),
        partial(_uncreate, participant_id=participant_id, partners=before),
        result=participant_id,
    )


# --- editing -----------------------------------------------------------------------------------


def update_participant(db: Database, participant_id: int, data: ParticipantInput) -> Edit:
    """Store `data`; `result` is what was there before. One read (the cohort's participants,
    for the duplicate check) and one write: the Changes name only the participant, and the
    partners when the learning team changed."""
    data = _checked(data)
    with db.session() as s:
        members = _cohort_members_of(s, participant_id)
        participant = members[participant_id]
        before = _input_of(participant)
        if before == data:  # OK pressed on an unchanged form: no step for the undo stack
            return unchanged(before)
        _refuse_duplicate(members.values(), data, exclude=participant_id)
        if data.status != participant.status:
            ensure_transition(participant.name.display_name, participant.status, data.status)
        _store(s, participant, data)
        moved = _pair(s, participant, data.learning_team_partner_id)
        audit.record(s, "update", "participant", participant_id, participant.name.display_name)
        cohort_id = participant.cohort_id
    return Edit(
        Changes.of(cohort_id, participants=[participant_id, *moved]),
        partial(_put_back, participant_id=participant_id, data=before, partners=moved),
        result=before,
    )


def _put_back(
    db: Database, *, participant_id: int, data: ParticipantInput, partners: Pointers
) -> Edit:
    """Undo (and redo) of an edit: the fields and the partners as they were. Not checked again
    (they were valid once), except the cohort's capacity, which may have filled since."""
    with db.session() as s:
        participant = _get(s, participant_id)
        now = _input_of(participant)
        _store(s, participant, data)
        current = _point(s, partners)
        audit.record(s, "update", "participant", participant_id, participant.name.display_name)
        cohort_id = participant.cohort_id
    return Edit(
        Changes.of(cohort_id, participants=[participant_id, *partners]),
        partial(_put_back, participant_id=participant_id, data=now, partners=current),
        result=now,
    )


def _store(s: Session, participant: Participant, data: ParticipantInput) -> None:
    """The form's fields onto the row (the learning team apart); a status that takes a place
    again needs one free in the cohort."""
    if data.status in PLACE_TAKING_STATUSES and participant.status not in PLACE_TAKING_STATUSES:
        ensure_place(s, participant.cohort)
    for name in _STORED:
        if name != _PARTNER:
            setattr(participant, name, getattr(data, name))


def change_status(
    db: Database,
    participant_id: int,
    status: ParticipantStatus,
    *,
    on: dt.date,
    reason: str = "",
) -> Edit:
    """Move to `status` (checked against the allowed transitions and the cohort's capacity);
    `result` is the previous status, withdrawal date and reason."""
    with db.session() as s:
        participant = _get(s, participant_id)
        before: StatusState = (
            participant.status,
            participant.withdrawn_on,
            participant.withdrawal_reason,
        )
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
        else:
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
        cohort_id = participant.cohort_id
    return Edit(
        Changes.of(cohort_id, participants=[participant_id]),
        partial(_put_status, participant_id=participant_id, state=before),
        result=before,
    )


def _put_status(db: Database, *, participant_id: int, state: StatusState) -> Edit:
    """Undo (and redo) of a status change: exactly what was there, the transition unchecked
    but the capacity checked."""
    status, withdrawn_on, reason = state
    with db.session() as s:
        participant = _get(s, participant_id)
        now: StatusState = (
            participant.status,
            participant.withdrawn_on,
            participant.withdrawal_reason,
        )
        if status in PLACE_TAKING_STATUSES and participant.status not in PLACE_TAKING_STATUSES:
            ensure_place(s, participant.cohort)
        participant.status = status
        participant.withdrawn_on = withdrawn_on
        participant.withdrawal_reason = reason
        audit.record(
            s,
            "status",
            "participant",
            participant_id,
            f"{participant.name.display_name}: {status.value}",
        )
        cohort_id = participant.cohort_id
    return Edit(
        Changes.of(cohort_id, participants=[participant_id]),
        partial(_put_status, participant_id=participant_id, state=now),
        result=now,
    )


# --- deleting ----------------------------------------------------------------------------------


def delete_participant(db: Database, participant_id: int) -> Edit:
    """Delete a participant and everything that is theirs; the undo brings it all back."""
    return delete_participants(db, [participant_id])


def delete_participants(db: Database, participant_ids: list[int]) -> Edit:
    """Delete some participants in one transaction (one, or the undo of an import)."""
    ids = sorted(set(participant_ids))
    with db.session() as s:
        _refuse_certificate_holders(s, ids)
        snapshot = snapshots.take(s.connection(), "participants", ids)
        rows = snapshot.rows.get("participants", {})
        missing = [i for i in ids if i not in rows]
        if missing:
            raise NotFoundError("Deelnemer", missing[0])
        s.execute(delete(Participant).where(Participant.id.in_(ids)))
        if len(ids) == 1:
            audit.record(s, "delete", "participant", ids[0], _name(rows[ids[0]]))
        else:
            audit.record(s, "delete", "participant", None, f"{len(ids)} deelnemers verwijderd")
    return Edit(_touched(snapshot), partial(_undelete, snapshot=snapshot), result=ids)


def _refuse_certificate_holders(s: Session, ids: list[int]) -> None:
    """Before anything is deleted: the database would refuse at the certificate anyway, with
    an error that says nothing to the user."""
    held = s.execute(
        select(Participant, Certificate.number, Certificate.revoked_on)
        .join(Certificate, Certificate.participant_id == Participant.id)
        .where(Participant.id.in_(ids))
        .order_by(Participant.id, Certificate.version.desc())
    ).all()
    if not held:
        return
    participant, number, revoked_on = held[0]
    raise HoldsCertificate(
        participant.id,
        participant.name.display_name,
        number,
        revoked=revoked_on is not None,
        status=participant.status,
        others=len({row[0].id for row in held}) - 1,
    )


def _undelete(db: Database, *, snapshot: Snapshot) -> Edit:
    with db.session() as s:
        snapshots.restore(s.connection(), snapshot)
        audit.record(s, "restore", "participant", None, "verwijdering ongedaan gemaakt")
    ids = sorted(snapshot.rows["participants"])
    return Edit(_touched(snapshot), partial(delete_participants, participant_ids=ids), result=ids)


def _touched(snapshot: Snapshot) -> Changes:
    """What deleting (or restoring) the participants in a snapshot changes: their rows, their
    partners' pointers, their groups, meetings, register cells, portfolios and closing."""
    rows = snapshot.rows
    people = rows.get("participants", {})
    ids = set(people)
    partners = {row_id for table, row_id, _c, _v in snapshot.nulled if table == "participants"}
    return Changes.of(
        {int(r["cohort_id"]) for r in people.values()},
        participants=ids | partners,
        groups={r["group_id"] for r in rows.get("group_members", {}).values()},
        sessions={r["session_id"] for r in rows.get("session_participants", {}).values()},
        attendance={
            (r["participant_id"], r["half_day_id"]) for r in rows.get("attendance", {}).values()
        },
        portfolio=ids,
        closing=ids,
    )


def _name(row: dict[str, Any]) -> str:
    return PersonName(
        row["surname"], row["first_name"], row["initials"], row["tussenvoegsel"]
    ).display_name


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


def _input_of(participant: Participant) -> ParticipantInput:
    return ParticipantInput(**{name: getattr(participant, name) for name in _STORED})


def _members(s: Session, cohort_id: int) -> list[Participant]:
    return list(s.scalars(select(Participant).where(Participant.cohort_id == cohort_id)))


def _cohort_members_of(s: Session, participant_id: int) -> dict[int, Participant]:
    """The participant with everyone of their cohort, in one read: the duplicate check needs
    them all, and partners are among them."""
    cohort = select(Participant.cohort_id).where(Participant.id == participant_id)
    members = {
        p.id: p
        for p in s.scalars(
            select(Participant).where(Participant.cohort_id == cohort.scalar_subquery())
        )
    }
    if participant_id not in members:
        raise NotFoundError("Deelnemer", participant_id)
    return members


def _refuse_duplicate(
    others: Iterable[Participant], data: ParticipantInput, exclude: int | None
) -> None:
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


def _pair(s: Session, participant: Participant, partner_id: int | None) -> Pointers:
    """Learning teams are pairs: setting one side sets the other, and frees former partners.
    Returns the pointers it changed, as they were."""
    if partner_id == participant.id:
        raise ValidationError(
            [
                FieldError(
                    "learning_team_partner_id", "een deelnemer vormt geen lerend team met zichzelf."
                )
            ]
        )
    was: Pointers = {}

    def point(who: Participant, to: int | None) -> None:
        if who.learning_team_partner_id != to:
            was.setdefault(who.id, who.learning_team_partner_id)
            who.learning_team_partner_id = to

    old = participant.learning_team_partner_id
    if old and old != partner_id:
        former = s.get(Participant, old)
        if former is not None and former.learning_team_partner_id == participant.id:
            point(former, None)
    point(participant, partner_id)
    if partner_id:
        partner = _get(s, partner_id)
        if partner.cohort_id != participant.cohort_id:
            raise ValidationError(
                [FieldError("learning_team_partner_id", "de partner zit in een ander cohort.")]
            )
        if partner.learning_team_partner_id and partner.learning_team_partner_id != participant.id:
            third = s.get(Participant, partner.learning_team_partner_id)
            if third is not None:
                point(third, None)
        point(partner, participant.id)
    return was


def _point(s: Session, pointers: Pointers) -> Pointers:
    """Set partner pointers as given (an undo); return them as they were."""
    was: Pointers = {}
    for participant_id, partner_id in pointers.items():
        participant = s.get(Participant, participant_id)
        if participant is not None:
            was[participant_id] = participant.learning_team_partner_id
            participant.learning_team_partner_id = partner_id
    return was

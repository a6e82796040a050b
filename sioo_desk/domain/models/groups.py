"""Consultation groups, their members and the coach's notes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.models.base import Base

if TYPE_CHECKING:
    from sioo_desk.domain.models.people import Participant, Person
    from sioo_desk.domain.models.programme import Cohort
    from sioo_desk.domain.models.schedule import Session


class ConsultationGroup(Base):
    __tablename__ = "consultation_groups"
    __table_args__ = (UniqueConstraint("cohort_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    cohort: Mapped[Cohort] = relationship(back_populates="consultation_groups")
    coach: Mapped[Person | None] = relationship()
    members: Mapped[list[GroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    meetings: Mapped[list[Session]] = relationship(back_populates="consultation_group")


class GroupMember(Base):
    __tablename__ = "group_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_groups.id", ondelete="CASCADE"), index=True
    )
    # A participant is in at most one consultation group.
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    locked: Mapped[bool] = mapped_column(default=False)  # the group builder never moves it

    group: Mapped[ConsultationGroup] = relationship(back_populates="members")
    participant: Mapped[Participant] = relationship()


class CoachNote(Base):
    """A coach's progress note on one participant; sensitive, never in lists or exports."""

    __tablename__ = "coach_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    written_on: Mapped[dt.date]
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    revisions: Mapped[list[CoachNoteRevision]] = relationship(
        back_populates="note", cascade="all, delete-orphan"
    )


class CoachNoteRevision(Base):
    """An earlier text of a coach note, kept when it is edited."""

    __tablename__ = "coach_note_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("coach_notes.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    edited_at: Mapped[dt.datetime]
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    note: Mapped[CoachNote] = relationship(back_populates="revisions")

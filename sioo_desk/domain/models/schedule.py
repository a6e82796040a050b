"""Sessions of every kind and the half-days they occupy."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from sioo_desk.domain.enums import DayPart, SessionKind
from sioo_desk.domain.models.base import Base
from sioo_desk.domain.rules import HalfDaySlot

if TYPE_CHECKING:
    from sioo_desk.domain.models.groups import ConsultationGroup
    from sioo_desk.domain.models.people import Participant, Person
    from sioo_desk.domain.models.programme import Cohort


class Session(Base):
    """A meeting of the programme. Start, ateliers, masterclasses and the closing meeting are
    for the whole cohort; a consultation meeting is for one group; intake interviews, midterm
    reviews and accountability conversations are for the participants linked to them."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SessionKind]
    number: Mapped[int | None]  # atelier 1–6, masterclass 1–2, consultation 1–4
    title: Mapped[str] = mapped_column(String(200), default="")
    theme: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(200), default="")  # empty: the cohort's
    consultation_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation_groups.id", ondelete="CASCADE"), index=True
    )
    guest_capacity: Mapped[int | None]
    # For calendar files: a stable UID and a sequence raised on every change.
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    sequence: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    cohort: Mapped[Cohort] = relationship(back_populates="sessions")
    consultation_group: Mapped[ConsultationGroup | None] = relationship(back_populates="meetings")
    half_days: Mapped[list[HalfDay]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="(HalfDay.date, HalfDay.part_order)",
    )
    teachers: Mapped[list[SessionTeacher]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    attendees: Mapped[list[SessionParticipant]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    @property
    def slots(self) -> list[HalfDaySlot]:
        return [HalfDaySlot(h.date, h.part) for h in self.half_days]


PART_ORDER = {DayPart.MORNING: 0, DayPart.AFTERNOON: 1, DayPart.EVENING: 2}


class HalfDay(Base):
    """A dagdeel: the unit of contact time and of attendance."""

    __tablename__ = "half_days"
    __table_args__ = (UniqueConstraint("session_id", "date", "part"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(index=True)
    part: Mapped[DayPart]
    # Kept alongside `part` so that half-days sort in the database without a CASE.
    part_order: Mapped[int] = mapped_column(default=0)
    starts_at: Mapped[dt.time | None]
    ends_at: Mapped[dt.time | None]

    session: Mapped[Session] = relationship(back_populates="half_days")

    @validates("part")
    def _keep_part_order(self, _key: str, part: DayPart) -> DayPart:
        self.part_order = PART_ORDER[DayPart(part)]
        return part


class SessionTeacher(Base):
    __tablename__ = "session_teachers"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(60), default="")  # "docent", "inleider", "assessor"

    session: Mapped[Session] = relationship(back_populates="teachers")
    person: Mapped[Person] = relationship()


class SessionParticipant(Base):
    """Who an individual or small-group session is for (intake, midterm, accountability)."""

    __tablename__ = "session_participants"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    # The participant's own turn within the session: an accountability conversation is one
    # group's block, and each member has their own slot of at least an hour in it.
    starts_at: Mapped[dt.datetime | None]
    ends_at: Mapped[dt.datetime | None]

    session: Mapped[Session] = relationship(back_populates="attendees")
    participant: Mapped[Participant] = relationship()

"""Attendance per participant per half-day, and masterclass guests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sioo_desk.domain.enums import AttendanceStatus, GuestRole
from sioo_desk.domain.models.base import Base


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("participant_id", "half_day_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    half_day_id: Mapped[int] = mapped_column(
        ForeignKey("half_days.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttendanceStatus]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime | None]
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


class MasterclassGuest(Base):
    __tablename__ = "masterclass_guests"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[GuestRole] = mapped_column(default=GuestRole.OTHER)
    email: Mapped[str] = mapped_column(String(254), default="")
    invited_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    registered_on: Mapped[dt.date | None]
    # None: has a place; a number: position on the waiting list.
    waiting_position: Mapped[int | None]
    attended: Mapped[bool | None]

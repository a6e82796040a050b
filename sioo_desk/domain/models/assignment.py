"""The organisatievraagstuk: one per participant, or shared by a learning team."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.enums import AssignmentStatus
from sioo_desk.domain.models.base import Base


class OrganisationalAssignment(Base):
    __tablename__ = "organisational_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text, default="")
    client_name: Mapped[str] = mapped_column(String(200), default="")
    client_role: Mapped[str] = mapped_column(String(200), default="")
    client_organisation: Mapped[str] = mapped_column(String(200), default="")
    client_email: Mapped[str] = mapped_column(String(254), default="")
    manager_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[AssignmentStatus] = mapped_column(default=AssignmentStatus.DRAFT)
    client_feedback_start: Mapped[str] = mapped_column(Text, default="")
    client_feedback_midway: Mapped[str] = mapped_column(Text, default="")
    client_feedback_end: Mapped[str] = mapped_column(Text, default="")
    manager_evaluation: Mapped[str] = mapped_column(Text, default="")
    presentation_date: Mapped[dt.date | None]
    # When the presentation falls within the closing meeting, its time keeps the
    # accountability conversations clear of it.
    presentation_starts_at: Mapped[dt.time | None]
    presentation_ends_at: Mapped[dt.time | None]

    members: Mapped[list[AssignmentMember]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan"
    )


class AssignmentMember(Base):
    __tablename__ = "assignment_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("organisational_assignments.id", ondelete="CASCADE")
    )
    # One assignment per participant; a learning team shares one.
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )

    assignment: Mapped[OrganisationalAssignment] = relationship(back_populates="members")

"""The intake interview's record: criteria answers and the admission decision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.enums import AdmissionCriterion, AdmissionDecision, CriterionAnswer
from sioo_desk.domain.models.base import Base
from sioo_desk.domain.models.people import Participant
from sioo_desk.domain.models.schedule import Session


class Intake(Base):
    __tablename__ = "intakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    # The intake interview itself is a session of kind INTAKE_INTERVIEW.
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    interviewer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    learning_questions: Mapped[str] = mapped_column(Text, default="")
    document_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    decision: Mapped[AdmissionDecision] = mapped_column(default=AdmissionDecision.PENDING)
    decision_date: Mapped[dt.date | None]
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship()
    session: Mapped[Session | None] = relationship()
    answers: Mapped[list[IntakeCriterionAnswer]] = relationship(
        back_populates="intake", cascade="all, delete-orphan"
    )


class IntakeCriterionAnswer(Base):
    __tablename__ = "intake_criterion_answers"
    __table_args__ = (UniqueConstraint("intake_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    criterion: Mapped[AdmissionCriterion]
    answer: Mapped[CriterionAnswer] = mapped_column(default=CriterionAnswer.UNANSWERED)
    note: Mapped[str] = mapped_column(Text, default="")

    intake: Mapped[Intake] = relationship(back_populates="answers")

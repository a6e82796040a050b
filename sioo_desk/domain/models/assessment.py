"""Midterm review, the closing verdict and the certificate."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.enums import Verdict
from sioo_desk.domain.models.base import Base
from sioo_desk.domain.models.records import Attachment
from sioo_desk.domain.models.schedule import Session


class MidtermReview(Base):
    """The tussengesprek after atelier 3."""

    __tablename__ = "midterm_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    held_on: Mapped[dt.date | None]
    yield_so_far: Mapped[str] = mapped_column(Text, default="")
    learning_route_agreements: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[Session | None] = relationship()


class Assessment(Base):
    """The assessor's verdict after the accountability conversation."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    verdict: Mapped[Verdict | None]
    motivation: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[dt.date | None]
    # An effort figure recorded by hand, for cohorts whose attendance was not kept here.
    recorded_effort_percent: Mapped[int | None]
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    recorded_at: Mapped[dt.datetime | None]

    session: Mapped[Session | None] = relationship()


class Certificate(Base):
    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("number", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(default=1)
    issued_on: Mapped[dt.date]
    issued_at: Mapped[dt.datetime | None]
    issued_by: Mapped[str] = mapped_column(String(120), default="")
    printed_name: Mapped[str] = mapped_column(String(300))
    verification_code: Mapped[str] = mapped_column(String(64), unique=True)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    reissue_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_on: Mapped[dt.date | None]
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
    revoked_by: Mapped[str] = mapped_column(String(120), default="")

    attachment: Mapped[Attachment | None] = relationship()

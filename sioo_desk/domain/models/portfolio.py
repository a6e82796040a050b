"""Portfolio, its entries, and the competence frames they are rated against."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.enums import PortfolioEntryKind, RatingMoment
from sioo_desk.domain.models.base import Base


class Portfolio(Base):
    __tablename__ = "portfolios"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    created_on: Mapped[dt.date | None]

    entries: Mapped[list[PortfolioEntry]] = relationship(
        back_populates="portfolio",
        cascade="all, delete-orphan",
        order_by="PortfolioEntry.entry_date",
    )


class PortfolioEntry(Base):
    __tablename__ = "portfolio_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(
        ForeignKey("portfolios.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[PortfolioEntryKind]
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    entry_date: Mapped[dt.date]
    created_at: Mapped[dt.datetime | None]

    portfolio: Mapped[Portfolio] = relationship(back_populates="entries")


class PortfolioEntrySession(Base):
    __tablename__ = "portfolio_entry_sessions"
    __table_args__ = (UniqueConstraint("entry_id", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("portfolio_entries.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))


class PortfolioEntryCompetence(Base):
    __tablename__ = "portfolio_entry_competences"
    __table_args__ = (UniqueConstraint("entry_id", "competence_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("portfolio_entries.id", ondelete="CASCADE"))
    competence_id: Mapped[int] = mapped_column(ForeignKey("competences.id", ondelete="CASCADE"))


class PortfolioEntryAttachment(Base):
    __tablename__ = "portfolio_entry_attachments"
    __table_args__ = (UniqueConstraint("entry_id", "attachment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("portfolio_entries.id", ondelete="CASCADE"))
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id", ondelete="CASCADE"))


class CompetenceFramework(Base):
    """A frame to rate against: the brochure's seven capabilities, its orientation frame's four
    elements, or an adviser competence framework."""

    __tablename__ = "competence_frameworks"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE")
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(300), default="")

    competences: Mapped[list[Competence]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="Competence.position"
    )


class Competence(Base):
    __tablename__ = "competences"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("competence_frameworks.id", ondelete="CASCADE")
    )
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    framework: Mapped[CompetenceFramework] = relationship(back_populates="competences")


class CompetenceRating(Base):
    """A participant's self-rating (1–5) of one competence at one moment."""

    __tablename__ = "competence_ratings"
    __table_args__ = (UniqueConstraint("participant_id", "competence_id", "moment"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    competence_id: Mapped[int] = mapped_column(ForeignKey("competences.id", ondelete="CASCADE"))
    moment: Mapped[RatingMoment]
    score: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    rated_on: Mapped[dt.date | None]

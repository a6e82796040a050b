"""The programme and its cohorts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.enums import AdmissionCriterion, CohortStatus, SessionKind
from sioo_desk.domain.models.base import Base
from sioo_desk.domain.rules import Norms

if TYPE_CHECKING:
    from sioo_desk.domain.models.groups import ConsultationGroup
    from sioo_desk.domain.models.people import Participant, Person
    from sioo_desk.domain.models.schedule import Session


class Programme(Base):
    """A programme as a provider offers it, with the norms every cohort is held to."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    subtitle: Mapped[str] = mapped_column(String(300), default="")
    provider: Mapped[str] = mapped_column(String(200))
    funder: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    contact_half_days: Mapped[int] = mapped_column(default=45)
    outside_working_hours_half_days: Mapped[int] = mapped_column(default=7)
    study_hours: Mapped[int] = mapped_column(default=360)
    min_participants: Mapped[int] = mapped_column(default=15)
    max_participants: Mapped[int] = mapped_column(default=18)
    min_group_size: Mapped[int] = mapped_column(default=4)
    max_group_size: Mapped[int] = mapped_column(default=6)
    # Money in whole euro cents, never floats.
    fee_cents: Mapped[int] = mapped_column(default=650_000)
    subsidy_cents: Mapped[int] = mapped_column(default=200_000)
    fee_group_size: Mapped[int] = mapped_column(default=18)
    effort_threshold_percent: Mapped[int] = mapped_column(default=80)

    cohorts: Mapped[list[Cohort]] = relationship(back_populates="programme")
    parts: Mapped[list[ProgrammePart]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )
    criteria: Mapped[list[ProgrammeCriterion]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )

    @property
    def norms(self) -> Norms:
        return Norms(
            contact_half_days=self.contact_half_days,
            outside_working_hours_half_days=self.outside_working_hours_half_days,
            study_hours=self.study_hours,
            min_participants=self.min_participants,
            max_participants=self.max_participants,
            min_group_size=self.min_group_size,
            max_group_size=self.max_group_size,
        )


class ProgrammePart(Base):
    """What one part of the programme is about (werkatelier 3, the masterclasses, the closing
    meeting): a new cohort's schedule takes its titles, themes and descriptions from here."""

    __tablename__ = "programme_parts"
    __table_args__ = (UniqueConstraint("programme_id", "kind", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    kind: Mapped[SessionKind]
    number: Mapped[int | None]  # atelier 1–6, masterclass 1–2; None for a part held once
    title: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    programme: Mapped[Programme] = relationship(back_populates="parts")


class ProgrammeCriterion(Base):
    """An admission criterion as the programme words it."""

    __tablename__ = "programme_criteria"
    __table_args__ = (UniqueConstraint("programme_id", "criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"))
    criterion: Mapped[AdmissionCriterion]
    text: Mapped[str] = mapped_column(Text)

    programme: Mapped[Programme] = relationship(back_populates="criteria")


class Cohort(Base):
    """One run of the programme: a group of participants over ten months."""

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200), default="")
    location_address: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    intake_from: Mapped[dt.date | None]
    intake_until: Mapped[dt.date | None]
    status: Mapped[CohortStatus] = mapped_column(default=CohortStatus.PLANNED)
    programme_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # Signs the certificates beside the programme manager (for instance the rector).
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Hidden from the navigator, still found by search.
    archived: Mapped[bool] = mapped_column(default=False)
    # False: the status follows the dates; True: the stored status stands.
    status_by_hand: Mapped[bool] = mapped_column(default=False)

    programme: Mapped[Programme] = relationship(back_populates="cohorts")
    programme_manager: Mapped[Person | None] = relationship(foreign_keys=[programme_manager_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    signatory: Mapped[Person | None] = relationship(foreign_keys=[signatory_id])
    participants: Mapped[list[Participant]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )
    consultation_groups: Mapped[list[ConsultationGroup]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )

"""People: the staff registry (teachers, coaches, assessors, programme staff) and participants."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sioo_desk.domain.enums import EducationLevel, Gender, ParticipantStatus, Role
from sioo_desk.domain.models.base import Base
from sioo_desk.domain.names import PersonName, salutation

if TYPE_CHECKING:
    from sioo_desk.domain.models.programme import Cohort


class NameParts:
    """Dutch name parts, shared by staff and participants."""

    initials: Mapped[str] = mapped_column(String(20), default="")
    first_name: Mapped[str] = mapped_column(String(80), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(20), default="")
    surname: Mapped[str] = mapped_column(String(120))
    gender: Mapped[Gender] = mapped_column(default=Gender.UNSPECIFIED)

    @property
    def name(self) -> PersonName:
        return PersonName(
            surname=self.surname,
            first_name=self.first_name,
            initials=self.initials,
            tussenvoegsel=self.tussenvoegsel,
        )

    @property
    def salutation(self) -> str:
        return salutation(self.name, self.gender)


class Person(NameParts, Base):
    """Anyone who works on a cohort rather than in it."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40), default="")  # "drs.", "prof. dr."
    suffix: Mapped[str] = mapped_column(String(40), default="")  # "CMC"
    organisation: Mapped[str] = mapped_column(String(200), default="")
    expertise: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # As printed under the signature: "rector", "programmamanager".
    function: Mapped[str] = mapped_column(String(200), default="")
    # Kept once referenced (a cohort, a session, a certificate), but offered no more.
    archived: Mapped[bool] = mapped_column(default=False)
    # The scanned signature printed above the person's name on certificates and letters.
    signature_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )

    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class PersonRole(Base):
    __tablename__ = "person_roles"
    __table_args__ = (UniqueConstraint("person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    role: Mapped[Role]

    person: Mapped[Person] = relationship(back_populates="roles")


class Participant(NameParts, Base):
    """A candidate or participant of one cohort; the status says which."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="", index=True)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    manager_name: Mapped[str] = mapped_column(String(200), default="")
    manager_email: Mapped[str] = mapped_column(String(254), default="")
    years_experience: Mapped[int | None]
    years_in_hr: Mapped[int | None]
    education_level: Mapped[EducationLevel | None]
    status: Mapped[ParticipantStatus] = mapped_column(default=ParticipantStatus.REGISTERED)
    learning_team_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    registered_on: Mapped[dt.date | None]
    # Half-days before this date never count against the participant's effort.
    joined_on: Mapped[dt.date | None]
    withdrawn_on: Mapped[dt.date | None]
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The name exactly as it goes on the certificate; empty: first name and surname.
    certificate_name: Mapped[str] = mapped_column(String(300), default="")

    cohort: Mapped[Cohort] = relationship(back_populates="participants")
    learning_team_partner: Mapped[Participant | None] = relationship(remote_side=[id])

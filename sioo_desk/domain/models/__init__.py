"""All entities, so that `Base.metadata` is complete once this package is imported."""

from sioo_desk.domain.models.assessment import Assessment, Certificate, MidtermReview
from sioo_desk.domain.models.assignment import AssignmentMember, OrganisationalAssignment
from sioo_desk.domain.models.attendance import Attendance, MasterclassGuest
from sioo_desk.domain.models.base import Base
from sioo_desk.domain.models.groups import (
    CoachNote,
    CoachNoteRevision,
    ConsultationGroup,
    GroupMember,
)
from sioo_desk.domain.models.intake import Intake, IntakeCriterionAnswer
from sioo_desk.domain.models.people import Participant, Person, PersonRole
from sioo_desk.domain.models.portfolio import (
    Competence,
    CompetenceFramework,
    CompetenceRating,
    Portfolio,
    PortfolioEntry,
    PortfolioEntryAttachment,
    PortfolioEntryCompetence,
    PortfolioEntrySession,
)
from sioo_desk.domain.models.programme import (
    Cohort,
    Programme,
    ProgrammeCriterion,
    ProgrammePart,
)
from sioo_desk.domain.models.records import Attachment, AuditEntry, Setting
from sioo_desk.domain.models.schedule import HalfDay, Session, SessionParticipant, SessionTeacher

__all__ = [
    "Assessment",
    "AssignmentMember",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Base",
    "Certificate",
    "CoachNote",
    "CoachNoteRevision",
    "Cohort",
    "Competence",
    "CompetenceFramework",
    "CompetenceRating",
    "ConsultationGroup",
    "GroupMember",
    "HalfDay",
    "Intake",
    "IntakeCriterionAnswer",
    "MasterclassGuest",
    "MidtermReview",
    "OrganisationalAssignment",
    "Participant",
    "Person",
    "PersonRole",
    "Portfolio",
    "PortfolioEntry",
    "PortfolioEntryAttachment",
    "PortfolioEntryCompetence",
    "PortfolioEntrySession",
    "Programme",
    "ProgrammeCriterion",
    "ProgrammePart",
    "Session",
    "SessionParticipant",
    "SessionTeacher",
    "Setting",
]

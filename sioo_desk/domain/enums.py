"""The closed vocabularies of the programme. Values are what the database stores."""

from __future__ import annotations

import enum


class CohortStatus(enum.StrEnum):
    PLANNED = "planned"
    INTAKE = "intake"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class ParticipantStatus(enum.StrEnum):
    REGISTERED = "registered"
    INTAKE_PLANNED = "intake_planned"
    ADMITTED = "admitted"
    NOT_ADMITTED = "not_admitted"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


#: Statuses that occupy one of the cohort's places (15–18).
PLACE_TAKING_STATUSES = frozenset(
    {
        ParticipantStatus.ADMITTED,
        ParticipantStatus.ACTIVE,
        ParticipantStatus.COMPLETED,
    }
)


class Gender(enum.StrEnum):
    """Decides the salutation; 'unspecified' gets a neutral one."""

    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class EducationLevel(enum.StrEnum):
    HBO = "hbo"
    WO = "wo"
    EQUIVALENT = "equivalent"
    OTHER = "other"


class Role(enum.StrEnum):
    PROGRAMME_MANAGER = "programme_manager"
    SECRETARY = "secretary"
    # Signs the certificates, such as the rector; stored as 'rector' before migration 0004.
    SIGNATORY = "signatory"
    TEACHER = "teacher"
    COACH = "coach"
    ASSESSOR = "assessor"


class AdmissionCriterion(enum.StrEnum):
    """The seven admission criteria of the brochure, in its order."""

    EXPERIENCE = "experience"  # ≥5 years work experience of which ≥3 in P&O
    EDUCATION = "education"  # HBO/WO or equivalent level of work and thinking
    WORKPLACE = "workplace"  # a workplace that offers enough material
    AMBITION = "ambition"  # the ambition to grow professionally
    BUSINESS_KNOWLEDGE = "business_knowledge"  # insight in business administration
    COMMITMENT = "commitment"  # time and commitment for the whole programme
    ATTITUDE = "attitude"  # open, reflective, willing to learn with and from others


class CriterionAnswer(enum.StrEnum):
    UNANSWERED = "unanswered"
    MET = "met"
    NOT_MET = "not_met"


class AdmissionDecision(enum.StrEnum):
    PENDING = "pending"
    ADMITTED = "admitted"
    NOT_ADMITTED = "not_admitted"


class SessionKind(enum.StrEnum):
    INTAKE_INTERVIEW = "intake_interview"
    START = "start"
    ATELIER = "atelier"
    MASTERCLASS = "masterclass"
    CONSULTATION = "consultation"
    MIDTERM_REVIEW = "midterm_review"
    CLOSING = "closing"
    ACCOUNTABILITY = "accountability"


#: Sessions the whole cohort attends; the others are for a group or for named participants.
COHORT_WIDE_KINDS = frozenset(
    {SessionKind.START, SessionKind.ATELIER, SessionKind.MASTERCLASS, SessionKind.CLOSING}
)


class DayPart(enum.StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class GuestRole(enum.StrEnum):
    CLIENT = "client"
    MANAGER = "manager"
    HRM_COLLEAGUE = "hrm_colleague"
    OTHER = "other"


class PortfolioEntryKind(enum.StrEnum):
    INTAKE_DOCUMENT = "intake_document"
    REFLECTION = "reflection"
    EVIDENCE = "evidence"
    ASSIGNMENT_REPORT = "assignment_report"
    FINAL_DOCUMENT = "final_document"


class RatingMoment(enum.StrEnum):
    INTAKE = "intake"
    MIDTERM = "midterm"
    END = "end"


class AssignmentStatus(enum.StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    PRESENTED = "presented"
    EVALUATED = "evaluated"


class Verdict(enum.StrEnum):
    """The brochure's terms for the final result."""

    ONVOLDOENDE = "onvoldoende"
    VOLDOENDE = "voldoende"
    GOED = "goed"

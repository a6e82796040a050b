"""Translated names of the domain's vocabularies. Each text is a literal so lupdate finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sioo_desk.domain.enums import CohortStatus, EducationLevel, ParticipantStatus, Role, Verdict


def cohort_status(status: CohortStatus) -> str:
    return {
        CohortStatus.PLANNED: QCoreApplication.translate("labels", "Planned"),
        CohortStatus.INTAKE: QCoreApplication.translate("labels", "Intake"),
        CohortStatus.RUNNING: QCoreApplication.translate("labels", "Running"),
        CohortStatus.FINISHED: QCoreApplication.translate("labels", "Finished"),
        CohortStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
    }[status]


def participant_status(status: ParticipantStatus) -> str:
    return {
        ParticipantStatus.REGISTERED: QCoreApplication.translate("labels", "Registered"),
        ParticipantStatus.INTAKE_PLANNED: QCoreApplication.translate("labels", "Intake planned"),
        ParticipantStatus.ADMITTED: QCoreApplication.translate("labels", "Admitted"),
        ParticipantStatus.NOT_ADMITTED: QCoreApplication.translate("labels", "Not admitted"),
        ParticipantStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        ParticipantStatus.WITHDRAWN: QCoreApplication.translate("labels", "Withdrawn"),
        ParticipantStatus.COMPLETED: QCoreApplication.translate("labels", "Completed"),
    }[status]


def education_level(level: EducationLevel | None) -> str:
    if level is None:
        return ""
    return {
        EducationLevel.HBO: QCoreApplication.translate("labels", "HBO"),
        EducationLevel.WO: QCoreApplication.translate("labels", "WO (university)"),
        EducationLevel.EQUIVALENT: QCoreApplication.translate("labels", "Equivalent level"),
        EducationLevel.OTHER: QCoreApplication.translate("labels", "Other"),
    }[level]


def verdict(value: str) -> str:
    if not value:
        return QCoreApplication.translate("labels", "no verdict yet")
    return {
        Verdict.ONVOLDOENDE: QCoreApplication.translate("labels", "onvoldoende"),
        Verdict.VOLDOENDE: QCoreApplication.translate("labels", "voldoende"),
        Verdict.GOED: QCoreApplication.translate("labels", "goed"),
    }[Verdict(value)]


def role(value: Role) -> str:
    return {
        Role.PROGRAMME_MANAGER: QCoreApplication.translate("labels", "programme manager"),
        Role.SECRETARY: QCoreApplication.translate("labels", "secretary"),
        Role.TEACHER: QCoreApplication.translate("labels", "teacher"),
        Role.COACH: QCoreApplication.translate("labels", "coach"),
        Role.ASSESSOR: QCoreApplication.translate("labels", "assessor"),
        Role.SIGNATORY: QCoreApplication.translate("labels", "signatory"),
    }[value]

"""Admission: the brochure's seven criteria and the rule for a decision against them."""

from __future__ import annotations

from collections.abc import Mapping

from sioo_desk.domain.enums import AdmissionCriterion, AdmissionDecision, CriterionAnswer
from sioo_desk.domain.errors import SiooDeskError

#: The criteria as the brochure words them ("Toelatingsvoorwaarden").
CRITERIA = {
    AdmissionCriterion.EXPERIENCE: "Minstens vijf jaar werkervaring waarvan drie in P&O.",
    AdmissionCriterion.EDUCATION: "Een HBO/WO-vooropleiding of een vergelijkbaar werk- en "
    "denkniveau.",
    AdmissionCriterion.WORKPLACE: "Een werkplek die voldoende stof biedt voor professionalisering.",
    AdmissionCriterion.AMBITION: "De ambitie om professioneel te groeien.",
    AdmissionCriterion.BUSINESS_KNOWLEDGE: "Voldoende inzicht in en kennis van bedrijfskunde op "
    "verschillende functionele gebieden.",
    AdmissionCriterion.COMMITMENT: "Voldoende tijd en commitment om in het programma te "
    "participeren gedurende de hele doorlooptijd.",
    AdmissionCriterion.ATTITUDE: "Een open en reflectieve instelling, de wil om met en van "
    "andere deelnemers te leren.",
}


class DecisionReasonRequired(SiooDeskError):
    def __init__(self, unmet: list[AdmissionCriterion]) -> None:
        self.unmet = unmet
        listed = "; ".join(CRITERIA[c].rstrip(".").lower() for c in unmet)
        super().__init__(
            "Deze kandidaat voldoet niet aan "
            + ("een toelatingsvoorwaarde" if len(unmet) == 1 else f"{len(unmet)} voorwaarden")
            + f" ({listed}). Geef een reden om toch toe te laten."
        )


def unmet_criteria(
    answers: Mapping[AdmissionCriterion, CriterionAnswer],
) -> list[AdmissionCriterion]:
    return [c for c in AdmissionCriterion if answers.get(c) is CriterionAnswer.NOT_MET]


def check_decision(
    answers: Mapping[AdmissionCriterion, CriterionAnswer], decision: AdmissionDecision, reason: str
) -> None:
    """Admitting a candidate who fails a criterion needs an explicit reason."""
    unmet = unmet_criteria(answers)
    if decision is AdmissionDecision.ADMITTED and unmet and not reason.strip():
        raise DecisionReasonRequired(unmet)


def experience_answer(years: int | None, years_in_hr: int | None) -> CriterionAnswer:
    """What the registration already says about the first criterion."""
    if years is None or years_in_hr is None:
        return CriterionAnswer.UNANSWERED
    return CriterionAnswer.MET if years >= 5 and years_in_hr >= 3 else CriterionAnswer.NOT_MET

"""Typed errors that carry their data. `str(error)` is the Dutch message for the user."""

from __future__ import annotations


class SiooDeskError(Exception):
    """Base of every error the user is meant to read."""


class NotFoundError(SiooDeskError):
    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        super().__init__(f"{what} met nummer {key} bestaat niet.")


class CohortFullError(SiooDeskError):
    def __init__(self, cohort: str, limit: int) -> None:
        self.cohort = cohort
        self.limit = limit
        super().__init__(
            f"Cohort {cohort} is vol: er zijn al {limit} deelnemers toegelaten (maximum {limit})."
        )


class Cancelled(SiooDeskError):
    """Long work stopped because the user asked; whatever it had done is undone."""

    def __init__(self, message: str = "Afgebroken: er is niets veranderd.") -> None:
        super().__init__(message)

"""What can be wrong with a database, each with a one-line Dutch message.

`DatabaseUnavailable` is the environment's fault (locked, disk full, no permission) and worth
trying again; the others are about the file itself and will not go away by retrying.
"""

from __future__ import annotations

from sioo_desk.domain.errors import SiooDeskError


class DatabaseError(SiooDeskError):
    def __init__(self, where: str, message: str) -> None:
        self.where = where
        super().__init__(message)


class DatabaseMissing(DatabaseError):
    def __init__(self, where: str) -> None:
        super().__init__(where, f"Databasebestand niet gevonden: {where}")


class DatabaseReadOnly(DatabaseError):
    def __init__(self, where: str) -> None:
        super().__init__(
            where,
            f"Het databasebestand is alleen-lezen; Sioo Desk moet erin kunnen schrijven: {where}",
        )


class NotASiooDatabase(DatabaseError):
    def __init__(self, where: str, why: str) -> None:
        self.why = why
        super().__init__(where, f"Dit is geen Sioo Desk-database ({why}): {where}")


class DatabaseCorrupt(DatabaseError):
    def __init__(self, where: str, detail: str) -> None:
        self.detail = detail
        super().__init__(where, f"De database is beschadigd ({detail}): {where}")


class DatabaseTooNew(DatabaseError):
    def __init__(self, where: str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            where,
            f"Deze database is gemaakt met een nieuwere versie van Sioo Desk (schemaversie "
            f"{revision}); werk Sioo Desk bij om haar te openen: {where}",
        )


class DatabaseUnavailable(DatabaseError):
    def __init__(self, where: str, detail: str) -> None:
        self.detail = detail
        super().__init__(where, f"De database is nu niet te gebruiken ({detail}): {where}")

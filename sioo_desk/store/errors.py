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


class DatabaseEmpty(DatabaseError):
    def __init__(self, where: str) -> None:
        super().__init__(
            where, f"Het databasebestand is leeg; er staan nog geen gegevens in: {where}"
        )


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
        self.detail = explain(detail)
        super().__init__(where, f"De database is beschadigd ({self.detail}): {where}")


class DatabaseTooNew(DatabaseError):
    def __init__(self, where: str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            where,
            f"Deze database heeft schemaversie {revision}, die deze versie van Sioo Desk niet "
            f"kent; ze is vermoedelijk gemaakt met een nieuwere versie. Werk Sioo Desk bij om "
            f"haar te openen: {where}",
        )


class DatabaseUnavailable(DatabaseError):
    def __init__(self, where: str, detail: str) -> None:
        self.detail = explain(detail)
        super().__init__(where, f"De database is nu niet te gebruiken ({self.detail}): {where}")


def explain(detail: str) -> str:
    """SQLite's English reasons in Dutch, for the messages above."""
    text = str(detail).splitlines()[0] if str(detail) else ""
    lowered = text.lower()
    for words, dutch in (
        ("locked", "in gebruik door een ander programma"),
        ("busy", "in gebruik door een ander programma"),
        ("disk is full", "de schijf is vol"),
        ("disk i/o", "de schijf is niet goed te lezen of te beschrijven"),
        ("readonly", "er mag niet in geschreven worden"),
        ("unable to open", "het bestand is niet te openen"),
        ("malformed", "de opbouw van het bestand klopt niet"),
        ("not a database", "de inhoud is geen database"),
    ):
        if words in lowered:
            return dutch
    return text


def explain_os_error(error: OSError) -> str:
    """Why a file could not be used, in Dutch."""
    import errno

    return {
        errno.ENOENT: "het bestand of de map bestaat niet",
        errno.EACCES: "geen toestemming",
        errno.EPERM: "geen toestemming",
        errno.ENOSPC: "de schijf is vol",
        errno.EISDIR: "dit is een map",
        errno.EROFS: "alleen-lezen",
    }.get(error.errno or 0, error.strerror or str(error))

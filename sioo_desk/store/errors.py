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
        super().__init__(
            where,
            f"De database {where} is beschadigd ({self.detail}). Sluit Sioo Desk en zet een "
            "reservekopie van het bestand terug; vraag zo nodig uw beheerder.",
        )


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
    """`writing`: a change was refused (and nothing of it kept), so the message says that
    first; the advice after it depends on the reason."""

    def __init__(self, where: str, detail: str, *, writing: bool = False) -> None:
        self.detail = explain(detail)
        self.writing = writing
        if writing and self.detail == BUSY:
            message = (
                f"De wijziging is niet opgeslagen: de database {where} is {BUSY}; misschien "
                "schrijft een collega er nu in. Probeer het over een ogenblik opnieuw."
            )
        elif writing:
            message = (
                f"De wijziging is niet opgeslagen: de database is nu niet te gebruiken "
                f"({self.detail}): {where}"
            )
        else:
            message = f"De database is nu niet te gebruiken ({self.detail}): {where}"
        advice = "" if writing and self.detail == BUSY else _ADVICE.get(self.detail, "")
        super().__init__(where, f"{message}{' ' + advice if advice else ''}")


class DatabaseRefused(DatabaseError):
    """The database's own guard said no (a row that others still point to): the service
    should have refused first, so this is logged as the bug it is, but what the user reads is
    that nothing was changed, not a driver's English."""

    def __init__(self, where: str, detail: str) -> None:
        self.detail = detail
        super().__init__(
            where,
            "De wijziging is niet opgeslagen: andere gegevens verwijzen nog naar wat zou "
            "verdwijnen, of naar iets dat niet bestaat. Er is niets veranderd. Meld het als "
            f"dit blijft gebeuren; de details staan in het logbestand. Database: {where}",
        )


BUSY = "in gebruik door een ander programma"
#: What to do, by `explain`'s reason.
_ADVICE = {
    BUSY: "Probeer het over een ogenblik opnieuw.",
    "de schijf is vol": "Maak ruimte vrij op de schijf en probeer het opnieuw.",
    "de schijf is niet goed te lezen of te beschrijven": (
        "Controleer of de schijf of netwerkmap bereikbaar is en probeer het opnieuw."
    ),
    "er mag niet in geschreven worden": "Vraag wie het bestand beheert om schrijfrechten.",
}


def explain(detail: str) -> str:
    """SQLite's English reasons in Dutch, for the messages above."""
    text = str(detail).splitlines()[0] if str(detail) else ""
    lowered = text.lower()
    for words, dutch in (
        ("locked", BUSY),
        ("busy", BUSY),
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

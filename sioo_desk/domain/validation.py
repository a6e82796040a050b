"""Checking what a user or a file says about a participant, field by field, in Dutch."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sioo_desk.domain.enums import EducationLevel, Gender, ParticipantStatus
from sioo_desk.domain.names import normalise_initials

#: The Dutch labels of the fields, for messages ("Rij 4, E-mail: …").
FIELD_LABELS = {
    "initials": "Voorletters",
    "first_name": "Voornaam",
    "tussenvoegsel": "Tussenvoegsel",
    "surname": "Achternaam",
    "gender": "Aanhef",
    "email": "E-mail",
    "phone": "Telefoon",
    "municipality": "Gemeente",
    "job_title": "Functie",
    "manager_name": "Leidinggevende",
    "manager_email": "E-mail leidinggevende",
    "years_experience": "Jaren werkervaring",
    "years_in_hr": "Jaren in P&O",
    "education_level": "Opleiding",
    "status": "Status",
    "registered_on": "Aanmelddatum",
    "notes": "Opmerkingen",
}

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_TUSSENVOEGSEL = re.compile(r"^[a-z'’ ]+$")


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


@dataclass(frozen=True, slots=True)
class ParticipantInput:
    """What a form or an import row says about a participant, before it is stored."""

    surname: str
    first_name: str = ""
    initials: str = ""
    tussenvoegsel: str = ""
    gender: Gender = Gender.UNSPECIFIED
    email: str = ""
    phone: str = ""
    municipality: str = ""
    job_title: str = ""
    manager_name: str = ""
    manager_email: str = ""
    years_experience: int | None = None
    years_in_hr: int | None = None
    education_level: EducationLevel | None = None
    status: ParticipantStatus = ParticipantStatus.REGISTERED
    registered_on: dt.date | None = None
    learning_team_partner_id: int | None = None
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def check_email(value: str, *, required: bool) -> str | None:
    if not value:
        return "is verplicht." if required else None
    if not _EMAIL.match(value):
        return f"'{value}' is geen geldig e-mailadres."
    return None


def normalise_phone(value: str) -> str:
    """Dutch numbers as people write them: '0612345678' -> '06-12345678',
    '+31 30 291 3000' -> '030-2913000'. Raises ValueError when it is not one."""
    digits = re.sub(r"[\s\-().]", "", value)
    if digits.startswith("+31"):
        digits = "0" + digits[3:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if not re.fullmatch(r"0\d{9}", digits):
        raise ValueError(value)
    if digits.startswith("06"):
        return f"06-{digits[2:]}"
    if digits[1:3] in (
        "10",
        "13",
        "15",
        "20",
        "23",
        "24",
        "26",
        "30",
        "33",
        "35",
        "36",
        "38",
        "40",
        "43",
        "45",
        "46",
        "50",
        "53",
        "55",
        "58",
        "70",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "77",
        "78",
        "79",
    ):
        return f"{digits[:3]}-{digits[3:]}"
    return f"{digits[:4]}-{digits[4:]}"


def validate(data: ParticipantInput) -> tuple[ParticipantInput, list[FieldError]]:
    """The input tidied (trimmed, initials and phone in their usual form) and its errors."""
    errors: list[FieldError] = []
    tidy = replace(
        data,
        surname=data.surname.strip(),
        first_name=data.first_name.strip(),
        initials=normalise_initials(data.initials),
        tussenvoegsel=" ".join(data.tussenvoegsel.split()),
        email=data.email.strip().lower(),
        manager_email=data.manager_email.strip().lower(),
        municipality=" ".join(data.municipality.split()),
        job_title=data.job_title.strip(),
        manager_name=data.manager_name.strip(),
    )
    if not tidy.surname:
        errors.append(FieldError("surname", "is verplicht."))
    if not tidy.first_name and not tidy.initials:
        errors.append(FieldError("first_name", "vul een voornaam of voorletters in."))
    if tidy.tussenvoegsel and not _TUSSENVOEGSEL.match(tidy.tussenvoegsel):
        errors.append(
            FieldError(
                "tussenvoegsel", f"'{tidy.tussenvoegsel}' hoort in kleine letters, zoals 'van der'."
            )
        )
    if problem := check_email(tidy.email, required=True):
        errors.append(FieldError("email", problem))
    if problem := check_email(tidy.manager_email, required=False):
        errors.append(FieldError("manager_email", problem))
    if tidy.phone.strip():
        try:
            tidy = replace(tidy, phone=normalise_phone(tidy.phone))
        except ValueError:
            errors.append(
                FieldError(
                    "phone",
                    f"'{data.phone}' is geen Nederlands telefoonnummer (10 cijfers, "
                    "bijvoorbeeld 06-12345678 of 030-2913000).",
                )
            )
    for name in ("years_experience", "years_in_hr"):
        years = getattr(tidy, name)
        if years is not None and not 0 <= years <= 60:
            errors.append(FieldError(name, f"{years} jaar kan niet (0 tot 60)."))
    if (
        tidy.years_experience is not None
        and tidy.years_in_hr is not None
        and tidy.years_in_hr > tidy.years_experience
    ):
        errors.append(FieldError("years_in_hr", "is meer dan de jaren werkervaring."))
    return tidy, errors

"""The organisation that runs the programme: its name, address, phone, e-mail and logo, as
letters and certificates print them. Kept as settings rows (JSON values), one per field."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import partial
from typing import Any

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.domain.validation import check_email
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.store.database import Database, Read, reading

PREFIX = "organisation."
NAME = "organisation.name"
ADDRESS = "organisation.address"
PHONE = "organisation.phone"
EMAIL = "organisation.email"
LOGO = "organisation.logo"
KEYS = (NAME, ADDRESS, PHONE, EMAIL, LOGO)


class OrganisationError(SiooDeskError):
    pass


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    address: str = ""  # as printed, lines separated by newlines
    phone: str = ""
    email: str = ""
    logo: int | None = None  # attachment id of the logo image

    def values(self) -> dict[str, Any]:
        return {
            NAME: self.name,
            ADDRESS: self.address,
            PHONE: self.phone,
            EMAIL: self.email,
            LOGO: self.logo,
        }


def organisation(db: Database) -> Organisation:
    """The organisation as stored; empty fields where nothing was entered."""
    return _of(db.read)


def stored(session: Any) -> Organisation:
    """The organisation as an open session sees it."""
    return _of(reading(session))


def _of(read: Read) -> Organisation:
    stored = {
        key: json.loads(value)
        for key, value in read(
            "SELECT key, value FROM settings WHERE key LIKE :p", {"p": PREFIX + "%"}
        )
    }
    logo = stored.get(LOGO)
    return Organisation(
        name=str(stored.get(NAME) or ""),
        address=str(stored.get(ADDRESS) or ""),
        phone=str(stored.get(PHONE) or ""),
        email=str(stored.get(EMAIL) or ""),
        logo=int(logo) if isinstance(logo, int) else None,
    )


def cleaned(value: Organisation) -> Organisation:
    """The organisation as it will be stored, or OrganisationError naming what is wrong."""
    name = " ".join(value.name.split())
    if not name:
        raise OrganisationError("De naam van de organisatie is verplicht.")
    if len(name) > 200:
        raise OrganisationError("De naam van de organisatie: hoogstens 200 tekens.")
    address = "\n".join(line.strip() for line in value.address.strip().splitlines())
    if len(address) > 500:
        raise OrganisationError("Het adres van de organisatie: hoogstens 500 tekens.")
    email = value.email.strip()
    problem = check_email(email, required=False)
    if problem:
        raise OrganisationError(f"E-mailadres van de organisatie: {problem}")
    phone = " ".join(value.phone.split())
    if len(phone) > 40:
        raise OrganisationError("Het telefoonnummer van de organisatie: hoogstens 40 tekens.")
    return dataclasses.replace(value, name=name, address=address, email=email, phone=phone)


def save_organisation(db: Database, value: Organisation) -> Edit:
    """Store the organisation; the inverse puts back what was there before."""
    return _store(db, cleaned(value))


def put(session: Any, value: Organisation) -> None:
    """Write the organisation within an open session (by `init` and the demo)."""
    from sioo_desk.domain.models import Setting

    for key, item in value.values().items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(item)))
        else:
            row.value = json.dumps(item)


def _store(db: Database, value: Organisation) -> Edit:
    from sioo_desk.services import audit

    with db.session() as s:
        before = _of(reading(s))
        put(s, value)
        audit.record(s, "organisation", "setting", None, value.name)
    return Edit(Changes.of(settings=KEYS), partial(_store, value=before))

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
from sioo_desk.services import images
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


def clean_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise OrganisationError("De naam van de organisatie is verplicht.")
    if len(name) > 200:
        raise OrganisationError("De naam van de organisatie: hoogstens 200 tekens.")
    return name


def clean_address(text: str) -> str:
    address = "\n".join(line.strip() for line in text.strip().splitlines())
    if len(address) > 500:
        raise OrganisationError("Het adres van de organisatie: hoogstens 500 tekens.")
    return address


def clean_phone(text: str) -> str:
    phone = " ".join(text.split())
    if len(phone) > 40:
        raise OrganisationError("Het telefoonnummer van de organisatie: hoogstens 40 tekens.")
    return phone


def clean_email(text: str) -> str:
    email = text.strip()
    problem = check_email(email, required=False)
    if problem:
        raise OrganisationError(f"E-mailadres van de organisatie: {problem}")
    return email


def cleaned(value: Organisation) -> Organisation:
    """The organisation as it will be stored, or OrganisationError naming what is wrong."""
    return dataclasses.replace(
        value,
        name=clean_name(value.name),
        address=clean_address(value.address),
        email=clean_email(value.email),
        phone=clean_phone(value.phone),
    )


_LOGO_SIZE = {"for_what": "een logo", "advice": "Kies een kleinere afbeelding."}


def check_logo_size(size: int, filename: str = "") -> None:
    """Refused in Dutch when an image of `size` bytes is too big for a logo: asked before a
    file is read."""
    images.check_size(size, filename, error=OrganisationError, **_LOGO_SIZE)


def check_logo(content: bytes, filename: str = "") -> str:
    """The media type of a logo fit to print (PNG or JPEG, at most 2 MB); a Dutch refusal
    otherwise."""
    return images.printable(
        content,
        filename,
        error=OrganisationError,
        too_big=_LOGO_SIZE["advice"],
        for_what=_LOGO_SIZE["for_what"],
        wrong_kind="kies het logo in een van die vormen.",
    )


def logo_image(db: Database, value: Organisation) -> bytes | None:
    """The stored logo's image, for a preview."""
    if value.logo is None:
        return None
    rows = db.read("SELECT data FROM attachments WHERE id = :i", {"i": value.logo})
    return bytes(rows[0][0]) if rows else None


def save_organisation(
    db: Database, value: Organisation, new_logo: tuple[bytes, str] | None = None
) -> Edit:
    """Store the organisation; `new_logo` (image, file name) replaces its logo, else `value`'s
    logo id is kept (None: no logo). The inverse puts back what was there before; a replaced
    image stays stored, so that the undo can point at it again."""
    value = cleaned(value)
    kind = None if new_logo is None else check_logo(*new_logo)
    return _store(db, value, new_logo, kind)


def put(session: Any, value: Organisation) -> None:
    """Write the organisation within an open session (by `init` and the demo)."""
    from sioo_desk.domain.models import Setting

    for key, item in value.values().items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(item)))
        else:
            row.value = json.dumps(item)


def _store(
    db: Database,
    value: Organisation,
    new_logo: tuple[bytes, str] | None = None,
    kind: str | None = None,
) -> Edit:
    import datetime as dt
    import hashlib

    from sioo_desk.domain.models import Attachment
    from sioo_desk.services import audit

    with db.session() as s:
        before = _of(reading(s))
        if new_logo is not None:
            content, filename = new_logo
            attachment = Attachment(
                filename=filename or "logo",
                media_type=kind or "",
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                data=content,
                created_at=dt.datetime.now().replace(microsecond=0),
            )
            s.add(attachment)
            s.flush()
            value = dataclasses.replace(value, logo=attachment.id)
        put(s, value)
        audit.record(s, "organisation", "setting", None, value.name)
    return Edit(Changes.of(settings=KEYS), partial(_store, value=before))

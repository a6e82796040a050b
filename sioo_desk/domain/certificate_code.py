"""Certificate verification codes: an HMAC of what the certificate says, keyed with a secret
kept in the database, written in Crockford's base 32 with a check character so that a typing
error is recognised as one before the register is even consulted."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_LENGTH = 15
LENGTH = BODY_LENGTH + 1
# Crockford's reading of look-alikes, so that a code read aloud or retyped still matches.
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
# A printed code inside a longer text ("Certificaat HRM-2011-001, code 7KQ2-M9XD-4TRB-H1CE.").
_GROUPED = re.compile(r"(?<![0-9A-Za-z-])[0-9A-Za-z]{4}(?:-[0-9A-Za-z]{4}){3}(?![0-9A-Za-z-])")


class CodeError(ValueError):
    """A text that cannot be a verification code, or one with a typing error."""


def payload(
    *, number: str, version: int, participant_id: int, printed_name: str, issued_on: dt.date
) -> bytes:
    return "|".join(
        (number, str(version), str(participant_id), printed_name, issued_on.isoformat())
    ).encode()


def make_code(secret: bytes, message: bytes) -> str:
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    value = int.from_bytes(digest[:10])  # 80 bits; 75 of them make the body
    body = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(BODY_LENGTH))
    return group(body + _check_character(body))


def group(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def _check_character(body: str) -> str:
    # Weighted by position, so that two swapped characters change the sum as well.
    return ALPHABET[sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(body)) % 31]


def normalise(text: str) -> str:
    """The code in its printed form (ABCD-EFGH-JKMN-PQRS) from whatever was typed, pasted or
    scanned; CodeError with a Dutch message when it cannot be one or has a typing error."""
    raw = re.sub(r"[-\s]", "", text)
    if len(raw) != LENGTH:
        found = _GROUPED.search(text)
        raw = found.group(0).replace("-", "") if found else raw
    raw = raw.upper().translate(_LOOK_ALIKES)
    if len(raw) != LENGTH or any(c not in ALPHABET for c in raw):
        raise CodeError(
            "Dit is geen verificatiecode: een code heeft 16 tekens, cijfers en letters, "
            "zoals 7KQ2-M9XD-4TRB-H1CE."
        )
    if _check_character(raw[:BODY_LENGTH]) != raw[BODY_LENGTH]:
        raise CodeError(
            f"De code {group(raw)} klopt niet: er zit een typefout in. "
            "Vergelijk hem teken voor teken met het certificaat."
        )
    return group(raw)


def matches(secret: bytes, message: bytes, code: str) -> bool:
    return hmac.compare_digest(make_code(secret, message), code)

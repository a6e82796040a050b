"""Dutch personal names: how they are written, sorted and addressed.

A Dutch surname may carry a *tussenvoegsel* ("van der", "de", "'t"). It is written in lower
case after a first name or initials ("Jan van der Berg", "J. van der Berg"), is ignored when
sorting ("Berg, Jan van der" sorts under B), and gets a capital when nothing precedes it but a
title ("Geachte heer Van der Berg").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sioo_desk.domain.enums import Gender

# Letters that have no decomposition in Unicode but that a Dutch reader files under a
# plain Latin letter.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "ı": "i",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)


def collation_key(text: str) -> str:
    """A key that sorts 'Şahin' with 'Sahin' and 'Élise' with 'Elise', case-insensitively."""
    folded = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Apostrophes and hyphens do not count ("'t Hart" under H, "Dekker-van Brenk" under D).
    return re.sub(r"[\s'’`\-]+", " ", stripped).strip().casefold()


def capitalise_first_letter(text: str) -> str:
    """'van der' -> 'Van der', "'t" -> "'T"."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def normalise_initials(raw: str) -> str:
    """'jh' -> 'J.H.', 'j. h' -> 'J.H.', 'Th.' -> 'Th.', 'ij' -> 'IJ.'."""
    raw = raw.strip()
    if not raw:
        return ""
    if "." in raw:
        parts = [p.strip() for p in raw.split(".") if p.strip()]
        return "".join(_initial_part(p) + "." for p in parts)
    letters = raw.replace(" ", "")
    out: list[str] = []
    i = 0
    while i < len(letters):
        if letters[i : i + 2].lower() == "ij":
            out.append("IJ.")
            i += 2
        else:
            out.append(letters[i].upper() + ".")
            i += 1
    return "".join(out)


def _initial_part(part: str) -> str:
    if part.lower() == "ij":
        return "IJ"
    return part[0].upper() + part[1:]


@dataclass(frozen=True, slots=True)
class PersonName:
    """The parts of a Dutch name as the participant wants them printed."""

    surname: str
    first_name: str = ""
    initials: str = ""
    tussenvoegsel: str = ""

    @property
    def full_surname(self) -> str:
        """'van der Berg' — the surname as it follows a first name or initials."""
        return " ".join(p for p in (self.tussenvoegsel.strip(), self.surname.strip()) if p)

    @property
    def display_name(self) -> str:
        """'Jan van der Berg', or 'J. van der Berg' when there is no first name."""
        given = self.first_name.strip() or self.initials.strip()
        return " ".join(p for p in (given, self.full_surname) if p)

    @property
    def formal_name(self) -> str:
        """'J.H. van der Berg', or 'Jan van der Berg' when there are no initials."""
        given = self.initials.strip() or self.first_name.strip()
        return " ".join(p for p in (given, self.full_surname) if p)

    @property
    def sort_name(self) -> str:
        """'Berg, Jan van der' — how a Dutch list files the name."""
        given = self.first_name.strip() or self.initials.strip()
        rest = " ".join(p for p in (given, self.tussenvoegsel.strip()) if p)
        return f"{self.surname.strip()}, {rest}" if rest else self.surname.strip()

    @property
    def sort_key(self) -> tuple[str, str, str, str]:
        return (
            collation_key(self.surname),
            collation_key(self.first_name or self.initials),
            collation_key(self.tussenvoegsel),
            collation_key(self.initials),
        )

    @property
    def addressed_surname(self) -> str:
        """'Van der Berg' — the surname after 'mevrouw' or 'heer'. The short forms 't and d'
        stay lower case ('mevrouw 't Hart'), as Onze Taal advises."""
        if self.tussenvoegsel.strip().startswith(("'", "’")):
            return self.full_surname
        return capitalise_first_letter(self.full_surname)


def salutation(name: PersonName, gender: Gender) -> str:
    """The opening of a formal Dutch letter: 'Geachte mevrouw Van der Berg'."""
    if gender is Gender.FEMALE:
        return f"Geachte mevrouw {name.addressed_surname}"
    if gender is Gender.MALE:
        return f"Geachte heer {name.addressed_surname}"
    return f"Geachte {name.formal_name}"


#: The words that make up a Dutch tussenvoegsel ("van der", "in 't", "de la"), lower case.
TUSSENVOEGSEL_WORDS = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "’t", "te", "ten", "ter", "in", "op", "aan",
        "bij", "uit", "tot", "voor", "onder", "over", "'s", "’s", "d'", "l'", "von", "vom",
        "zu", "zum", "la", "le", "les", "du", "da", "das", "dos", "del", "della", "di", "des",
        "el", "al",
    }
)  # fmt: skip


def parse_full_name(text: str) -> PersonName:
    """A name as one types it, in its Dutch parts: 'Jan van der Berg', 'J.H. van der Berg',
    'van der Berg' or 'Berg, Jan van der'. Given names written as initials ('J.H.', 'J. H.')
    become the initials, others the first name.

    The tussenvoegsel is the first run of such words written in lower case before the last
    word; at the very start, with no given name, in any case ('Van der Berg'). Without one the
    last word is the surname: what this cannot know ('Ahmed El Amrani') is put right in the
    form, field by field."""
    text = " ".join(text.split())
    if not text:
        return PersonName(surname="")
    if "," in text:
        surname, _, rest = (part.strip() for part in text.partition(","))
        words = rest.split()
        cut = len(words)
        while cut > 0 and words[cut - 1].lower() in TUSSENVOEGSEL_WORDS:
            cut -= 1
        return _given(" ".join(words[:cut]), surname, " ".join(words[cut:]).lower())
    words = text.split()
    if len(words) == 1:
        return PersonName(surname=words[0])
    start = next(
        (
            i
            for i, word in enumerate(words[:-1])
            if word.lower() in TUSSENVOEGSEL_WORDS and (i == 0 or word == word.lower())
        ),
        None,
    )
    if start is None:
        return _given(" ".join(words[:-1]), words[-1], "")
    end = start
    while end < len(words) - 1 and words[end].lower() in TUSSENVOEGSEL_WORDS:
        end += 1
    tussenvoegsel = " ".join(words[start:end]).lower()
    return _given(" ".join(words[:start]), " ".join(words[end:]), tussenvoegsel)


def _given(given: str, surname: str, tussenvoegsel: str) -> PersonName:
    # 'J.H.', 'J. H.', 'Th.' and 'J' are initials; 'Jan' and 'Jan-Willem' are first names.
    parts = given.replace(".", ". ").split()
    letters = [p.rstrip(".") for p in parts]
    initials = (
        bool(parts)
        and all(0 < len(x) <= 2 and x.isalpha() for x in letters)
        and ("." in given or all(len(x) == 1 and x.isupper() for x in letters))
    )
    if initials:
        return PersonName(surname, initials=normalise_initials(given), tussenvoegsel=tussenvoegsel)
    return PersonName(surname, first_name=given, tussenvoegsel=tussenvoegsel)


#: Academic and professional titles written before a Dutch name, lower case without the dot.
TITLE_WORDS = frozenset({"prof", "dr", "drs", "mr", "ir", "ing", "bc", "em", "mgr", "ds"})


def split_title(text: str) -> tuple[str, str]:
    """('prof. dr.', 'J.J. Boonstra') from 'prof. dr. J.J. Boonstra': the titles in front of a
    name, as written, and the name."""
    words = text.split()
    count = 0
    while count < len(words) - 1 and words[count].lower().rstrip(".") in TITLE_WORDS:
        count += 1
    return " ".join(words[:count]), " ".join(words[count:])

"""The settings a user may change, as one typed schema: each has a key, a type, a default, a
Dutch name and description, and the checks its values must pass. Services read a setting
through `read_value` (the stored value, or the default); the settings screen and
`sioo-desk settings` list and change them through `settings` and `set_setting`.

Only what is in the schema is listed or set: internal values kept in the same table (the
certificate secret, the scanned signatures, the organisation's logo, a cohort's group wishes)
are reached through their own services, never here. The organisation's name, address, phone
and e-mail are settings here too, stored as its service stores them and checked by its
checks.

Values are stored as JSON in the `settings` table; a value equal to its default is not stored
at all, so a setting nobody changed follows the default of the version in use. One setting
lives on the programme itself (the effort threshold, a norm of the programme): it is read from,
and written to, every programme in the database."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any

from sioo_desk.domain.errors import SiooDeskError
from sioo_desk.services import organisation
from sioo_desk.services.changes import Changes, Edit, unchanged
from sioo_desk.store.database import Database, Read, reading

Value = int | bool | str


class SettingError(SiooDeskError):
    pass


class SettingType(StrEnum):
    INT = "int"
    BOOL = "bool"
    TEXT = "text"
    CHOICE = "choice"
    LETTER = "letter"  # a letter's text: paragraphs with placeholders


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str  # Dutch

    @property
    def token(self) -> str:
        return "{" + self.name + "}"


@dataclass(frozen=True)
class Spec:
    key: str
    type: SettingType
    default: Value
    label: str  # Dutch, short
    description: str  # Dutch, one or two sentences
    group: str  # Dutch: the heading it is shown under
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, Dutch label)
    placeholders: tuple[Placeholder, ...] = ()
    # For text: the value as stored, or a SettingError saying what is wrong with it.
    check: Callable[[str], str] | None = None
    letter: str = ""  # for letter texts: which letter ("admission", "rejection")
    multiline: bool = False
    # Other names a change of it is published under: what screens already listen for.
    topics: tuple[str, ...] = ()
    on_programme: bool = False  # stored as the programmes' own column, not in `settings`
    unit: str = ""  # shown after a number: "%", " min"


@dataclass(frozen=True)
class SettingValue:
    spec: Spec
    value: Value

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def default(self) -> Value:
        return self.spec.default

    @property
    def changed(self) -> bool:
        return self.value != self.spec.default


# --- checks of text values ------------------------------------------------------------------

WEEKDAYS = ("ma", "di", "wo", "do", "vr")
_WEEKDAY_NAMES = {
    "maandag": "ma",
    "dinsdag": "di",
    "woensdag": "wo",
    "donderdag": "do",
    "vrijdag": "vr",
}


def _items(text: str) -> list[str]:
    return [p for p in re.split(r"[,;\s]+", text.strip()) if p]


def parse_times(text: str) -> list[dt.time]:
    """'9:30, 11.00 13:30' -> three times, in order, each once; a SettingError naming the bad
    one."""
    times: set[dt.time] = set()
    for part in _items(text):
        hours, _, minutes = part.replace(".", ":").partition(":")
        try:
            at = dt.time(int(hours), int(minutes or 0))
        except ValueError:
            raise SettingError(
                f"‘{part}’ is geen tijd; schrijf uu:mm, bijvoorbeeld 09:30."
            ) from None
        if not dt.time(7) <= at <= dt.time(21):
            raise SettingError(f"{at:%H:%M} kan niet; kies een tijd tussen 07:00 en 21:00.")
        times.add(at)
    if not times:
        raise SettingError("Geef minstens één begintijd, bijvoorbeeld 09:30.")
    return sorted(times)


def _check_times(text: str) -> str:
    return ", ".join(f"{t:%H:%M}" for t in parse_times(text))


def parse_weekdays(text: str) -> list[int]:
    """'ma, wo' -> [0, 2] (Monday is 0); a SettingError naming what is not a weekday."""
    days: set[int] = set()
    for part in _items(text.lower()):
        short = _WEEKDAY_NAMES.get(part, part)
        if short not in WEEKDAYS:
            raise SettingError(
                f"‘{part}’ is geen werkdag; kies uit {', '.join(WEEKDAYS)} (intakes zijn op "
                "werkdagen)."
            )
        days.add(WEEKDAYS.index(short))
    if not days:
        raise SettingError(f"Kies minstens één werkdag uit {', '.join(WEEKDAYS)}.")
    return sorted(days)


def _check_weekdays(text: str) -> str:
    return ", ".join(WEEKDAYS[d] for d in parse_weekdays(text))


def _check_place(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise SettingError("Geef de plaats die boven de brief staat, bijvoorbeeld Utrecht.")
    return text


def _organisation_check(clean: Callable[[str], str]) -> Callable[[str], str]:
    """The organisation service's own check, its refusal as a setting's."""

    def check(text: str) -> str:
        try:
            return clean(text)
        except organisation.OrganisationError as error:
            raise SettingError(str(error)) from None

    return check


# --- letter texts ---------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
SCHEDULE = "data"  # the placeholder that becomes the table of meetings on a line of its own

_COMMON = (
    Placeholder("aanhef", "de aanhef, bijvoorbeeld ‘Geachte heer Jansen’"),
    Placeholder("naam", "de naam van de deelnemer, bijvoorbeeld ‘de heer drs. P. Jansen’"),
    Placeholder("gemeente", "de gemeente van de deelnemer"),
    Placeholder("leergang", "de titel van de leergang"),
    Placeholder("cohort", "de naam van het cohort"),
    Placeholder("besluitdatum", "de datum van het besluit over de toelating"),
)
ADMISSION_PLACEHOLDERS = (
    *_COMMON,
    Placeholder("plaats", "waar de leergang plaatsvindt"),
    Placeholder("begindatum", "de eerste dag van het cohort"),
    Placeholder("einddatum", "de laatste dag van het cohort"),
    Placeholder(
        SCHEDULE,
        "de bijeenkomsten met hun data; op een regel alleen wordt het een tabel",
    ),
)
REJECTION_PLACEHOLDERS = (
    *_COMMON,
    Placeholder("reden", "de reden van het besluit, zoals bij de intake vastgelegd"),
)

ADMISSION_TEXT = """{aanhef},

Met genoegen laat ik u weten dat u bent toegelaten tot de leergang ‘{leergang}’, {cohort}. \
De leergang vindt plaats in {plaats} en loopt van {begindatum} tot en met {einddatum}.

U bent van harte welkom op de volgende bijeenkomsten:

{data}

De consultatiebijeenkomsten vinden plaats tussen de werkateliers; de data spreekt u af in uw \
consultatiegroep. Na werkatelier 3 voeren wij samen een tussengesprek.

Met vriendelijke groet,"""

REJECTION_TEXT = """{aanhef},

Dank voor uw aanmelding en voor het intakegesprek. Na zorgvuldige afweging hebben wij besloten \
u niet toe te laten tot de leergang ‘{leergang}’, {cohort}.

{reden}

Ik licht dit besluit graag toe in een persoonlijk gesprek.

Met vriendelijke groet,"""


def placeholders_in(text: str) -> list[str]:
    """The names between braces, in order of appearance, each once."""
    return list(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(text)))


def letter_problem(text: str, allowed: Iterable[Placeholder], label: str) -> str | None:
    """What is wrong with a letter text, in Dutch, or None: an unknown placeholder (named,
    with the ones that are allowed) or a brace that opens or closes nothing."""
    allowed = tuple(allowed)
    names = {p.name for p in allowed}
    tokens = ", ".join(p.token for p in allowed)
    unknown = [n for n in placeholders_in(text) if n not in names]
    if unknown:
        which = ", ".join("{" + n + "}" for n in unknown)
        one = len(unknown) == 1
        return (
            f"{'Onbekende plaatshouder' if one else 'Onbekende plaatshouders'} {which} in "
            f"‘{label}’; toegestaan {'is' if len(allowed) == 1 else 'zijn'}: {tokens}."
        )
    if "{" in PLACEHOLDER.sub("", text) or "}" in PLACEHOLDER.sub("", text):
        return (
            f"Een losse accolade in ‘{label}’: een plaatshouder staat tussen {{ en }}, "
            f"zoals {{aanhef}}; toegestaan zijn: {tokens}."
        )
    return None


def paragraphs(text: str) -> list[str]:
    """A letter text's paragraphs: separated by an empty line; a single line break stays a
    line break within its paragraph."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """The text with every known placeholder replaced by its value (unknown ones stay as
    they are: a stored text has been checked, a text being typed is marked by the screen)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _check_letter(spec_label: str, allowed: tuple[Placeholder, ...], text: str) -> str:
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    if not text:
        raise SettingError(f"‘{spec_label}’ is leeg; schrijf de tekst van de brief.")
    problem = letter_problem(text, allowed, spec_label)
    if problem:
        raise SettingError(problem)
    return text


# --- the schema -----------------------------------------------------------------------------

EFFORT_THRESHOLD = "effort.threshold_percent"
LATE_COUNTS = "effort.late_counts_as_present"
EXCUSED_OUT = "effort.excused_leaves_denominator"
COACH_GROUPS = "groups.max_per_coach"
INTAKE_MINUTES = "intake.minutes"
INTAKE_TIMES = "intake.start_times"
INTAKE_WEEKDAYS = "intake.weekdays"
ACCOUNTABILITY_MINUTES = "accountability.minutes"
LETTER_PLACE = "letters.place"
ADMISSION_SUBJECT = "letters.admission.subject"
ADMISSION_BODY = "letters.admission.text"
REJECTION_SUBJECT = "letters.rejection.subject"
REJECTION_BODY = "letters.rejection.text"

ORGANISATION_NAME = organisation.NAME
ORGANISATION_ADDRESS = organisation.ADDRESS
ORGANISATION_PHONE = organisation.PHONE
ORGANISATION_EMAIL = organisation.EMAIL

EFFORT_TOPIC = "effort"  # what the attendance screen listens for (services.attendance.EFFORT)

INZET, GROEPEN, INTAKE, VERANTWOORDING, BRIEVEN, ORGANISATIE = (
    "Inzet",
    "Groepen",
    "Intake",
    "Verantwoording",
    "Brieven",
    "Organisatie",
)


def _letter(
    key: str, label: str, description: str, default: str, letter: str, *, multiline: bool
) -> Spec:
    allowed = ADMISSION_PLACEHOLDERS if letter == "admission" else REJECTION_PLACEHOLDERS
    return Spec(
        key,
        SettingType.LETTER,
        default,
        label,
        description,
        BRIEVEN,
        placeholders=allowed,
        check=partial(_check_letter, label, allowed),
        letter=letter,
        multiline=multiline,
    )


SCHEMA: tuple[Spec, ...] = (
    Spec(
        EFFORT_THRESHOLD,
        SettingType.INT,
        80,
        "Drempel voldoende inzet",
        "Het deel van de dagdelen (in procenten) dat een deelnemer moet bijwonen voor "
        "voldoende inzet; geldt voor elk cohort van het programma.",
        INZET,
        minimum=1,
        maximum=100,
        topics=(EFFORT_TOPIC,),
        on_programme=True,
        unit="%",
    ),
    Spec(
        LATE_COUNTS,
        SettingType.BOOL,
        True,
        "Te laat telt als aanwezig",
        "Aan: wie te laat kwam, telt voor de inzet als aanwezig. Uit: als niet aanwezig.",
        INZET,
        topics=(EFFORT_TOPIC,),
    ),
    Spec(
        EXCUSED_OUT,
        SettingType.BOOL,
        True,
        "Afgemeld telt niet mee",
        "Aan: een dagdeel waarvoor een deelnemer zich afmeldde, telt niet mee bij het aantal "
        "geplande dagdelen. Uit: het telt mee als niet bijgewoond.",
        INZET,
        topics=(EFFORT_TOPIC,),
    ),
    Spec(
        COACH_GROUPS,
        SettingType.INT,
        2,
        "Groepen per coach",
        "Hoeveel consultatiegroepen van één cohort een coach hoogstens begeleidt.",
        GROEPEN,
        minimum=1,
        maximum=10,
    ),
    Spec(
        INTAKE_MINUTES,
        SettingType.INT,
        75,
        "Lengte intakegesprek",
        "Hoeveel minuten een intakegesprek duurt, als voorstel bij het plannen van intakes.",
        INTAKE,
        minimum=15,
        maximum=240,
        unit=" min",
    ),
    Spec(
        INTAKE_TIMES,
        SettingType.TEXT,
        "09:30, 11:00, 13:30, 15:00",
        "Begintijden intakes",
        "De begintijden die het plannen van intakes voorstelt, gescheiden door komma's "
        "(tussen 07:00 en 21:00).",
        INTAKE,
        check=_check_times,
    ),
    Spec(
        INTAKE_WEEKDAYS,
        SettingType.TEXT,
        "ma, wo",
        "Intakedagen",
        "De werkdagen die het plannen van intakes voorstelt: ma, di, wo, do, vr.",
        INTAKE,
        check=_check_weekdays,
    ),
    Spec(
        ACCOUNTABILITY_MINUTES,
        SettingType.INT,
        75,
        "Lengte verantwoordingsgesprek",
        "Hoeveel minuten een professioneel verantwoordingsgesprek duurt, voor een cohort "
        "waarvoor nog niets anders is gekozen (minstens 60).",
        VERANTWOORDING,
        minimum=60,
        maximum=180,
        unit=" min",
    ),
    Spec(
        LETTER_PLACE,
        SettingType.TEXT,
        "Utrecht",
        "Plaats boven de brief",
        "De plaats vóór de datum boven elke brief, bijvoorbeeld ‘Utrecht’.",
        BRIEVEN,
        check=_check_place,
    ),
    _letter(
        ADMISSION_SUBJECT,
        "Onderwerp toelatingsbrief",
        "Wat achter ‘Betreft:’ staat in de brief aan wie is toegelaten.",
        "toelating tot de leergang ‘{leergang}’",
        "admission",
        multiline=False,
    ),
    _letter(
        ADMISSION_BODY,
        "Tekst toelatingsbrief",
        "De brief aan wie is toegelaten, van aanhef tot groet; alinea's scheidt u met een "
        "lege regel. Naam en functie van de ondertekenaar volgen vanzelf.",
        ADMISSION_TEXT,
        "admission",
        multiline=True,
    ),
    _letter(
        REJECTION_SUBJECT,
        "Onderwerp afwijzingsbrief",
        "Wat achter ‘Betreft:’ staat in de brief aan wie niet is toegelaten.",
        "uw aanmelding voor de leergang ‘{leergang}’",
        "rejection",
        multiline=False,
    ),
    _letter(
        REJECTION_BODY,
        "Tekst afwijzingsbrief",
        "De brief aan wie niet is toegelaten, van aanhef tot groet; alinea's scheidt u met "
        "een lege regel. Een alinea die leeg blijft (geen reden vastgelegd) vervalt.",
        REJECTION_TEXT,
        "rejection",
        multiline=True,
    ),
    # Stored as the organisation service stores them (its logo is set there, not here).
    Spec(
        ORGANISATION_NAME,
        SettingType.TEXT,
        "",
        "Naam organisatie",
        "De naam van de organisatie die de leergang geeft, boven brieven en op certificaten.",
        ORGANISATIE,
        check=_organisation_check(organisation.clean_name),
    ),
    Spec(
        ORGANISATION_ADDRESS,
        SettingType.TEXT,
        "",
        "Adres organisatie",
        "Het adres zoals het boven de brieven staat; elke regel op een eigen regel.",
        ORGANISATIE,
        check=_organisation_check(organisation.clean_address),
        multiline=True,
    ),
    Spec(
        ORGANISATION_PHONE,
        SettingType.TEXT,
        "",
        "Telefoon organisatie",
        "Het telefoonnummer boven de brieven; leeg: geen.",
        ORGANISATIE,
        check=_organisation_check(organisation.clean_phone),
    ),
    Spec(
        ORGANISATION_EMAIL,
        SettingType.TEXT,
        "",
        "E-mail organisatie",
        "Het e-mailadres boven de brieven; leeg: geen.",
        ORGANISATIE,
        check=_organisation_check(organisation.clean_email),
    ),
)
_BY_KEY = {s.key: s for s in SCHEMA}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(s.group for s in SCHEMA))

# Kept in the same table, but never listed or set here: each has its own service.
_INTERNAL = (
    "certificates.",
    "organisation.",  # its logo: the settings above are found first
    "groups.wishes.",
    "competences",
)


def spec(key: str) -> Spec:
    """The setting of this key; a SettingError (in Dutch) for a key that is not one."""
    found = _BY_KEY.get(key)
    if found is not None:
        return found
    known = ", ".join(s.key for s in SCHEMA)
    if key.startswith(_INTERNAL) or re.fullmatch(r"accountability\.\d+", key):
        raise SettingError(
            f"‘{key}’ is geen instelling die u hier kunt wijzigen; die waarde beheert Sioo "
            f"Desk zelf of een eigen scherm. Instellingen zijn: {known}."
        )
    raise SettingError(f"Er is geen instelling ‘{key}’. Instellingen zijn: {known}.")


def default(key: str) -> Value:
    return spec(key).default


def describe(value: Value) -> str:
    """A value as the CLI and the messages show it."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


# --- parsing --------------------------------------------------------------------------------

_YES = {"ja", "j", "aan", "waar", "true", "yes", "1"}
_NO = {"nee", "n", "uit", "onwaar", "false", "no", "0"}


def parse(setting: Spec, raw: object) -> Value:
    """A value for the setting from what was typed (a string) or chosen (a typed value);
    a SettingError in Dutch for a value of the wrong type or out of range."""
    name = f"‘{setting.label}’ ({setting.key})"
    if setting.type is SettingType.INT:
        bounds = f"van {setting.minimum} tot en met {setting.maximum}"
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise SettingError(f"{name} vraagt een geheel getal {bounds}.")
        if isinstance(raw, str):
            try:
                number = int(raw.strip())
            except ValueError:
                raise SettingError(
                    f"‘{raw}’ is geen geheel getal; {name} vraagt een getal {bounds}."
                ) from None
        else:
            number = raw
        low, high = setting.minimum, setting.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            raise SettingError(f"{number} kan niet voor {name}; kies een getal {bounds}.")
        return number
    if setting.type is SettingType.BOOL:
        if isinstance(raw, bool):
            return raw
        word = raw.strip().lower() if isinstance(raw, str) else None
        if word in _YES:
            return True
        if word in _NO:
            return False
        raise SettingError(f"‘{raw}’ is geen ja of nee; {name} staat aan (ja) of uit (nee).")
    if not isinstance(raw, str):
        raise SettingError(f"{name} vraagt een tekst.")
    if setting.type is SettingType.CHOICE:
        wanted = raw.strip().lower()
        for value, label in setting.choices:
            if wanted in (value.lower(), label.lower()):
                return value
        options = ", ".join(f"{value} ({label})" for value, label in setting.choices)
        raise SettingError(f"‘{raw}’ is geen keuze voor {name}; kies uit: {options}.")
    text = raw if setting.type is SettingType.LETTER else raw.strip()
    return setting.check(text) if setting.check is not None else text


# --- reading --------------------------------------------------------------------------------


def _from_stored(setting: Spec, stored: str | None) -> Value:
    """What a stored JSON value means; a value this version cannot use (written by hand, or
    by an older rule) counts as not set."""
    if stored is None:
        return setting.default
    try:
        return parse(setting, json.loads(stored))
    except (ValueError, SettingError):
        return setting.default


def _programme_values(read: Read) -> list[tuple[int, int]]:
    return [
        (int(r[0]), int(r[1]))
        for r in read("SELECT id, effort_threshold_percent FROM programmes ORDER BY id")
    ]


def read_value(read: Read, key: str) -> Value:
    """The setting's value through `read` (a database's, or a write's own `reading(s)`)."""
    setting = spec(key)
    if setting.on_programme:
        found = _programme_values(read)
        return found[0][1] if found else setting.default
    rows = read("SELECT value FROM settings WHERE key = :k", {"k": key})
    return _from_stored(setting, rows[0][0] if rows else None)


def setting_value(db: Database, key: str) -> Value:
    return read_value(db.read, key)


def int_value(read: Read, key: str) -> int:
    value = read_value(read, key)
    assert isinstance(value, int) and not isinstance(value, bool)
    return value


def bool_value(read: Read, key: str) -> bool:
    value = read_value(read, key)
    assert isinstance(value, bool)
    return value


def text_value(read: Read, key: str) -> str:
    value = read_value(read, key)
    assert isinstance(value, str)
    return value


def settings(db: Database) -> list[SettingValue]:
    """Every setting in the schema's order, with its current value."""
    keys = [s.key for s in SCHEMA if not s.on_programme]
    marks = ", ".join(f":k{i}" for i in range(len(keys)))
    stored: dict[str, str] = dict(
        db.read(
            f"SELECT key, value FROM settings WHERE key IN ({marks})",
            {f"k{i}": k for i, k in enumerate(keys)},
        )
    )
    programmes = _programme_values(db.read)
    found = []
    for setting in SCHEMA:
        if setting.on_programme:
            value: Value = programmes[0][1] if programmes else setting.default
        else:
            value = _from_stored(setting, stored.get(setting.key))
        found.append(SettingValue(setting, value))
    return found


# --- writing --------------------------------------------------------------------------------


def set_setting(db: Database, key: str, raw_value: object) -> Edit:
    """Give one setting a new value, parsed for its type (a string as typed, or a typed
    value); the result is its value before. Refused in Dutch, nothing saved, for a key that
    is not a setting and for a value of the wrong type or out of range."""
    return set_settings(db, {key: raw_value})


def reset_setting(db: Database, key: str) -> Edit:
    """The setting back to its default."""
    return set_settings(db, {key: None})


def set_settings(db: Database, wanted: Mapping[str, object]) -> Edit:
    """Several settings in one step (None: back to the default); every value is checked
    before anything is written. The result maps each key to its value before."""
    parsed: dict[str, Value | None] = {}
    for key, raw in wanted.items():
        setting = spec(key)
        # Back to a default it would refuse (an organisation's name is required): refused.
        parsed[key] = parse(setting, setting.default if raw is None else raw)
        if raw is None:
            parsed[key] = None
    rows: dict[str, str | None] = {}
    threshold: Value | None = None
    for key, value in parsed.items():
        setting = _BY_KEY[key]
        if setting.on_programme:
            threshold = setting.default if value is None else value
        else:
            same = value is None or value == setting.default
            rows[key] = None if same else json.dumps(value, ensure_ascii=False)
    return _write(db, rows, None if threshold is None else int(threshold))


def _write(db: Database, rows: Mapping[str, str | None], threshold: int | None) -> Edit:
    from sqlalchemy import select

    from sioo_desk.domain.models import Programme, Setting

    before: dict[str, Value] = {}  # what the result says

    with db.session() as s:
        read = reading(s)
        programmes = _programme_values(read)
        if threshold is not None:
            if not programmes:
                raise SettingError(
                    "Er is nog geen programma in deze database; de drempel voor voldoende "
                    "inzet hoort bij het programma."
                )
            before[EFFORT_THRESHOLD] = programmes[0][1]
        stored: dict[str, str | None] = {}
        for key in rows:
            row = s.get(Setting, key)
            stored[key] = None if row is None else row.value
            before[key] = _from_stored(_BY_KEY[key], stored[key])
        changed = [
            key for key, value in rows.items() if _from_stored(_BY_KEY[key], value) != before[key]
        ]
        moved = threshold is not None and any(v != threshold for _id, v in programmes)
        if not changed and not moved:
            return unchanged(before)
        undo_rows = {k: stored[k] for k in changed}
        _put(s, {k: rows[k] for k in changed})
        if threshold is not None and moved:
            for programme in s.scalars(select(Programme)):
                programme.effort_threshold_percent = threshold
    names = [*changed, *([EFFORT_THRESHOLD] if moved else [])]
    topics = [t for key in names for t in _BY_KEY[key].topics]
    return Edit(
        Changes.of(None, settings=[*names, *topics]),
        partial(_restore, rows=undo_rows, programmes=tuple(programmes) if moved else ()),
        result=before,
    )


def _restore(
    db: Database, *, rows: Mapping[str, str | None], programmes: tuple[tuple[int, int], ...]
) -> Edit:
    """Put back exactly what an edit replaced: the stored rows (or their absence) and each
    programme's own threshold."""
    from sioo_desk.domain.models import Programme

    with db.session() as s:
        undo_rows = _put(s, rows)
        undo_programmes: list[tuple[int, int]] = []
        for programme_id, percent in programmes:
            programme = s.get(Programme, programme_id)
            if programme is not None:
                undo_programmes.append((programme_id, programme.effort_threshold_percent))
                programme.effort_threshold_percent = percent
    names = [*rows, *([EFFORT_THRESHOLD] if programmes else [])]
    topics = [t for key in names for t in _BY_KEY[key].topics]
    return Edit(
        Changes.of(None, settings=[*names, *topics]),
        partial(_restore, rows=undo_rows, programmes=tuple(undo_programmes)),
    )


def _put(s: Any, rows: Mapping[str, str | None]) -> dict[str, str | None]:
    """Store each row's JSON (None: no row, the default); what was stored before."""
    from sioo_desk.domain.models import Setting

    before: dict[str, str | None] = {}
    for key, value in rows.items():
        row = s.get(Setting, key)
        before[key] = None if row is None else row.value
        if value is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
    return before


def as_json(value: SettingValue) -> dict[str, Any]:
    """One setting as `sioo-desk settings --json` prints it."""
    return {
        "key": value.key,
        "value": value.value,
        "default": value.default,
        "type": value.spec.type.value,
        "description": value.spec.description,
    }

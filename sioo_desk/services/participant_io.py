"""Importing registrations from .xlsx and .csv, and exporting the participant list.

An import is read and checked whole first (the preview); it is written all at once, or not at
all. Dutch Excel writes `;`-separated CSV, sometimes with a byte-order mark, sometimes in
Windows-1252: all of that is read, and what is written back opens right in Dutch Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from sioo_desk.domain.enums import (
    PLACE_TAKING_STATUSES,
    EducationLevel,
    Gender,
    ParticipantStatus,
)
from sioo_desk.domain.errors import Cancelled, NotFoundError, SiooDeskError
from sioo_desk.domain.names import collation_key
from sioo_desk.domain.status_flow import STATUS_LABELS
from sioo_desk.domain.validation import FIELD_LABELS, FieldError, ParticipantInput, validate
from sioo_desk.services.changes import Changes, Edit
from sioo_desk.services.cohorts import get_cohort
from sioo_desk.services.long_work import Report, quiet
from sioo_desk.store.database import Database
from sioo_desk.store.output import reason, write_file

MAX_IMPORT_BYTES = 20 * 1024 * 1024
#: Rows between two reports of progress (and chances to cancel) in a long import.
_STEP = 100

#: The columns of an export, in order; an export can be imported again as it is.
EXPORT_FIELDS = (
    "initials",
    "first_name",
    "tussenvoegsel",
    "surname",
    "gender",
    "email",
    "phone",
    "municipality",
    "job_title",
    "manager_name",
    "manager_email",
    "years_experience",
    "years_in_hr",
    "education_level",
    "status",
    "registered_on",
    "notes",
)

_ALIASES = {
    "surname": ("achternaam", "familienaam", "surname", "last name", "lastname"),
    "first_name": ("voornaam", "roepnaam", "first name", "firstname"),
    "initials": ("voorletters", "initialen", "initials"),
    "tussenvoegsel": ("tussenvoegsel", "tussenvoegsels", "tv", "voorvoegsel"),
    "gender": ("aanhef", "geslacht", "salutation", "gender"),
    "email": (
        "e-mail",
        "email",
        "e-mailadres",
        "emailadres",
        "mail",
        "e mail",
        "mailadres",
        "mail adres",
        "e-mail adres",
    ),
    "phone": ("telefoon", "telefoonnummer", "tel", "mobiel", "phone"),
    "municipality": ("gemeente", "werkgever", "organisatie", "municipality"),
    "job_title": ("functie", "functienaam", "job title"),
    "manager_name": ("leidinggevende", "manager"),
    "manager_email": ("e-mail leidinggevende", "email leidinggevende", "manager e-mail"),
    "years_experience": (
        "jaren werkervaring",
        "werkervaring",
        "werkervaring jaren",
        "years of experience",
    ),
    "years_in_hr": ("jaren in p&o", "jaren p&o", "ervaring p&o", "jaren in hr", "years in hr"),
    "education_level": ("opleiding", "opleidingsniveau", "vooropleiding", "education"),
    "status": ("status",),
    "registered_on": ("aanmelddatum", "datum aanmelding", "aangemeld op", "registered"),
    "notes": ("opmerkingen", "opmerking", "notities", "notes"),
}
REQUIRED = ("surname", "email")
#: A registration list says where candidates stand before the programme starts.
IMPORTABLE_STATUSES = (
    ParticipantStatus.REGISTERED,
    ParticipantStatus.INTAKE_PLANNED,
    ParticipantStatus.ADMITTED,
    ParticipantStatus.NOT_ADMITTED,
)

_GENDERS = {
    "mevrouw": Gender.FEMALE,
    "mevr": Gender.FEMALE,
    "mw": Gender.FEMALE,
    "v": Gender.FEMALE,
    "vrouw": Gender.FEMALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "ms": Gender.FEMALE,
    "heer": Gender.MALE,
    "dhr": Gender.MALE,
    "de heer": Gender.MALE,
    "m": Gender.MALE,
    "man": Gender.MALE,
    "male": Gender.MALE,
    "mr": Gender.MALE,
    "": Gender.UNSPECIFIED,
    "neutraal": Gender.UNSPECIFIED,
    "onbekend": Gender.UNSPECIFIED,
    "x": Gender.UNSPECIFIED,
}
_GENDER_TEXT = {Gender.FEMALE: "mevrouw", Gender.MALE: "heer", Gender.UNSPECIFIED: ""}
_EDUCATION = {
    "hbo": EducationLevel.HBO,
    "wo": EducationLevel.WO,
    "vergelijkbaar": EducationLevel.EQUIVALENT,
    "vergelijkbaar niveau": EducationLevel.EQUIVALENT,
    "equivalent": EducationLevel.EQUIVALENT,
    "anders": EducationLevel.OTHER,
    "other": EducationLevel.OTHER,
}
_EDUCATION_TEXT = {
    EducationLevel.HBO: "hbo",
    EducationLevel.WO: "wo",
    EducationLevel.EQUIVALENT: "vergelijkbaar niveau",
    EducationLevel.OTHER: "anders",
}


class ImportFileError(SiooDeskError):
    """The file as a whole cannot be read as a participant list."""


@dataclass
class ImportRow:
    number: int  # the row number as the spreadsheet shows it
    values: dict[str, str]
    data: ParticipantInput | None = None
    errors: list[FieldError] = field(default_factory=list)

    def messages(self) -> list[str]:
        return [f"Rij {self.number}, {e}" for e in self.errors]


@dataclass
class ImportPreview:
    cohort_id: int
    headers: list[str]
    mapping: dict[int, str | None]  # column index -> field (None: not imported)
    rows: list[ImportRow]
    # Set when required fields have no column: the mapping must be changed first.
    missing: str = ""

    @property
    def ok(self) -> bool:
        return not self.missing and bool(self.rows) and not any(r.errors for r in self.rows)

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.errors]

    def messages(self) -> list[str]:
        return [m for r in self.rows for m in r.messages()]


# --- reading a file --------------------------------------------------------------------------


@dataclass
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, cells)


def read_table(path: Path) -> RawTable:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(
                f"{path.name} is te groot ({size // 1_000_000} MB; hoogstens "
                f"{MAX_IMPORT_BYTES // 1_000_000} MB)."
            )
        content = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            f"{path} is niet te lezen: {reason(error, path, writing=False)}."
        ) from error
    if not content.strip():
        raise ImportFileError(f"{path.name} is leeg: er staat niets in. Kies de aanmeldingslijst.")
    if content.startswith(b"PK\x03\x04"):
        cells = _xlsx_cells(path.name, content)
    elif content.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            f"{path.name} is een oud Excel-bestand (.xls); sla het in Excel op "
            "als .xlsx of als CSV en probeer het opnieuw."
        )
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFileError(
            f"{path.name} is geen Excel-werkmap, al heet het zo: het bestand is beschadigd of "
            "van een ander soort. Open het in Excel en sla het opnieuw op als .xlsx."
        )
    elif content.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst"
        try:
            text = content.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFileError(
                f"{path.name} is als Unicode-tekst opgeslagen maar is beschadigd (bij byte "
                f"{error.start}). Sla het in Excel opnieuw op, liefst als .xlsx."
            ) from error
        cells = _csv_cells(path.name, text)
    elif b"\x00" in content[:4096]:
        raise ImportFileError(f"{path.name} is geen spreadsheet (.xlsx) en geen CSV-bestand.")
    else:
        cells = _csv_cells(path.name, _decoded(path.name, content))
    numbered = [(n, row) for n, row in enumerate(cells, start=1) if any(c.strip() for c in row)]
    if not numbered:
        raise ImportFileError(f"{path.name} bevat geen gegevens.")
    header_number, headers = numbered[0]
    if len(numbered) == 1:
        raise ImportFileError(
            f"{path.name} bevat alleen kopteksten (rij {header_number}), geen deelnemers."
        )
    width = len(headers)
    rows = [(n, (row + [""] * width)[:width]) for n, row in numbered[1:]]
    return RawTable([h.strip() for h in headers], rows)


def _decoded(name: str, content: bytes) -> str:
    """UTF-8, or else Windows-1252 (what Dutch Excel writes). A byte that is neither is the
    sign of another character set: refused, naming the first row it is in, rather than
    imported as wrong letters."""
    content = content.removeprefix(b"\xef\xbb\xbf")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        row = text[: text.index("\ufffd")].count("\n") + 1
        raise ImportFileError(
            f"{name}, rij {row}: er staan tekens in die Sioo Desk niet kan lezen; het bestand "
            "is in een onbekende tekenset opgeslagen. Sla het in Excel op als "
            "‘CSV UTF-8 (gescheiden door lijstscheidingsteken)’ en probeer het opnieuw."
        )
    return text


def _csv_cells(name: str, text: str) -> list[list[str]]:
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as error:  # a cell beyond the size limit, an unclosed quote
        raise ImportFileError(
            f"{name}, rij {reader.line_num}: deze regel kan niet als CSV worden gelezen (een cel "
            "is te lang, of een aanhalingsteken wordt niet gesloten). Controleer het bestand of "
            "sla het in Excel opnieuw op als CSV."
        ) from error


def _xlsx_cells(name: str, content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise ImportFileError(f"{name} is een zip-bestand maar geen Excel-werkmap (.xlsx).")
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            # The stored size of a sheet can be wrong (other programs write it); read all cells.
            sheet.reset_dimensions()
            return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except ImportFileError:
        raise
    except Exception as error:  # zipfile, zlib, XML and openpyxl each raise their own kinds
        raise ImportFileError(
            f"{name} is geen leesbare Excel-werkmap (.xlsx): het bestand is beschadigd. Open het "
            "in Excel en sla het opnieuw op, of kies een ander bestand."
        ) from error


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- mapping and checking --------------------------------------------------------------------


def _header_key(text: str) -> str:
    return re.sub(r"[\s_:.*]+", " ", collation_key(text)).strip()


_ALIAS_INDEX = {_header_key(alias): name for name, aliases in _ALIASES.items() for alias in aliases}


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = _ALIAS_INDEX.get(_header_key(header))
        if name is None:
            name = next(
                (
                    n
                    for n, label in FIELD_LABELS.items()
                    if _header_key(label) == _header_key(header)
                ),
                None,
            )
        mapping[index] = name if name not in taken else None
        if name:
            taken.add(name)
    return mapping


def preview_import(
    db: Database,
    cohort_id: int,
    path: Path,
    mapping: dict[int, str | None] | None = None,
    *,
    report: Report = quiet,
) -> ImportPreview:
    """Read and check the whole file; nothing is written. A file that cannot be read as a
    list raises `ImportFileError`, naming the file (and the row, where there is one)."""
    cohort = get_cohort(db, cohort_id)  # NotFoundError for an unknown cohort
    table = read_table(path)
    mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
    mapped = {name for name in mapping.values() if name}
    missing = [FIELD_LABELS[name] for name in REQUIRED if name not in mapped]
    if "first_name" not in mapped and "initials" not in mapped:
        missing.append(f"{FIELD_LABELS['first_name']} of {FIELD_LABELS['initials']}")
    doubled = sorted({FIELD_LABELS[n] for n in mapped if list(mapping.values()).count(n) > 1})
    if missing or doubled:
        unmapped = ", ".join(h for i, h in enumerate(table.headers) if h and not mapping.get(i))
        text = f"{path.name}: "
        if missing:
            text += f"geen kolom voor {', '.join(missing)}. "
        if doubled:
            text += f"twee kolommen voor {', '.join(doubled)}. "
        text += f"Niet gekoppelde kolommen: {unmapped or 'geen'}."
        return ImportPreview(cohort_id, table.headers, mapping, [], missing=text)
    rows = []
    for done, (number, cells) in enumerate(table.rows):
        if done % _STEP == 0:
            report(done, len(table.rows), "")
        rows.append(_parse_row(number, cells, mapping))
    _check_duplicates(db, cohort_id, rows)
    _check_capacity(db, cohort_id, cohort.norms.max_participants, cohort.name, rows)
    return ImportPreview(cohort_id, table.headers, mapping, rows)


def _parse_row(number: int, cells: list[str], mapping: dict[int, str | None]) -> ImportRow:
    values = {
        name: _unquote(cells[i].strip()) for i, name in mapping.items() if name and i < len(cells)
    }
    row = ImportRow(number, values)
    kwargs: dict[str, Any] = {}
    for name, text in values.items():
        try:
            kwargs[name] = _convert(name, text)
        except ValueError as error:
            row.errors.append(FieldError(name, str(error)))
    kwargs.setdefault("surname", "")
    data, errors = validate(ParticipantInput(**kwargs))
    row.errors.extend(e for e in errors if e.field not in {x.field for x in row.errors})
    row.data = None if row.errors else data
    return row


def _unquote(text: str) -> str:
    """Take off the apostrophe an export puts before text that looks like a formula."""
    if text.startswith("'") and text[1:2] in _FORMULA_START:
        return text[1:]
    return text


def _convert(name: str, text: str) -> Any:
    if name == "gender":
        key = collation_key(text).rstrip(".")
        if key not in _GENDERS:
            raise ValueError(f"'{text}' is geen aanhef (mevrouw, heer of leeg).")
        return _GENDERS[key]
    if name == "education_level":
        if not text:
            return None
        key = collation_key(text)
        if key not in _EDUCATION:
            raise ValueError(f"'{text}' is geen opleidingsniveau (hbo, wo, vergelijkbaar, anders).")
        return _EDUCATION[key]
    if name in ("years_experience", "years_in_hr"):
        if not text:
            return None
        if not re.fullmatch(r"\d{1,2}", text):
            raise ValueError(f"'{text}' is geen aantal jaren.")
        return int(text)
    if name == "status":
        if not text:
            return ParticipantStatus.REGISTERED
        key = collation_key(text)
        for status in IMPORTABLE_STATUSES:
            if key in (status.value.replace("_", " "), status.value, STATUS_LABELS[status]):
                return status
        raise ValueError(
            f"'{text}' kan niet bij een aanmelding (aangemeld, intake gepland, "
            "toegelaten of niet toegelaten)."
        )
    if name == "registered_on":
        return parse_dutch_date(text) if text else None
    return text


def parse_dutch_date(text: str) -> dt.date:
    """'23-11-2026', '23/11/2026', '2026-11-23', '23-11-26'. Impossible dates are refused."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", text)
        if not match:
            raise ValueError(f"'{text}' is geen datum (dd-mm-jjjj).")
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is geen bestaande datum.") from None


def _check_duplicates(db: Database, cohort_id: int, rows: list[ImportRow]) -> None:
    existing = db.read(
        "SELECT email, surname, first_name, initials, municipality FROM participants "
        "WHERE cohort_id = :c",
        {"c": cohort_id},
    )
    emails = {e.lower(): "staat al in het cohort" for e, *_ in existing if e}
    names = {
        (collation_key(s), collation_key(f or i), collation_key(m)): "staat al in het cohort"
        for _e, s, f, i, m in existing
    }
    for row in rows:
        data = row.data
        if data is None:
            continue
        name_key = (
            collation_key(data.surname),
            collation_key(data.first_name or data.initials),
            collation_key(data.municipality),
        )
        if data.email in emails:
            row.errors.append(FieldError("email", f"{data.email} {emails[data.email]}."))
        elif name_key in names:
            row.errors.append(
                FieldError(
                    "surname",
                    f"{data.surname} uit {data.municipality or '(geen gemeente)'} "
                    f"{names[name_key]}.",
                )
            )
        emails.setdefault(data.email, f"staat ook in rij {row.number}")
        names.setdefault(name_key, f"staat ook in rij {row.number}")
        if row.errors:
            row.data = None


def _check_capacity(
    db: Database, cohort_id: int, maximum: int, cohort_name: str, rows: list[ImportRow]
) -> None:
    taken = db.read(
        "SELECT count(*) FROM participants WHERE cohort_id = :c AND status IN ("
        + ", ".join(f"'{s.value}'" for s in PLACE_TAKING_STATUSES)
        + ")",
        {"c": cohort_id},
    )[0][0]
    for row in rows:
        if row.data is None or row.data.status not in PLACE_TAKING_STATUSES:
            continue
        taken += 1
        if taken > maximum:
            row.errors.append(
                FieldError(
                    "status",
                    f"met deze deelnemer komt {cohort_name} boven het maximum van "
                    f"{maximum} toegelaten deelnemers.",
                )
            )
            row.data = None


def commit_import(db: Database, preview: ImportPreview, *, report: Report = quiet) -> Edit:
    """Write every row of a preview without errors, in one transaction; refuse otherwise.
    `result` is the new ids; the undo deletes them all (and its undo brings them back). A
    cancel (from `report`) rolls the transaction back: no one is imported."""
    if preview.missing:
        raise ImportFileError(f"Niets geïmporteerd: {preview.missing}")
    if not preview.ok:
        problems = preview.messages()
        raise ImportFileError(
            f"Niets geïmporteerd: {len(preview.error_rows)} rij(en) met fouten. "
            + (problems[0] if problems else "Het bestand bevat geen deelnemers.")
        )
    from sioo_desk.domain.models import Participant
    from sioo_desk.services import audit
    from sioo_desk.services.participant_editing import delete_participants

    today = dt.date.today()
    total = len(preview.rows)
    with db.session() as s:
        people = []
        for start in range(0, total, _STEP):
            try:
                report(start, total, "")
            except Cancelled as stop:
                raise Cancelled("Importeren afgebroken: er is niemand geïmporteerd.") from stop
            chunk = []
            for row in preview.rows[start : start + _STEP]:
                assert row.data is not None
                values = _input_values(row.data)
                values["registered_on"] = values.get("registered_on") or today
                chunk.append(Participant(cohort_id=preview.cohort_id, **values))
            s.add_all(chunk)
            s.flush()
            people += chunk
        try:
            report(total, total, "")
        except Cancelled as stop:
            raise Cancelled("Importeren afgebroken: er is niemand geïmporteerd.") from stop
        audit.record(
            s,
            "import",
            "participant",
            None,
            f"{len(people)} deelnemers geïmporteerd",
            rows=len(people),
        )
        ids = [p.id for p in people]
    # Most of a cohort may be new: its screens reload whole rather than row by row.
    return Edit(
        Changes.of(preview.cohort_id, whole=True),
        partial(delete_participants, participant_ids=ids),
        result=ids,
    )


def _input_values(data: ParticipantInput) -> dict[str, Any]:
    return {
        name: getattr(data, name)
        for name in ParticipantInput.__dataclass_fields__
        if name not in ("extra", "learning_team_partner_id")
    }


# --- export ----------------------------------------------------------------------------------


def export_rows(db: Database, cohort_id: int) -> tuple[list[str], list[list[Any]]]:
    """The participant list as a table with Dutch headers. Coach notes never go out."""
    if not db.read("SELECT 1 FROM cohorts WHERE id = :id", {"id": cohort_id}):
        raise NotFoundError("Cohort", cohort_id)
    from sioo_desk.services.participants import list_participants

    order = {p.id: i for i, p in enumerate(list_participants(db, cohort_id))}
    columns = ", ".join(EXPORT_FIELDS)
    rows = db.read(f"SELECT id, {columns} FROM participants WHERE cohort_id = :c", {"c": cohort_id})
    rows.sort(key=lambda r: order[r[0]])
    table = []
    for row in rows:
        values = dict(zip(EXPORT_FIELDS, row[1:], strict=True))
        values["gender"] = _GENDER_TEXT[Gender(values["gender"])]
        level = values["education_level"]
        values["education_level"] = _EDUCATION_TEXT[EducationLevel(level)] if level else ""
        values["status"] = STATUS_LABELS[ParticipantStatus(values["status"])]
        table.append(["" if values[f] is None else values[f] for f in EXPORT_FIELDS])
    return [FIELD_LABELS[f] for f in EXPORT_FIELDS], table


def export_participants(db: Database, cohort_id: int, target: Path) -> int:
    """Write .csv (`;` and a byte-order mark, for Dutch Excel) or .xlsx; return the row count.
    The file appears whole or not at all; one that cannot be written is an `OutputError`."""
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportFileError(
            f"Exporteren kan naar .xlsx of .csv, niet naar '{suffix or target.name}'."
        )
    headers, rows = export_rows(db, cohort_id)
    write = _write_csv if suffix == ".csv" else _write_xlsx
    write_file(target, lambda out: write(out, headers, rows))
    return len(rows)


_FORMULA_START = ("=", "+", "-", "@")


def _not_a_formula(value: Any) -> Any:
    """Excel runs a cell that starts with = + - @ as a formula; a leading apostrophe keeps
    such text text (and is taken off again on import)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_csv(out: BinaryIO, headers: list[str], rows: Iterable[list[Any]]) -> None:
    handle = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_not_a_formula(_dutch_date(v)) for v in row])
    finally:
        handle.detach()  # flushes, and leaves `out` open for the writer to sync and move


def _dutch_date(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        year, month, day = value.split("-")
        return f"{day}-{month}-{year}"
    return value


def _write_xlsx(out: BinaryIO, headers: list[str], rows: Iterable[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Deelnemers"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(
            [
                dt.date.fromisoformat(v)
                if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)
                else v
                for v in row
            ]
        )
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: never a formula
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(40, max(10, width + 2))
    sheet.freeze_panes = "A2"
    workbook.save(out)

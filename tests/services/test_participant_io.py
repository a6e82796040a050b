"""Import and export of participant lists, with rows made by hypothesis."""

from __future__ import annotations

import csv
import datetime as dt
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from sioo_desk.domain.enums import ParticipantStatus
from sioo_desk.services.participant_io import (
    ImportFileError,
    commit_import,
    export_participants,
    parse_dutch_date,
    preview_import,
)
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database
from sioo_desk.store.output import OutputError

HEADER = ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Telefoon", "Gemeente", "Aanhef"]


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    header: list[str] = HEADER,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def new_cohort(db: Database) -> int:
    from sioo_desk.domain.models import Cohort, Programme

    with db.session() as s:
        programme = s.query(Programme).one()
        cohort = Cohort(programme_id=programme.id, code="NIEUW", name="Leergang 2027–2028")
        s.add(cohort)
        s.flush()
        return cohort.id


def count(db: Database) -> int:
    return int(db.read("SELECT count(*) FROM participants")[0][0])


JAN = ["Jan", "van der", "Berg", "jan@utrecht.nl", "0612345678", "Utrecht", "heer"]
SOPHIE = ["Sophie", "de", "Vries", "sophie@utrecht.nl", "", "Utrecht", "mevrouw"]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_csv_as_dutch_excel_writes_it(
    demo_db: Database, tmp_path: Path, delimiter: str, encoding: str
) -> None:
    cohort = new_cohort(demo_db)
    path = write_csv(
        tmp_path / "aanmeldingen.csv", [JAN, SOPHIE], delimiter=delimiter, encoding=encoding
    )
    preview = preview_import(demo_db, cohort, path)
    assert preview.ok, preview.messages()
    ids = commit_import(demo_db, preview).result
    people = {p.id: p for p in list_participants(demo_db, cohort)}
    assert sorted(people) == sorted(ids)
    jan = next(p for p in people.values() if p.surname == "Berg")
    assert (jan.tussenvoegsel, jan.phone, jan.status) == (
        "van der",
        "06-12345678",
        ParticipantStatus.REGISTERED,
    )


def test_xlsx_with_other_column_names(demo_db: Database, tmp_path: Path) -> None:
    cohort = new_cohort(demo_db)
    header = ["Roepnaam", "tv", "Familienaam", "E-mailadres", "Werkgever", "Aanmelddatum"]
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [["Şahin", "", "Yıldız", "s.yildiz@amersfoort.nl", "Amersfoort", dt.datetime(2026, 9, 1)]],
        header,
    )
    preview = preview_import(demo_db, cohort, path)
    assert preview.ok and preview.rows[0].data is not None
    assert preview.rows[0].data.registered_on == dt.date(2026, 9, 1)
    assert preview.rows[0].data.municipality == "Amersfoort"


def test_every_bad_row_is_named_and_nothing_is_written(demo_db: Database, tmp_path: Path) -> None:
    cohort = new_cohort(demo_db)
    before = count(demo_db)
    rows = [
        JAN,
        ["Piet", "", "", "piet@ede.nl", "", "Ede", ""],  # no surname
        ["Kees", "", "Bakker", "kees@", "", "Ede", ""],  # bad e-mail
        ["Anna", "", "Smit", "anna@ede.nl", "12345", "Ede", "juffrouw"],  # phone, salutation
        ["Jan", "van der", "Berg", "jan2@utrecht.nl", "", "Utrecht", ""],  # same name + town
        ["Jan", "", "Jansen", "JAN@utrecht.nl", "", "Zeist", ""],  # same e-mail as row 2
    ]
    preview = preview_import(demo_db, cohort, write_csv(tmp_path / "fout.csv", rows))
    assert not preview.ok
    assert preview.messages() == [
        "Rij 3, Achternaam: is verplicht.",
        "Rij 4, E-mail: 'kees@' is geen geldig e-mailadres.",
        "Rij 5, Aanhef: 'juffrouw' is geen aanhef (mevrouw, heer of leeg).",
        "Rij 5, Telefoon: '12345' is geen Nederlands telefoonnummer (10 cijfers, bijvoorbeeld "
        "06-12345678 of 030-2913000).",
        "Rij 6, Achternaam: Berg uit Utrecht staat ook in rij 2.",
        "Rij 7, E-mail: jan@utrecht.nl staat ook in rij 2.",
    ]
    with pytest.raises(ImportFileError, match="Niets geïmporteerd"):
        commit_import(demo_db, preview)
    assert count(demo_db) == before


def test_duplicates_of_participants_already_in_the_cohort(
    demo_db: Database, tmp_path: Path
) -> None:
    reference = next(p for p in list_participants(demo_db, 1) if p.surname == "Berg")
    row = ["Jan", "van der", "Berg", reference.email, "", "Utrecht", ""]
    preview = preview_import(demo_db, 1, write_csv(tmp_path / "dubbel.csv", [row]))
    assert preview.messages() == [f"Rij 2, E-mail: {reference.email} staat al in het cohort."]


def test_an_import_may_not_fill_the_cohort_beyond_eighteen(
    demo_db: Database, tmp_path: Path
) -> None:
    cohort = new_cohort(demo_db)
    rows = [
        [f"Naam{i}", "", f"Achter{i}", f"p{i}@ede.nl", "", "Ede", "", "toegelaten"]
        for i in range(19)
    ]
    preview = preview_import(
        demo_db, cohort, write_csv(tmp_path / "vol.csv", rows, header=[*HEADER, "Status"])
    )
    assert [r.number for r in preview.error_rows] == [20]
    assert "boven het maximum van 18" in preview.messages()[0]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is leeg"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "oud Excel-bestand"),
        (b"%PDF-1.7\x00\x00binary", "geen spreadsheet"),
        (b"PK\x03\x04not a zip at all", "geen leesbare Excel-werkmap"),
        (b"Voornaam;Achternaam;E-mail\n", "alleen kopteksten"),
    ],
)
def test_files_that_are_not_participant_lists(
    demo_db: Database, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "bestand.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        preview_import(demo_db, 1, path)


def test_dates() -> None:
    assert parse_dutch_date("23-11-2026") == dt.date(2026, 11, 23)
    assert parse_dutch_date("1/9/26") == dt.date(2026, 9, 1)
    assert parse_dutch_date("2026-11-23") == dt.date(2026, 11, 23)
    for bad in ("31-02-2026", "2026-13-01", "gisteren", "23-11"):
        with pytest.raises(ValueError):
            parse_dutch_date(bad)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_people(
    demo_db: Database, tmp_path: Path, suffix: str
) -> None:
    source = new_cohort(demo_db)
    rows = [
        JAN,
        SOPHIE,
        ["Şahin", "", "Yıldız", "s@amersfoort.nl", "", "Amersfoort", "heer"],
        ["Anna", "", "=Formule", "anna@ede.nl", "", "Ede", "mevrouw"],
    ]
    commit_import(demo_db, preview_import(demo_db, source, write_csv(tmp_path / "in.csv", rows)))
    target = tmp_path / f"deelnemers{suffix}"
    assert export_participants(demo_db, source, target) == 4
    if suffix == ".csv":
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
        assert "Şahin" in raw.decode("utf-8-sig")
    else:
        sheet = load_workbook(target).active
        assert sheet["D1"].value == "Achternaam" and sheet.max_row == 5
        assert all(cell.data_type == "s" for cell in sheet["D"])  # no formula, ever
    from sioo_desk.domain.models import Cohort, Programme

    with demo_db.session() as s:
        again = Cohort(programme_id=s.query(Programme).one().id, code="OPNIEUW", name="Opnieuw")
        s.add(again)
        s.flush()
        again_id = again.id
    preview = preview_import(demo_db, again_id, target)
    assert preview.ok, preview.messages()
    exported = {(p.surname, p.tussenvoegsel, p.email) for p in list_participants(demo_db, source)}
    imported = {
        (r.values["surname"], r.values["tussenvoegsel"], r.values["email"]) for r in preview.rows
    }
    assert imported == exported


def test_an_export_of_a_running_cohort_is_no_registration_list(
    demo_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "lopend.csv"
    export_participants(demo_db, 1, target)
    preview = preview_import(demo_db, new_cohort(demo_db), target)
    assert not preview.ok
    assert "'afgerond' kan niet bij een aanmelding" in preview.messages()[0]


def test_export_refuses_other_formats_and_leaves_nothing(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(ImportFileError, match=r"\.xlsx of \.csv"):
        export_participants(demo_db, 1, folder / "lijst.pdf")
    assert list(folder.iterdir()) == []


# --- hypothesis: generated rows ----------------------------------------------------------------

letters = st.text(alphabet=string.ascii_letters + "éëïöüŞşŁłıÖ", min_size=1, max_size=12)
people = st.lists(
    st.tuples(
        letters,
        st.sampled_from(["", "van", "de", "van der", "'t", "ten"]),
        letters,
        st.sampled_from(["Utrecht", "Ede", "Zeist", "Assen", "Den Haag"]),
    ),
    min_size=1,
    max_size=18,
    unique_by=lambda t: (t[2].casefold(), t[0].casefold(), t[3]),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=people, as_xlsx=st.booleans())
def test_generated_valid_rows_import_whole(
    empty_db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[tuple[str, str, str, str]],
    as_xlsx: bool,
) -> None:
    from sioo_desk.services.demo import load_demo

    if not empty_db.read("SELECT count(*) FROM programmes")[0][0]:
        load_demo(empty_db, today=dt.date(2026, 11, 23))
    cohort = new_cohort_once(empty_db)
    folder = tmp_path_factory.mktemp("gen")
    table = [
        [first, tv, last, f"p{i}@voorbeeld.nl", "", town, ""]
        for i, (first, tv, last, town) in enumerate(rows)
    ]
    path = write_xlsx(folder / "g.xlsx", table) if as_xlsx else write_csv(folder / "g.csv", table)
    preview = preview_import(empty_db, cohort, path)
    assert preview.ok, preview.messages()
    assert [r.data.surname for r in preview.rows if r.data] == [
        last.strip() for _f, _t, last, _w in rows
    ]


def new_cohort_once(db: Database) -> int:
    found = db.read("SELECT id FROM cohorts WHERE code = 'NIEUW'")
    return int(found[0][0]) if found else new_cohort(db)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    bad_row=st.integers(min_value=0, max_value=4),
    field=st.sampled_from(["email", "phone", "surname", "gender"]),
)
def test_one_generated_bad_row_blocks_the_whole_import(
    demo_db: Database, tmp_path_factory: pytest.TempPathFactory, bad_row: int, field: str
) -> None:
    cohort = new_cohort_once(demo_db)
    table = [[f"V{i}", "", f"A{i}", f"x{i}@ede.nl", "", "Ede", ""] for i in range(5)]
    column = {"email": 3, "phone": 4, "surname": 2, "gender": 6}[field]
    table[bad_row][column] = {"email": "geen-adres", "phone": "0800", "surname": "", "gender": "?"}[
        field
    ]
    path = write_csv(tmp_path_factory.mktemp("bad") / "b.csv", table)
    before = count(demo_db)
    preview = preview_import(demo_db, cohort, path)
    assert [r.number for r in preview.error_rows] == [bad_row + 2]
    with pytest.raises(ImportFileError):
        commit_import(demo_db, preview)
    assert count(demo_db) == before


def test_missing_columns_leave_the_mapping_to_the_user(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"Naam;Plaats;Mail adres\nJan;Utrecht;jan@x.nl\n")
    preview = preview_import(demo_db, 1, path)
    assert not preview.ok and preview.rows == []
    assert "geen kolom voor Achternaam, Voornaam of Voorletters" in preview.missing
    assert "Niet gekoppelde kolommen: Naam, Plaats." in preview.missing
    with pytest.raises(ImportFileError, match="Niets geïmporteerd"):
        commit_import(demo_db, preview)
    mapped = preview_import(
        demo_db, new_cohort(demo_db), path, {0: "first_name", 1: "surname", 2: "email"}
    )
    assert mapped.ok, mapped.messages()


def test_windows_1252_with_a_byte_order_mark(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + "Voornaam;Achternaam;E-mail;Gemeente\nRené;Müller;rene@x.nl;Ede\n".encode("cp1252")
    )
    preview = preview_import(demo_db, new_cohort(demo_db), path)
    assert preview.ok, preview.missing or preview.messages()
    assert preview.rows[0].values["first_name"] == "René"


def test_xlsx_whose_stored_size_is_wrong(demo_db: Database, tmp_path: Path) -> None:
    import shutil
    import zipfile

    good = write_xlsx(tmp_path / "goed.xlsx", [JAN, SOPHIE])
    bad = tmp_path / "fout.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:G3"/>', b'<dimension ref="A1:C2"/>')
            target.writestr(item, data)
    shutil.copyfile(bad, tmp_path / "kopie.xlsx")
    preview = preview_import(demo_db, new_cohort(demo_db), bad)
    assert preview.ok and len(preview.rows) == 2


def test_export_into_a_missing_folder_is_a_dutch_message(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"lijst\.csv kan niet worden opgeslagen: de map .*weg"):
        export_participants(demo_db, 1, tmp_path / "weg" / "lijst.csv")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_that_fails_keeps_the_old_list(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target = tmp_path / f"lijst{suffix}"
    target.write_bytes(b"de vorige lijst")

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    with pytest.raises(OutputError, match="de schijf is vol"):
        export_participants(demo_db, 1, target)
    assert target.read_bytes() == b"de vorige lijst"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_an_import_is_undone_whole_and_redone(demo_db: Database, tmp_path: Path) -> None:
    cohort = new_cohort(demo_db)
    preview = preview_import(demo_db, cohort, write_csv(tmp_path / "in.csv", [JAN, SOPHIE]))
    edit = commit_import(demo_db, preview)
    ids = edit.result
    assert len(ids) == 2 and edit.changes.cohorts == {cohort} and edit.changes.whole == {cohort}
    assert edit.inverse is not None
    undo = edit.inverse(demo_db)
    assert list_participants(demo_db, cohort) == []
    assert undo.changes.cohorts == {cohort} and undo.changes.participants == set(ids)
    assert undo.inverse is not None
    undo.inverse(demo_db)
    assert sorted(p.id for p in list_participants(demo_db, cohort)) == sorted(ids)


# --- damaged files, and a cancelled import ------------------------------------------------------


def _workbook_bytes() -> bytes:
    import io

    book = Workbook()
    book.active.append(["Voornaam", "Achternaam", "E-mail"])
    book.active.append(["Jan", "Berg", "jan@utrecht.nl"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_WORKBOOK = _workbook_bytes()


def _damaged(data: st.DataObject) -> bytes:
    """Random bytes, or a real workbook cut short or with bytes changed."""
    kind = data.draw(st.sampled_from(["random", "cut", "changed", "zip-like", "text-like"]))
    if kind == "random":
        return data.draw(st.binary(max_size=400))
    if kind == "cut":
        return _WORKBOOK[: data.draw(st.integers(0, len(_WORKBOOK) - 1))]
    if kind == "changed":
        damaged = bytearray(_WORKBOOK)
        for _ in range(data.draw(st.integers(1, 20))):
            damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
        return bytes(damaged)
    if kind == "zip-like":
        return b"PK\x03\x04" + data.draw(st.binary(max_size=400))
    alphabet = list(b"abc;,\t\n\r\"'=\x00\x80\x81\xff\xfe")
    return bytes(data.draw(st.lists(st.sampled_from(alphabet), max_size=400)))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), suffix=st.sampled_from([".xlsx", ".csv", ".txt"]))
def test_any_bytes_give_a_preview_or_a_dutch_message(
    demo_db: Database, tmp_path: Path, data: st.DataObject, suffix: str
) -> None:
    from sioo_desk.domain.errors import SiooDeskError

    path = tmp_path / f"aanmeldingen{suffix}"
    path.write_bytes(_damaged(data))
    try:
        preview = preview_import(demo_db, 1, path)
    except SiooDeskError as error:
        assert "aanmeldingen" in str(error)  # the message names the file
    else:
        assert preview.cohort_id == 1


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        (
            "lijst.xlsx",
            b"\x8f\x03 garbage that is not a workbook",
            "lijst.xlsx is geen Excel-werkmap",
        ),
        ("lijst.xlsx", _WORKBOOK[:700], "lijst.xlsx is geen leesbare Excel-werkmap"),
        ("leeg.csv", b"", "leeg.csv is leeg"),
        (  # written by an old DOS program: ü is a byte Windows-1252 does not have
            "dos.csv",
            "Voornaam;Achternaam;E-mail\nJan;Berg;jan@x.nl\nRené;Müller;rene@x.nl\n".encode(
                "cp437"
            ),
            "dos.csv, rij 3: er staan tekens in die Sioo Desk niet kan lezen",
        ),
        ("kapot.txt", b"\xff\xfea", "kapot.txt is als Unicode-tekst opgeslagen maar is beschadigd"),
        ("quote.csv", b'Voornaam;Achternaam\nJan;"Berg' + b"x" * 140_000, "quote.csv, rij 2"),
    ],
)
def test_a_damaged_file_says_what_and_where(
    demo_db: Database, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        preview_import(demo_db, 1, path)


def test_excel_unicode_text_is_read(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Voornaam\tAchternaam\tE-mail\nŞahin\tYıldız\tsahin@x.nl\n".encode("utf-16"))
    preview = preview_import(demo_db, new_cohort(demo_db), path)
    assert preview.ok and preview.rows[0].values["surname"] == "Yıldız"


def test_a_cancelled_import_adds_no_one(demo_db: Database, tmp_path: Path) -> None:
    from sioo_desk.domain.errors import Cancelled

    cohort = new_cohort(demo_db)
    rows = [[f"K{i}", "", f"Achternaam{i}", f"k{i}@x.nl", "", "Ede", ""] for i in range(250)]
    preview = preview_import(demo_db, cohort, write_csv(tmp_path / "veel.csv", rows))
    before = count(demo_db)
    seen: list[int] = []

    def report(done: int, total: int, _what: str) -> None:
        seen.append(done)
        if done == 200:
            raise Cancelled

    with pytest.raises(Cancelled, match="niemand geïmporteerd"):
        commit_import(demo_db, preview, report=report)
    assert seen == [0, 100, 200]
    assert count(demo_db) == before

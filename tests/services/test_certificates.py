"""Certificates on the reference cohort: exactly the eligible get one, with the right text;
the register, re-issuing, revoking, verifying; and nothing half-done on any failure."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from sioo_desk.domain.enums import Verdict
from sioo_desk.domain.errors import Cancelled, SiooDeskError
from sioo_desk.services import certificates as certs
from sioo_desk.services import verdicts
from sioo_desk.services.changes import Kind
from sioo_desk.store import output
from sioo_desk.store.database import Database
from sioo_desk.store.output import OutputError

REFERENCE = 1
ISSUED_ON = dt.date(2012, 6, 28)
NOT_ELIGIBLE = {
    "Kees Bakker": ["inzet 77%, drempel 80%"],
    "Femke van Dam": ["eindoordeel voldoende"],
    "Dennis Kramer": ["teruggetrokken op 31 januari 2012", "nog geen eindoordeel"],
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The output folder: the database lives in tmp_path itself."""
    folder = tmp_path / "certificaten"
    folder.mkdir()
    return folder


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """Every font the file uses, and whether its program is embedded."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = bool(descriptor) and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_exactly_the_eligible_get_a_certificate_with_the_right_text(
    demo_db: Database, out: Path
) -> None:
    standings = certs.standings(demo_db, REFERENCE, ISSUED_ON)
    refused = {
        s.name.display_name: list(s.eligibility.reasons)
        for s in standings
        if not s.eligibility.eligible
    }
    assert refused == NOT_ELIGIBLE

    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, archive=True).result
    names = sorted(who.printed_name for who, _item, _path in result.issued)
    assert len(names) == 15 and "Şahin Yıldız" in names and "Łukasz Nowak" in names
    assert {s.name.display_name for s in result.not_eligible} == set(NOT_ELIGIBLE)
    numbers = [item.number for _who, item, _path in result.issued]
    assert numbers == [f"HRM-2011-{n:03d}" for n in range(1, 16)]
    assert len({item.code for _who, item, _path in result.issued}) == 15

    stored = {i.number: i for i in certs.register(demo_db, REFERENCE)}
    for who, item, path in result.issued:
        pdf = path.read_bytes()
        assert path.name == f"{item.number} {who.printed_name}.pdf"
        assert hashlib.sha256(pdf).hexdigest() == stored[item.number].pdf_sha256
        assert certs.stored_pdf(demo_db, item.id) == pdf
        text = text_of(pdf)
        for expected in (
            who.printed_name,
            item.number,
            item.code,
            "28 juni 2012",
            "23 november 2011",
            "27 juni 2012",
            "45 dagdelen",
            "360 uur",
            "De gemeentelijke HRM-adviseur als partner in business",
            "A+O fonds Gemeenten",
            "Hoogendoorn-de Wit",
        ):
            assert expected in text, (expected, who.printed_name)
        assert all(embedded for _name, embedded in fonts_of(pdf)), fonts_of(pdf)
        assert certs.verify(demo_db, item.code).valid
    assert result.combined is not None and len(PdfReader(result.combined).pages) == 15
    assert result.archive is not None
    import zipfile

    with zipfile.ZipFile(result.archive) as archive:
        assert len(archive.namelist()) == 16
    assert not [p for p in out.iterdir() if p.name.startswith(".")]

    again = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON).result
    assert again.issued == [] and len(again.already_issued) == 15


def test_verify_rejects_altered_unknown_and_tampered(demo_db: Database, out: Path) -> None:
    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, combined=False).result
    who, item, _path = result.issued[0]
    found = certs.verify(demo_db, item.code.lower())
    assert found.valid and found.name == who.printed_name and "28 juni 2012" in found.message
    raw = item.code.replace("-", "")
    swapped = raw[1] + raw[0] + raw[2:] if raw[0] != raw[1] else raw[2] + raw[1] + raw[0] + raw[3:]
    assert "typefout" in certs.verify(demo_db, swapped).message
    assert not certs.verify(demo_db, "niet een code").valid
    other = result.issued[1][1].code
    # Someone edits the register to put another name on a certificate: the code no longer fits.
    demo_db.engine  # noqa: B018 - open the SQLAlchemy engine for the write below
    with demo_db.session() as s:
        from sqlalchemy import text

        s.execute(
            text("UPDATE certificates SET printed_name = 'I. Postor' WHERE verification_code = :c"),
            {"c": other},
        )
    tampered = certs.verify(demo_db, other)
    assert not tampered.valid and "gewijzigd" in tampered.message


def test_reissue_keeps_the_number_and_revoke_needs_a_reason(demo_db: Database, out: Path) -> None:
    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, combined=False).result
    who, first, _path = next(r for r in result.issued if r[0].name.surname == "Yıldız")
    certs.set_printed_name(demo_db, who.participant_id, "Ş. (Şahin) Yıldız")
    with pytest.raises(certs.CertificateError, match="reden"):
        certs.reissue(demo_db, who.participant_id, " ", dt.date(2012, 7, 2), out)
    second, pdf = certs.reissue(
        demo_db, who.participant_id, "naam zoals de deelnemer hem wil", dt.date(2012, 7, 2), out
    ).result
    assert (second.number, second.version) == (first.number, 2)
    assert second.code != first.code and second.issued_on == dt.date(2012, 7, 2)
    assert "Ş. (Şahin) Yıldız" in text_of(pdf) and "versie 2" in text_of(pdf)
    assert (out / f"{first.number} v2 Ş. (Şahin) Yıldız.pdf").read_bytes() == pdf
    assert (out / f"{first.number} Şahin Yıldız.pdf").exists()  # version 1's file stays
    old = certs.verify(demo_db, first.code)
    assert not old.valid and "vervangen" in old.message
    assert certs.verify(demo_db, second.code).valid
    versions = [i for i in certs.register(demo_db, REFERENCE) if i.number == first.number]
    assert [(i.version, i.printed_name, i.superseded) for i in versions] == [
        (1, "Şahin Yıldız", True),
        (2, "Ş. (Şahin) Yıldız", False),
    ]

    with pytest.raises(certs.CertificateError, match="reden"):
        certs.revoke(demo_db, who.participant_id, "", dt.date(2012, 8, 1))
    certs.revoke(demo_db, who.participant_id, "fraude met het portfolio", dt.date(2012, 8, 1))
    revoked = certs.verify(demo_db, second.code)
    assert not revoked.valid and "ingetrokken op 1 augustus 2012" in revoked.message
    with pytest.raises(certs.CertificateError, match="al ingetrokken"):
        certs.revoke(demo_db, who.participant_id, "nog eens", dt.date(2012, 8, 2))
    # A revocation that proved a mistake is repaired by a new version; the revoked one stays.
    third, _pdf = certs.reissue(
        demo_db, who.participant_id, "intrekking was een vergissing", dt.date(2012, 8, 3), out
    ).result
    assert third.version == 3 and certs.verify(demo_db, third.code).valid
    assert "ingetrokken" in certs.verify(demo_db, second.code).message


def test_dates_of_issue_and_revocation_are_checked(demo_db: Database, out: Path) -> None:
    with pytest.raises(certs.CertificateError, match="vóór het einde van de leergang"):
        certs.issue_batch(demo_db, REFERENCE, out, dt.date(2011, 12, 1), today=ISSUED_ON)
    late = next(
        s for s in certs.standings(demo_db, REFERENCE, ISSUED_ON) if s.name.surname == "Berg"
    )
    verdicts.record(
        demo_db,
        late.participant_id,
        verdicts.VerdictInput(Verdict.GOED, "Later beoordeeld.", dt.date(2012, 7, 5)),
        today=dt.date(2012, 7, 5),
    )
    with pytest.raises(certs.CertificateError, match="vóór het eindoordeel van Jan van der Berg"):
        certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, today=dt.date(2012, 7, 6))
    verdicts.record(
        demo_db,
        late.participant_id,
        verdicts.VerdictInput(Verdict.GOED, "Beoordeeld.", dt.date(2012, 6, 27)),
        today=ISSUED_ON,
    )
    with pytest.raises(certs.CertificateError, match="in de toekomst"):
        certs.issue_batch(demo_db, REFERENCE, out, dt.date(2012, 7, 1), today=ISSUED_ON)
    assert certs.register(demo_db) == [] and list(out.iterdir()) == []
    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, today=ISSUED_ON).result
    who = result.issued[0][0]
    with pytest.raises(certs.CertificateError, match="vóór versie 1"):
        certs.reissue(demo_db, who.participant_id, "naam", dt.date(2012, 6, 27), out, ISSUED_ON)
    with pytest.raises(certs.CertificateError, match="vóór de uitreiking"):
        certs.revoke(demo_db, who.participant_id, "reden", dt.date(2000, 1, 1))
    with pytest.raises(certs.CertificateError, match="mag niet in de toekomst"):
        certs.revoke(demo_db, who.participant_id, "reden", dt.date(2030, 1, 1), ISSUED_ON)
    # A verdict cannot move past the date of the certificate it carries.
    with pytest.raises(verdicts.VerdictError, match="na de uitreiking"):
        verdicts.record(
            demo_db,
            who.participant_id,
            verdicts.VerdictInput(Verdict.GOED, "Toch later.", dt.date(2012, 8, 1)),
            today=dt.date(2012, 8, 2),
        )


def test_no_certificate_before_the_programme_has_ended(demo_db: Database, out: Path) -> None:
    current = 2  # the cohort in progress on 23 November 2026
    someone = certs.standings(demo_db, current, dt.date(2026, 11, 23))[0]
    verdicts.record(
        demo_db,
        someone.participant_id,
        verdicts.VerdictInput(Verdict.GOED, "Te vroeg.", dt.date(2026, 11, 23)),
        today=dt.date(2026, 11, 23),
    )
    found = next(
        s
        for s in certs.standings(demo_db, current, dt.date(2026, 11, 23))
        if s.participant_id == someone.participant_id
    )
    assert not found.eligibility.eligible
    assert found.eligibility.reasons[0].startswith("programma nog niet afgelopen: nog ")
    result = certs.issue_batch(demo_db, current, out, dt.date(2026, 11, 23)).result
    assert result.issued == []


def test_a_drive_without_hard_links_still_gets_the_files(
    demo_db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(_src: object, _dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON).result
    assert len(result.issued) == 15
    assert all(path.read_bytes().startswith(b"%PDF") for _w, _i, path in result.issued)


def test_an_earlier_batch_is_never_overwritten(demo_db: Database, out: Path) -> None:
    first = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, archive=True).result
    assert first.archive is not None and first.archive.name == "Certificaten HRM-2011-001–015.zip"
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    dam = next(s for s in first.not_eligible if s.name.surname == "Dam")
    verdicts.record(
        demo_db,
        dam.participant_id,
        verdicts.VerdictInput(Verdict.GOED, "Na aanvulling.", ISSUED_ON),
        today=ISSUED_ON,
    )
    # A file in the way is refused, and nothing is registered.
    blocking = out / "HRM-2011-016 Femke van Dam.pdf"
    blocking.write_bytes(b"van iemand anders")
    with pytest.raises(
        OutputError,
        match=r"^Er is niets uitgereikt en er zijn geen bestanden geschreven: in .* staat al "
        r"HRM-2011-016 Femke van Dam\.pdf\. Kies",
    ):
        certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON)
    assert blocking.read_bytes() == b"van iemand anders"
    assert len(certs.register(demo_db, REFERENCE)) == 15
    blocking.unlink()
    second = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, archive=True).result
    assert [w.printed_name for w, _i, _p in second.issued] == ["Femke van Dam"]
    assert second.archive is not None
    assert second.archive.name == "Certificaten HRM-2011-016.zip"
    assert all((out / name).read_bytes() == content for name, content in before.items())


@pytest.mark.parametrize("stop_at", [0, 7, 15])
def test_a_cancelled_batch_leaves_nothing(demo_db: Database, out: Path, stop_at: int) -> None:
    """`report` raises Cancelled (as the worker's does once Cancel was pressed): before the
    first certificate, midway, or after the last one (before the files are placed)."""
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int, _what: str) -> None:
        seen.append((done, total))
        if done == stop_at:
            raise Cancelled

    before = demo_db.read("SELECT count(*) FROM attachments")
    with pytest.raises(Cancelled, match="niets uitgereikt en er zijn geen bestanden"):
        certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, archive=True, report=report)
    assert seen == [(n, 15) for n in range(stop_at + 1)]
    assert certs.register(demo_db, REFERENCE) == []
    assert demo_db.read("SELECT count(*) FROM attachments") == before
    assert list(out.iterdir()) == []  # not even the hidden staging folder


def test_a_folder_that_cannot_be_written_registers_nothing(
    demo_db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nothing = "^Er is niets uitgereikt en er zijn geen bestanden geschreven: "
    with pytest.raises(OutputError, match=rf"{nothing}de map .*weg bestaat niet\.$"):
        certs.issue_batch(demo_db, REFERENCE, out / "weg", ISSUED_ON)
    a_file = out / "bestand.pdf"
    a_file.write_bytes(b"")
    with pytest.raises(OutputError, match=rf"{nothing}.*bestand\.pdf is geen map\.$"):
        certs.issue_batch(demo_db, REFERENCE, a_file, ISSUED_ON)

    # The tests may run as root, who may write anywhere: the refusal is simulated.
    def refuse(**_kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.tempfile, "mkdtemp", refuse)
    with pytest.raises(OutputError, match=rf"{nothing}geen schrijfrechten in de map "):
        certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON)
    assert certs.register(demo_db, REFERENCE) == []
    assert [p.name for p in out.iterdir()] == ["bestand.pdf"]


def test_a_failure_while_moving_files_into_place_undoes_them(
    demo_db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = os.link

    def flaky(src: object, dst: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "link", flaky)
    with pytest.raises(
        OutputError,
        match=r"^Er is niets uitgereikt en er zijn geen bestanden geschreven: HRM-2011-005 .*\.pdf "
        r"kan niet worden opgeslagen in .*: de schijf is vol\.$",
    ):
        certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON)
    assert list(out.iterdir()) == []
    assert certs.register(demo_db, REFERENCE) == []


def test_a_name_the_font_cannot_show_is_refused_before_anything(
    demo_db: Database, out: Path
) -> None:
    who = certs.standings(demo_db, REFERENCE, ISSUED_ON)[1]
    with pytest.raises(certs.CertificateError, match="U\\+674E"):
        certs.set_printed_name(demo_db, who.participant_id, "李 Jan van der Berg")
    assert certs.standings(demo_db, REFERENCE, ISSUED_ON)[1].printed_name == who.printed_name


def test_verdicts_are_checked_and_a_certificate_holds_the_verdict(
    demo_db: Database, out: Path
) -> None:
    bakker = next(
        s for s in certs.standings(demo_db, REFERENCE, ISSUED_ON) if s.name.surname == "Bakker"
    )
    bad = verdicts.VerdictInput(Verdict.GOED, "", dt.date(2030, 1, 1))
    with pytest.raises(verdicts.VerdictError) as caught:
        verdicts.record(demo_db, bakker.participant_id, bad, today=ISSUED_ON)
    assert "Motivering" in str(caught.value) and "toekomst" in str(caught.value)

    dam = next(s for s in certs.standings(demo_db, REFERENCE, ISSUED_ON) if s.name.surname == "Dam")
    good = verdicts.VerdictInput(Verdict.GOED, "Herbeoordeeld na aanvulling.", ISSUED_ON)
    before = verdicts.record(demo_db, dam.participant_id, good, today=ISSUED_ON).result
    assert before is not None and before.verdict is Verdict.VOLDOENDE
    recorded = verdicts.verdict_of(demo_db, dam.participant_id)
    assert recorded is not None and recorded.recorded_by and recorded.recorded_at
    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, combined=False).result
    assert "Femke van Dam" in [w.printed_name for w, _i, _p in result.issued]
    with pytest.raises(verdicts.VerdictError, match="Trek het certificaat eerst in"):
        verdicts.record(demo_db, dam.participant_id, before, today=ISSUED_ON)


def test_recorded_effort_counts_when_attendance_was_not_kept(demo_db: Database) -> None:
    with demo_db.session() as s:
        from sqlalchemy import text

        s.execute(text("DELETE FROM attendance"))
        s.execute(text("DELETE FROM half_days"))
    found = {s.name.surname: s for s in certs.standings(demo_db, REFERENCE, ISSUED_ON)}
    assert found["Berg"].effort_percent is None
    assert found["Berg"].eligibility.reasons[0].startswith("inzet onbekend")
    verdicts.record(
        demo_db,
        found["Berg"].participant_id,
        verdicts.VerdictInput(Verdict.GOED, "Overtuigend.", ISSUED_ON, None, 90),
        today=ISSUED_ON,
    )
    again = {s.name.surname: s for s in certs.standings(demo_db, REFERENCE, ISSUED_ON)}
    assert again["Berg"].effort_source == "vastgelegd" and again["Berg"].eligibility.eligible


def test_signatures_are_images_and_appear_on_the_certificate(demo_db: Database, out: Path) -> None:
    from PIL import Image

    signatory = certs.signers(demo_db, REFERENCE).signatory
    assert signatory is not None and signatory.function == "rector Sioo"
    rector = signatory.person_id
    with pytest.raises(SiooDeskError, match="geen PNG- of JPEG"):
        certs.set_signature(demo_db, rector, b"%PDF-1.4 niet een plaatje", "hand.pdf")
    with pytest.raises(SiooDeskError, match="beschadigd"):
        certs.set_signature(demo_db, rector, b"\x89PNG\r\n\x1a\nkapot", "hand.png")
    buffer = io.BytesIO()
    Image.new("RGB", (300, 80), "white").save(buffer, "PNG")
    certs.set_signature(demo_db, rector, buffer.getvalue(), "hand.png")
    assert certs.signature(demo_db, rector) == buffer.getvalue()
    result = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, combined=False).result
    pdf = PdfReader(result.issued[0][2])
    assert pdf.pages[0]["/Resources"]["/XObject"]  # the QR code and the signature
    assert len(pdf.pages[0]["/Resources"]["/XObject"]) == 2
    text = text_of(result.issued[0][2].read_bytes())
    assert "prof. dr. R.J. van Dijk" in text and "rector Sioo" in text
    certs.set_signature(demo_db, rector, None)
    assert certs.signature(demo_db, rector) is None


def test_a_cohort_without_a_signatory_is_refused_without_a_fallback(
    demo_db: Database, out: Path
) -> None:
    from sioo_desk.domain.models import Cohort

    with demo_db.session() as s:
        s.get_one(Cohort, REFERENCE).signatory_id = None
    with pytest.raises(certs.CertificateError) as refused:
        certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON)
    assert str(refused.value) == (
        "Cohort Leergang 2011–2012 heeft geen ondertekenaar; kies er een bij Cohort ▸ Bewerken."
    )
    assert certs.register(demo_db) == [] and list(out.iterdir()) == []


def test_the_preview_is_marked_and_registers_nothing(demo_db: Database) -> None:
    who = certs.standings(demo_db, REFERENCE, ISSUED_ON)[1]
    text = text_of(certs.preview_pdf(demo_db, who.participant_id, ISSUED_ON))
    assert "VOORBEELD" in text and who.printed_name in text
    assert certs.register(demo_db) == []


def test_names_are_composed_and_must_fit_one_line(demo_db: Database) -> None:
    who = certs.standings(demo_db, REFERENCE, ISSUED_ON)[1]
    decomposed = "Nguye\u0302\u0303n Van An"
    certs.set_printed_name(demo_db, who.participant_id, decomposed)
    stored = next(
        s
        for s in certs.standings(demo_db, REFERENCE, ISSUED_ON)
        if s.participant_id == who.participant_id
    )
    assert stored.printed_name == "Nguyễn Van An"
    with pytest.raises(certs.CertificateError, match="onzichtbaar teken \\(U\\+200B\\)"):
        certs.set_printed_name(demo_db, who.participant_id, "Jan\u200b van der Berg")
    assert certs.file_name("HRM-2011-001", "Jan / Piet") == "HRM-2011-001 Jan Piet.pdf"
    with pytest.raises(certs.CertificateError, match="past niet op één regel"):
        certs.set_printed_name(demo_db, who.participant_id, "Jan " * 40 + "van der Berg")


def test_a_verdict_names_its_participant_and_undoes_and_redoes(demo_db: Database) -> None:
    dam = next(s for s in certs.standings(demo_db, REFERENCE, ISSUED_ON) if s.name.surname == "Dam")
    good = verdicts.VerdictInput(Verdict.GOED, "Herbeoordeeld na aanvulling.", ISSUED_ON)
    edit = verdicts.record(demo_db, dam.participant_id, good, today=ISSUED_ON)
    assert edit.changes.cohorts == {REFERENCE} and edit.changes.closing == {dam.participant_id}
    assert edit.changes.touches(REFERENCE, Kind.CLOSING)
    assert not edit.changes.touches(REFERENCE, Kind.ATTENDANCE, Kind.PARTICIPANTS)
    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    found = verdicts.verdict_of(demo_db, dam.participant_id)
    assert found is not None and found.data == edit.result
    assert found.data.verdict is Verdict.VOLDOENDE and back.result == good
    assert back.inverse is not None
    back.inverse(demo_db)  # redo
    again = verdicts.verdict_of(demo_db, dam.participant_id)
    assert again is not None and again.data == good


def test_the_printed_name_undoes_and_redoes(demo_db: Database) -> None:
    who = certs.standings(demo_db, REFERENCE, ISSUED_ON)[1]

    def shown() -> str:
        return next(
            s.printed_name
            for s in certs.standings(demo_db, REFERENCE, ISSUED_ON)
            if s.participant_id == who.participant_id
        )

    edit = certs.set_printed_name(demo_db, who.participant_id, "J.H. (Jan) van der Berg")
    assert edit.result == "" and edit.changes.closing == {who.participant_id}
    assert edit.changes.cohorts == {REFERENCE}
    assert shown() == "J.H. (Jan) van der Berg"
    assert edit.inverse is not None
    back = edit.inverse(demo_db)
    assert shown() == who.printed_name
    assert back.inverse is not None
    back.inverse(demo_db)
    assert shown() == "J.H. (Jan) van der Berg"


def test_a_signature_undoes_to_the_former_image_and_redoes(demo_db: Database) -> None:
    from PIL import Image

    images = []
    for colour in ("white", "black"):
        buffer = io.BytesIO()
        Image.new("RGB", (30, 8), colour).save(buffer, "PNG")
        images.append(buffer.getvalue())
    manager = certs.signers(demo_db, REFERENCE).programme_manager
    assert manager is not None
    pm = manager.person_id
    first = certs.set_signature(demo_db, pm, images[0], "wit.png")
    assert first.changes.people == {pm}
    second = certs.set_signature(demo_db, pm, images[1], "zwart.png")
    assert second.inverse is not None
    back = second.inverse(demo_db)
    assert certs.signature(demo_db, pm) == images[0]
    assert back.inverse is not None
    back.inverse(demo_db)
    assert certs.signature(demo_db, pm) == images[1]
    removed = certs.set_signature(demo_db, pm, None)
    assert certs.signature(demo_db, pm) is None
    assert removed.inverse is not None
    removed.inverse(demo_db)
    assert certs.signature(demo_db, pm) == images[1]
    assert first.inverse is not None
    first.inverse(demo_db)
    assert certs.signature(demo_db, pm) is None


def test_issuing_re_issuing_and_revoking_cannot_be_undone(demo_db: Database, out: Path) -> None:
    issued = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON, combined=False)
    assert not issued.undoable
    assert issued.changes.cohorts == {REFERENCE}
    assert issued.changes.closing == {w.participant_id for w, _i, _p in issued.result.issued}
    assert len(issued.changes.closing) == 15
    nothing = certs.issue_batch(demo_db, REFERENCE, out, ISSUED_ON)
    assert not nothing.undoable and not nothing.changes.closing
    who = issued.result.issued[0][0]
    again = certs.reissue(demo_db, who.participant_id, "naam", dt.date(2012, 7, 2), out)
    assert not again.undoable and again.changes.closing == {who.participant_id}
    assert again.result[0].version == 2
    revoked = certs.revoke(demo_db, who.participant_id, "vergissing", dt.date(2012, 8, 1))
    assert not revoked.undoable and revoked.changes.closing == {who.participant_id}
    assert revoked.changes.cohorts == {REFERENCE}
    assert revoked.result.revoked_on == dt.date(2012, 8, 1) and revoked.result.version == 2


def test_two_batches_at_once_make_one_secret(demo_db: Database) -> None:
    """Two colleagues issue the first certificates at the same moment: the second waits for
    the first one's new key and uses it, rather than failing on the key's uniqueness."""
    import threading
    import time

    from sqlalchemy import text

    with demo_db.session() as s:
        s.execute(text("DELETE FROM settings WHERE key = :key"), {"key": certs.SECRET_KEY})
    made = threading.Event()
    secrets: dict[str, bytes] = {}
    failed: list[BaseException] = []

    def batch(name: str, wait_for: threading.Event | None) -> None:
        try:
            if wait_for is not None:
                wait_for.wait(10)
            with demo_db.another() as db, db.session() as s:
                secrets[name] = certs._secret(s)
                if wait_for is None:
                    made.set()
                    time.sleep(0.3)  # the key made, not yet committed, as the other asks
        except BaseException as error:  # handed to the test's thread
            failed.append(error)

    threads = [
        threading.Thread(target=batch, args=("first", None)),
        threading.Thread(target=batch, args=("second", made)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failed == []
    assert secrets["first"] == secrets["second"] and len(secrets["first"]) == 32
    assert demo_db.read(
        "SELECT count(*) FROM settings WHERE key = :k", {"k": certs.SECRET_KEY}
    ) == [(1,)]

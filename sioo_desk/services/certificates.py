"""Certificates of participation: who is eligible and why not, issuing them one by one or for
a whole cohort, the register (number, version, date, code, SHA-256 of the PDF, the PDF itself),
re-issuing with a corrected name, revoking, and verifying a code without a server.

A certificate is registered only together with its PDF: the files are written to a hidden
folder beside their destination and moved into place just before the register is committed;
any failure or a cancel removes them again and leaves the register as it was."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sioo_desk.domain import certificate_code
from sioo_desk.domain.certification import Eligibility, eligibility
from sioo_desk.domain.enums import Verdict
from sioo_desk.domain.errors import Cancelled, NotFoundError, SiooDeskError
from sioo_desk.domain.formatting import long_date
from sioo_desk.domain.names import PersonName
from sioo_desk.services import pdf_fonts
from sioo_desk.services.certificate_pdf import CertificateText, fits_on_one_line, render
from sioo_desk.services.changes import Changes, Edit, actor, final
from sioo_desk.services.long_work import Report, quiet
from sioo_desk.services.staff import set_signature as set_signature  # the person's signature
from sioo_desk.services.staff import signature as signature
from sioo_desk.services.values import as_date, as_datetime
from sioo_desk.store.database import Database
from sioo_desk.store.output import BatchRefused, OutputError, Staging

SECRET_KEY = "certificates.secret"
_LISTED = "('admitted', 'active', 'completed', 'withdrawn')"


class CertificateError(SiooDeskError):
    pass


@dataclass(frozen=True)
class Issued:
    id: int
    participant_id: int
    number: str
    version: int
    code: str
    issued_on: dt.date
    printed_name: str
    pdf_sha256: str
    issued_at: dt.datetime | None = None
    issued_by: str = ""
    reissue_reason: str = ""
    revoked_on: dt.date | None = None
    revoke_reason: str = ""
    superseded: bool = False

    @property
    def valid(self) -> bool:
        return self.revoked_on is None and not self.superseded


@dataclass(frozen=True)
class Standing:
    """One participant at the end of the programme."""

    participant_id: int
    name: PersonName
    printed_name: str
    status: str
    withdrawn_on: dt.date | None
    effort_percent: float | None
    effort_source: str  # "aanwezigheid", "vastgelegd" or ""
    threshold_percent: int
    verdict: Verdict | None
    motivation: str
    assessed_on: dt.date | None
    assessor: str
    recorded_by: str
    recorded_at: dt.datetime | None
    eligibility: Eligibility
    certificate: Issued | None  # the latest version


@dataclass
class BatchResult:
    issued: list[tuple[Standing, Issued, Path]] = field(default_factory=list)
    not_eligible: list[Standing] = field(default_factory=list)
    already_issued: list[Standing] = field(default_factory=list)
    combined: Path | None = None
    archive: Path | None = None


@dataclass(frozen=True)
class Verification:
    valid: bool
    message: str
    certificate: Issued | None = None
    name: str = ""
    programme: str = ""
    cohort: str = ""


# -- who is eligible --------------------------------------------------------------------------


def printed_name(name: PersonName, chosen: str) -> str:
    """The name as the participant wants it printed; by default first name and surname. In
    composed form (NFC), so that 'ễ' typed as e + two accents prints and verifies as one."""
    return unicodedata.normalize("NFC", " ".join(chosen.split()) or name.display_name)


def standings(db: Database, cohort_id: int, today: dt.date) -> list[Standing]:
    from sioo_desk.services.attendance import effort_figures, effort_settings

    threshold = effort_settings(db, cohort_id).threshold_percent
    # A participant of whom no half-day at all was recorded had their attendance kept
    # elsewhere: then the figure recorded with the verdict counts, not a register of blanks.
    figures = effort_figures(db, cohort_id, today)
    measured = {
        f.participant_id: f.effort.percentage
        for f in figures
        if f.effort.attended + f.effort.absent + f.effort.excused > 0
    }
    to_come = {f.participant_id: f.effort.remaining for f in figures}
    latest = _latest_by_participant(db, cohort_id)
    rows = db.read(
        f"""SELECT p.id, p.first_name, p.initials, p.tussenvoegsel, p.surname, p.status,
                   p.withdrawn_on, p.certificate_name, a.verdict, a.motivation, a.assessed_on,
                   a.recorded_effort_percent, a.recorded_by, a.recorded_at,
                   pe.first_name, pe.initials, pe.tussenvoegsel, pe.surname
            FROM participants p
            LEFT JOIN assessments a ON a.participant_id = p.id
            LEFT JOIN people pe ON pe.id = a.assessor_id
            WHERE p.cohort_id = :c AND p.status IN {_LISTED}""",
        {"c": cohort_id},
    )
    out = []
    for r in rows:
        pid = int(r[0])
        name = PersonName(r[4], r[1], r[2], r[3])
        effort, source = measured.get(pid), "aanwezigheid"
        if effort is None and r[11] is not None:
            effort, source = float(r[11]), "vastgelegd"
        elif effort is None:
            source = ""
        verdict = Verdict(r[8]) if r[8] else None
        withdrawn_on = as_date(r[6])
        out.append(
            Standing(
                participant_id=pid,
                name=name,
                printed_name=printed_name(name, r[7] or ""),
                status=r[5],
                withdrawn_on=withdrawn_on,
                effort_percent=effort,
                effort_source=source,
                threshold_percent=threshold,
                verdict=verdict,
                motivation=r[9] or "",
                assessed_on=as_date(r[10]),
                assessor=PersonName(r[17], r[14], r[15], r[16]).display_name if r[17] else "",
                recorded_by=r[12] or "",
                recorded_at=as_datetime(r[13]),
                eligibility=eligibility(
                    effort_percent=effort,
                    threshold_percent=threshold,
                    verdict=verdict,
                    withdrawn_on=withdrawn_on,
                    withdrawn=r[5] == "withdrawn",
                    half_days_to_come=to_come.get(pid, 0),
                ),
                certificate=latest.get(pid),
            )
        )
    return sorted(out, key=lambda s: s.name.sort_key)


def standing(db: Database, participant_id: int, today: dt.date) -> Standing:
    rows = db.read("SELECT cohort_id FROM participants WHERE id = :p", {"p": participant_id})
    if not rows:
        raise NotFoundError("Deelnemer", participant_id)
    found = [s for s in standings(db, int(rows[0][0]), today) if s.participant_id == participant_id]
    if not found:
        raise CertificateError("Deze deelnemer is niet toegelaten tot de leergang.")
    return found[0]


# -- the register -----------------------------------------------------------------------------

_REGISTER = """SELECT c.id, c.participant_id, c.number, c.version, c.verification_code,
                      c.issued_on, c.printed_name, c.pdf_sha256, c.issued_at, c.issued_by,
                      c.reissue_reason, c.revoked_on, c.revoke_reason,
                      c.version < (SELECT MAX(version) FROM certificates x WHERE x.number = c.number)
               FROM certificates c"""


def _issued(r: Any) -> Issued:
    return Issued(
        id=int(r[0]),
        participant_id=int(r[1]),
        number=r[2],
        version=int(r[3]),
        code=r[4],
        issued_on=as_date(r[5]) or dt.date.min,
        printed_name=r[6],
        pdf_sha256=r[7],
        issued_at=as_datetime(r[8]),
        issued_by=r[9] or "",
        reissue_reason=r[10] or "",
        revoked_on=as_date(r[11]),
        revoke_reason=r[12] or "",
        superseded=bool(r[13]),
    )


def register(db: Database, cohort_id: int | None = None) -> list[Issued]:
    """Every version of every certificate, by number and version."""
    if cohort_id is None:
        rows = db.read(_REGISTER + " ORDER BY c.number, c.version")
    else:
        rows = db.read(
            _REGISTER + " JOIN participants p ON p.id = c.participant_id"
            " WHERE p.cohort_id = :c ORDER BY c.number, c.version",
            {"c": cohort_id},
        )
    return [_issued(r) for r in rows]


def _latest_by_participant(db: Database, cohort_id: int) -> dict[int, Issued]:
    latest: dict[int, Issued] = {}
    for item in register(db, cohort_id):
        if not item.superseded:
            latest[item.participant_id] = item
    return latest


def stored_pdf(db: Database, certificate_id: int) -> bytes:
    """The PDF exactly as it was issued, kept in the database."""
    rows = db.read(
        """SELECT a.data FROM certificates c JOIN attachments a ON a.id = c.attachment_id
           WHERE c.id = :c""",
        {"c": certificate_id},
    )
    if not rows:
        raise NotFoundError("Certificaat", certificate_id)
    return bytes(rows[0][0])


# -- the secret, the number and the text --------------------------------------------------------


def _secret(s: Any) -> bytes:
    """The key behind every certificate code, made by the first batch. Made and read in two
    statements that cannot race: a get-then-add would let two batches (two colleagues, the
    same moment) both find none and the second fail on the key's uniqueness. SQLite and
    PostgreSQL both know ON CONFLICT DO NOTHING."""
    from sqlalchemy import text

    s.execute(
        text("INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT DO NOTHING"),
        {"key": SECRET_KEY, "value": json.dumps(secrets.token_hex(32))},
    )
    value = s.execute(
        text("SELECT value FROM settings WHERE key = :key"), {"key": SECRET_KEY}
    ).scalar_one()
    return bytes.fromhex(json.loads(value))


def _next_numbers(s: Any, cohort_code: str, count: int) -> list[str]:
    from sqlalchemy import select

    from sioo_desk.domain.models import Certificate

    prefix = f"{cohort_code}-"
    used = [
        int(n[len(prefix) :])
        for n in s.scalars(select(Certificate.number).where(Certificate.number.like(prefix + "%")))
        if n[len(prefix) :].isdigit()
    ]
    start = max(used, default=0) + 1
    return [f"{prefix}{n:03d}" for n in range(start, start + count)]


def _formal(title: str, name: PersonName) -> str:
    return " ".join(p for p in (title.strip(), name.formal_name) if p)


@dataclass(frozen=True)
class Signer:
    """Someone who signs the cohort's certificates and letters, as printed."""

    person_id: int
    name: str  # with title: "prof. dr. R.J. van Dijk"
    function: str  # "rector Sioo", "programmamanager"
    signature: bytes | None


@dataclass(frozen=True)
class Signers:
    cohort: str
    programme_manager: Signer | None
    signatory: Signer | None


def signers(db: Database, cohort_id: int) -> Signers:
    """The cohort's programme manager and signatory (None where the cohort names nobody)."""
    rows = db.read(
        """SELECT c.name, c.programme_manager_id, c.signatory_id FROM cohorts c
           WHERE c.id = :c""",
        {"c": cohort_id},
    )
    if not rows:
        raise NotFoundError("Cohort", cohort_id)
    name, manager_id, signatory_id = rows[0]
    return Signers(name, _signer(db, manager_id), _signer(db, signatory_id))


def _signer(db: Database, person_id: int | None) -> Signer | None:
    if person_id is None:
        return None
    rows = db.read(
        """SELECT p.title, p.first_name, p.initials, p.tussenvoegsel, p.surname, p.function
           FROM people p WHERE p.id = :p""",
        {"p": person_id},
    )
    if not rows:
        return None
    r = rows[0]
    return Signer(
        person_id=person_id,
        name=_formal(r[0] or "", PersonName(r[4], r[1], r[2], r[3])),
        function=r[5] or "",
        signature=signature(db, person_id),
    )


def signing(db: Database, cohort_id: int) -> tuple[Signer, Signer]:
    """The programme manager and the signatory, or a CertificateError naming what to choose:
    nothing is ever signed by a name the user did not enter."""
    found = signers(db, cohort_id)
    if found.programme_manager is None:
        raise CertificateError(
            f"Cohort {found.cohort} heeft geen programmamanager; kies er een bij Cohort ▸ Bewerken."
        )
    if found.signatory is None:
        raise CertificateError(
            f"Cohort {found.cohort} heeft geen ondertekenaar; kies er een bij Cohort ▸ Bewerken."
        )
    return found.programme_manager, found.signatory


def _context(db: Database, cohort_id: int) -> tuple[str, CertificateText]:
    """The cohort's code, and what every certificate of the cohort says: the participant's
    own parts (name, number, version, code, date) are filled in by `_text`."""
    from sioo_desk.services.organisation import organisation

    rows = db.read(
        """SELECT c.code, p.title, p.provider, p.funder, c.start_date, c.end_date, c.location,
                  p.contact_half_days, p.study_hours
           FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = :c""",
        {"c": cohort_id},
    )
    if not rows:
        raise NotFoundError("Cohort", cohort_id)
    r = rows[0]
    manager, signatory = signing(db, cohort_id)
    return r[0], CertificateText(
        printed_name="",
        programme_title=r[1],
        provider=r[2] or "",
        funder=r[3] or "",
        period_from=as_date(r[4]),
        period_until=as_date(r[5]),
        location=r[6] or "",
        contact_half_days=int(r[7]),
        study_hours=int(r[8]),
        issued_on=dt.date.min,
        number="",
        version=1,
        code="",
        organisation=organisation(db).name,
        manager_name=manager.name,
        manager_role=manager.function,
        manager_signature=manager.signature,
        signatory_name=signatory.name,
        signatory_role=signatory.function,
        signatory_signature=signatory.signature,
    )


def _text(
    cohort: CertificateText,
    name: str,
    number: str,
    version: int,
    code: str,
    issued_on: dt.date,
    preview: bool = False,
) -> CertificateText:
    return dataclasses.replace(
        cohort,
        printed_name=name,
        number=number,
        version=version,
        code=code,
        issued_on=issued_on,
        preview=preview,
    )


def check_printable(name: str) -> None:
    """CertificateError when the certificate's font cannot show a character of the name."""
    if not name.strip():
        raise CertificateError("De naam op het certificaat is leeg.")
    hidden = [c for c in name if unicodedata.category(c) in ("Cf", "Cc")]
    if hidden:
        raise CertificateError(
            f"De naam bevat een onzichtbaar teken (U+{ord(hidden[0]):04X}); typ hem opnieuw."
        )
    _regular, bold = pdf_fonts.register_serif()
    missing = pdf_fonts.missing_characters(name, bold)
    if missing:
        shown = ", ".join(f"‘{c}’ (U+{ord(c):04X})" for c in missing)
        raise CertificateError(
            f"De naam ‘{name}’ bevat een teken dat het lettertype van het certificaat niet kan "
            f"tonen: {shown}. Pas de naam op het certificaat aan."
        )
    if not fits_on_one_line(name):
        raise CertificateError(
            f"De naam ‘{name}’ past niet op één regel van het certificaat, ook niet in de "
            "kleinste letter. Kort hem in, bijvoorbeeld met voorletters."
        )


def set_printed_name(db: Database, participant_id: int, name: str) -> Edit:
    """The name as it goes on the certificate (empty: first name and surname); the edit's
    result is the former value. Changing it does not change an issued certificate: re-issue
    for that."""
    from sioo_desk.domain.models import Participant
    from sioo_desk.services import audit

    cleaned = unicodedata.normalize("NFC", " ".join(name.split()))
    if len(cleaned) > 300:
        raise CertificateError("Naam op het certificaat: hoogstens 300 tekens.")
    if cleaned:
        check_printable(cleaned)
    with db.session() as s:
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise NotFoundError("Deelnemer", participant_id)
        before = participant.certificate_name
        cohort_id = participant.cohort_id
        participant.certificate_name = cleaned
        audit.record(s, "certificate-name", "participant", participant_id, cleaned)
    return Edit(
        Changes.of(cohort_id, closing=[participant_id]),
        partial(_printed_name_back, participant_id=participant_id, name=before),
        result=before,
    )


def _printed_name_back(db: Database, *, participant_id: int, name: str) -> Edit:
    return set_printed_name(db, participant_id, name)


def preview_pdf(db: Database, participant_id: int, issued_on: dt.date) -> bytes:
    """What the certificate would look like, marked VOORBEELD, with no number or code yet."""
    rows = db.read("SELECT cohort_id FROM participants WHERE id = :p", {"p": participant_id})
    if not rows:
        raise NotFoundError("Deelnemer", participant_id)
    cohort_code, ctx = _context(db, int(rows[0][0]))
    who = standing(db, participant_id, issued_on)
    check_printable(who.printed_name)
    number = who.certificate.number if who.certificate else f"{cohort_code}-…"
    return render(
        [_text(ctx, who.printed_name, number, 1, "XXXX-XXXX-XXXX-XXXX", issued_on, preview=True)],
        title=f"Voorbeeld certificaat {who.printed_name}",
    )


# -- writing files --------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(number: str, name: str, version: int = 1) -> str:
    """'HRM-2011-001 Şahin Yıldız.pdf' (a later version 'HRM-2011-001 v2 …'): the number sorts,
    the name is recognisable, and no version takes another's file name."""
    tag = f" v{version}" if version > 1 else ""
    safe = " ".join(_UNSAFE.sub("", name).split()).strip(" .")
    return f"{number}{tag} {safe}.pdf"


def _check_issue_date(
    who: Standing, issued_on: dt.date, today: dt.date, ends: dt.date | None
) -> None:
    if ends is not None and issued_on < ends:
        raise CertificateError(
            f"Datum van uitreiking: {long_date(issued_on)} ligt vóór het einde van de leergang "
            f"({long_date(ends)})."
        )
    if issued_on > today:
        raise CertificateError(f"Datum van uitreiking: {long_date(issued_on)} ligt in de toekomst.")
    if who.assessed_on is not None and issued_on < who.assessed_on:
        raise CertificateError(
            f"Datum van uitreiking: {long_date(issued_on)} ligt vóór het eindoordeel van "
            f"{who.printed_name} ({long_date(who.assessed_on)}). Een certificaat volgt op het "
            "oordeel."
        )


def _staging(folder: Path) -> Staging:
    """The certificates are written to a hidden folder beside their destination and linked
    into place together, never over a file that is there: an earlier batch's files are never
    overwritten (nor removed when this one is undone). A folder that cannot take them is
    refused by `Staging`, in its words."""
    return Staging(folder, overwrite=False)


def _add(
    s: Any,
    secret: bytes,
    who: Standing,
    pdf_for: Callable[[str], bytes],
    number: str,
    version: int,
    issued_on: dt.date,
    reason: str = "",
) -> tuple[Any, bytes]:
    """Register one certificate (not yet flushed) with its PDF stored beside it."""
    from sioo_desk.domain.models import Attachment, Certificate
    from sioo_desk.services import audit

    code = certificate_code.make_code(
        secret,
        certificate_code.payload(
            number=number,
            version=version,
            participant_id=who.participant_id,
            printed_name=who.printed_name,
            issued_on=issued_on,
        ),
    )
    pdf = pdf_for(code)
    digest = hashlib.sha256(pdf).hexdigest()
    now = dt.datetime.now().replace(microsecond=0)
    attachment = Attachment(
        filename=file_name(number, who.printed_name, version),
        media_type="application/pdf",
        size=len(pdf),
        sha256=digest,
        data=pdf,
        created_at=now,
    )
    row = Certificate(
        participant_id=who.participant_id,
        number=number,
        version=version,
        issued_on=issued_on,
        issued_at=now,
        issued_by=actor(),
        printed_name=who.printed_name,
        verification_code=code,
        pdf_sha256=digest,
        attachment=attachment,
        reissue_reason=reason,
    )
    s.add(row)
    action = "certificate-reissue" if version > 1 else "certificate-issue"
    audit.record(
        s, action, "participant", who.participant_id, f"{number} versie {version}", reason=reason
    )
    return row, pdf


def _as_issued(row: Any) -> Issued:
    return Issued(
        id=row.id,
        participant_id=row.participant_id,
        number=row.number,
        version=row.version,
        code=row.verification_code,
        issued_on=row.issued_on,
        printed_name=row.printed_name,
        pdf_sha256=row.pdf_sha256,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        reissue_reason=row.reissue_reason,
    )


# -- issuing ----------------------------------------------------------------------------------


def issue_batch(
    db: Database,
    cohort_id: int,
    folder: Path,
    issued_on: dt.date,
    *,
    today: dt.date | None = None,
    participant_ids: set[int] | None = None,
    combined: bool = True,
    archive: bool = False,
    report: Report = quiet,
) -> Edit:
    """Issue a certificate to every eligible participant who has none yet (or to those of
    `participant_ids`): one PDF each, named after the participant, a combined PDF for the
    printer and, when asked, a ZIP of them all. All or nothing: a failure or a cancel (from
    `report`, called before each certificate) rolls the register back and removes every file.
    The edit's result is the `BatchResult`; it cannot be undone (the certificates exist on
    paper). A file or folder that cannot take them is refused in `Staging`'s words, after the
    news that nothing at all was issued."""
    try:
        return _issue_batch(
            db, cohort_id, folder, issued_on, today, participant_ids, combined, archive, report
        )
    except OutputError as error:
        raise BatchRefused(
            "Er is niets uitgereikt en er zijn geen bestanden geschreven", error
        ) from error


def _issue_batch(
    db: Database,
    cohort_id: int,
    folder: Path,
    issued_on: dt.date,
    today: dt.date | None,
    participant_ids: set[int] | None,
    combined: bool,
    archive: bool,
    report: Report,
) -> Edit:
    from sioo_desk.services.cohorts import get_cohort

    today = today or dt.date.today()
    cohort = get_cohort(db, cohort_id)
    Staging.check_folder(folder)  # a mistyped folder is said, even with no one to issue to
    result = BatchResult()
    targets = []
    for who in standings(db, cohort_id, today):
        if participant_ids is not None and who.participant_id not in participant_ids:
            continue
        if who.certificate is not None:
            result.already_issued.append(who)
        elif not who.eligibility.eligible:
            result.not_eligible.append(who)
        else:
            targets.append(who)
    if not targets:
        return final(Changes.of(cohort_id), result)
    cohort_code, ctx = _context(db, cohort_id)
    for who in targets:
        _check_issue_date(who, issued_on, today, ctx.period_until)
        check_printable(who.printed_name)
    total = len(targets)
    with _staging(folder) as staging, db.session() as s:
        texts: list[CertificateText] = []
        secret = _secret(s)
        numbers = _next_numbers(s, cohort_code, total)
        last = numbers[-1].rsplit("-", 1)[-1]
        span = numbers[0] if total == 1 else f"{numbers[0]}–{last}"
        combined_name = f"Certificaten {span}.pdf"
        archive_name = f"Certificaten {span}.zip"
        # Refused before any certificate is made rather than after all are (placing checks
        # again, for a file that came meanwhile).
        staging.check_free(
            [
                file_name(number, who.printed_name)
                for who, number in zip(targets, numbers, strict=True)
            ]
            + ([combined_name] if combined else [])
            + ([archive_name] if archive else []),
        )
        added: list[tuple[Standing, Any, Path]] = []
        for done, (who, number) in enumerate(zip(targets, numbers, strict=True)):
            try:
                report(done, total, who.printed_name)
            except Cancelled as stop:
                raise Cancelled(
                    f"Uitreiken afgebroken bij {who.printed_name} ({done} van {total}): er is "
                    "niets uitgereikt en er zijn geen bestanden geschreven."
                ) from stop

            def pdf_for(code: str, who: Standing = who, number: str = number) -> bytes:
                text = _text(ctx, who.printed_name, number, 1, code, issued_on)
                texts.append(text)
                return render([text], title=f"Certificaat {number} {who.printed_name}")

            row, pdf = _add(s, secret, who, pdf_for, number, 1, issued_on)
            path = staging.write(file_name(number, who.printed_name), pdf)
            added.append((who, row, path))
        s.flush()  # one round trip for the whole batch; a constraint fails here, not later
        result.issued = [(who, _as_issued(row), path) for who, row, path in added]
        try:
            report(total, total, "")
        except Cancelled as stop:
            raise Cancelled(
                "Uitreiken afgebroken: er is niets uitgereikt en er zijn geen bestanden geschreven."
            ) from stop
        if combined or archive:
            result.combined = staging.write(
                combined_name, render(texts, title=f"Certificaten {cohort.name}")
            )
        if archive:
            result.archive = staging.write(archive_name, _zip(staging.hidden, staging.names))
            if not combined:
                staging.names.remove(combined_name)
                result.combined = None
        staging.place()
    return final(
        Changes.of(cohort_id, closing=[who.participant_id for who, _i, _p in result.issued]),
        result,
    )


def _zip(folder: Path, names: list[str]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.write(folder / name, name)
    return buffer.getvalue()


def reissue(
    db: Database,
    participant_id: int,
    reason: str,
    issued_on: dt.date,
    folder: Path | None = None,
    today: dt.date | None = None,
) -> Edit:
    """A new version of the participant's certificate (same number, new date and code), for
    instance with a corrected name, or after a revocation that proved a mistake; the former
    version is superseded (and stays revoked), never changed. The edit's result is the new
    version and its PDF, (Issued, bytes); it cannot be undone."""
    if not reason.strip():
        raise CertificateError(
            "Geef de reden voor het opnieuw uitreiken, bijvoorbeeld ‘naam gecorrigeerd’."
        )
    who = standing(db, participant_id, issued_on)
    current = who.certificate
    if current is None:
        raise CertificateError(
            "Deze deelnemer heeft nog geen certificaat om opnieuw uit te reiken."
        )
    if issued_on < current.issued_on:
        raise CertificateError(
            f"Datum van uitreiking: {long_date(issued_on)} ligt vóór versie {current.version} "
            f"({long_date(current.issued_on)})."
        )
    if not who.eligibility.eligible:
        raise CertificateError(
            "Deze deelnemer komt niet meer in aanmerking: " + "; ".join(who.eligibility.reasons)
        )
    rows = db.read("SELECT cohort_id FROM participants WHERE id = :p", {"p": participant_id})
    cohort_id = int(rows[0][0])
    _code, ctx = _context(db, cohort_id)
    _check_issue_date(who, issued_on, today or dt.date.today(), ctx.period_until)
    check_printable(who.printed_name)
    version = current.version + 1
    with (
        _staging(folder) if folder is not None else contextlib.nullcontext() as staging,
        db.session() as s,
    ):
        secret = _secret(s)

        def pdf_for(code: str) -> bytes:
            return render(
                [_text(ctx, who.printed_name, current.number, version, code, issued_on)],
                title=f"Certificaat {current.number} {who.printed_name}",
            )

        row, pdf = _add(s, secret, who, pdf_for, current.number, version, issued_on, reason.strip())
        s.flush()
        if staging is not None:
            staging.write(file_name(current.number, who.printed_name, version), pdf)
            staging.place()
    return final(Changes.of(cohort_id, closing=[participant_id]), (_as_issued(row), pdf))


def revoke(
    db: Database, participant_id: int, reason: str, on: dt.date, today: dt.date | None = None
) -> Edit:
    """Revoke the participant's latest certificate, with a reason. The edit's result is the
    revoked `Issued`; it cannot be undone (a mistake is repaired by re-issuing)."""
    from sqlalchemy import select

    from sioo_desk.domain.models import Certificate, Participant
    from sioo_desk.services import audit

    if not reason.strip():
        raise CertificateError("Intrekken kan alleen met een reden.")
    with db.session() as s:
        row = s.scalars(
            select(Certificate)
            .where(Certificate.participant_id == participant_id)
            .order_by(Certificate.version.desc())
        ).first()
        if row is None:
            raise CertificateError("Deze deelnemer heeft geen certificaat om in te trekken.")
        if row.revoked_on is not None:
            raise CertificateError(
                f"Certificaat {row.number} is al ingetrokken op {long_date(row.revoked_on)}."
            )
        if on < row.issued_on:
            raise CertificateError(
                f"Datum van intrekken: {long_date(on)} ligt vóór de uitreiking "
                f"({long_date(row.issued_on)})."
            )
        if on > (today or dt.date.today()):
            raise CertificateError(
                f"Datum van intrekken: {long_date(on)} mag niet in de toekomst liggen."
            )
        row.revoked_on = on
        row.revoke_reason = reason.strip()
        row.revoked_by = actor()
        audit.record(
            s,
            "certificate-revoke",
            "participant",
            participant_id,
            row.number,
            reason=reason.strip(),
        )
        issued = _as_issued(row)
        cohort_id = s.get_one(Participant, participant_id).cohort_id
    return final(
        Changes.of(cohort_id, closing=[participant_id]),
        dataclasses.replace(issued, revoked_on=on, revoke_reason=reason.strip()),
    )


# -- verifying --------------------------------------------------------------------------------


def verify(db: Database, text: str) -> Verification:
    """Whose certificate a code belongs to, when it was issued and whether it still stands.
    The code is recomputed from the register with the secret, so a changed register entry is
    caught as well as a changed code."""
    try:
        code = certificate_code.normalise(text)
    except certificate_code.CodeError as error:
        return Verification(False, str(error))
    rows = db.read(_REGISTER + " WHERE c.verification_code = :code", {"code": code})
    if not rows:
        return Verification(
            False,
            f"Onbekende code {code}: er is geen certificaat met deze code uitgereikt. "
            "Controleer de code nog eens teken voor teken.",
        )
    item = _issued(rows[0])
    secret_rows = db.read("SELECT value FROM settings WHERE key = :k", {"k": SECRET_KEY})
    details = db.read(
        """SELECT p.first_name, p.initials, p.tussenvoegsel, p.surname, c.name, pr.title
           FROM participants p JOIN cohorts c ON c.id = p.cohort_id
           JOIN programmes pr ON pr.id = c.programme_id WHERE p.id = :p""",
        {"p": item.participant_id},
    )
    d = details[0]
    base = dict(certificate=item, name=item.printed_name, programme=d[5], cohort=d[4])
    message = certificate_code.payload(
        number=item.number,
        version=item.version,
        participant_id=item.participant_id,
        printed_name=item.printed_name,
        issued_on=item.issued_on,
    )
    if not secret_rows or not certificate_code.matches(
        bytes.fromhex(json.loads(secret_rows[0][0])), message, code
    ):
        return Verification(
            False,
            f"Certificaat {item.number}: de registratie komt niet overeen met de code. "
            "Het register is gewijzigd; dit certificaat is niet als geldig te bevestigen.",
            **base,
        )
    who = f"{item.printed_name}, certificaat {item.number}"
    if item.revoked_on is not None:
        return Verification(
            False,
            f"{who} (versie {item.version}) is ingetrokken op {long_date(item.revoked_on)}: "
            f"{item.revoke_reason}",
            **base,
        )
    if item.superseded:
        return Verification(
            False,
            f"{who} versie {item.version} is vervangen door een nieuwere versie; alleen die geldt.",
            **base,
        )
    return Verification(
        True,
        f"Geldig: {who}, uitgereikt op {long_date(item.issued_on)} voor {d[5]} ({d[4]}).",
        **base,
    )

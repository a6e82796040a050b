"""0004: a 0003 database with data keeps it; the rector becomes the signatory of every cohort,
the two scanned signatures move onto the people who sign, and the certificates still print
what they printed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from sioo_desk.services import certificates as certs
from sioo_desk.services.demo import is_demo
from sioo_desk.store.database import Database
from sioo_desk.store.location import from_path

FROZEN_0003 = Path(__file__).resolve().parents[2] / "db" / "frozen" / "0003_closing.sqlite"
PM, RECTOR = 1, 3  # in the frozen database: Hoogendoorn-de Wit, Van Dijk


def image(colour: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 80), colour).save(buffer, "PNG")
    return buffer.getvalue()


def with_signatures(path: Path, *, second_rector: bool = False) -> dict[str, bytes]:
    """Put the two signatures where 0003 kept them: attachments named by settings."""
    images = {"manager": image("white"), "rector": image("black")}
    connection = sqlite3.connect(path)
    for who, content in images.items():
        cursor = connection.execute(
            "INSERT INTO attachments (filename, media_type, size, sha256, data, created_at) "
            "VALUES (?, 'image/png', ?, ?, ?, '2026-11-01 10:00:00')",
            (f"{who}.png", len(content), hashlib.sha256(content).hexdigest(), content),
        )
        connection.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            (f"certificates.signature.{who}", str(cursor.lastrowid)),
        )
    if second_rector:
        connection.execute("INSERT INTO person_roles (person_id, role) VALUES (4, 'rector')")
    connection.commit()
    connection.close()
    return images


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "oud.sqlite"
    shutil.copyfile(FROZEN_0003, path)
    return path


def test_the_rector_becomes_the_signatory_and_the_signatures_move(
    old: Path, tmp_path: Path
) -> None:
    images = with_signatures(old)
    with Database.open(from_path(old), may_create=False) as database:
        assert database.backup_made is not None
        roles = dict(
            database.read(
                "SELECT person_id, group_concat(role) FROM person_roles GROUP BY person_id"
            )
        )
        assert "rector" not in ",".join(roles.values())
        assert "signatory" in roles[RECTOR].split(",")
        assert database.read("SELECT DISTINCT signatory_id, programme_manager_id FROM cohorts") == [
            (RECTOR, PM)
        ]
        assert database.read(
            "SELECT id, function, archived FROM people WHERE id IN (:a, :b) ORDER BY id",
            {"a": PM, "b": RECTOR},
        ) == [(PM, "programmamanager", 0), (RECTOR, "rector Sioo", 0)]
        assert certs.signature(database, PM) == images["manager"]
        assert certs.signature(database, RECTOR) == images["rector"]
        assert (
            database.read("SELECT key FROM settings WHERE key LIKE 'certificates.signature%'") == []
        )
        assert database.read("SELECT DISTINCT archived, status_by_hand FROM cohorts") == [(0, 0)]
        assert is_demo(database)

        # The reference cohort's certificates still carry both names, functions and images.
        out = tmp_path / "uit"
        out.mkdir()
        result = certs.issue_batch(database, 1, out, dt.date(2012, 6, 28), combined=False).result
        assert len(result.issued) == 15
        path = result.issued[0][2]
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        for expected in (
            "Hoogendoorn-de Wit",
            "programmamanager",
            "prof. dr. R.J. van Dijk",
            "rector Sioo",
        ):
            assert expected in text
        assert len(PdfReader(path).pages[0]["/Resources"]["/XObject"]) == 3  # QR, two signatures


def test_a_signature_no_single_person_holds_the_role_for_stays_where_it_was(old: Path) -> None:
    """Two rectors: the migration does not guess whose signature it is."""
    with_signatures(old, second_rector=True)
    with Database.open(from_path(old), may_create=False) as database:
        assert certs.signature(database, RECTOR) is None
        assert certs.signature(database, 4) is None
        assert certs.signature(database, PM) is not None
        assert database.read(
            "SELECT key FROM settings WHERE key LIKE 'certificates.signature%'"
        ) == [("certificates.signature.rector",)]
        # Certificates were signed by the first rector in the register; they still are.
        assert database.read("SELECT DISTINCT signatory_id FROM cohorts") == [(RECTOR,)]

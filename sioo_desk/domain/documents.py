"""Which documents may be attached, judged by their content rather than their name."""

from __future__ import annotations

import io
import zipfile

from sioo_desk.domain.errors import SiooDeskError

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
EXTENSIONS = {PDF: ".pdf", DOCX: ".docx", ODT: ".odt"}


class DocumentError(SiooDeskError):
    def __init__(self, filename: str, why: str) -> None:
        self.filename = filename
        super().__init__(f"{filename}: {why}")


def document_type(filename: str, content: bytes) -> str:
    """The media type of a PDF, Word (.docx) or OpenDocument (.odt) text; refuse anything else."""
    if len(content) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            filename,
            f"te groot ({len(content) / 1_048_576:.1f} MB; hoogstens "
            f"{MAX_DOCUMENT_BYTES // 1_048_576} MB).",
        )
    if not content:
        raise DocumentError(filename, "het bestand is leeg.")
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = archive.namelist()
                if "word/document.xml" in names:
                    return DOCX
                if "mimetype" in names and archive.read("mimetype").strip() == ODT.encode():
                    return ODT
        except zipfile.BadZipFile:
            pass
    raise DocumentError(
        filename,
        "dit is geen PDF-, Word- (.docx) of OpenDocument-document (.odt), wat de naam ook zegt.",
    )

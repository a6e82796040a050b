"""The certificate of participation: A4 landscape, meant to be framed. Every font is an
embedded TrueType file from resources/fonts; the QR code carries the verification code."""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sioo_desk.domain.formatting import long_date
from sioo_desk.services import pdf_fonts

NAVY = "#1d3557"
GOLD = "#b08d57"
INK = "#22262b"
GREY = "#5f6b78"
QR_MASK = 0


@dataclass(frozen=True)
class CertificateText:
    printed_name: str
    programme_title: str
    provider: str
    funder: str
    period_from: dt.date | None
    period_until: dt.date | None
    location: str
    contact_half_days: int
    study_hours: int
    issued_on: dt.date
    number: str
    version: int
    code: str
    manager_name: str
    manager_role: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    manager_signature: bytes | None = None
    signatory_signature: bytes | None = None
    preview: bool = False
    # The organisation that issues the certificate; empty: the programme's provider.
    organisation: str = ""

    @property
    def provider_short(self) -> str:
        """'Sioo' from 'Sioo, Interuniversitair centrum …'."""
        return self.provider.split(",")[0].strip()

    @property
    def issuer(self) -> str:
        """Who answers for the certificate's authenticity."""
        return self.organisation.strip() or self.provider_short


def render(texts: Iterable[CertificateText], *, title: str = "Certificaat") -> bytes:
    """One page per certificate: a single certificate, or the combined file for the printer."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    fonts = pdf_fonts.register_serif()
    buffer = io.BytesIO()
    # The canvas's first font is ours too, so no standard font is referenced in the file.
    canvas = Canvas(buffer, pagesize=landscape(A4), pageCompression=1, initialFontName=fonts[0])
    canvas.setTitle(title)
    canvas.setAuthor("Sioo Desk")
    canvas.setCreator("Sioo Desk")
    pages = 0
    for text in texts:
        _draw(canvas, text, fonts)
        canvas.showPage()
        pages += 1
    if not pages:
        raise ValueError("no certificates to render")
    canvas.save()
    return buffer.getvalue()


def _draw(c: Any, t: CertificateText, fonts: tuple[str, str]) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    serif, serif_bold = fonts
    width, height = landscape(A4)
    centre = width / 2
    navy, gold, ink, grey = (HexColor(x) for x in (NAVY, GOLD, INK, GREY))

    # Frame: a navy rule with a fine gold rule inside it, and small corner ornaments.
    c.setStrokeColor(navy)
    c.setLineWidth(2.4)
    c.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    c.setStrokeColor(gold)
    c.setLineWidth(0.7)
    c.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
    c.setFillColor(gold)
    for x, y in ((15, 15), (15, 195), (282, 15), (282, 195)):
        c.circle(x * mm, y * mm, 1.3 * mm, stroke=0, fill=1)

    y = height - 34 * mm
    c.setFillColor(navy)
    _spaced(c, t.issuer.upper(), centre, y, serif, 11, 4)
    y -= 17 * mm
    _spaced(c, "CERTIFICAAT VAN DEELNAME", centre, y, serif_bold, 26, 3)
    y -= 7 * mm
    c.setStrokeColor(gold)
    c.setLineWidth(0.8)
    c.line(centre - 45 * mm, y, centre + 45 * mm, y)

    y -= 13 * mm
    c.setFillColor(grey)
    c.setFont(serif, 13)
    c.drawCentredString(centre, y, "Hierbij verklaren wij dat")
    y -= 16 * mm
    c.setFillColor(ink)
    size = _fitting(t.printed_name, serif_bold, 34, NAME_ROOM_MM * mm)
    c.setFont(serif_bold, size)
    c.drawCentredString(centre, y, t.printed_name)
    y -= 12 * mm
    c.setFillColor(grey)
    c.setFont(serif, 13)
    c.drawCentredString(
        centre, y, "met goed resultaat heeft deelgenomen aan het professionaliseringsprogramma"
    )
    y -= 11 * mm
    c.setFillColor(navy)
    title_size = _fitting(t.programme_title, serif_bold, 19, width - 70 * mm)
    c.setFont(serif_bold, title_size)
    c.drawCentredString(centre, y, t.programme_title)
    y -= 8 * mm
    c.setFillColor(ink)
    c.setFont(serif, 11)
    makers = " en ".join(x for x in (t.funder, t.provider) if x)
    c.drawCentredString(
        centre, y, _fit_text(f"een programma van {makers}", serif, 11, width - 60 * mm)
    )
    y -= 6.5 * mm
    period = f"van {long_date(t.period_from)} tot en met {long_date(t.period_until)}"
    if t.location:
        period += f", {t.location}"
    c.drawCentredString(centre, y, period)
    y -= 6.5 * mm
    c.drawCentredString(
        centre,
        y,
        f"{t.contact_half_days} dagdelen contacttijd · studiebelasting {t.study_hours} uur",
    )

    # Signatures: the programme manager on the left, the signatory on the right.
    line_y = 56 * mm
    for x, name, role, image in (
        (70 * mm, t.manager_name, t.manager_role, t.manager_signature),
        (width - 70 * mm, t.signatory_name, t.signatory_role, t.signatory_signature),
    ):
        if image:
            _signature(c, image, x, line_y)
        c.setStrokeColor(grey)
        c.setLineWidth(0.5)
        c.line(x - 38 * mm, line_y, x + 38 * mm, line_y)
        c.setFillColor(ink)
        c.setFont(serif, 10.5)
        c.drawCentredString(x, line_y - 5 * mm, _fit_text(name, serif, 10.5, 80 * mm))
        c.setFillColor(grey)
        c.setFont(serif, 9.5)
        c.drawCentredString(x, line_y - 9.5 * mm, role)

    c.setFillColor(ink)
    c.setFont(serif, 10.5)
    c.drawCentredString(centre, line_y - 5 * mm, f"Uitgereikt op {long_date(t.issued_on)}")

    # Number, verification code and the QR code that carries it, bottom right inside the frame.
    qr_size = 21 * mm
    qr_x, qr_y = width - 19 * mm - qr_size, 19 * mm
    _qr(c, t.code if not t.preview else "VOORBEELD", qr_x, qr_y, qr_size)
    c.setFillColor(grey)
    c.setFont(serif, 7.5)
    number = f"Certificaatnummer {t.number}" + (f" (versie {t.version})" if t.version > 1 else "")
    c.drawRightString(qr_x - 2.5 * mm, qr_y + 13 * mm, number)
    c.drawRightString(qr_x - 2.5 * mm, qr_y + 8.5 * mm, f"Verificatiecode {t.code}")
    c.drawRightString(
        qr_x - 2.5 * mm,
        qr_y + 4 * mm,
        f"echtheid na te vragen bij {t.issuer} met deze code",
    )

    if t.preview:
        c.saveState()
        c.setFillColor(HexColor("#c0392b"))
        c.setFillAlpha(0.16)
        c.translate(centre, height / 2)
        c.rotate(24)
        c.setFont(serif, 84)
        c.drawCentredString(0, -30, "VOORBEELD")
        c.restoreState()


def _spaced(c: Any, text: str, centre: float, y: float, font: str, size: float, gap: float) -> None:
    """Letter-spaced capitals, centred."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = stringWidth(text, font, size) + gap * (len(text) - 1)
    c.setFont(font, size)
    c.drawString(centre - total / 2, y, text, charSpace=gap)


NAME_ROOM_MM = 217  # the page's width less 80 mm
SMALLEST_NAME = 12


def fits_on_one_line(name: str) -> bool:
    """Whether the name fits the certificate's name line in the smallest size it may take."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = pdf_fonts.register_serif()[1]
    return bool(stringWidth(name, bold, SMALLEST_NAME) <= NAME_ROOM_MM * mm)


def _fitting(text: str, font: str, size: float, room: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > SMALLEST_NAME and stringWidth(text, font, size) > room:
        size -= 1
    return size


def _fit_text(text: str, font: str, size: float, room: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _signature(c: Any, image: bytes, x: float, line_y: float) -> None:
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(image))
    w, h = reader.getSize()
    box_w, box_h = 60 * mm, 15 * mm
    scale = min(box_w / w, box_h / h)
    c.drawImage(reader, x - w * scale / 2, line_y + 1 * mm, w * scale, h * scale, mask="auto")


def _qr(c: Any, value: str, x: float, y: float, size: float) -> None:
    """A one-bit image, a pixel per module, drawn without interpolation: sharp at any size,
    and far cheaper than a rectangle per module."""
    c.drawImage(_qr_image(value), x, y, size, size)


@functools.lru_cache(maxsize=64)
def _qr_image(value: str) -> Any:
    from PIL import Image
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
    from reportlab.lib.utils import ImageReader

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(value)
    # One fixed mask pattern instead of trying all eight for the lowest penalty: every mask is
    # valid and read by any scanner; the search cost 15 ms a certificate, half the batch.
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    count = code.getModuleCount()
    quiet = 0  # the certificate's white paper is the quiet zone
    image = Image.new("1", (count + 2 * quiet, count + 2 * quiet), 1)
    pixels = image.load()
    assert pixels is not None
    for r, row in enumerate(code.modules):
        for col, dark in enumerate(row):
            if dark:
                pixels[col + quiet, r + quiet] = 0
    return ImageReader(image)

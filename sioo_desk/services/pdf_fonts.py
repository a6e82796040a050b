"""The TrueType fonts every PDF embeds (DejaVu Sans: Latin Extended and more, free licence)."""

from __future__ import annotations

from pathlib import Path

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register() -> tuple[str, str]:
    """Register the fonts with reportlab once; return (regular, bold)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    return "DejaVuSans", "DejaVuSans-Bold"

"""The TrueType fonts every PDF embeds: DejaVu Sans for letters and lists, DejaVu Serif for the
certificate (Latin Extended-A and much more, under a free licence that allows embedding)."""

from __future__ import annotations

from pathlib import Path

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
# Two weights only: every font a PDF embeds is subset and compressed again for each file,
# and a third (italic) made a cohort's batch a fifth slower.
SERIF = ("DejaVuSerif", "DejaVuSerif-Bold")


def _binary_streams() -> None:
    """Streams stay binary rather than ASCII85: smaller files, and a third faster to write."""
    from reportlab import rl_config

    rl_config.useA85 = 0


def register() -> tuple[str, str]:
    """Register the fonts with reportlab once; return (regular, bold)."""
    from reportlab.pdfbase import pdfmetrics

    _binary_streams()
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    return "DejaVuSans", "DejaVuSans-Bold"


def register_serif() -> tuple[str, str]:
    """Register the serif family once; return (regular, bold)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _binary_streams()
    if SERIF[0] not in pdfmetrics.getRegisteredFontNames():
        for name in SERIF:
            pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    return SERIF


def missing_characters(text: str, font_name: str) -> list[str]:
    """The characters of `text` the registered font has no glyph for (spaces aside)."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    glyphs = font.face.charToGlyph
    return sorted({c for c in text if not c.isspace() and ord(c) not in glyphs})

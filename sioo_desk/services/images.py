"""Images the program prints (a logo, a scanned signature): PNG or JPEG, at most 2 MB, and
readable; each refusal in Dutch, in the words of the caller's own error."""

from __future__ import annotations

from sioo_desk.domain.errors import SiooDeskError

MAX_BYTES = 2 * 1024 * 1024


def check_size(
    size: int, filename: str, *, error: type[SiooDeskError], for_what: str, advice: str
) -> None:
    """Asked before a file is read: a 40 MB photo is refused without loading it."""
    if size > MAX_BYTES:
        megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        raise error(
            f"{filename or 'Deze afbeelding'} is te groot voor {for_what} ({megabytes} MB; "
            f"hoogstens 2 MB). {advice}"
        )


def printable(
    content: bytes,
    filename: str,
    *,
    error: type[SiooDeskError],
    for_what: str,
    too_big: str,
    wrong_kind: str,
) -> str:
    """The image's media type; `error` with a Dutch sentence when it cannot be printed."""
    check_size(len(content), filename, error=error, for_what=for_what, advice=too_big)
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "image/png"
    elif content.startswith(b"\xff\xd8\xff"):
        kind = "image/jpeg"
    else:
        raise error(f"{filename or 'Dit bestand'} is geen PNG- of JPEG-afbeelding; {wrong_kind}")
    try:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(content)) as image:
            image.load()
    except Exception as failure:  # Pillow raises many kinds for a damaged image
        raise error(
            f"{filename or 'Deze afbeelding'} is beschadigd en kan niet worden gelezen."
        ) from failure
    return kind

"""Every file Sioo Desk writes for the user (PDFs, calendars, sign-in lists, exports,
certificates) goes through here: written whole or not at all, and every reason it cannot be
written becomes one Dutch sentence that names the file.

Two policies: `write_file(..., overwrite=True)` replaces a file that is there (a new export over
an old one), atomically; `overwrite=False` refuses to (the certificate register: an issued
certificate's file is never replaced). `Staging` writes several files and puts them in place
together, for batches that are all or nothing.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sioo_desk.domain.errors import SiooDeskError

Content = bytes | Callable[[BinaryIO], None]

# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (a PDF open in Acrobat).
_IN_USE = {32, 33}
# No hard links here (FAT and exFAT sticks, many network shares): created exclusively instead.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}
_log = logging.getLogger(__name__)


class OutputError(SiooDeskError):
    """A file could not be written; `str()` says which, where and why, in Dutch."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        # A reason that names the folder already ("de map … bestaat niet") is not told it twice.
        where = "" if f" {path.parent} " in f" {reason} " else f" in {path.parent}"
        super().__init__(f"{path.name} kan niet worden opgeslagen{where}: {reason}.")


def reason(error: OSError, path: Path | None = None, *, writing: bool = True) -> str:
    """Why `path` could not be written (`writing=False`: read, or used at all), as the end of
    a Dutch sentence. The one explainer of a file's OSError, for the window, the services and
    the command line alike; without `path`, the one the error names, if any."""
    if path is None and error.filename is not None and not isinstance(error.filename, int):
        path = Path(os.fsdecode(error.filename))
    folder = path.parent if path is not None else None
    code = error.errno or 0
    if getattr(error, "winerror", None) in _IN_USE:
        return "het bestand is geopend in een ander programma; sluit het en probeer het opnieuw"
    if folder is not None and (code == errno.ENOENT or writing) and not folder.is_dir():
        return f"de map {folder} bestaat niet"
    if code == errno.ENOENT:
        if writing:
            return f"de map {folder} bestaat niet" if folder else "de map bestaat niet"
        return "het bestand bestaat niet" if path else "het bestand of de map bestaat niet"
    if code in (errno.EACCES, errno.EPERM):
        if not writing:
            return "geen toestemming om het bestand te gebruiken"
        if path is None or path.exists():
            return (
                "het bestand is geopend in een ander programma of alleen-lezen; sluit het en "
                "probeer het opnieuw"
            )
        return f"geen schrijfrechten in de map {folder}"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "de schijf is vol"
    if code == errno.EROFS:
        return "de schijf is alleen-lezen"
    if code == errno.EISDIR:
        return "er staat een map met die naam" if writing else "dit is een map, geen bestand"
    if code == errno.EEXIST:
        return "er staat al een bestand met die naam; het wordt niet overschreven"
    if code == errno.ENAMETOOLONG:
        return "de naam is te lang"
    known = _OTHER_REASONS.get(code)
    if known is not None:
        return known
    # The system's own words (English, mostly) say more than nothing, for whoever helps.
    return f"onbekende fout ({error.strerror or error})"


_OTHER_REASONS = {
    errno.EIO: "de schijf is niet goed te lezen of te beschrijven",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EBUSY: "het bestand is in gebruik",
    errno.EMFILE: "er zijn te veel bestanden tegelijk open",
    errno.ENFILE: "er zijn te veel bestanden tegelijk open",
    errno.ETIMEDOUT: "de schijf of de netwerkmap antwoordt niet op tijd",
}


def write_file(path: Path, content: Content, *, overwrite: bool = True) -> Path:
    """Write `content` (bytes, or a function that writes to a binary file) to `path`: first to
    a hidden file in the same folder, then moved into place, so a reader never sees half a
    file and a failure leaves what was there. Raises `OutputError`."""
    path = Path(path)
    try:
        if not overwrite and path.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(path))
        handle, temporary = _hidden_file(path)
    except OSError as error:
        raise OutputError(path, reason(error, path)) from error
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(content, bytes):
                out.write(content)
            else:
                content(out)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temporary, path)
        else:
            _place_new(temporary, path)
    except OSError as error:
        raise OutputError(path, reason(error, path)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _hidden_file(path: Path) -> tuple[int, Path]:
    """A new hidden file beside `path`, open for writing. Not `mkstemp`, whose files only their
    owner may read: an export in a shared folder is meant for colleagues too."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        name = path.parent / f".~{secrets.token_hex(4)}{path.suffix}"
        try:
            return os.open(name, flags, 0o666), name  # the umask decides, as for any new file
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def _place_new(source: Path, target: Path) -> None:
    """Put `source` at `target`, failing with EEXIST rather than replacing a file there."""
    try:
        os.link(source, target)
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        with open(source, "rb") as data, open(target, "xb") as out:
            try:
                shutil.copyfileobj(data, out)
            except BaseException:
                out.close()
                target.unlink(missing_ok=True)  # half a file would block the next try as taken
                raise


class FolderRefused(OutputError):
    """The folder cannot take the batch (it is gone, or a name in it is taken): one Dutch
    sentence about the folder, not "file X cannot be saved"."""

    def __init__(self, path: Path, sentence: str) -> None:
        self.path = path
        self.reason = sentence
        SiooDeskError.__init__(self, sentence)


class BatchRefused(OutputError):
    """A batch of which nothing was written, said so before the refusal that stopped it: "Er is
    geen brief geschreven: brief-….pdf kan niet worden opgeslagen in …: de schijf is vol." The
    refusal alone names one file, and reads as if only that one was missing."""

    def __init__(self, lead: str, refusal: OutputError) -> None:
        self.path = refusal.path
        self.reason = refusal.reason
        said = str(refusal)
        # A folder's own refusal ("De map … bestaat niet.") goes on after the colon in lower
        # case; one that opens with a file's or folder's name keeps it as it is.
        if isinstance(refusal, FolderRefused) and not said.startswith(str(refusal.path)):
            said = said[0].lower() + said[1:]
        SiooDeskError.__init__(self, f"{lead}: {said}")


class Staging:
    """Files written in a hidden folder beside their destination and put in place together
    by `place()`; `close()` removes what was not placed. Use as a context manager: a failure
    or a cancel inside takes back what this batch put in place, and puts back a file it
    replaced (with `overwrite=True`). The folder's own refusals (`FolderRefused`) are said
    here, once, for every batch."""

    def __init__(self, folder: Path, *, overwrite: bool = False) -> None:
        self.folder = Path(folder)
        self.overwrite = overwrite
        self.check_folder(self.folder)
        try:
            self.hidden = Path(tempfile.mkdtemp(prefix=".sioo-desk-", dir=self.folder))
        except OSError as error:
            # The reason for a new file in the folder, not for the folder (which exists, and
            # would read as "a file open in another program").
            why = reason(error, self.folder / ".sioo-desk")
            raise FolderRefused(
                self.folder,
                f"{why[0].upper()}{why[1:]}."
                if str(self.folder) in why
                else f"In de map {self.folder} kan niets worden opgeslagen: {why}.",
            ) from error
        self.names: list[str] = []
        self.placed: list[Path] = []
        # (where, kept): a file this batch replaced, moved aside until the batch is done.
        self.replaced: list[tuple[Path, Path]] = []
        self._aside: Path | None = None
        self._kept_aside = False

    @staticmethod
    def check_folder(folder: Path) -> None:
        """Refuse a folder that is not there, or not a folder: what making a `Staging` checks
        first, for a batch that wants to say so before it does anything else."""
        if not folder.exists():
            raise FolderRefused(folder, f"De map {folder} bestaat niet.")
        if not folder.is_dir():
            raise FolderRefused(folder, f"{folder} is geen map.")

    def write(self, name: str, content: Content) -> Path:
        """Stage one file; its final path is returned."""
        staged = self.hidden / name
        try:
            with open(staged, "wb") as out:
                if isinstance(content, bytes):
                    out.write(content)
                else:
                    content(out)
        except OSError as error:
            raise OutputError(self.folder / name, reason(error, self.folder / name)) from error
        self.names.append(name)
        return self.folder / name

    def check_free(self, names: list[str]) -> None:
        """Refuse when a file of one of these names is there already. `place()` without
        `overwrite` checks too; a batch that makes its files slowly asks first, so that it is
        refused before it has made them rather than after."""
        taken = [name for name in names if (self.folder / name).exists()]
        if taken:
            more = f" (en nog {len(taken) - 1})" if len(taken) > 1 else ""
            raise FolderRefused(
                self.folder / taken[0],
                f"In {self.folder} staat al {taken[0]}{more}. Kies een andere map, of verplaats "
                "die bestanden eerst.",
            )

    def place(self) -> None:
        """Put every staged file in place, or none of them."""
        if not self.overwrite:
            self.check_free(self.names)
        for name in self.names:
            target = self.folder / name
            try:
                if self.overwrite:
                    if target.exists():
                        # Moved aside, not overwritten: an undo puts it back.
                        kept = self._aside_folder() / name
                        os.replace(target, kept)
                        self.replaced.append((target, kept))
                    os.replace(self.hidden / name, target)
                else:
                    _place_new(self.hidden / name, target)
            except OSError as error:
                self.undo()
                raise OutputError(target, reason(error, target)) from error
            self.placed.append(target)

    def _aside_folder(self) -> Path:
        if self._aside is None:
            self._aside = Path(tempfile.mkdtemp(prefix="vervangen-", dir=self.hidden))
        return self._aside

    def undo(self) -> None:
        """Take back what `place()` did: the files it put in place are removed, and a file
        it replaced is put back. Never a file of another batch."""
        for path in reversed(self.placed):
            path.unlink(missing_ok=True)
        self.placed.clear()
        for target, kept in reversed(self.replaced):
            try:
                os.replace(kept, target)
            except OSError:
                # Not thrown away by close(): the hidden folder keeps it, and the log says where.
                self._kept_aside = True
                _log.error("Could not put %s back; it is kept as %s", target, kept, exc_info=True)
        self.replaced.clear()

    def close(self) -> None:
        if not self._kept_aside:
            shutil.rmtree(self.hidden, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        if kind is not None:
            self.undo()
        self.close()

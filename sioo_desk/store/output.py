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


class OutputError(SiooDeskError):
    """A file could not be written; `str()` says which, where and why, in Dutch."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        # A reason that names the folder already ("de map … bestaat niet") is not told it twice.
        where = "" if f" {path.parent} " in f" {reason} " else f" in {path.parent}"
        super().__init__(f"{path.name} kan niet worden opgeslagen{where}: {reason}.")


def reason(error: OSError, path: Path) -> str:
    """Why `path` could not be written, as the end of a Dutch sentence."""
    folder = path.parent
    code = error.errno or 0
    if getattr(error, "winerror", None) in _IN_USE:
        return "het bestand is geopend in een ander programma; sluit het en probeer het opnieuw"
    if code == errno.ENOENT or not folder.is_dir():
        return f"de map {folder} bestaat niet (meer)"
    if code in (errno.EACCES, errno.EPERM):
        if path.exists():
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
        return "er staat een map met die naam"
    if code == errno.EEXIST:
        return "er staat al een bestand met die naam; het wordt niet overschreven"
    if code == errno.ENAMETOOLONG:
        return "de naam is te lang"
    return error.strerror or str(error)


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


class Staging:
    """Files written in a hidden folder beside their destination and put in place together
    by `place()`; `close()` removes what was not placed. Use as a context manager: a failure
    or a cancel inside removes every file this batch put in place."""

    def __init__(self, folder: Path, *, overwrite: bool = False) -> None:
        self.folder = Path(folder)
        self.overwrite = overwrite
        probe = self.folder / "."
        if not self.folder.is_dir():
            raise OutputError(probe, f"de map {self.folder} bestaat niet (meer)")
        try:
            self.hidden = Path(tempfile.mkdtemp(prefix=".sioo-desk-", dir=self.folder))
        except OSError as error:
            # The reason for a new file in the folder: `probe` is the folder itself, which
            # exists, and would read as "a file open in another program".
            raise OutputError(probe, reason(error, self.folder / ".sioo-desk")) from error
        self.names: list[str] = []
        self.placed: list[Path] = []

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

    def place(self) -> None:
        """Put every staged file in place, or none of them."""
        if not self.overwrite:
            taken = [name for name in self.names if (self.folder / name).exists()]
            if taken:
                more = f" (en nog {len(taken) - 1})" if len(taken) > 1 else ""
                raise OutputError(
                    self.folder / taken[0],
                    f"er staat al een bestand met die naam{more}; kies een andere map of "
                    "verplaats die bestanden eerst",
                )
        for name in self.names:
            target = self.folder / name
            replaced = target.exists()
            try:
                if self.overwrite:
                    os.replace(self.hidden / name, target)
                else:
                    _place_new(self.hidden / name, target)
            except OSError as error:
                self.undo()
                raise OutputError(target, reason(error, target)) from error
            if not replaced:
                self.placed.append(target)

    def undo(self) -> None:
        """Remove the files this batch added. Never an older file: one it replaced (only with
        `overwrite=True`) keeps the new, whole version."""
        for path in self.placed:
            path.unlink(missing_ok=True)
        self.placed.clear()

    def close(self) -> None:
        shutil.rmtree(self.hidden, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        if kind is not None:
            self.undo()
        self.close()

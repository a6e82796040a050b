"""The log: what went wrong that should not have, with its traceback, for whoever helps the
user. It lives in the user's data folder beside the default database and rotates (five files of
1 MB), so it can run for years without anyone cleaning up.

Each unexpected failure gets a short reference that the user sees in the message and support
finds in the log."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sioo_desk.store.location import default_path

LOGGER_NAME = "sioo_desk"
FILE_NAME = "sioo-desk.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 4  # with the current file: five in all
REPEAT_SECONDS = 60.0  # the same failure again within this long is counted, not written
FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"

logger = logging.getLogger(LOGGER_NAME)


def log_path() -> Path:
    """The data folder the database's default place is in, so the same overrides ($XDG_DATA_HOME
    and the platform's own) move both."""
    return default_path().parent / FILE_NAME


def install_log(path: Path | None = None) -> Path | None:
    """Send the program's log records to the rotating file; again for the same file does
    nothing, for another file (the data folder moved) it swaps. None when the file cannot be
    opened: the program goes on without a log rather than not at all."""
    path = (path or log_path()).absolute()
    current = _handler()
    if current is not None and Path(current.baseFilename) == path:
        return path
    close_log()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _rotating_handler(path)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    # Only the file: a handler someone put on the root logger must not print tracebacks on
    # the user's terminal.
    logger.propagate = False
    return path


def quiet_until_opened() -> None:
    """Until `install_log` opens the file, records are dropped rather than printed by Python's
    last-resort handler on a terminal nobody reads."""
    logger.propagate = False
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _rotating_handler(path: Path) -> logging.Handler:
    # Imported here: logging.handlers brings socket, pickle and queue, 10 ms before the first
    # paint for a file that is opened after it.
    from logging.handlers import RotatingFileHandler

    class Log(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            """A log that cannot be written (disk full, another program rotating it on
            Windows) must not become a failure of its own, nor print a traceback where the
            user sees it."""

    return Log(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")


def close_log() -> None:
    """Stop writing to the file (tests, which each have their own data folder)."""
    current = _handler()
    if current is not None:
        logger.removeHandler(current)
        current.close()


def new_reference() -> str:
    return os.urandom(4).hex()


@dataclass(frozen=True)
class Recorded:
    reference: str
    first: bool  # False: a repeat within REPEAT_SECONDS, counted and not written


@dataclass
class _Seen:
    reference: str
    since: float
    repeats: int = 0


_seen: dict[tuple[str, ...], _Seen] = {}
_seen_lock = threading.Lock()


def record_failure(
    error: BaseException,
    doing: str,
    *,
    traceback: TracebackType | None = None,
    reference: str | None = None,
) -> str:
    """Write an unexpected failure with its traceback; return the reference that finds it."""
    return record(error, doing, traceback=traceback, reference=reference).reference


def record(
    error: BaseException,
    doing: str,
    *,
    traceback: TracebackType | None = None,
    reference: str | None = None,
) -> Recorded:
    """`record_failure`, saying whether it was written. The same failure again (same kind,
    same innermost line) within REPEAT_SECONDS is only counted and gets the first one's
    reference: a failure in a model's data() comes back on every repaint, and a hundred
    tracebacks a second would push everything else out of the rotating log. The next one
    written says how many were left out."""
    traceback = traceback or error.__traceback__
    key = _failure_key(error, traceback)
    now = time.monotonic()
    with _seen_lock:
        seen = _seen.get(key)
        if seen is not None and now - seen.since < REPEAT_SECONDS:
            seen.repeats += 1
            return Recorded(seen.reference, first=False)
        for gone in [k for k, old in _seen.items() if now - old.since >= REPEAT_SECONDS]:
            del _seen[gone]
        reference = reference or new_reference()
        _seen[key] = _Seen(reference, now)
    again = (
        f" (sinds [{seen.reference}] nog {seen.repeats} keer, niet apart gelogd)"
        if seen is not None and seen.repeats
        else ""
    )
    logger.error(
        "[%s] er ging iets mis bij %s: %s: %s%s",
        reference,
        doing,
        type(error).__name__,
        error,
        again,
        exc_info=(type(error), error, traceback),
    )
    return Recorded(reference, first=True)


def forget_failures() -> None:
    """Count nothing as a repeat any more (tests, which each start afresh)."""
    with _seen_lock:
        _seen.clear()


def _failure_key(error: BaseException, traceback: TracebackType | None) -> tuple[str, ...]:
    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    if traceback is None:  # one of Qt's messages: its text is all there is
        return (kind, str(error))
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    return (kind, traceback.tb_frame.f_code.co_filename, str(traceback.tb_lineno))


def _handler() -> logging.FileHandler | None:
    return next((h for h in logger.handlers if isinstance(h, logging.FileHandler)), None)

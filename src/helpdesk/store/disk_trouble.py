"""What went wrong with the disk or the file, told apart: full, read-only, no permission, damaged.

SQLite reports each with its own result code; the operating system with its own errno. Each
gets its own plain sentence saying what to do, because the advice differs: on a full disk
restoring a backup would throw away every visit since, while on a damaged file it is the
only way on. Only SQLITE_CORRUPT and SQLITE_NOTADB are ever called "damaged".
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from helpdesk.core.errors import (
    QT_TRANSLATE_NOOP,
    DiskFullError,
    StoreDamagedError,
    StoreError,
    StorePermissionError,
    StoreReadOnlyError,
)
from helpdesk.store.cipher import driver_errors

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 3, 8, 10, 11, 13
SQLITE_CANTOPEN, SQLITE_AUTH, SQLITE_NOTADB = 14, 23, 26

NEARLY_FULL = 1024 * 1024  # less free than this, and an I/O error is taken for a full disk

DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk holding {path} is full, so nothing more can be saved; free some space "
              "(empty the recycle bin, remove large files) and try again. What was saved "
              "before is safe.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "The data file {path} is on a disk that can only be read (a locked stick or a "
              "read-only share); unlock it or move the data folder to a disk you can write to.")
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "This user may not write the data file {path}; ask whoever manages this "
              "computer for access, or start Helpdesk with another data folder.")
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The data file {path} is damaged; restore the latest backup (Restore in the "
              "app, or helpdesk restore) and tell your coordinator.")

_BY_SQLITE_CODE = {SQLITE_FULL: (DiskFullError, DISK_FULL),
                   SQLITE_READONLY: (StoreReadOnlyError, READ_ONLY),
                   SQLITE_PERM: (StorePermissionError, NO_PERMISSION),
                   SQLITE_AUTH: (StorePermissionError, NO_PERMISSION),
                   SQLITE_CORRUPT: (StoreDamagedError, DAMAGED),
                   SQLITE_NOTADB: (StoreDamagedError, DAMAGED)}
_BY_ERRNO = {errno.ENOSPC: (DiskFullError, DISK_FULL),
             getattr(errno, "EDQUOT", errno.ENOSPC): (DiskFullError, DISK_FULL),
             errno.EROFS: (StoreReadOnlyError, READ_ONLY),
             errno.EACCES: (StorePermissionError, NO_PERMISSION),
             errno.EPERM: (StorePermissionError, NO_PERMISSION)}


def disk_trouble(exc: BaseException, path: object) -> StoreError | None:
    """The plain error for ``exc`` (a sqlite3 error or an OSError), or None if it is another kind."""
    exc = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    found = None
    if isinstance(exc, driver_errors()):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            found = _BY_SQLITE_CODE.get(code & 0xFF)
            if found is None and code & 0xFF in (SQLITE_IOERR, SQLITE_CANTOPEN) \
                    and _nearly_full(path):
                # No room for the WAL's index or journal: SQLite says "I/O error".
                found = (DiskFullError, DISK_FULL)
    elif isinstance(exc, OSError):
        found = _BY_ERRNO.get(exc.errno)
    if found is None:
        return None
    kind, message = found
    return kind(message, path=str(path))


def _nearly_full(path: object) -> bool:
    """True when the disk holding ``path`` has less than ``NEARLY_FULL`` bytes free."""
    folder = Path(str(path)).parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def is_damaged(exc: BaseException) -> bool:
    """True when ``exc`` says the file itself is damaged (not the disk full or locked)."""
    return isinstance(disk_trouble(exc, ""), StoreDamagedError)

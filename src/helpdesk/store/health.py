"""Is the desk's own data file sound? Looked at read-only, so looking never changes it
(except that a write a killed process left half-done is rolled back, as any opening does).

``quick_check`` reads every page of the file (SQLite's ``PRAGMA quick_check``: structure,
not index contents) without writing anything; ``opens_cleanly`` only reads the header and
the schema, cheap enough for every start.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from helpdesk.core.errors import StoreDamagedError, StoreError
from helpdesk.store.cipher import connect, driver_errors, is_encrypted
from helpdesk.store.keys import KEYS_FILENAME
from helpdesk.store.disk_trouble import DAMAGED
from helpdesk.store.migrate import read_revision, unreadable_store


def is_protected(db_path: Path) -> bool:
    """An encrypted store with its key slots beside it (a file of noise without them is
    no protected store: it is damaged)."""
    return is_encrypted(db_path) and (Path(db_path).parent / KEYS_FILENAME).is_file()


def quick_check(db_path: Path, key: bytes | None = None) -> None:
    """Raise StoreDamagedError (or the disk's own trouble) unless the whole file reads soundly.

    ``key`` opens an encrypted file.
    """
    read_revision(db_path, key)  # not a database at all, or no permission: its own sentence
    try:
        with closing(connect(db_path, key, read_only=True)) as conn:
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except driver_errors() as exc:
        raise unreadable_store(exc, db_path) from None
    if rows != [("ok",)]:
        raise StoreDamagedError(DAMAGED, path=str(db_path))


def start_problem(db_path: Path) -> StoreError | None:
    """What stops the store at ``db_path`` from opening, from a cheap look; None when nothing."""
    if not Path(db_path).exists() or is_protected(db_path):
        return None  # a protected store is read only once unlocked: the unlock says what fails
    try:
        read_revision(db_path)
        with closing(connect(db_path, None, read_only=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except StoreError as exc:
        return exc
    except sqlite3.Error as exc:
        return unreadable_store(exc, db_path)
    return None

"""Raw connections to the store file, plain (stdlib ``sqlite3``) or encrypted (SQLCipher).

Light (no SQLAlchemy): used by the engine, the migration check and the start-up snapshot.
The database key is 32 random bytes passed raw to SQLCipher (``PRAGMA key = "x'…'"``), so a
connection costs about a millisecond instead of SQLCipher's own passphrase derivation.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


def is_encrypted(db_path: Path) -> bool:
    """Whether the file at ``db_path`` exists, holds data and is not a plain SQLite file."""
    try:
        with open(db_path, "rb") as f:
            head = f.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return len(head) > 0 and head != PLAIN_HEADER


def key_pragma(key: bytes) -> str:
    """The statement that gives SQLCipher the raw key (no derivation of its own)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def cipher_module() -> Any:
    """SQLCipher's DB-API module (``sqlcipher3.dbapi2``); imported only for encrypted stores."""
    from sqlcipher3 import dbapi2

    return dbapi2


def connect(db_path: Path, key: bytes | None, *, read_only: bool = False,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection to ``db_path``, keyed when ``key`` is given.

    With a key, the key is checked at once: a wrong one raises the module's DatabaseError
    here rather than on the first query of whoever uses the connection.
    """
    # A process killed mid-write in rollback-journal mode (a store just encrypted, before it
    # goes back to WAL) leaves a hot journal, which a read-only connection cannot roll back:
    # it would fail as if the disk were read-only. Opening read-write rolls it back first,
    # as any opening of the store would; nothing else is written.
    read_only = read_only and not has_hot_journal(db_path)
    target = f"{Path(db_path).resolve().as_uri()}?mode=ro" if read_only else str(db_path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, check_same_thread=check_same_thread)
    module = cipher_module()
    conn = module.connect(target, uri=read_only, check_same_thread=check_same_thread)
    try:
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def has_hot_journal(db_path: Path) -> bool:
    """Whether a rollback journal with content lies beside ``db_path`` (a write cut short)."""
    try:
        return Path(f"{db_path}-journal").stat().st_size > 0
    except OSError:
        return False


def database_errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (SQLCipher's when it is installed)."""
    try:
        return (sqlite3.DatabaseError, cipher_module().DatabaseError)
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return (sqlite3.DatabaseError,)


def driver_errors(*others: type[Exception]) -> tuple[type[Exception], ...]:
    """The base Error classes of both drivers (SQLCipher's when it is installed), and ``others``."""
    try:
        return (*others, sqlite3.Error, cipher_module().Error)
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return (*others, sqlite3.Error)

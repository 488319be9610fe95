"""The one place that opens the database: pragmas, transactions and database sessions.

Everything that talks to ``helpdesk.db`` goes through ``open_engine``: a plain store through
the stdlib ``sqlite3``, an encrypted one through SQLCipher with the raw key given first on
each connection (``store/cipher.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from helpdesk.store.cipher import cipher_module, connect
from helpdesk.store.disk_trouble import disk_trouble

# Applied on every new connection: none of them but journal_mode persists in the file.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a saved visit survives a power cut, not only a crash
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA secure_delete=ON",  # a deleted note is overwritten in the file, not left behind
)


def open_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the store file at ``path`` with the store's pragmas on every connection.

    With ``key`` the file is opened with SQLCipher (created encrypted when new); without, it
    is a plain SQLite file.
    """
    # hide_parameters: an error's text (and any log of it) names no value a visit holds.
    if key is None:
        engine = create_engine(f"sqlite:///{Path(path)}",
                               connect_args={"check_same_thread": False},
                               hide_parameters=True)
    else:
        # The creator keys each connection before SQLAlchemy's dialect runs a statement on it.
        engine = create_engine(
            f"sqlite:///{Path(path)}", module=cipher_module(),
            creator=lambda: connect(path, key, check_same_thread=False),
            hide_parameters=True)

    @event.listens_for(engine, "handle_error")
    def _plain_error(context) -> None:
        # A full disk, a read-only medium, a refused permission or a damaged page, wherever it
        # shows up (a save, a sheet, the demo), becomes its own plain sentence.
        trouble = disk_trouble(context.original_exception, path)
        if trouble is not None:
            raise trouble

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy emit BEGIN itself (below) instead of the sqlite3 module's guesswork.
        dbapi_connection.isolation_level = None
        for pragma in PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Writers take the write lock up front: a deferred BEGIN that later upgrades can fail
        # with SQLITE_BUSY when another connection wrote in between, and busy_timeout can't help.
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def open_read_only_engine(path: Path) -> Engine:
    """An engine that can only read the SQLite file at ``path``: no pragma, nothing written.

    For deciding whether a file may be opened at all: the WAL switch of ``open_engine`` is
    itself a write, and a file that is refused must be left as it was.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(
        uri, uri=True, check_same_thread=False))


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A short database session for one read."""
    with Session(engine) as session:
        yield session


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A short database session for one change, committed on success, rolled back on error."""
    with Session(engine.execution_options(sqlite_begin="IMMEDIATE")) as session:
        with session.begin():
            yield session

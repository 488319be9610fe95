"""Where the hub keeps its data: ``--db URL``, else ``HELPDESK_HUB_DB``, else a SQLite file.

SQLite (the embedded default) gets the desk's own durability pragmas and takes the write
lock up front; PostgreSQL is reached through psycopg 3. Opening brings the schema to this
version's through the hub's migrations (``helpdesk.hub.migrate``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from helpdesk.core.errors import QT_TRANSLATE_NOOP, StoreError
from helpdesk.hub.migrate import upgrade_hub

DB_ENV = "HELPDESK_HUB_DB"
WRITE_LOCK = 0x48454C50  # the hub's advisory lock on PostgreSQL ("HELP")


def default_url() -> str:
    """A SQLite file in the hub's user data folder."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("helpdesk-hub", appauthor=False))
    return f"sqlite:///{folder / 'hub.db'}"


def resolve_url(cli_value: str | None) -> str:
    """--db beats HELPDESK_HUB_DB beats the default; a plain path means a SQLite file."""
    url = cli_value or os.environ.get(DB_ENV) or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix):]
    return url


def _engine_for(parsed: URL) -> Engine:
    # Nothing connects yet: the migrator first looks at a SQLite file without writing to it.
    if parsed.get_backend_name() == "sqlite":
        from helpdesk.store.engine import open_engine

        path = Path(parsed.database or "hub.db")
        path.parent.mkdir(parents=True, exist_ok=True)
        return open_engine(path)
    # hide_parameters: an error's text, and so the hub's log, names no value of a record.
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)


class HubDb:
    """The hub's engine and its short transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"

    @classmethod
    def open(cls, url: str) -> HubDb:
        """Open the database at ``url``, creating or migrating its tables to this version's."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The database address {url} cannot "
                                                         "be understood."), url=url) from None
        with ExitStack() as on_failure:
            try:
                hub = cls(_engine_for(parsed))
                on_failure.callback(hub.close)
                upgrade_hub(hub)
            except (OSError, SQLAlchemyError, ImportError) as exc:
                reason = getattr(exc, "orig", None) or exc
                raise StoreError(QT_TRANSLATE_NOOP(
                    "errors", "The hub's database cannot be opened: {reason}."),
                    reason=" ".join(str(reason).split())) from None
            on_failure.pop_all()
        return hub

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One committed transaction, holding the hub's write lock from the start.

        One writer at a time on either database, so what a transaction reads before it
        writes (the revisions held) is still true when it writes: on SQLite through
        BEGIN IMMEDIATE, on PostgreSQL through a transaction-scoped advisory lock.
        """
        if self.is_sqlite:
            with self.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
                yield conn
            return
        with self.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        """Close every connection."""
        self.engine.dispose()

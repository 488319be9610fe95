"""Bring the hub's database to this version's schema, on SQLite or on PostgreSQL.

A database made before the hub had migrations (by ``create_all``) has no version table: its
tables tell which revision it is at, and it is stamped so before the upgrade. A database
stamped with a revision this version does not know was made by a newer hub, and one with
tables that are not the hub's belongs to something else: both are refused before anything
is written. A database already at the head is recognised with two reads and never loads
Alembic, so opening the hub stays quick.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from helpdesk.core.errors import QT_TRANSLATE_NOOP, StoreError
from helpdesk.store.migrate import alembic_config, backup_store, known_revisions

if TYPE_CHECKING:
    from helpdesk.hub.db import HubDb

HUB_REVISION = "hub_0007_group_details"  # the newest migration (a test checks it)
# Not Alembic's "alembic_version", so a hub database is never taken for a desk's store.
VERSION_TABLE = "hub_alembic_version"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The tables of a database that ``create_all`` made, by the revision they amount to.
_FIRST_TABLES = frozenset({"spot", "help_session", "visit", "visit_question", "hub_batch",
                           "hub_token"})
_TABLES_BEFORE_MIGRATIONS = {
    "hub_0001": _FIRST_TABLES,
    "hub_0002": _FIRST_TABLES | {"hub_coordinator_token"},
}

log = logging.getLogger("helpdesk.hub")


@dataclass(frozen=True)
class Schema:
    """Which revision a database is at, and whether its version table says so."""

    revision: str | None  # None: an empty database (or one that is not the hub's)
    stamped: bool  # False: made by create_all before migrations; its tables tell the revision
    foreign: bool = False  # it holds tables that are not the hub's

    @property
    def at_head(self) -> bool:
        """Nothing to do: stamped with this version's newest revision."""
        return self.stamped and self.revision == HUB_REVISION


def read_schema(conn: Connection) -> Schema:
    """The revision of the database behind ``conn``, read without writing."""
    tables = set(inspect(conn).get_table_names())
    if VERSION_TABLE in tables:
        revision = conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        if revision is not None:
            return Schema(revision, stamped=True)
        tables.discard(VERSION_TABLE)  # emptied: the tables tell, as before migrations
    if not tables:
        return Schema(None, stamped=False)
    for revision, known in _TABLES_BEFORE_MIGRATIONS.items():
        if tables == known:
            if revision == "hub_0002" and "desk_id" in {
                    c["name"] for c in inspect(conn).get_columns("hub_token")}:
                revision = "hub_0003"  # the same tables, with the token's desk column
            return Schema(revision, stamped=False)
    return Schema(None, stamped=False, foreign=True)


def upgrade_hub(db: HubDb) -> Path | None:
    """Create or migrate the hub's database; the SQLite backup made, if a migration ran on data."""
    schema = _look(db)
    if schema.at_head:
        return None
    _refuse_strangers(db, schema)
    with db.write() as conn:
        # Again under the hub's write lock: another hub process may have migrated meanwhile,
        # and two must never both create the tables. (PostgreSQL's default READ COMMITTED
        # lets this read, after the lock, see what that other hub committed.)
        schema = read_schema(conn)
        if schema.at_head:
            return None
        _refuse_strangers(db, schema)
        backup = _backup(db, schema)
        _migrate(conn, schema)
    if schema.revision not in (None, HUB_REVISION):
        log.warning("the hub's database was updated from revision %s to %s%s", schema.revision,
                    HUB_REVISION, f"; a copy from before is at {backup}" if backup else "")
    return backup


def _look(db: HubDb) -> Schema:
    # A refused SQLite file must stay as it was, so it is read through a read-only engine:
    # the hub's own engine switches a file to WAL on connecting, which is already a write.
    if not db.is_sqlite:
        with db.read() as conn:
            return read_schema(conn)
    from helpdesk.store.engine import open_read_only_engine

    path = _sqlite_file(db)
    if not path.exists():
        return Schema(None, stamped=False)
    engine = open_read_only_engine(path)
    try:
        with engine.connect() as conn:
            return read_schema(conn)
    finally:
        engine.dispose()


def _sqlite_file(db: HubDb) -> Path:
    # The hub opens SQLite by file (db._engine_for), never in memory: its URL names one.
    database = db.engine.url.database
    assert database is not None, "the hub's SQLite database is a file"
    return Path(database)


def _refuse_strangers(db: HubDb, schema: Schema) -> None:
    # Another program's database, or a newer hub's: this version must not change either.
    if schema.foreign:
        url = db.engine.url
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The database {database} holds tables that are not the hub's; give the "
                      "hub a database of its own."),
            database=url.database if db.is_sqlite else url.render_as_string(hide_password=True))
    if schema.stamped and schema.revision not in known_revisions(MIGRATIONS_DIR):
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "This hub database was made by a newer version of Helpdesk; install "
                      "that version (or newer) to open it."))


def _backup(db: HubDb, schema: Schema) -> Path | None:
    # A copy of a SQLite file before its tables change (stamping alone changes none of them);
    # on PostgreSQL the coordinator's own backups do this job.
    if not db.is_sqlite or schema.revision in (None, HUB_REVISION):
        return None
    return backup_store(_sqlite_file(db), schema.revision)


def _migrate(conn: Connection, schema: Schema) -> None:
    from alembic import command  # only here: a database at the head never needs it

    # Alembic runs inside the caller's transaction: on failure nothing of it stays.
    config = alembic_config(conn, MIGRATIONS_DIR)
    if schema.revision is not None and not schema.stamped:
        command.stamp(config, schema.revision)
    command.upgrade(config, "head")

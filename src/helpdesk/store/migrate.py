"""Bring ``helpdesk.db`` to this version's schema: refuse newer files, back up before migrating.

The check runs on a read-only stdlib connection first, so a file made by a newer Helpdesk is
never written to (not even the WAL switch), and a store already at the head revision never
pays for importing Alembic.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from helpdesk.core.atomic_files import STALE_SECONDS, remove_leftovers, replacing
from helpdesk.core.errors import QT_TRANSLATE_NOOP, StoreError, StorePermissionError
from helpdesk.store.cipher import connect, driver_errors
from helpdesk.store.disk_trouble import NO_PERMISSION, disk_trouble
from helpdesk.store.schema_version import SCHEMA_REVISION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BASE = "base"  # what Alembic calls a file without a revision


def read_revision(db_path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision stamped in the file; ``"base"`` if it has none; None if it is empty.

    Raises ``StoreError`` when the file is not a database or not a Helpdesk store. ``key``
    opens an encrypted store.
    """
    try:
        conn = connect(db_path, key, read_only=True)
        try:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                return row[0] if row else BASE
        finally:
            conn.close()
    except driver_errors() as exc:
        raise unreadable_store(exc, db_path) from None
    if tables:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The data file {path} is not a Helpdesk data file; "
                      "choose another data folder."), path=str(db_path))
    return None


def unreadable_store(exc: Exception, db_path: Path) -> StoreError:
    """Why the file could not be read, told apart: only a damaged file is called damaged."""
    trouble = disk_trouble(exc, db_path)
    if trouble is not None:
        return trouble
    if Path(db_path).exists() and not os.access(db_path, os.R_OK):
        return StorePermissionError(NO_PERMISSION, path=str(db_path))
    return StoreError(QT_TRANSLATE_NOOP(
        "errors", "The data file {path} cannot be read ({reason}); check that its disk is "
                  "connected and try again."), path=str(db_path), reason=str(exc))


def alembic_config(connection=None, folder: Path = MIGRATIONS_DIR):
    """Alembic's configuration for a migrations folder (no alembic.ini: works from a wheel).

    The desk's folder by default; the hub passes its own.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(folder))
    config.attributes["connection"] = connection
    return config


def run_env(context, target_metadata, **options) -> None:
    """What each migrations folder's env.py does: migrate through the connection handed over.

    ``context`` is ``alembic.context``; ``options`` go to its ``configure`` as they are.
    """
    if context.is_offline_mode():
        raise RuntimeError("Helpdesk migrates its own databases; offline mode is not used.")
    context.configure(connection=context.config.attributes["connection"],
                      target_metadata=target_metadata, **options)
    with context.begin_transaction():
        context.run_migrations()


def known_revisions(folder: Path = MIGRATIONS_DIR) -> set[str]:
    """Every revision this version of Helpdesk knows how to migrate from."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(folder=folder))
    return {rev.revision for rev in script.walk_revisions()}


def head_revision(folder: Path = MIGRATIONS_DIR) -> str | None:
    """The newest revision among the migration scripts; None in a folder without any."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(folder=folder)).get_current_head()


def backup_store(db_path: Path, revision: str, key: bytes | None = None) -> Path:
    """Copy the file (with what its WAL holds) next to it before a migration changes it.

    Used for the hub's SQLite file too: ``NAME.bak-REVISION-TIME`` beside it. The copy of an
    encrypted store (``key``) is encrypted with the same key.
    """
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = db_path.with_name(f"{db_path.name}.bak-{revision}-{stamp}")
    # Written under a temporary name: a start-up killed half-way leaves no half backup that
    # looks whole, and the next one removes what such a start-up left.
    remove_leftovers(db_path.parent, lambda name: name.startswith(f"{db_path.name}.bak-"),
                     older_than=STALE_SECONDS)
    with replacing(target, private=True, tidy=False) as temp:
        source = connect(db_path, key)
        try:
            copy = connect(temp, key)
            try:
                source.backup(copy)  # consistent even with a WAL beside the file
            finally:
                copy.close()
        finally:
            source.close()
    return target


def upgrade_store(db_path: Path, key: bytes | None = None) -> Path | None:
    """Create or migrate the store at ``db_path``; the backup made, if a migration ran on data.

    ``key`` opens (or creates) an encrypted store.
    """
    db_path = Path(db_path)
    revision = read_revision(db_path, key) if db_path.exists() else None
    if revision == SCHEMA_REVISION:
        return None
    backup = None
    if revision is not None:
        if revision != BASE and revision not in known_revisions():
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "This data was made by a newer version of Helpdesk; install that "
                          "version (or newer) to open it."))
        from helpdesk.store.backups import make_backup

        backup = make_backup(db_path, "before-migration", key=key)
    _run_upgrade(db_path, key)
    return backup


def _run_upgrade(db_path: Path, key: bytes | None) -> None:
    from alembic import command

    from helpdesk.store.engine import open_engine

    engine = open_engine(db_path, key)
    try:
        with engine.connect() as conn:
            # Batch migrations copy and drop tables; foreign keys must be off while they do,
            # and the pragma only changes outside a transaction (hence the driver's own call).
            driver = conn.connection.dbapi_connection
            assert driver is not None  # None only once invalidated; this one was just opened
            driver.execute("PRAGMA foreign_keys=OFF")
            command.upgrade(alembic_config(conn), "head")
            conn.commit()
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "errors", "Updating the data file left broken links; restore the backup "
                              "next to it and tell your coordinator."))
    finally:
        engine.dispose()

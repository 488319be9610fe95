"""Free-text notes expire: erased once older than the desk's retention period.

A note is the one place a visitor's story may be written down; it is kept only as long as
the desk needs it (90 days unless a coordinator says otherwise). Erasing overwrites the text
in the file (``secure_delete``) and the purge then checkpoints the WAL, so the old text does
not stay behind in it either.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.changes import Change, ChangeLog, announces
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.services import audit
from helpdesk.store.backups import make_backup
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import store_info_table, visit_table

RETENTION_KEY = "note_retention_days"
DEFAULT_RETENTION_DAYS = 90
MAX_RETENTION_DAYS = 3650


def retention_days(db: Session) -> int:
    """How many days a note is kept (the desk's setting, else the default)."""
    value = db.scalar(select(store_info_table.c.value)
                      .where(store_info_table.c.key == RETENTION_KEY))
    try:
        return int(value) if value is not None else DEFAULT_RETENTION_DAYS
    except ValueError:
        return DEFAULT_RETENTION_DAYS


def _check_days(days: int) -> int:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "Give a number of days between 1 and {most}."),
            field="days", most=MAX_RETENTION_DAYS)
    return days


class NoteService:
    """The retention of notes and their purge."""

    def __init__(self, engine: Engine, signed_in: SignedIn,
                 changes: ChangeLog | None = None, *, data_dir: Path | None = None,
                 key: bytes | None = None) -> None:
        self._engine = engine
        # Where the store is, for the backup before a purge (None: a store without a folder,
        # as some tests build; no backup then). ``key``: a protected store's backups are
        # encrypted with it.
        self._db_path = Path(data_dir) / DB_FILENAME if data_dir is not None else None
        self._key = key
        self._signed_in = signed_in
        self.changes = changes or ChangeLog()

    def retention_days(self) -> int:
        """How many days a note is kept before it is erased."""
        with reading(self._engine) as db:
            return retention_days(db)

    def set_retention_days(self, days: int) -> None:
        """Change how long notes are kept (a coordinator's setting)."""
        self._signed_in.require("settings")
        _check_days(days)
        with writing(self._engine) as db:
            before = retention_days(db)
            db.execute(delete(store_info_table).where(store_info_table.c.key == RETENTION_KEY))
            db.execute(insert(store_info_table).values(key=RETENTION_KEY, value=str(days)))
            audit.append(db, self._signed_in, "settings changed", None,
                         setting=RETENTION_KEY, before=before, after=days)

    def erased_on(self, started_at: datetime) -> datetime:
        """When the note of a visit that started at ``started_at`` will be erased."""
        return started_at + timedelta(days=self.retention_days())

    @announces(Change.VISITS)
    def purge(self, older_than_days: int | None = None) -> int:
        """Erase the notes of visits older than the retention (or ``older_than_days``).

        Returns how many notes were erased. Anyone may run the desk's own retention; a
        shorter period than the desk's is a coordinator's decision. When there is something
        to erase, a checked backup is made first (an erased note cannot be brought back
        otherwise); a backup that cannot be made stops the purge with its sentence.
        """
        with reading(self._engine) as db:
            days = retention_days(db)
            if older_than_days is not None and older_than_days != days:
                self._signed_in.require("settings")
                days = _check_days(older_than_days)
            cutoff = datetime.now(timezone.utc) - timedelta(days=days)
            due = (visit_table.c.note != "", visit_table.c.started_at < cutoff)
            if not db.scalar(select(func.count()).select_from(visit_table).where(*due)):
                return 0
        if self._db_path is not None:
            make_backup(self._db_path, "before-purge", key=self._key)
        with writing(self._engine) as db:
            erased = db.connection().execute(
                update(visit_table).where(*due).values(note="")).rowcount
            if erased:
                audit.append(db, self._signed_in, "notes erased", None, count=erased,
                             older_than_days=days)
        if erased:
            # The old text is in the WAL's frames until they are copied back and cut off.
            checkpoint(self._engine)
        return erased


def checkpoint(engine: Engine) -> None:
    """Copy the WAL back into the file and truncate it (outside any transaction)."""
    with engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None  # None only once invalidated; this one was just checked out
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")

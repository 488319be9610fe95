"""Free-text notes expire: erased once older than the desk's retention period.

A note is the one place a visitor's story may be written down; it is kept only as long as
the desk needs it (90 days unless a coordinator says otherwise). Erasing overwrites the text
in the file (``secure_delete``) and the purge then checkpoints the WAL, so the old text does
not stay behind in it either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.changes import Change, ChangeLog, announces
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.services import audit
from helpdesk.store import backups
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
                 changes: ChangeLog | None = None, *, db_path: Path | None = None,
                 key: bytes | None = None) -> None:
        self._engine = engine
        self._db_path = db_path
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

    def count_to_erase(self, older_than_days: int | None = None) -> int:
        """How many notes ``purge`` would erase now (for its confirmation)."""
        with reading(self._engine) as db:
            days = retention_days(db) if older_than_days is None else _check_days(older_than_days)
            return db.scalar(select(func.count()).select_from(visit_table)
                             .where(*_to_erase(days))) or 0

    def backup_before_purge(self) -> Path | None:
        """The checked backup a purge makes first (issue 11); None for a store in memory."""
        if self._db_path is None:
            return None
        return backups.make_backup(self._db_path, "before-purge", key=self._key)

    def plan_purge(self, older_than_days: int | None = None) -> PurgePlan:
        """Which visits' notes a purge erases now: a read, off the writer (a full look at
        the visits older than the cutoff takes about a second on a million visits).

        Anyone may run the desk's own retention; a shorter period than the desk's is a
        coordinator's decision.
        """
        with reading(self._engine) as db:
            days = retention_days(db)
            if older_than_days is not None and older_than_days != days:
                self._signed_in.require("settings")
                days = _check_days(older_than_days)
            ids = tuple(db.scalars(select(visit_table.c.id).where(*_to_erase(days))))
        return PurgePlan(days=days, visit_ids=ids)

    @announces(Change.VISITS)
    def erase(self, plan: PurgePlan) -> int:
        """Erase the notes ``plan`` found (the writer's part: by id, a few milliseconds).

        The conditions are checked again, so a visit changed since the plan is erased only
        if it is still old and still has a note. Call ``backup_before_purge`` first.
        """
        erased = 0
        with writing(self._engine) as db:
            for start in range(0, len(plan.visit_ids), _CHUNK):
                chunk = plan.visit_ids[start:start + _CHUNK]
                erased += db.connection().execute(update(visit_table).where(
                    visit_table.c.id.in_(chunk), *_to_erase(plan.days)).values(note="")
                ).rowcount
            if erased:
                audit.append(db, self._signed_in, "notes erased", None, count=erased,
                             older_than_days=plan.days)
        if erased:
            # The old text is in the WAL's frames until they are copied back and cut off.
            checkpoint(self._engine)
        return erased

    @announces(Change.VISITS)
    def purge(self, older_than_days: int | None = None) -> int:
        """Erase the notes of visits older than the retention (or ``older_than_days``).

        Returns how many notes were erased. When there is something to erase, a checked
        backup ("before-purge") is made first; no backup, no purge. All in the calling
        thread (the command line); the GUI runs ``plan_purge`` and the backup off the
        writer, then ``erase`` on it.
        """
        plan = self.plan_purge(older_than_days)
        if not plan.visit_ids:
            return 0
        self.backup_before_purge()
        return self.erase(plan)


_CHUNK = 500  # ids per UPDATE: well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class PurgePlan:
    """The notes a purge will erase: the retention it applies and the visits concerned."""

    days: int
    visit_ids: tuple[str, ...]


def _to_erase(days: int) -> tuple:
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    return (visit_table.c.note != "", visit_table.c.started_at < cutoff)


def checkpoint(engine: Engine) -> None:
    """Copy the WAL back into the file and truncate it (outside any transaction)."""
    with engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None  # None only once invalidated; this one was just checked out
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")

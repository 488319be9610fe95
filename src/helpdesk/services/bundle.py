"""The service bundle: opens the store and hands out one service per area."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from helpdesk.core.changes import ChangeLog
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.data_folder import is_network_folder
from helpdesk.core.errors import (
    QT_TRANSLATE_NOOP,
    StoreDamagedError,
    StoreError,
    StoreReadOnlyError,
)
from helpdesk.services.desk import DeskService
from helpdesk.services.intake import IntakeService
from helpdesk.services.reports import ReportService
from helpdesk.services.sessions import SessionService
from helpdesk.services.sync import SyncService
from helpdesk.services.taxonomy import TaxonomyService, seed_taxonomy
from helpdesk.services.visit_list import VisitListService
from helpdesk.store import backups
from helpdesk.store.disk_trouble import READ_ONLY, disk_trouble
from helpdesk.store.engine import open_engine, writing
from helpdesk.store.migrate import upgrade_store

log = logging.getLogger(__name__)


class Services:
    """Everything the GUI and the command line call, over one store."""

    def __init__(self, engine: Engine, data_dir: Path) -> None:
        self.engine = engine
        self.data_dir = Path(data_dir)
        # What the writes of the running job changed: the GUI announces it once the job ends.
        self.changes = ChangeLog()
        self.desk = DeskService(engine, self.data_dir)
        self.sessions = SessionService(engine)
        self.intake = IntakeService(engine, self.changes)
        self.visits = VisitListService(engine)
        self.taxonomy = TaxonomyService(engine)
        self.sync = SyncService(engine, self.data_dir, changes=self.changes)
        self.reports = ReportService(engine)

    @classmethod
    def open(cls, data_dir: Path, *, daily_backup: bool = True) -> Services:
        """Open (creating or migrating) ``data_dir/helpdesk.db``; back it up once a day."""
        data_dir = Path(data_dir)
        _prepare_folder(data_dir)
        db_path = data_dir / DB_FILENAME
        engine = None
        try:
            upgrade_store(db_path)
            if daily_backup:
                _daily_backup(db_path)
            engine = open_engine(db_path)
            with writing(engine) as db:
                seed_taxonomy(db)
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            # Disk full, read-only medium, a lock held too long: say so, in one sentence.
            if engine is not None:
                engine.dispose()
            trouble = disk_trouble(exc, db_path)
            if trouble is not None:
                raise trouble from None
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "The data file {path} cannot be opened for writing: {reason}."),
                path=str(db_path), reason=str(reason)) from None
        return cls(engine, data_dir)

    def close(self) -> None:
        """Close every connection to the store (everything saved is already committed).

        The write-ahead log is folded into the data file first, so the file alone holds
        everything and a USB stick can be pulled as soon as the app has quit.
        """
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (SQLAlchemyError, StoreError):
            # Another connection still reads (SQLite checkpoints when the last one closes), or
            # the disk is full: the WAL stays beside the file, with everything in it, safe.
            pass
        self.engine.dispose()


def _daily_backup(db_path: Path) -> None:
    """The day's backup; only a damaged store stops the opening.

    A backup needs as much room as the store, a save hardly any: a disk too full for the
    copy must not keep the desk from recording visits.
    """
    try:
        backups.daily_backup(db_path)
    except StoreDamagedError:
        raise
    except StoreError as exc:
        log.warning("no daily backup was made: %s", type(exc).__name__)


def _prepare_folder(data_dir: Path) -> None:
    if is_network_folder(data_dir):
        # SQLite's WAL needs shared memory and locks on one machine: records could be lost.
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} is on a network share, where the data file "
                      "could be damaged; choose a folder on this computer or a USB stick."),
            path=str(data_dir))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        trouble = disk_trouble(exc, data_dir / DB_FILENAME)
        if trouble is not None:
            raise trouble from None
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} cannot be created: {reason}."),
            path=str(data_dir), reason=exc.strerror or str(exc)) from None
    if not os.access(data_dir, os.W_OK | os.X_OK):
        if _read_only_medium(data_dir):
            raise StoreReadOnlyError(READ_ONLY, path=str(data_dir / DB_FILENAME))
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} cannot be written to; choose another folder."),
            path=str(data_dir))


def _read_only_medium(folder: Path) -> bool:
    # statvfs is POSIX only; on Windows a locked stick shows up as EACCES/EROFS on writing.
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False

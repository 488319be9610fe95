"""The service bundle: opens the store and hands out one service per area."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from helpdesk.core.changes import ChangeLog
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.errors import QT_TRANSLATE_NOOP, StoreError
from helpdesk.core.private_files import create_private_file, make_private_folder, tighten_folder
from helpdesk.services.desk import DeskService
from helpdesk.services.intake import IntakeService
from helpdesk.services.reports import ReportService
from helpdesk.services.sessions import SessionService
from helpdesk.services.sync import SyncService
from helpdesk.services.taxonomy import TaxonomyService, seed_taxonomy
from helpdesk.services.visit_list import VisitListService
from helpdesk.store.engine import open_engine, writing
from helpdesk.store.migrate import upgrade_store


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
    def open(cls, data_dir: Path) -> Services:
        """Open (creating or migrating) ``data_dir/helpdesk.db``."""
        data_dir = Path(data_dir)
        _prepare_folder(data_dir)
        db_path = data_dir / DB_FILENAME
        engine = None
        try:
            upgrade_store(db_path)
            engine = open_engine(db_path)
            with writing(engine) as db:
                seed_taxonomy(db)
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            # Disk full, read-only medium, a lock held too long: say so, in one sentence.
            if engine is not None:
                engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "The data file {path} cannot be opened for writing: {reason}."),
                path=str(db_path), reason=str(reason)) from None
        return cls(engine, data_dir)

    def close(self) -> None:
        """Close every connection to the store (everything saved is already committed)."""
        self.engine.dispose()


def _prepare_folder(data_dir: Path) -> None:
    try:
        make_private_folder(data_dir)
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} cannot be created: {reason}."),
            path=str(data_dir), reason=exc.strerror or str(exc)) from None
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} cannot be written to; choose another folder."),
            path=str(data_dir))
    # Owner-only, also for a folder and files made by a version before this rule.
    tighten_folder(data_dir)
    try:
        create_private_file(data_dir / DB_FILENAME)  # SQLite copies its mode to WAL and SHM
    except OSError:
        pass  # e.g. a read-only medium: opening the store says it in its own sentence

"""The service bundle: opens the store and hands out one service per area."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from helpdesk.core.access import Account, Protection, SignedIn, UnlockError
from helpdesk.core.changes import ChangeLog
from helpdesk.core.constants import DB_FILENAME
from helpdesk.core.data_folder import is_network_folder
from helpdesk.core.errors import (
    QT_TRANSLATE_NOOP,
    InputError,
    StoreDamagedError,
    StoreError,
    StoreReadOnlyError,
)
from helpdesk.core.private_files import create_private_file, make_private_folder, tighten_folder
from helpdesk.services import audit
from helpdesk.services.accounts import (
    AccountService, Sleep, check_passphrase, prepare_first_coordinator, recovery_key,
    signed_in_account, unlock_key)
from helpdesk.services.audit import AuditService
from helpdesk.services.desk import DeskService
from helpdesk.services.groups import GroupService
from helpdesk.services.intake import IntakeService
from helpdesk.services.lock import LockService
from helpdesk.services.notes import NoteService
from helpdesk.services.reports import ReportService
from helpdesk.services.sessions import SessionService
from helpdesk.services.sync import SyncService
from helpdesk.services.taxonomy import TaxonomyService, seed_taxonomy
from helpdesk.services.visit_list import VisitListService
from helpdesk.services.visitors import VisitorService
from helpdesk.store import backups
from helpdesk.store.cipher import driver_errors, is_encrypted
from helpdesk.store.disk_trouble import READ_ONLY, disk_trouble
from helpdesk.store.encrypt import encrypt_in_place, encrypt_plain_copies
from helpdesk.store.engine import open_engine, writing
from helpdesk.store.keys import write_key_file
from helpdesk.store.migrate import upgrade_store
from helpdesk.store.snapshot import read_protection

log = logging.getLogger(__name__)


class Services:
    """Everything the GUI and the command line call, over one store."""

    def __init__(self, engine: Engine, data_dir: Path, *, key: bytes | None = None,
                 account: Account | None = None) -> None:
        self.data_dir = Path(data_dir)
        # What the writes of the running job changed: the GUI announces it once the job ends.
        self.changes = ChangeLog()
        # Who is signed in (None on a store without accounts): every service checks it.
        self.signed_in = SignedIn(account)
        self._build(engine, key)

    def _build(self, engine: Engine, key: bytes | None) -> None:
        self.engine = engine
        self._key = key
        signed_in = self.signed_in
        self.desk = DeskService(engine, self.data_dir, signed_in=signed_in)
        self.sessions = SessionService(engine, signed_in=signed_in)
        self.intake = IntakeService(engine, self.changes, signed_in=signed_in)
        self.visits = VisitListService(engine, signed_in=signed_in)
        self.taxonomy = TaxonomyService(engine, signed_in=signed_in)
        self.sync = SyncService(engine, self.data_dir, changes=self.changes,
                                signed_in=signed_in, key=key)
        self.reports = ReportService(engine, signed_in=signed_in)
        self.accounts = AccountService(engine, self.data_dir, signed_in, key)
        self.audit = AuditService(engine, signed_in)
        self.notes = NoteService(engine, signed_in, self.changes,
                                 db_path=self.data_dir / DB_FILENAME, key=key)
        self.lock = LockService(engine, self.data_dir, signed_in)
        self.groups = GroupService(engine, self.changes, signed_in=signed_in)
        self.visitors = VisitorService(engine, signed_in, encrypted=key is not None)

    @property
    def protected(self) -> bool:
        """Whether the store is encrypted and opened with an account's key."""
        return self._key is not None

    @staticmethod
    def protection(data_dir: Path) -> Protection:
        """Whether the store in ``data_dir`` is protected, and its accounts' names.

        Reads nothing else (the lock screen's question; the GUI asks ``store.snapshot``).
        """
        return read_protection(Path(data_dir) / DB_FILENAME)

    @classmethod
    def open(cls, data_dir: Path, *, staff: str | None = None, passphrase: str | None = None,
             sleep: Sleep = time.sleep, daily_backup: bool = True) -> Services:
        """Open (creating or migrating) ``data_dir/helpdesk.db``; back it up once a day.

        A protected (encrypted) store needs ``staff`` and ``passphrase``: UnlockError, after a
        delay that grows with each wrong try, when they do not open it. A store without
        accounts opens as before and ignores them. The backup of a protected store is
        encrypted with its key.
        """
        data_dir = Path(data_dir)
        _prepare_folder(data_dir)
        if not is_encrypted(data_dir / DB_FILENAME):
            return cls._open_with_key(data_dir, None, daily_backup=daily_backup)
        if not staff or passphrase is None:
            raise UnlockError(QT_TRANSLATE_NOOP(
                "errors", "This desk is protected; sign in with your name and passphrase."))
        key, slot, failures = unlock_key(data_dir, staff, passphrase, sleep=sleep)
        services = cls._open_with_key(data_dir, key, daily_backup=daily_backup)
        try:
            services.signed_in.account = signed_in_account(services.engine, slot.staff_id)
            if failures:
                with writing(services.engine) as db:
                    audit.append(db, services.signed_in, "failed unlocks", None,
                                 count=failures)
        except BaseException:
            services.close()
            raise
        return services

    @classmethod
    def recover(cls, data_dir: Path, recovery_code: str, staff: str, new_passphrase: str, *,
                sleep: Sleep = time.sleep) -> Services:
        """Set a new passphrase for ``staff`` with the recovery code; signed in as them."""
        data_dir = Path(data_dir)
        _prepare_folder(data_dir)
        if not is_encrypted(data_dir / DB_FILENAME):
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "This desk has no accounts yet; add a coordinator first."))
        check_passphrase(new_passphrase)
        services = cls._open_with_key(data_dir, recovery_key(data_dir, recovery_code,
                                                             sleep=sleep))
        try:
            info = services.accounts.set_passphrase_by_recovery(staff, new_passphrase)
            services.signed_in.account = signed_in_account(services.engine, info.staff_id)
        except BaseException:
            services.close()
            raise
        return services

    @classmethod
    def _open_with_key(cls, data_dir: Path, key: bytes | None, *,
                       daily_backup: bool = False) -> Services:
        return cls(_open_engine(data_dir / DB_FILENAME, key, daily_backup=daily_backup),
                   data_dir, key=key)

    def daily_backup(self, cancelled: backups.Cancelled | None = None) -> None:
        """Today's backup, when none was made yet (the GUI's, after opening with
        ``daily_backup=False``: on a big store the copy takes seconds, and a visit can be
        saved meanwhile). Stops, leaving nothing, once ``cancelled()`` says so; a damaged
        store gives StoreDamagedError, a full disk only a line in the log (as at opening).
        """
        _daily_backup(self.data_dir / DB_FILENAME, self._key, cancelled)

    def protect(self, name: str, passphrase: str) -> str:
        """Make ``name`` the first coordinator and encrypt the store in place.

        Returns the recovery code, to show once. Every other connection to the store must be
        closed (this one is reopened encrypted); StoreError if one is open elsewhere.
        """
        if self._key is not None:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "This desk is already protected; a coordinator adds accounts."))
        first = prepare_first_coordinator(self.engine, name, passphrase)
        db_path = self.data_dir / DB_FILENAME
        self.engine.dispose()
        try:
            encrypt_in_place(db_path, first.key,
                             lambda: write_key_file(self.data_dir, first.keys))
            encrypt_plain_copies(self.data_dir, first.key, DB_FILENAME)
        finally:
            # Encrypted or, when the conversion failed, plain as before: open what is there.
            key = first.key if is_encrypted(db_path) else None
            self._build(_open_engine(db_path, key), key)
        self.signed_in.account = first.account
        return first.recovery_code

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


def _open_engine(db_path: Path, key: bytes | None, *, daily_backup: bool = False) -> Engine:
    engine = None
    try:
        upgrade_store(db_path, key)
        if daily_backup:
            _daily_backup(db_path, key)
        engine = open_engine(db_path, key)
        with writing(engine) as db:
            seed_taxonomy(db)
    except driver_errors(OSError, SQLAlchemyError) as exc:
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
    return engine


def _daily_backup(db_path: Path, key: bytes | None = None,
                  cancelled: backups.Cancelled | None = None) -> None:
    """The day's backup (encrypted with ``key`` when the store is); only damage stops the opening.

    A backup needs as much room as the store, a save hardly any: a disk too full for the
    copy must not keep the desk from recording visits.
    """
    try:
        backups.daily_backup(db_path, key=key, cancelled=cancelled)
    except backups.BackupStopped:
        log.info("the daily backup was stopped before it was done")
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
        make_private_folder(data_dir)
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
    # Owner-only, also for a folder and files made by a version before this rule.
    tighten_folder(data_dir)
    try:
        create_private_file(data_dir / DB_FILENAME)  # SQLite copies its mode to WAL and SHM
    except OSError:
        pass  # e.g. a read-only medium: opening the store says it in its own sentence


def _read_only_medium(folder: Path) -> bool:
    # statvfs is POSIX only; on Windows a locked stick shows up as EACCES/EROFS on writing.
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False

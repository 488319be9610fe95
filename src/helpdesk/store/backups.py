"""Backups of the desk's store in ``data/backups``: made, checked, kept, and restored.

A backup is made with SQLite's online backup API (consistent even while the WAL holds
recent saves), written under a temporary name, checked with ``PRAGMA quick_check``, flushed
and only then given its real name, so every ``helpdesk-*.db`` in the folder is a whole,
sound store. The folder and the files are the owner's only, like the store itself. The
backup of a protected (encrypted) store is made between two connections keyed with the
store's key, so it is encrypted too: no readable copy ever lands in the folder.

Made once a day and before every migration, import and purge (the day's backup of the GUI is
made beside the first saves, on its own thread: on a big store it takes seconds); kept: the three
newest, the newest of each of the last seven days that had one, and the newest of each of
the last four ISO weeks. A restore never overwrites anything: the current file (and its WAL)
is renamed aside first.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from helpdesk.core.atomic_files import STALE_SECONDS, remove_leftovers, replacing
from helpdesk.core.errors import QT_TRANSLATE_NOOP, StoreDamagedError, StoreError
from helpdesk.store.cipher import connect, driver_errors
from helpdesk.store.disk_trouble import DAMAGED, disk_trouble

FOLDER = "backups"
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 3, 7, 4
_NAME = re.compile(r"helpdesk-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.db\Z")
_STAMP = "%Y%m%dT%H%M%S%fZ"
# A backup that may be stopped copies this many pages (64 MB of 4 KB pages) between two
# looks at whether to stop; its check looks every this many SQLite steps.
STEP_PAGES = 16_384
CHECK_STEPS = 100_000
RESTARTS_BEFORE_ONE_STEP = 3

Cancelled = Callable[[], bool]


class BackupStopped(Exception):  # noqa: N818 - a stop asked for, not an error
    """A backup stopped half-way because it was asked to (the app is closing); nothing kept."""


@dataclass(frozen=True)
class Backup:
    """One backup file and when it was made (UTC)."""

    path: Path
    made_at: datetime
    reason: str


def backups_folder(db_path: Path) -> Path:
    """``backups`` beside the store, created owner-only when missing."""
    folder = Path(db_path).parent / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    try:
        os.chmod(folder, 0o700)  # also when it was made by hand or by an older copy
    except OSError:
        pass
    return folder


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of the store at ``db_path``, newest first."""
    folder = Path(db_path).parent / FOLDER
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and path.is_file():
                made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
                found.append(Backup(path, made, match.group(2)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _copy(source: Path, target: Path, key: bytes | None = None,
          cancelled: Cancelled | None = None) -> None:
    """SQLite's backup API from ``source`` into the file ``target``; then check the copy.

    With ``key`` both ends are SQLCipher connections keyed with it: the copy is encrypted.
    With ``cancelled`` the copy goes in steps and BackupStopped ends it once that says so
    (``_copy_in_steps``); without, it is one step.
    """
    with closing(connect(source, key)) as src, closing(connect(target, key)) as dst:
        if cancelled is None:
            src.backup(dst)
        else:
            _copy_in_steps(src, dst, cancelled)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no WAL beside
    with closing(connect(target, key, read_only=True)) as check:
        if cancelled is not None:  # reading a 1 GB copy back takes seconds: stop it too
            check.set_progress_handler(lambda: 1 if cancelled() else 0, CHECK_STEPS)
        try:
            rows = check.execute("PRAGMA quick_check(1)").fetchall()
        except driver_errors():
            if cancelled is not None and cancelled():
                raise BackupStopped from None
            raise
        if rows != [("ok",)]:
            raise StoreDamagedError(DAMAGED, path=str(source))


class _StartedOver(Exception):  # noqa: N818 - a signal between two functions, never seen
    """The stepped copy was started over too often by writes in between."""


def _copy_in_steps(src: Any, dst: Any, cancelled: Cancelled) -> None:
    """Copy ``STEP_PAGES`` at a time, looking at ``cancelled`` between two steps.

    A write by another connection between two steps makes SQLite start the copy over (the
    pages left to copy go up again). A desk's few saves a minute leave it time to finish; a
    burst (a stick's batches imported) could start it over and over, so after
    ``RESTARTS_BEFORE_ONE_STEP`` the rest is one step, which no write starts over: it is
    consistent, only no longer stoppable half-way.
    """
    before: int | None = None  # pages left after the step before
    restarts = 0

    def step(_status: int, remaining: int, _total: int) -> None:
        nonlocal before, restarts
        if cancelled():
            raise BackupStopped
        if before is not None and remaining >= before:
            restarts += 1
            if restarts >= RESTARTS_BEFORE_ONE_STEP:
                raise _StartedOver
        before = remaining

    try:
        src.backup(dst, pages=STEP_PAGES, progress=step)
    except _StartedOver:
        src.backup(dst)


def _plain(exc: BaseException, db_path: Path, message: str, **args: str) -> StoreError:
    """The disk's own trouble when it is one, else ``message``."""
    return disk_trouble(exc, db_path) or StoreError(message, **args)


def make_backup(db_path: Path, reason: str, now: datetime | None = None, *,
                key: bytes | None = None, cancelled: Cancelled | None = None) -> Path:
    """A checked copy of the store in ``backups``; then the old ones beyond the keep rules go.

    ``reason`` names why ("daily", "before-migration", "before-import", "manual"…). A
    damaged store gives StoreDamagedError and leaves the backups already there untouched.
    ``key``: the store is encrypted with it, and so is the backup. ``cancelled``: asked
    between steps; once it says so, BackupStopped and no file is left (see ``_copy``).
    """
    db_path = Path(db_path)
    now = now or datetime.now(timezone.utc)
    try:
        folder = backups_folder(db_path)
        target = folder / f"helpdesk-{now.strftime(_STAMP)}-{reason}.db"
        # A backup cut short by a kill (or a closing app's daily one) left its part-copy,
        # as big as the store: gone once it is clearly no one's copy in progress.
        remove_leftovers(folder, lambda name: _NAME.match(name) is not None,
                         older_than=STALE_SECONDS)
        # tidy=False: the line above already tidied; an empty file is an empty database.
        with replacing(target, private=True, tidy=False) as temp:
            try:
                _copy(db_path, temp, key, cancelled)
            except BaseException:
                for leftover in (temp, Path(f"{temp}-journal")):
                    leftover.unlink(missing_ok=True)
                raise
            os.chmod(temp, 0o600)
    except driver_errors(OSError) as exc:
        raise _plain(exc, db_path, QT_TRANSLATE_NOOP(
            "errors", "No backup of {path} could be made: {reason}."), path=str(db_path),
            reason=str(exc)) from None
    prune(db_path)
    return target


def daily_backup(db_path: Path, now: datetime | None = None, *,
                 key: bytes | None = None, cancelled: Cancelled | None = None) -> Path | None:
    """A backup when none was made today (UTC); the one made, or None."""
    now = now or datetime.now(timezone.utc)
    if not Path(db_path).exists():
        return None
    if any(b.made_at.date() == now.date() for b in list_backups(db_path)):
        return None
    return make_backup(db_path, "daily", now, key=key, cancelled=cancelled)


def kept(backups: list[Backup]) -> set[Path]:
    """Which of ``backups`` (newest first) the keep rules keep."""
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    days: dict = {}
    weeks: dict = {}
    for backup in backups:  # newest first: the first of each day or week is its newest
        days.setdefault(backup.made_at.date(), backup.path)
        weeks.setdefault(backup.made_at.isocalendar()[:2], backup.path)
    keep.update(list(days.values())[:KEEP_DAYS])
    keep.update(list(weeks.values())[:KEEP_WEEKS])
    return keep


def prune(db_path: Path) -> int:
    """Remove the backups the keep rules no longer keep; how many went."""
    backups = list_backups(db_path)
    keep = kept(backups)
    gone = 0
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            gone += 1
    return gone


def check_backup(path: Path, key: bytes | None = None) -> None:
    """StoreError unless ``path`` is a sound Helpdesk store (read-only look)."""
    from helpdesk.store.health import quick_check  # health -> migrate: not at import time

    if not Path(path).is_file():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "There is no backup file {path}."),
                         path=str(path))
    quick_check(Path(path), key)


def restore(db_path: Path, backup: Path, now: datetime | None = None, *,
            key: bytes | None = None) -> Path:
    """Put ``backup`` in place of the store; the current file is renamed aside, never lost.

    Returns the name the current file now has. Close every connection to the store first.
    ``key`` opens an encrypted backup (the restored store stays encrypted with it).
    """
    db_path, backup = Path(db_path), Path(backup)
    check_backup(backup, key)
    now = now or datetime.now(timezone.utc)
    aside = db_path.with_name(f"{db_path.name}.before-restore-{now.strftime(_STAMP)}")
    try:
        if db_path.exists():
            if aside.exists():
                raise FileExistsError(aside)
            # The WAL and its index belong to the file: they move with it, under its new name.
            os.rename(db_path, aside)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{db_path}{suffix}")
                if side.exists():
                    os.rename(side, Path(f"{aside}{suffix}"))
        with replacing(db_path, private=True) as temp:
            _copy(backup, temp, key)
            os.chmod(temp, 0o600)
    except driver_errors(OSError) as exc:
        raise _plain(exc, db_path, QT_TRANSLATE_NOOP(
            "errors", "The backup could not be restored: {reason}. The data file was kept "
                      "as {aside}."), reason=str(exc), aside=str(aside)) from None
    return aside

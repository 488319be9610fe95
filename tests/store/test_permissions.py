"""The data folder is owner-only, and so is every file the desk writes in it."""

from __future__ import annotations

import os
import stat
import sqlite3

import pytest

from helpdesk.services import Services
from helpdesk.store.migrate import backup_store
from helpdesk.sync.lock import SyncLock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    """The permission bits of ``path``."""
    return stat.S_IMODE(os.stat(path).st_mode)


def loose_modes(folder) -> dict[str, int]:
    """Every file and folder under ``folder`` (itself included) that others could read."""
    found = {".": mode(folder)} if mode(folder) & 0o077 else {}
    for path in folder.rglob("*"):
        if mode(path) & 0o077:
            found[str(path.relative_to(folder))] = mode(path)
    return found


def test_a_new_store_is_owner_only(tmp_path, ready_services):
    """The folder is 0700; the database, its WAL and shared memory, a backup and the sync lock 0600."""
    folder = ready_services.data_dir
    lock = SyncLock(folder)
    assert lock.acquire()
    lock.release()
    backup = backup_store(folder / "helpdesk.db", "0004")
    names = {p.name for p in folder.iterdir()}
    assert {"helpdesk.db", "helpdesk.db-wal", "helpdesk.db-shm", "sync.lock", backup.name} <= names
    assert mode(folder) == 0o700
    assert loose_modes(folder) == {}


def test_a_folder_made_by_an_older_version_is_tightened_when_opened(tmp_path):
    """A 0755 folder with a 0644 store, WAL and an old backup becomes 0700 / 0600 on opening."""
    old = os.umask(0o022)
    try:
        folder = tmp_path / "old"
        folder.mkdir(mode=0o755)
        conn = sqlite3.connect(folder / "helpdesk.db")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        (folder / "helpdesk.db.bak-0001-x").write_bytes(b"old copy")
        (folder / "backups").mkdir()
        (folder / "backups" / "copy.db").write_bytes(b"old copy")
        assert loose_modes(folder)  # the way older versions left it
        conn.close()
        (folder / "helpdesk.db").unlink()  # not a store: start afresh, keep the other files
        conn = sqlite3.connect(folder / "helpdesk.db")
        conn.close()
        os.chmod(folder / "helpdesk.db", 0o644)
        Services.open(folder).close()
    finally:
        os.umask(old)
    assert mode(folder) == 0o700
    assert loose_modes(folder) == {}


def test_a_store_created_under_a_loose_umask_is_still_owner_only(tmp_path):
    """Even with umask 000 the new store and its WAL are 0600 (created before SQLite makes them)."""
    old = os.umask(0)
    try:
        folder = tmp_path / "fresh"
        services = Services.open(folder)
        services.desk.complete_first_run(language="en", desk_name="D", spot_name="S",
                                         spot_kind="outreach", helper_names=["A"])
        assert (folder / "helpdesk.db-wal").exists()
        assert loose_modes(folder) == {}
        services.close()
    finally:
        os.umask(old)

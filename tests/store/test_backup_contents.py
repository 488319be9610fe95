"""The copy taken before a migration holds everything saved, also what still sits in the WAL."""

from __future__ import annotations

import sqlite3

from helpdesk.store.migrate import backup_store


def test_the_backup_holds_what_only_the_wal_has(tmp_path):
    """Rows committed but not yet checkpointed into the main file are in the backup."""
    db_path = tmp_path / "helpdesk.db"
    writer = sqlite3.connect(db_path)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")  # keep every commit in the WAL
        writer.execute("CREATE TABLE visit (id TEXT PRIMARY KEY, outcome TEXT)")
        writer.executemany("INSERT INTO visit VALUES (?, ?)",
                           [(f"v{n}", "solved") for n in range(50)])
        writer.commit()
        assert (tmp_path / "helpdesk.db-wal").stat().st_size > 0
        backup = backup_store(db_path, "0001")
    finally:
        writer.close()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM visit").fetchone() == (50,)


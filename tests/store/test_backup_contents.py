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


def test_each_copy_is_named_by_the_revision_and_the_utc_time_it_was_taken(tmp_path,
                                                                          monkeypatch):
    """``NAME.bak-REVISION-TIME`` with the time in UTC to the microsecond, whatever the
    machine's zone: two copies at the same revision never take each other's name, and the
    names sort in the order they were taken."""
    import re
    import time
    from datetime import datetime, timezone

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14: a local time is a day off
    time.tzset()
    try:
        db_path = tmp_path / "hub.db"
        with sqlite3.connect(db_path) as conn:
            conn.execute("CREATE TABLE t (x)")
        before = datetime.now(timezone.utc)
        first = backup_store(db_path, "0003")
        second = backup_store(db_path, "0003")
        after = datetime.now(timezone.utc)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    stamps = []
    for backup in (first, second):
        found = re.fullmatch(r"hub\.db\.bak-0003-(\d{8}T\d{12}Z)", backup.name)
        assert found, backup.name
        stamps.append(datetime.strptime(found[1], "%Y%m%dT%H%M%S%fZ").replace(
            tzinfo=timezone.utc))
    assert before <= stamps[0] < stamps[1] <= after
    assert first.exists() and second.exists()


def test_a_copy_another_start_up_is_still_writing_is_left_alone(tmp_path):
    """Only a half copy untouched for an hour is a killed start-up's leftover; a fresh one may
    be another start-up's copy being written right now, and stays."""
    import os

    from helpdesk.core.atomic_files import leftovers

    db_path = tmp_path / "hub.db"
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE t (x)")
    being_written = tmp_path / ".hub.db.bak-0003-20261202T120000000000Z.0123abcd.part"
    being_written.write_bytes(b"half a co")
    os.utime(being_written, None)  # touched just now
    backup_store(db_path, "0003")
    assert being_written.exists()
    assert [part for part, _name in leftovers(tmp_path)] == [being_written]

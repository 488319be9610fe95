"""What a killed process leaves half-written — temporary files of sheets, exports, backups,
the hub's sheet folders — is removed the next time, and nothing that is not ours."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest
from sync_support import add_visits, kill_mid_write

from helpdesk.core.atomic_files import STALE_SECONDS, leftovers, replacing, write_bytes_atomically

LONG_AGO = time.time() - STALE_SECONDS - 60


def _left(folder, name: str, *, when: float = LONG_AGO, tag: str = "0123abcd"):
    part = folder / f".{name}.{tag}.part"
    part.write_bytes(b"half a sh")
    os.utime(part, (when, when))
    return part


def test_writing_a_file_removes_what_a_killed_writer_of_it_left(tmp_path):
    """An hour-old temporary of the same file goes; a fresh one (another writer may be at it),
    one of another file, and anything not named like ours stay."""
    old = _left(tmp_path, "sheet.pdf")
    fresh = _left(tmp_path, "sheet.pdf", when=time.time(), tag="4567cdef")
    other = _left(tmp_path, "other.pdf")
    mine = tmp_path / ".sheet.pdf.part"
    mine.write_bytes(b"the user's own")
    write_bytes_atomically(tmp_path / "sheet.pdf", b"%PDF")
    assert not old.exists()
    assert fresh.exists() and other.exists() and mine.exists()
    assert sorted(name for _part, name in leftovers(tmp_path)) == ["other.pdf", "sheet.pdf"]
    assert sorted(os.listdir(tmp_path)) == sorted([".sheet.pdf.part", fresh.name, other.name,
                                                   "sheet.pdf"])


def test_tidy_false_leaves_leftovers_to_the_caller(tmp_path):
    """The CSV folder target tidies once per run, not at every file."""
    old = _left(tmp_path, "batch.csv")
    with replacing(tmp_path / "batch.csv", tidy=False) as temp:
        temp.write_bytes(b"x")
    assert old.exists()


def test_a_backup_is_written_whole_or_not_at_all_and_old_halves_go(tmp_path):
    """The pre-migration copy goes through a temporary name (a kill never leaves a half copy
    that looks whole), owner-only, and the next copy removes an old half one."""
    import sqlite3
    import stat

    from helpdesk.store.migrate import backup_store

    db_path = tmp_path / "helpdesk.db"
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE t (x)")
    half = _left(tmp_path, "helpdesk.db.bak-0001-20260101T000000000000Z")
    other = _left(tmp_path, "notes.db.bak-0001-20260101T000000000000Z")
    backup = backup_store(db_path, "0001")
    assert not half.exists() and other.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == [other.name]
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]


def test_the_hub_removes_sheet_folders_a_killed_hub_left(tmp_path, monkeypatch):
    """Old ``helpdesk-hub-sheet-*`` folders in the temporary folder go at start; a fresh one
    (another hub at work) and other folders stay."""
    import tempfile

    from helpdesk.hub.reports import SHEET_FOLDER_PREFIX, remove_stale_sheet_folders

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = tmp_path / (SHEET_FOLDER_PREFIX + "old")
    fresh = tmp_path / (SHEET_FOLDER_PREFIX + "fresh")
    stranger = tmp_path / "someone-else"
    for folder in (old, fresh, stranger):
        folder.mkdir()
        (folder / "helpdesk-2026-W47.xlsx").write_bytes(b"PK")
    for folder in (old, stranger):
        os.utime(folder, (LONG_AGO, LONG_AGO))
    assert remove_stale_sheet_folders() == 1
    assert not old.exists() and fresh.exists() and stranger.exists()



@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_a_sheet_export_killed_mid_write_is_cleaned_by_the_next_one(ready_services,
                                                                    data_dir, tmp_path):
    """`helpdesk report` killed while the sheet's temporary file is written: the sheet is
    not there (never half of it), and the next export of it removes the leftover."""
    add_visits(ready_services, 5)
    out = tmp_path / "sheets" / "week.csv"
    out.parent.mkdir()
    today = date.today()
    args = ["--data-dir", str(data_dir), "report", "--from", str(today - timedelta(days=7)),
            "--to", str(today + timedelta(days=1)), "--format", "csv", "--out", str(out)]
    kill_mid_write(args, tmp_path / "held")
    [(part, name)] = leftovers(out.parent)
    assert name == "week.csv" and not out.exists()
    os.utime(part, (LONG_AGO, LONG_AGO))  # an hour later
    again = subprocess.run([sys.executable, "-m", "helpdesk", *args], capture_output=True,
                           text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert sorted(os.listdir(out.parent)) == ["week.csv"]

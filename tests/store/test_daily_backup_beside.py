"""The day's backup made beside the first saves: it can be stopped, leaves nothing half-made,
and a part-copy left by a killed one is cleared by the next backup."""

from __future__ import annotations

import os
import time

import pytest

from helpdesk.core.atomic_files import STALE_SECONDS
from helpdesk.core.records import VisitDraft
from helpdesk.services import Services
from helpdesk.store import backups


def _draft(services) -> VisitDraft:
    return VisitDraft(session_id=None, spot_id=services.desk.spots()[0].id, staff_id=None,
                      question_types=("email",), outcome="solved")


def _opened_as_the_gui_does(data_dir) -> Services:
    services = Services.open(data_dir, daily_backup=False)
    services.desk.complete_first_run(language="en", desk_name="Test desk",
                                     spot_name="Buurtbar Kuregem", spot_kind="outreach",
                                     helper_names=["Fatima"])
    return services


def _everything_in(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_gui_opening_leaves_the_backup_for_later(data_dir):
    """Opened without the day's backup (as the GUI does); asked for it after, it is made."""
    services = _opened_as_the_gui_does(data_dir)
    try:
        assert backups.list_backups(data_dir / "helpdesk.db") == []
        services.intake.record_visit(_draft(services))  # a save needs no backup first
        services.daily_backup()
        made = backups.list_backups(data_dir / "helpdesk.db")
        assert [b.reason for b in made] == ["daily"]
        services.daily_backup()  # once a day
        assert len(backups.list_backups(data_dir / "helpdesk.db")) == 1
    finally:
        services.close()


def test_a_stopped_copy_leaves_no_file_and_the_next_start_makes_it(data_dir):
    """Stopped after its first step: no backup, no part-copy; the next try makes the day's."""
    services = _opened_as_the_gui_does(data_dir)
    try:
        services.intake.record_visit(_draft(services))
        looks = []
        services.daily_backup(lambda: looks.append(1) or True)
        assert looks, "the copy never asked whether to stop"
        assert _everything_in(data_dir / "backups") == []
        services.daily_backup(lambda: False)
        assert len(backups.list_backups(data_dir / "helpdesk.db")) == 1
    finally:
        services.close()


def test_a_copy_goes_in_steps_and_a_stop_between_two_ends_it(ready_services, data_dir,
                                                             monkeypatch):
    """Page by page, a stop asked half-way is seen at the next step, not at the end."""
    for _ in range(40):
        ready_services.intake.record_visit(_draft(ready_services))
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    looks = []

    def cancelled() -> bool:
        looks.append(1)
        return len(looks) >= 3

    with pytest.raises(backups.BackupStopped):
        backups.make_backup(data_dir / "helpdesk.db", "daily", cancelled=cancelled)
    assert len(looks) == 3
    assert not list((data_dir / "backups").glob(".*part"))


def test_a_stop_during_the_check_of_the_copy_ends_it_too(ready_services, data_dir,
                                                          monkeypatch):
    """Copied whole, then stopped while the copy is read back: BackupStopped, no file."""
    before = set(_everything_in(data_dir / "backups"))
    monkeypatch.setattr(backups, "CHECK_STEPS", 1)
    looks = []

    def cancelled() -> bool:  # the copy's one step says go on; the check's first look stops
        looks.append(1)
        return len(looks) > 1

    with pytest.raises(backups.BackupStopped):
        backups.make_backup(data_dir / "helpdesk.db", "daily", cancelled=cancelled)
    assert set(_everything_in(data_dir / "backups")) == before


def test_a_killed_backups_part_copy_goes_with_the_next_backup(ready_services, data_dir):
    """A part-copy untouched for an hour is a killed backup's: removed; a fresh one stays."""
    folder = backups.backups_folder(data_dir / "helpdesk.db")
    stale = folder / ".helpdesk-20261201T080000000000Z-daily.db.0a1b2c3d.part"
    fresh = folder / ".helpdesk-20261202T080000000000Z-manual.db.0a1b2c3e.part"
    other = folder / ".notes.txt.0a1b2c3f.part"  # not a backup's: not ours to remove
    for part in (stale, fresh, other):
        part.write_bytes(b"half a copy")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    backups.make_backup(data_dir / "helpdesk.db", "manual")
    assert not stale.exists()
    assert fresh.exists() and other.exists()


def test_writes_between_steps_start_the_copy_over_until_it_goes_in_one_step(tmp_path,
                                                                           monkeypatch):
    """Saves landing between the steps make SQLite start over; after a few, the rest is one
    step: the backup ends, sound and whole, instead of chasing the saves for ever."""
    import sqlite3

    db_path = tmp_path / "helpdesk.db"
    with sqlite3.connect(db_path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, note TEXT)")
        db.executemany("INSERT INTO visit (note) VALUES (?)", [("x" * 1000,)] * 200)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    saver = sqlite3.connect(db_path, isolation_level=None)
    looks = []

    def a_save_at_each_look() -> bool:
        looks.append(1)
        saver.execute("INSERT INTO visit (note) VALUES ('saved meanwhile')")
        return False

    try:
        made = backups.make_backup(db_path, "daily", cancelled=a_save_at_each_look)
    finally:
        saver.close()
    # Three starts-over, then one step: a handful of looks, not one per page (50 or more).
    assert len(looks) <= backups.RESTARTS_BEFORE_ONE_STEP + 3
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*) FROM visit").fetchone()[0] >= 200

"""Backups that exist: made and checked, kept 7 daily + 4 weekly, restored without losing."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest
from damage_support import spoil_root_page

from helpdesk.cli.main import main
from helpdesk.core.errors import StoreDamagedError
from helpdesk.core.records import VisitDraft
from helpdesk.services import Services
from helpdesk.store import backups


def _draft(services) -> VisitDraft:
    return VisitDraft(session_id=None, spot_id=services.desk.spots()[0].id, staff_id=None,
                      question_types=("email",), outcome="solved")


def _visit_ids(db_path) -> set[str]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM visit")}
    finally:
        conn.close()


def test_a_backup_is_checked_owner_only_and_holds_the_wal(ready_services, data_dir):
    """Saves still in the WAL are in the copy; folder and file are the owner's only."""
    saved = ready_services.intake.record_visit(_draft(ready_services))
    made = backups.make_backup(data_dir / "helpdesk.db", "manual")
    assert made.parent == data_dir / "backups"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert saved.id in _visit_ids(made)
    assert not list(made.parent.glob(".*part"))


def test_one_daily_backup_at_start_up(ready_services, data_dir):
    """Opening the store makes the day's backup once; opening again that day makes none."""
    for _ in range(2):
        Services.open(data_dir).close()
    daily = [b for b in backups.list_backups(data_dir / "helpdesk.db") if b.reason == "daily"]
    assert len(daily) == 1


def test_an_import_is_preceded_by_a_backup(ready_services, data_dir, tmp_path):
    """Before merging a stick, a checked copy of the store exists."""
    (tmp_path / "stick").mkdir()
    ready_services.sync.import_batches(tmp_path / "stick")
    reasons = [b.reason for b in backups.list_backups(data_dir / "helpdesk.db")]
    assert "before-import" in reasons


def test_seven_daily_and_four_weekly_are_kept(ready_services, data_dir):
    """Forty days of backups, two a day: the keep rules leave the right ones."""
    db_path = data_dir / "helpdesk.db"
    for made in backups.list_backups(db_path):  # the fixture's start-up backup
        made.path.unlink()
    start = datetime(2026, 10, 1, 8, tzinfo=timezone.utc)
    for day in range(40):
        for hour in (0, 6):
            backups.make_backup(db_path, "daily", start + timedelta(days=day, hours=hour))
    left = backups.list_backups(db_path)
    days = {b.made_at.date() for b in left}
    newest_day = (start + timedelta(days=39)).date()
    assert {newest_day - timedelta(days=n) for n in range(7)} <= days
    weeks = {b.made_at.isocalendar()[:2] for b in left}
    assert len(weeks) == 4
    # 3 newest (two of them today's) + 6 other days + the weeks not covered by those days.
    assert len(left) <= 3 + 7 + 4
    assert all(b.made_at.hour == 14 for b in left if b.made_at.date() != newest_day)


def test_restore_puts_the_backup_back_and_keeps_the_current_file(ready_services, data_dir):
    """After a restore the store is the backup; the file it replaced sits beside, untouched."""
    db_path = data_dir / "helpdesk.db"
    first = ready_services.intake.record_visit(_draft(ready_services))
    made = backups.make_backup(db_path, "manual")
    later = ready_services.intake.record_visit(_draft(ready_services))
    ready_services.close()
    aside = backups.restore(db_path, made)
    assert _visit_ids(db_path) == {first.id}
    assert {first.id, later.id} <= _visit_ids(aside)
    again = Services.open(data_dir)
    try:
        assert again.intake.get_visit(first.id).id == first.id
    finally:
        again.close()


def test_a_damaged_store_is_not_backed_up_and_older_backups_stay(ready_services, data_dir):
    """A backup of a damaged file would look sound and push a good one out: refused."""
    db_path = data_dir / "helpdesk.db"
    backups.make_backup(db_path, "manual")
    before = backups.list_backups(db_path)
    ready_services.close()
    spoil_root_page(db_path, "spot")
    with pytest.raises(StoreDamagedError):
        backups.make_backup(db_path, "manual")
    assert backups.list_backups(db_path) == before
    assert sorted((data_dir / "backups").iterdir()) == sorted(b.path for b in before)


def test_the_commands_backup_and_restore(ready_services, data_dir, capsys):
    """`helpdesk backup` then `helpdesk restore FILE`; a file that is no store is refused."""
    ready_services.close()
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    made = backups.list_backups(data_dir / "helpdesk.db")[0].path
    assert str(made) in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "restore", str(made)]) == 0
    assert "kept as" in capsys.readouterr().out
    junk = data_dir / "junk.db"
    junk.write_bytes(b"not a store" * 100)
    assert main(["--data-dir", str(data_dir), "restore", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err
    assert main(["--data-dir", str(data_dir), "restore", str(data_dir / "none.db")]) == 1
    assert "no backup file" in capsys.readouterr().err

"""Notes expire: erased after the retention, at once when their visit is deleted."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from helpdesk.core.errors import InputError
from helpdesk.services.notes import DEFAULT_RETENTION_DAYS


def days_ago(days: int) -> datetime:
    """A moment ``days`` days before now."""
    return datetime.now(timezone.utc) - timedelta(days=days)


def test_a_purge_erases_only_notes_past_the_retention(ready_services, make_draft, data_dir):
    """Notes of visits older than 90 days go; newer notes and the visits themselves stay."""
    intake = ready_services.intake
    old = intake.record_visit(make_draft(started_at=days_ago(120), note="Oude schulden Kuregem"))
    recent = intake.record_visit(make_draft(started_at=days_ago(10), note="Recent note"))
    blank = intake.record_visit(make_draft(started_at=days_ago(200), note=""))
    assert ready_services.notes.retention_days() == DEFAULT_RETENTION_DAYS
    assert ready_services.notes.purge() == 1
    assert intake.get_visit(old.id).note == "" and intake.get_visit(old.id).outcome == "solved"
    assert intake.get_visit(recent.id).note == "Recent note"
    assert intake.get_visit(blank.id).note == ""
    assert ready_services.notes.purge() == 0
    # The text is gone from the file and from its WAL (checkpointed and truncated).
    for path in data_dir.glob("helpdesk.db*"):
        assert b"Oude schulden" not in path.read_bytes(), path.name
    entry = ready_services.audit.entries()[-1]
    assert (entry.action, entry.details) == ("notes erased", {"count": 1,
                                                              "older_than_days": 90})


def test_the_retention_is_a_setting_and_a_shorter_purge_can_be_asked(ready_services,
                                                                     make_draft):
    """A coordinator sets 30 days; --older-than 5 erases the notes of last week too."""
    intake = ready_services.intake
    week = intake.record_visit(make_draft(started_at=days_ago(7), note="Last week"))
    month = intake.record_visit(make_draft(started_at=days_ago(40), note="Last month"))
    ready_services.notes.set_retention_days(30)
    assert ready_services.notes.retention_days() == 30
    assert ready_services.notes.purge() == 1 and intake.get_visit(month.id).note == ""
    assert ready_services.notes.purge(5) == 1 and intake.get_visit(week.id).note == ""
    with pytest.raises(InputError):
        ready_services.notes.set_retention_days(0)
    erased = ready_services.notes.erased_on(week.started_at)
    assert erased == week.started_at + timedelta(days=30)


def test_deleting_a_visit_erases_its_note_at_once(ready_services, make_draft, data_dir):
    """The tombstone keeps no note, not even after the delete is undone."""
    visit = ready_services.intake.record_visit(make_draft(note="Gezinshereniging dossier"))
    ready_services.intake.delete_visit(visit.id)
    assert ready_services.intake.get_visit(visit.id).note == ""
    ready_services.intake.restore_visit(visit.id)
    assert ready_services.intake.get_visit(visit.id).note == ""


def test_a_purge_makes_a_checked_backup_first_that_still_holds_the_notes(ready_services,
                                                                         make_draft, data_dir):
    """The service does it (so the command and any scheduled purge both get it): a
    before-purge backup holding the note; nothing to erase, no backup."""
    import sqlite3

    from helpdesk.store.backups import list_backups

    db_path = data_dir / "helpdesk.db"
    old = ready_services.intake.record_visit(make_draft(started_at=days_ago(120),
                                                        note="Oude schulden Kuregem"))
    assert ready_services.notes.purge() == 1
    [backup] = [b for b in list_backups(db_path) if b.reason == "before-purge"]
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("SELECT note FROM visit WHERE id = ?", (old.id,)).fetchone() == (
            "Oude schulden Kuregem",)
    assert ready_services.notes.purge() == 0  # nothing left to erase: no second copy
    assert [b.reason for b in list_backups(db_path)].count("before-purge") == 1


def test_a_purge_whose_backup_cannot_be_made_erases_nothing(ready_services, make_draft,
                                                            data_dir):
    """No backup, no purge: one sentence, and the note is still there."""
    import shutil

    from helpdesk.core.errors import StoreError

    old = ready_services.intake.record_visit(make_draft(started_at=days_ago(120),
                                                        note="Oude schulden Kuregem"))
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    (data_dir / "backups").write_text("not a folder")
    with pytest.raises(StoreError) as refused:
        ready_services.notes.purge()
    assert refused.value.sentence().startswith("No backup of ")
    assert ready_services.intake.get_visit(old.id).note == "Oude schulden Kuregem"

"""Schema migrations: the head matches the code, data survives, newer files are refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from helpdesk.core.errors import StoreError
from helpdesk.services import Services
from helpdesk.store import models  # noqa: F401 - the tables on SQLModel.metadata
from helpdesk.store.engine import open_engine
from helpdesk.store.migrate import alembic_config, head_revision, read_revision, upgrade_store
from helpdesk.store.schema_version import SCHEMA_REVISION


def test_schema_revision_constant_is_the_alembic_head():
    """The light constant the snapshot checks equals the newest migration."""
    assert head_revision() == SCHEMA_REVISION


def test_migrated_schema_matches_the_table_models(data_dir):
    """Running the migrations gives exactly the tables and indexes the models declare."""
    db_path = data_dir / "helpdesk.db"
    upgrade_store(db_path)
    engine = open_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_reopening_a_current_store_keeps_its_data_and_makes_no_backup(ready_services, data_dir):
    """Opening a store already at the head revision migrates nothing and loses nothing."""
    spots_before = ready_services.desk.spots()
    ready_services.close()
    assert upgrade_store(data_dir / "helpdesk.db") is None
    again = Services.open(data_dir)
    try:
        assert again.desk.spots() == spots_before
        assert again.desk.settings().desk_name == "Test desk"
    finally:
        again.close()
    assert not list(data_dir.glob("backups/*-before-migration.db"))


def test_a_store_made_by_a_newer_version_is_refused_and_left_untouched(data_dir):
    """An unknown revision gives the plain 'newer version' sentence and the file stays as it was."""
    services = Services.open(data_dir)
    services.close()
    db_path = data_dir / "helpdesk.db"
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Services.open(data_dir)
    assert str(caught.value) == ("This data was made by a newer version of Helpdesk; install "
                                 "that version (or newer) to open it.")
    assert db_path.read_bytes() == before
    assert not list(data_dir.glob("backups/*-before-migration.db"))


def downgraded(db_path, revision: str, key: bytes | None = None):
    """The store at ``db_path`` taken back to ``revision`` with the real migrations."""
    engine = open_engine(db_path, key)
    with engine.connect() as conn:
        command.downgrade(alembic_config(conn), revision)
        conn.commit()
    engine.dispose()
    return db_path


def test_a_migration_that_runs_copies_the_file_first(data_dir):
    """A store at an older revision ('base': emptied by a downgrade) is backed up, then migrated."""
    services = Services.open(data_dir)
    services.close()
    db_path = downgraded(data_dir / "helpdesk.db", "base")
    assert read_revision(db_path) == "base"

    backup = upgrade_store(db_path)
    assert backup is not None and backup.name.endswith("-before-migration.db")
    assert backup.parent == data_dir / "backups"
    assert read_revision(backup) == "base"  # the copy is the file as it was before
    assert read_revision(db_path) == SCHEMA_REVISION


def test_a_file_that_is_not_a_store_is_refused(data_dir):
    """A random file named helpdesk.db gives a plain StoreError, not a traceback."""
    (data_dir / "helpdesk.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Services.open(data_dir)


def test_a_folder_that_cannot_be_created_gives_a_plain_sentence(tmp_path):
    """A data folder below a file cannot be created: StoreError naming the folder."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as caught:
        Services.open(blocker / "data")
    assert "cannot be created" in str(caught.value)


def test_the_sync_migration_keeps_existing_visits_and_makes_them_wait(ready_services, data_dir):
    """A store from before sync (0001) with visits: migrated, backed up, every visit kept."""
    from sync_support import add_visits

    from helpdesk.core.sync_records import TargetDraft

    visits = add_visits(ready_services, 3)
    ready_services.close()
    db_path = downgraded(data_dir / "helpdesk.db", "0001")
    assert read_revision(db_path) == "0001"
    backup = upgrade_store(db_path)
    assert backup is not None and backup.name.endswith("-before-migration.db")
    again = Services.open(data_dir)
    try:
        assert [again.intake.get_visit(v.id) for v in visits] == visits
        again.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(data_dir)))
        assert again.sync.status().waiting == 4
    finally:
        again.close()


def test_the_spot_origin_migration_marks_this_desks_spots(ready_services, data_dir):
    """A store from before 0003: the spot of its first run is marked as made here."""
    spot = ready_services.desk.spots()[0].id
    ready_services.close()
    db_path = downgraded(data_dir / "helpdesk.db", "0002")
    upgrade_store(db_path)
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        origin, desk = conn.execute("SELECT s.origin_desk_id, d.id FROM spot s, desk d "
                                    "WHERE s.id = ?", (spot,)).fetchone()
    finally:
        conn.close()
    assert origin == desk


def test_the_group_details_migration_keeps_group_sessions_and_visits(ready_services, data_dir):
    """A store from before 0006 with a group session and a visit: both kept, the group has
    no details, and it can be corrected with some afterwards."""
    from datetime import datetime, timedelta, timezone

    from helpdesk.core.records import GroupDraft, VisitDraft

    spot = ready_services.desk.spots()[0].id
    when = datetime.now(timezone.utc) - timedelta(hours=1)
    visit = ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot, staff_id=None, question_types=("email", "banking"),
        outcome="solved", started_at=when))
    group = ready_services.groups.record_group(GroupDraft(spot, "Burger Café", 12,
                                                          started_at=when))
    ready_services.close()
    db_path = downgraded(data_dir / "helpdesk.db", "0005_funder_figures")
    assert read_revision(db_path) == "0005_funder_figures"
    backup = upgrade_store(db_path)
    assert backup is not None
    again = Services.open(data_dir)
    try:
        assert again.intake.get_visit(visit.id).question_types == ("email", "banking")
        kept = again.groups.get_group(group.id)
        assert (kept.title, kept.participants, kept.question_types, kept.profile,
                kept.facilitators) == ("Burger Café", 12, (), (), None)
        helper = again.desk.staff()[0].id
        corrected = again.groups.update_group(group.id, GroupDraft(
            spot, "Burger Café", 12, question_types=("security",), facilitator_ids=(helper,),
            profile=(("genders", "f", 8),)))
        assert (corrected.question_types, corrected.facilitators, corrected.profile) == (
            ("security",), 1, (("genders", "f", 8),))
    finally:
        again.close()


def test_a_newer_store_with_changes_still_in_its_wal_is_refused_and_not_one_file_touched(
        data_dir):
    """A newer Helpdesk that stopped without folding its WAL into the file: refused, and the
    file and its WAL stay byte for byte (a connection that could write would fold the WAL
    into the file when it closes, even after only reading). The shared-memory index beside
    them is SQLite's scratch space, rebuilt by any reader: not compared."""
    services = Services.open(data_dir)
    services.close()
    db_path = data_dir / "helpdesk.db"
    stopped = data_dir.parent / "stopped"
    stopped.mkdir()
    writer = sqlite3.connect(db_path)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")  # the change stays in the WAL
        writer.execute("UPDATE alembic_version SET version_num = '0099'")
        writer.commit()
        # The files as a newer Helpdesk stopped mid-session leaves them.
        for name in ("helpdesk.db", "helpdesk.db-wal", "helpdesk.db-shm"):
            (stopped / name).write_bytes((data_dir / name).read_bytes())
    finally:
        writer.close()
    kept = ("helpdesk.db", "helpdesk.db-wal")
    before = {name: (stopped / name).read_bytes() for name in kept}
    assert len(before["helpdesk.db-wal"]) > 0
    with pytest.raises(StoreError) as caught:
        Services.open(stopped)
    assert "made by a newer version of Helpdesk" in str(caught.value)
    assert {name: (stopped / name).read_bytes() for name in kept if (stopped / name).exists()
            } == before


def test_creating_a_store_makes_no_backup(data_dir):
    """A new store has nothing to copy: no backup is named, none is made."""
    assert upgrade_store(data_dir / "helpdesk.db") is None
    assert read_revision(data_dir / "helpdesk.db") == SCHEMA_REVISION
    assert not list(data_dir.glob("backups/*"))


def test_a_protected_store_from_an_older_version_is_migrated_with_its_key(
        ready_services, data_dir, cheap_argon2):
    """An encrypted store at an older revision opens with a passphrase: it is migrated with
    its visits, and the copy taken first is encrypted with the same key."""
    from sync_support import add_visits

    from helpdesk.services.accounts import unlock_key
    from helpdesk.store.cipher import PLAIN_HEADER, connect

    visits = add_visits(ready_services, 2)
    ready_services.protect("Fatima", "fatima's passphrase")
    ready_services.close()
    key, _slot, _ = unlock_key(data_dir, "Fatima", "fatima's passphrase")
    db_path = downgraded(data_dir / "helpdesk.db", "0005_funder_figures", key)
    assert read_revision(db_path, key) == "0005_funder_figures"

    again = Services.open(data_dir, staff="Fatima", passphrase="fatima's passphrase",
                          daily_backup=False)
    try:
        assert [again.intake.get_visit(v.id) for v in visits] == visits
    finally:
        again.close()
    assert read_revision(db_path, key) == SCHEMA_REVISION
    assert db_path.read_bytes()[:16] != PLAIN_HEADER
    [backup] = data_dir.glob("backups/*-before-migration.db")
    assert backup.read_bytes()[:16] != PLAIN_HEADER
    copy = connect(backup, key)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0005_funder_figures",)
        assert copy.execute("SELECT count(*) FROM visit").fetchone() == (2,)
    finally:
        copy.close()


def test_links_found_broken_after_a_migration_stop_the_opening(ready_services, data_dir):
    """After migrating, every link is checked: visits pointing at a spot that is not there
    stop the opening with the sentence that sends the coordinator to the backup."""
    from sync_support import add_visits

    add_visits(ready_services, 2)
    ready_services.close()
    db_path = downgraded(data_dir / "helpdesk.db", "0005_funder_figures")
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")  # how a link gets broken: outside the app
        conn.execute("DELETE FROM spot")
        conn.commit()
    finally:
        conn.close()
    with pytest.raises(StoreError) as caught:
        upgrade_store(db_path)
    assert str(caught.value) == ("Updating the data file left broken links; restore the "
                                 "backup next to it and tell your coordinator.")
    assert list(data_dir.glob("backups/*-before-migration.db"))


def test_alembic_check_finds_the_migrations_and_the_models_in_step(data_dir):
    """``alembic check`` (autogenerate through env.py, as a developer runs it) sees the
    models: nothing to add to the migrations."""
    db_path = data_dir / "helpdesk.db"
    upgrade_store(db_path)
    engine = open_engine(db_path)
    try:
        with engine.connect() as conn:
            command.check(alembic_config(conn))
    finally:
        engine.dispose()


def test_migrations_are_never_written_out_as_sql(data_dir):
    """Offline mode (SQL printed instead of run) is refused with a sentence saying why."""
    with pytest.raises(RuntimeError) as caught:
        command.upgrade(alembic_config(), "head", sql=True)
    assert str(caught.value) == ("Helpdesk migrates its own databases; offline mode is "
                                 "not used.")


def test_a_database_of_something_else_is_refused_by_name_and_left_as_it_was(data_dir):
    """A SQLite file of another program named helpdesk.db: the sentence names the file and
    says to choose another folder; the file is not written to."""
    db_path = data_dir / "helpdesk.db"
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipe (name TEXT)")
    conn.execute("INSERT INTO recipe VALUES ('waterzooi')")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Services.open(data_dir)
    assert str(caught.value) == (f"The data file {db_path} is not a Helpdesk data file; "
                                 "choose another data folder.")
    assert db_path.read_bytes() == before

"""The hub's schema migrations, on SQLite and on PostgreSQL: the head matches tables.py, an
older database is brought to it with its rows, and a database the hub must not touch is
refused before anything is written."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hub_records import batch, visit
from old_hubs import COORDINATORS, FIRST_TABLES, OLD_TABLES, old_hub, rows
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from helpdesk.core.errors import StoreError
from helpdesk.hub.db import HubDb
from helpdesk.hub.migrate import HUB_REVISION, MIGRATIONS_DIR, VERSION_TABLE
from helpdesk.hub.store import receive_batch
from helpdesk.hub.tables import metadata
from helpdesk.hub.tokens import COORDINATOR, add_token, desk_for_token, holder_of
from helpdesk.store.migrate import head_revision

NEWER = ("This hub database was made by a newer version of Helpdesk; install that version "
         "(or newer) to open it.")


def version(engine: Engine) -> str:
    """The revision stamped in the hub's version table."""
    with engine.connect() as conn:
        return conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))


def schema_diff(engine: Engine) -> list:
    """What Alembic finds different between the database and tables.py (nothing, we hope)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return compare_metadata(context, metadata)


def fill(db: HubDb) -> str:
    """Three visits in two batches (one edited), and a desk's token: the token."""
    receive_batch(db, batch("b1", visit(1), visit(2, question_types=["housing"])), "EPN")
    receive_batch(db, batch("b2", visit(3), visit(1, 2, outcome="partly")), "EPN")
    return add_token(db, "EPN Molenbeek")


def state(url: str) -> tuple:
    """What a refusal must leave as it was: the tables, the version, a SQLite file's bytes."""
    engine = create_engine(url)
    try:
        tables = sorted(inspect(engine).get_table_names())
        stamped = version(engine) if VERSION_TABLE in tables else None
    finally:
        engine.dispose()
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return tables, stamped
    with open(parsed.database, "rb") as file:
        return tables, stamped, file.read()


def test_the_head_constant_is_the_newest_migration():
    """HUB_REVISION, which the quick check compares with, is the head of the scripts."""
    assert head_revision(MIGRATIONS_DIR) == HUB_REVISION


def test_a_fresh_database_is_made_at_the_head_with_exactly_the_hubs_tables(hub_db):
    """An empty database gets every table of tables.py and the hub's own version table."""
    assert version(hub_db.engine) == HUB_REVISION
    assert set(inspect(hub_db.engine).get_table_names()) == {*metadata.tables, VERSION_TABLE}


def test_the_migrated_schema_is_the_one_tables_py_declares(hub_db):
    """Columns, types, nullability, keys and indexes made by the migrations equal tables.py."""
    assert schema_diff(hub_db.engine) == []


def test_an_old_hub_without_coordinators_is_migrated_and_keeps_its_rows(hub_url):
    """create_all's database from before coordinators: stamped hub_0001, upgraded, rows kept."""
    old = old_hub(hub_url, coordinators=False)
    token = fill(old)
    before = rows(old.engine, FIRST_TABLES)
    old.close()
    assert all(before[name] for name in ("visit", "visit_question", "hub_batch", "hub_token"))
    hub = HubDb.open(hub_url)
    try:
        assert rows(hub.engine, FIRST_TABLES) == before
        assert (version(hub.engine), schema_diff(hub.engine)) == (HUB_REVISION, [])
        assert desk_for_token(hub, token) == "EPN Molenbeek"
        assert holder_of(hub, add_token(hub, "Nadia", COORDINATOR), COORDINATOR) == "Nadia"
    finally:
        hub.close()


def test_an_old_hub_with_coordinators_is_stamped_and_works(hub_url):
    """create_all's database that already has coordinators' tokens: stamped, then upgraded."""
    old = old_hub(hub_url, coordinators=True)
    desk, coordinator = fill(old), add_token(old, "Nadia", COORDINATOR)
    before = rows(old.engine, OLD_TABLES)
    old.close()
    hub = HubDb.open(hub_url)
    try:
        assert (version(hub.engine), schema_diff(hub.engine)) == (HUB_REVISION, [])
        assert rows(hub.engine, OLD_TABLES) == before
        assert (desk_for_token(hub, desk), holder_of(hub, coordinator, COORDINATOR)) == (
            "EPN Molenbeek", "Nadia")
    finally:
        hub.close()


def test_an_old_sqlite_hub_is_copied_before_its_tables_change(tmp_path):
    """A copy of the file as it was sits beside it, named by the revision it was at."""
    old = old_hub(f"sqlite:///{tmp_path / 'old.db'}", coordinators=False)
    fill(old)
    before = rows(old.engine, FIRST_TABLES)
    old.close()
    HubDb.open(f"sqlite:///{tmp_path / 'old.db'}").close()
    [copy] = tmp_path.glob("old.db.bak-hub_0001-*")
    engine = create_engine(f"sqlite:///{copy}")
    try:
        assert COORDINATORS not in inspect(engine).get_table_names()
        assert rows(engine, FIRST_TABLES) == before
    finally:
        engine.dispose()

    old_hub(f"sqlite:///{tmp_path / 'stamped.db'}", coordinators=True).close()
    HubDb.open(f"sqlite:///{tmp_path / 'stamped.db'}").close()
    # create_all's last version amounts to hub_0003; hub_0004 adds a table, so a copy is made.
    assert len(list(tmp_path.glob("stamped.db.bak-hub_0003-*"))) == 1


def test_a_database_from_a_newer_hub_is_refused_and_left_as_it_was(hub_url):
    """An unknown revision: one plain sentence, and not even a table the newer hub dropped
    is made again."""
    HubDb.open(hub_url).close()
    engine = create_engine(hub_url)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'hub_0099'"))
        conn.execute(text(f"DROP TABLE {COORDINATORS}"))
    engine.dispose()
    before = state(hub_url)
    with pytest.raises(StoreError) as caught:
        HubDb.open(hub_url)
    assert str(caught.value) == NEWER
    assert state(hub_url) == before


def test_a_database_of_something_else_is_refused_and_left_as_it_was(hub_url):
    """Tables that are not the hub's: one plain sentence naming the database; nothing written
    (a SQLite file is not even switched to WAL)."""
    engine = create_engine(hub_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))"))
        conn.execute(text("INSERT INTO customer VALUES (1, 'Ada')"))
    engine.dispose()
    before = state(hub_url)
    with pytest.raises(StoreError) as caught:
        HubDb.open(hub_url)
    parsed = make_url(hub_url)
    database = parsed.database if parsed.get_backend_name() == "sqlite" else hub_url
    assert str(caught.value) == (f"The database {database} holds tables that are not the "
                                 "hub's; give the hub a database of its own.")
    assert state(hub_url) == before


def test_a_desks_data_file_given_to_the_hub_is_refused(data_dir):
    """The desk's helpdesk.db (an Alembic store of its own) is no hub database."""
    from helpdesk.services import Services

    Services.open(data_dir).close()
    path = data_dir / "helpdesk.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        HubDb.open(f"sqlite:///{path}")
    assert "holds tables that are not the hub's" in str(caught.value)
    assert path.read_bytes() == before


def test_a_migration_that_fails_leaves_the_database_as_it_was(hub_url, monkeypatch):
    """Stamp and upgrade run in one transaction: a failure after both undoes both."""
    from alembic import command

    old_hub(hub_url, coordinators=False).close()
    before = state(hub_url)[:2]
    upgrade = command.upgrade

    def upgrade_then_fail(config, revision):
        upgrade(config, revision)
        raise OSError("the disk is full")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(StoreError) as caught:
        HubDb.open(hub_url)
    assert str(caught.value) == "The hub's database cannot be opened: the disk is full."
    assert state(hub_url)[:2] == before == (sorted(FIRST_TABLES), None)


def test_a_hub_from_before_group_details_keeps_its_group_sessions(hub_url):
    """A hub at hub_0006 holding a group session (version 2, no details) is brought to the
    head; the row is kept, without details, and a version-3 correction fills them in."""
    from alembic import command

    from helpdesk.hub.tables import group_session_table
    from helpdesk.store.migrate import alembic_config
    from helpdesk.sync.protocol import Batch

    group = {"id": "g1", "revision": 1, "desk_id": "d1", "spot_id": "s1", "title": "Café",
             "started_at": "2026-11-18T18:00:00.000000Z", "duration_minutes": None,
             "level": None, "participants": 9, "created_at": "2026-11-18T18:00:00.000000Z",
             "updated_at": "2026-11-18T18:00:00.000000Z", "deleted": False}
    db = HubDb.open(hub_url)
    try:
        receive_batch(db, Batch("b1", "d1", "group_session", [group]), "EPN")
        with db.engine.begin() as conn:
            command.downgrade(alembic_config(conn, MIGRATIONS_DIR), "hub_0006_network_key")
    finally:
        db.close()
    assert version(create_engine(hub_url)) == "hub_0006_network_key"
    db = HubDb.open(hub_url)
    try:
        with db.read() as conn:
            [row] = conn.execute(group_session_table.select()).all()
        assert (row.participants, row.questions_covered, row.facilitators, row.profile) == (
            9, None, None, None)
        receive_batch(db, Batch("b2", "d1", "group_session", [{
            **group, "revision": 2, "questions_covered": "email security", "facilitators": 2,
            "profile": "genders:f=5"}]), "EPN")
        with db.read() as conn:
            [row] = conn.execute(group_session_table.select()).all()
        assert (row.revision, row.questions_covered, row.facilitators, row.profile) == (
            2, "email security", 2, "genders:f=5")
        assert version(db.engine) == HUB_REVISION
    finally:
        db.close()

"""The desk's signing key lives inside its store: made once, never in a file in the clear
once the store is protected."""

from __future__ import annotations

import sqlite3

from helpdesk.services import Services
from helpdesk.sync.desk_key import SIGNING_KEY, desk_signing_key
from helpdesk.sync.signing import parse_key_line, public_key_text


def test_the_key_is_made_once_and_kept_in_the_store(ready_services, data_dir):
    """Two asks, one key; it is the store's (a plain store: readable as the visits are)."""
    first = desk_signing_key(ready_services.engine)
    assert desk_signing_key(ready_services.engine) == first
    desk_id, public = parse_key_line(ready_services.sync.desk_key_line())
    assert public == public_key_text(first)
    with sqlite3.connect(data_dir / "helpdesk.db") as conn:
        assert conn.execute("SELECT value FROM store_info WHERE key = ?",
                            (SIGNING_KEY,)).fetchone() == (first.hex(),)


def test_on_a_protected_store_no_file_holds_the_private_key(ready_services, data_dir):
    """Encrypted with everything else (SQLCipher): not in the store, its WAL, its backups."""
    key = desk_signing_key(ready_services.engine)
    ready_services.protect("Fatima", "fatima's passphrase")
    ready_services.close()
    services = Services.open(data_dir, staff="fatima", passphrase="fatima's passphrase")
    try:
        assert desk_signing_key(services.engine) == key  # kept through the conversion
        services.sync.desk_key_line()
    finally:
        services.close()
    for path in (p for p in data_dir.rglob("*") if p.is_file()):
        content = path.read_bytes()
        assert key not in content and key.hex().encode() not in content, path.name


def test_a_key_another_sync_made_meanwhile_is_the_one_kept(ready_services, monkeypatch):
    """Two first syncs at once (the GUI and `helpdesk sync`): the one that finds no key, then
    takes the write lock after the other stored one, keeps that key rather than a second."""
    from contextlib import contextmanager

    from sqlalchemy import insert, select

    from helpdesk.store.engine import writing
    from helpdesk.store.models import store_info_table
    from helpdesk.sync import desk_key
    from helpdesk.sync.signing import new_private_key

    engine, theirs = ready_services.engine, new_private_key()
    real_reading = desk_key.reading

    @contextmanager
    def read_then_the_other_sync_stores_its_key(on):
        with real_reading(on) as db:
            yield db
        with writing(engine) as db:  # the other process, between this read and this write
            db.execute(insert(store_info_table).values(key=SIGNING_KEY, value=theirs.hex()))

    monkeypatch.setattr(desk_key, "reading", read_then_the_other_sync_stores_its_key)
    assert desk_signing_key(engine) == theirs
    monkeypatch.undo()
    with real_reading(engine) as db:
        assert db.execute(select(store_info_table.c.value)
                          .where(store_info_table.c.key == SIGNING_KEY)).all() == [(theirs.hex(),)]

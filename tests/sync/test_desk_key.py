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

"""This desk's own signing key, kept inside its store (see docs/security.md).

Made the first time a sync needs it, kept in ``store_info`` and never written anywhere else:
on a protected store it is encrypted with everything else (SQLCipher), on a plain store it is
as readable as the visits are. It never leaves the desk; only its public half is shown
(``helpdesk desk-key``) and sent to a hub with the desk's token.
"""

from __future__ import annotations

from sqlalchemy import Engine, insert, select

from helpdesk.store.engine import reading, writing
from helpdesk.store.models import store_info_table

SIGNING_KEY = "desk_signing_key"  # store_info key; the value is the raw key in hex


def _read(db) -> bytes | None:
    value = db.scalar(select(store_info_table.c.value)
                      .where(store_info_table.c.key == SIGNING_KEY))
    return bytes.fromhex(value) if value else None


def desk_signing_key(engine: Engine) -> bytes:
    """The desk's Ed25519 private key (raw bytes), made and stored on first use."""
    from helpdesk.sync.signing import new_private_key  # cryptography: only when needed

    with reading(engine) as db:
        key = _read(db)
    if key is not None:
        return key
    with writing(engine) as db:
        key = _read(db)  # again under the write lock: two first syncs make one key
        if key is None:
            key = new_private_key()
            db.execute(insert(store_info_table).values(key=SIGNING_KEY, value=key.hex()))
        return key

"""Desks' public keys on the hub, and the check of a stick batch's signature.

A desk's key comes either with its token (the ``Helpdesk-Desk-Key`` header of its batches:
the first one a bound token sends is kept, never replaced that way) or from the coordinator
(``helpdesk-hub key add NAME hdk1.…``, which may replace one). A stick batch of a desk the
hub holds a key for must carry a signature that fits it; a desk with no key yet is taken on
the record checks alone (the transition rule in docs/sync-protocol.md).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection, delete, insert, select

from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import desk_key_table
from helpdesk.sync.csv_format import FolderBatch
from helpdesk.sync.signing import is_signed, signature_fits

FROM_TOKEN, FROM_COMMAND = "token", "command"


class BatchNotProven(Exception):
    """A stick batch whose signature is missing or does not fit its desk's key (English)."""


def key_of(conn: Connection, desk_id: str) -> str | None:
    """The public key the hub holds for ``desk_id``; None when it holds none."""
    return conn.scalar(select(desk_key_table.c.public_key)
                       .where(desk_key_table.c.desk_id == desk_id))


def keep_first_key(conn: Connection, desk_name: str, desk_id: str, public: str) -> None:
    """Keep the key a bound token sent, unless the hub holds one for that desk already."""
    if key_of(conn, desk_id) is None:
        conn.execute(insert(desk_key_table).values(
            desk_id=desk_id, desk_name=desk_name, public_key=public, source=FROM_TOKEN,
            added_at=datetime.now(timezone.utc)))


def set_key(db: HubDb, desk_name: str, desk_id: str, public: str) -> bool:
    """Register (or replace) a desk's key from the coordinator; True when one was replaced."""
    with db.write() as conn:
        replaced = conn.execute(delete(desk_key_table)
                                .where(desk_key_table.c.desk_id == desk_id)).rowcount > 0
        conn.execute(insert(desk_key_table).values(
            desk_id=desk_id, desk_name=desk_name, public_key=public, source=FROM_COMMAND,
            added_at=datetime.now(timezone.utc)))
    return replaced


def list_keys(db: HubDb) -> list[tuple[str, str, str, datetime]]:
    """(desk name, desk id, how it came, when) for every key, oldest first."""
    t = desk_key_table.c
    with db.read() as conn:
        return [(name, desk_id, source, added) for name, desk_id, source, added in conn.execute(
            select(t.desk_name, t.desk_id, t.source, t.added_at).order_by(t.added_at))]


def check_proof(db: HubDb, item: FolderBatch) -> bool:
    """Whether a stick batch is proven; BatchNotProven when its desk's key refuses it.

    False: the hub holds no key for that desk yet, so the batch is taken unproven.
    """
    assert item.batch is not None and item.manifest is not None
    with db.read() as conn:
        public = key_of(conn, item.batch.desk_id)
    if public is None:
        return False
    if not is_signed(item.manifest):
        raise BatchNotProven(f"it is not signed, but the hub holds a key for desk "
                             f"{item.batch.desk_id}; it was set aside")
    if not signature_fits(item.manifest, public):
        raise BatchNotProven(f"its signature does not fit the key the hub holds for desk "
                             f"{item.batch.desk_id} (made elsewhere, or changed after it was "
                             "written); it was set aside")
    return True

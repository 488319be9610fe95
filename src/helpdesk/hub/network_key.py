"""The network's key for visitor codes, as the hub holds it and hands it to desks.

A desk hashes visitor codes with HMAC-SHA-256 under this key (services/visitors.py); the hub
never hashes a code and only counts distinct hashes. The key is made once, at the first
request of a desk, from ``secrets``, and kept in ``hub_network_key``: whoever can read the
hub's database (its administrator, its backups) can read it (docs/privacy.md). It is never
logged and never put in an error body.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import network_key_table

KEY_NAME = "visitor_key"
KEY_BYTES = 32


def _held(db: HubDb) -> str | None:
    with db.read() as conn:
        return conn.scalar(select(network_key_table.c.value)
                           .where(network_key_table.c.name == KEY_NAME))


def network_visitor_key(db: HubDb) -> str:
    """The network's key as hex, made on first use; two first requests get the same key."""
    held = _held(db)
    if held is not None:
        return held
    try:
        with db.write() as conn:
            conn.execute(insert(network_key_table).values(
                name=KEY_NAME, value=secrets.token_bytes(KEY_BYTES).hex(),
                created_at=datetime.now(timezone.utc)))
    except IntegrityError:  # another request made it first: that one is the key
        pass
    held = _held(db)
    assert held is not None
    return held

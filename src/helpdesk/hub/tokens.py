"""Hub tokens: desks' (to send records) and coordinators' (to download the network's sheets).

A token is printed once when made and kept only as a SHA-256 hash. Tokens are 256 random
bits, so a plain hash is enough (no salt or slow hash is needed against guessing), and
looking one up is a single indexed read. The two kinds live in two tables, so a desk's token
can never be taken for a coordinator's.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from helpdesk.core.ids import new_id
from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import coordinator_token_table, token_table

DESK, COORDINATOR = "desk", "coordinator"
# Base64url may begin with "-", and a command line then reads the token as a flag
# (`helpdesk target add hub --token -Xy…` fails). The prefix also tells a hub token apart
# from other secrets in a password manager or a leaked log.
TOKEN_PREFIX = "hd_"
# kind -> (table, the column naming who holds the token)
_TABLES = {DESK: (token_table, token_table.c.desk_name),
           COORDINATOR: (coordinator_token_table, coordinator_token_table.c.coordinator_name)}


def token_hash(token: str) -> str:
    """What the hub stores of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(db: HubDb, name: str, kind: str = DESK) -> str:
    """Make a token for a desk (or a coordinator); the token itself (shown once, never stored)."""
    table, holder = _TABLES[kind]
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.write() as conn:
        conn.execute(insert(table).values(
            {"id": new_id(), holder.name: name, "token_hash": token_hash(token),
             "created_at": datetime.now(timezone.utc), "revoked_at": None}))
    return token


def holder_of(db: HubDb, token: str, kind: str) -> str | None:
    """The name a valid, unrevoked token of ``kind`` belongs to; None otherwise."""
    if not token:
        return None
    table, holder = _TABLES[kind]
    with db.read() as conn:
        return conn.scalar(select(holder).where(table.c.token_hash == token_hash(token),
                                                table.c.revoked_at.is_(None)))


def desk_for_token(db: HubDb, token: str) -> str | None:
    """The desk name a valid, unrevoked desk token belongs to; None otherwise."""
    return holder_of(db, token, DESK)


def revoke_tokens(db: HubDb, name: str, kind: str = DESK) -> int:
    """Revoke every token of a desk (or a coordinator); how many."""
    table, holder = _TABLES[kind]
    with db.write() as conn:
        return conn.execute(update(table).where(holder == name, table.c.revoked_at.is_(None))
                            .values(revoked_at=datetime.now(timezone.utc))).rowcount


def list_tokens(db: HubDb, kind: str = DESK) -> list[tuple[str, datetime, bool]]:
    """(holder's name, made at, still valid) for every token of ``kind``, oldest first."""
    table, holder = _TABLES[kind]
    with db.read() as conn:
        return [(name, made, revoked is None) for name, made, revoked in conn.execute(
            select(holder, table.c.created_at, table.c.revoked_at)
            .order_by(table.c.created_at))]

"""Desk tokens: printed once when made, kept only as a SHA-256 hash.

Tokens are 256 random bits, so a plain hash is enough (no salt or slow hash is needed
against guessing), and looking one up is a single indexed read.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import token_table
from helpdesk.ids import new_id

t = token_table.c


def token_hash(token: str) -> str:
    """What the hub stores of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(db: HubDb, desk_name: str) -> str:
    """Make a token for a desk; the token itself (shown once, never stored)."""
    token = secrets.token_urlsafe(32)
    with db.write() as conn:
        conn.execute(insert(token_table).values(
            id=new_id(), desk_name=desk_name, token_hash=token_hash(token),
            created_at=datetime.now(timezone.utc), revoked_at=None))
    return token


def desk_for_token(db: HubDb, token: str) -> str | None:
    """The desk name a valid, unrevoked token belongs to; None otherwise."""
    if not token:
        return None
    with db.read() as conn:
        return conn.scalar(select(t.desk_name).where(t.token_hash == token_hash(token),
                                                     t.revoked_at.is_(None)))


def revoke_tokens(db: HubDb, desk_name: str) -> int:
    """Revoke every token of a desk; how many."""
    with db.write() as conn:
        return conn.execute(update(token_table).where(t.desk_name == desk_name,
                                                      t.revoked_at.is_(None))
                            .values(revoked_at=datetime.now(timezone.utc))).rowcount


def list_tokens(db: HubDb) -> list[tuple[str, datetime, bool]]:
    """(desk name, made at, still valid) for every token, oldest first."""
    with db.read() as conn:
        return [(r.desk_name, r.created_at, r.revoked_at is None) for r in conn.execute(
            select(t.desk_name, t.created_at, t.revoked_at).order_by(t.created_at))]

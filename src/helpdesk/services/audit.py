"""The audit trail: who did what and when, append-only and hash-chained.

Each entry's hash covers its own fields and the hash of the entry before it, so changing,
removing or inserting an entry anywhere but at the very end breaks the chain, which
``verify`` finds. Two triggers (migration 0004) refuse UPDATE and DELETE on the table, so no
code path can change an entry by accident. The trail stays in the encrypted store; it never
leaves the desk. Note texts are never copied into it (they expire; the trail does not).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from helpdesk.core.access import SignedIn
from helpdesk.store.engine import reading
from helpdesk.store.models import UTC_FORMAT, audit_table

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One line of the trail, as shown to a coordinator."""

    seq: int
    at: datetime
    actor: str
    action: str
    record_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditCheck:
    """What verifying the chain found: how many entries, and the first that does not fit."""

    entries: int
    first_broken: int | None = None

    @property
    def intact(self) -> bool:
        """Whether every entry is as it was written."""
        return self.first_broken is None


def entry_hash(seq: int, at: str, staff_id: str | None, actor: str, action: str,
               record_id: str | None, details: str, prev_hash: str) -> str:
    """The hash of one entry: SHA-256 over its fields and the previous entry's hash."""
    fields = [seq, at, staff_id, actor, action, record_id, details, prev_hash]
    return hashlib.sha256(json.dumps(fields, separators=(",", ":")).encode()).hexdigest()


def plain_value(value: object) -> object:
    """A field value as it is written into an entry's details (JSON)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def append(db: Session, signed_in: SignedIn, action: str, record_id: str | None = None,
           **details: object) -> None:
    """Add an entry inside the caller's write transaction (so it commits with the change)."""
    account = signed_in.account
    last = db.execute(select(audit_table.c.seq, audit_table.c.hash)
                      .order_by(audit_table.c.seq.desc()).limit(1)).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    now = datetime.now(timezone.utc)
    at = now.strftime(UTC_FORMAT)  # exactly the text the column stores, hashed as such
    staff_id, actor = (account.staff_id, account.name) if account else (None, "")
    text = json.dumps({k: plain_value(v) for k, v in details.items()}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))
    db.execute(insert(audit_table).values(
        seq=seq, at=now, staff_id=staff_id,
        actor=actor, action=action, record_id=record_id, details=text, prev_hash=prev_hash,
        hash=entry_hash(seq, at, staff_id, actor, action, record_id, text, prev_hash)))


def _entry(row) -> AuditEntry:
    try:
        details = json.loads(row.details)
    except ValueError:
        details = {}  # a tampered entry; verify() names it
    return AuditEntry(seq=row.seq, at=row.at, actor=row.actor, action=row.action,
                      record_id=row.record_id,
                      details=details if isinstance(details, dict) else {})


class AuditService:
    """Reading and verifying the trail (coordinators only)."""

    def __init__(self, engine: Engine, signed_in: SignedIn) -> None:
        self._engine = engine
        self._signed_in = signed_in

    def entries(self, since: datetime | None = None, limit: int = 10_000, *,
                until: datetime | None = None, actor: str | None = None,
                newest_first: bool = False) -> list[AuditEntry]:
        """The entries from ``since`` (included) to ``until`` (excluded), oldest first.

        ``actor`` keeps only one person's entries (their name as signed in; "" for entries
        written on a store without accounts). ``limit`` counts from the newest end when
        ``newest_first``.
        """
        self._signed_in.require("audit")
        order = audit_table.c.seq.desc() if newest_first else audit_table.c.seq
        query = select(audit_table).order_by(order).limit(limit)
        if since is not None:
            query = query.where(audit_table.c.at >= since)
        if until is not None:
            query = query.where(audit_table.c.at < until)
        if actor is not None:
            query = query.where(audit_table.c.actor == actor)
        with reading(self._engine) as db:
            return [_entry(r) for r in db.execute(query)]

    def actors(self) -> list[str]:
        """Everyone who has an entry in the trail, by name (for the filter by person)."""
        self._signed_in.require("audit")
        with reading(self._engine) as db:
            return sorted(db.scalars(select(audit_table.c.actor).distinct()), key=str.lower)

    def history(self, record_id: str) -> list[AuditEntry]:
        """What happened to one record (a visit, a helper, a spot…), oldest first.

        Anyone who may edit the record may read its history; copies name their original.
        """
        self._signed_in.require("edit")
        with reading(self._engine) as db:
            return [_entry(r) for r in db.execute(
                select(audit_table).where(audit_table.c.record_id == record_id)
                .order_by(audit_table.c.seq))]

    def verify(self) -> AuditCheck:
        """Recompute the chain from the first entry; the first one that does not fit, if any."""
        self._signed_in.require("audit")
        prev, expected_seq, count = GENESIS, 1, 0
        with reading(self._engine) as db:
            rows = db.connection().exec_driver_sql(
                "SELECT seq, at, staff_id, actor, action, record_id, details, prev_hash, hash"
                " FROM audit_entry ORDER BY seq")
            for seq, at, staff_id, actor, action, record_id, details, prev_hash, hash_ in rows:
                count += 1
                ok = seq == expected_seq and prev_hash == prev and hash_ == entry_hash(
                    seq, at, staff_id, actor, action, record_id, details, prev_hash)
                if not ok:
                    return AuditCheck(entries=count, first_broken=seq)
                prev, expected_seq = hash_, seq + 1
        return AuditCheck(entries=count)

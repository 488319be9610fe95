"""Which desk may change which records on the hub.

A record belongs to the desk it was made on (``desk_id``). A desk's token is bound to that
desk's id the first time it sends a batch (every token of the same desk name shares the
binding); afterwards the token can only send batches of that desk, every visit and session
in them must carry that desk's id, and a record the hub holds for another desk is never
overwritten. Spots carry no desk id on the wire: one held for another desk is left as it is
(answered "already had"), because desks pass on the spots they learnt from a stick.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, select, update

from helpdesk.hub.tables import RECORD_TABLES, token_table
from helpdesk.sync.conflicts import MAX_NAMED
from helpdesk.sync.protocol import Batch


class NotThisDesk(Exception):
    """The batch or its records belong to another desk than the token's (English text)."""


def bind_token(conn: Connection, desk_name: str, desk_id: str) -> None:
    """Tie the desk name's tokens to ``desk_id`` on first use; NotThisDesk when tied to another."""
    t = token_table.c
    bound = conn.scalar(select(t.desk_id).where(t.desk_name == desk_name,
                                                t.desk_id.is_not(None)).limit(1))
    if bound is None:
        conn.execute(update(token_table).where(t.desk_name == desk_name).values(desk_id=desk_id))
    elif bound != desk_id:
        raise NotThisDesk("this token belongs to another desk; each desk sends its own records "
                          "with its own token")


def _named(ids: list[str]) -> str:
    more = f" and {len(ids) - MAX_NAMED} more" if len(ids) > MAX_NAMED else ""
    return ", ".join(ids[:MAX_NAMED]) + more


def own_records(conn: Connection, batch: Batch) -> Batch:
    """The batch, checked: NotThisDesk for another desk's records; others' spots left out."""
    if batch.record_type != "spot":
        foreign = [r["id"] for r in batch.records if r["desk_id"] != batch.desk_id]
        if foreign:
            raise NotThisDesk(f"record {_named(foreign)} was made on another desk than the one "
                              "sending it")
    table = RECORD_TABLES[batch.record_type]
    ids = [r["id"] for r in batch.records]
    held = dict(conn.execute(select(table.c.id, table.c.desk_id).where(table.c.id.in_(ids)))
                .all()) if ids else {}
    others = {i for i, desk in held.items() if desk != batch.desk_id}
    if not others:
        return batch
    if batch.record_type != "spot":
        raise NotThisDesk(f"record {_named(sorted(others))} belongs to another desk; a desk "
                          "changes only its own records")
    return replace(batch, records=[r for r in batch.records if r["id"] not in others])

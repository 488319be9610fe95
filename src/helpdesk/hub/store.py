"""Receiving a batch: store each record once by (id, highest revision), answer with an ack.

A batch id seen before with the same records is answered as a duplicate — every record
"already had" — and changes nothing. The same id with other records is refused: a desk never
does that, so something is wrong and nothing should be guessed.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import insert, select

from helpdesk.hub.db import HubDb
from helpdesk.hub.desk_keys import keep_first_key
from helpdesk.hub.ownership import bind_token, own_records
from helpdesk.hub.tables import RECORD_TABLES, batch_table, visit_question_table
from helpdesk.sync.conflicts import RecordConflict, find_conflicts
from helpdesk.sync.merge import held_revisions, now_utc, store_batch, utc_text
from helpdesk.sync.protocol import Ack, Batch


class BatchConflict(Exception):
    """A batch id was re-used for other records."""


def check_no_conflict(conn, batch: Batch) -> None:
    """RecordConflict when a record of ``batch`` is held at its revision with other content."""
    table = RECORD_TABLES[batch.record_type]
    held = held_revisions(conn, table, [r["id"] for r in batch.records])
    conflicts = find_conflicts(conn, table, visit_question_table, batch, held)
    if conflicts:
        raise RecordConflict(conflicts)


def fingerprint(batch: Batch) -> str:
    """A hash of the (id, revision) pairs a batch carries, whatever its encoding."""
    keys = "\n".join(f"{i} {r}" for i, r in sorted(batch.keys()))
    return hashlib.sha256(f"{batch.record_type}\n{keys}".encode()).hexdigest()


def receive_batch(db: HubDb, batch: Batch, source: str, *,
                  token_desk: str | None = None, desk_key: str = "") -> tuple[Ack, bool]:
    """Store a batch; its acknowledgement and whether it was a duplicate of one received.

    ``token_desk``: the desk name of the token that sent it (None for a stick's import);
    ``desk_key``: the desk's public key sent with it (kept if the hub holds none yet).
    NotThisDesk when it carries records of another desk; RecordConflict when a record is
    held at the same revision with other content. Either way nothing of it is stored.
    """
    print_ = fingerprint(batch)
    keys = [(r["id"], r["revision"]) for r in batch.records]
    # The write lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL, both shared
    # by every hub process on the database) serialises receivers: the same batch arriving
    # twice at once is read as seen by whichever comes second, never inserted twice.
    with db.write() as conn:
        if token_desk is not None:
            bind_token(conn, token_desk, batch.desk_id)
            if desk_key:
                keep_first_key(conn, token_desk, batch.desk_id, desk_key)
        seen = conn.execute(select(batch_table.c.fingerprint)
                            .where(batch_table.c.batch_id == batch.batch_id)).first()
        if seen is not None:
            if seen.fingerprint != print_:
                raise BatchConflict(batch.batch_id)
            check_no_conflict(conn, batch)  # same ids, but maybe other content
            return Ack(batch.batch_id, stored=[], already_had=keys), True
        now = now_utc()
        extra = {"received_at": utc_text(now)}
        if batch.record_type == "spot":
            extra["desk_id"] = batch.desk_id
        stored, _ = store_batch(conn, RECORD_TABLES, visit_question_table,
                                own_records(conn, batch), extra)
        # Spots held for another desk were left out: they are "already had".
        done = set(stored)
        already = [k for k in keys if k not in done]
        conn.execute(insert(batch_table).values(
            batch_id=batch.batch_id, desk_id=batch.desk_id, source=source,
            record_type=batch.record_type, records=len(batch.records),
            fingerprint=print_, received_at=now))
        return Ack(batch.batch_id, stored=stored, already_had=already), False

"""Receiving a batch: store each record once by (id, highest revision), answer with an ack.

A batch id seen before with the same records is answered as a duplicate — every record
"already had" — and changes nothing. The same id with other records is refused: a desk never
does that, so something is wrong and nothing should be guessed.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import insert, select

from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import RECORD_TABLES, batch_table, visit_question_table
from helpdesk.sync.merge import now_utc, store_batch, utc_text
from helpdesk.sync.protocol import Ack, Batch


class BatchConflict(Exception):
    """A batch id was re-used for other records."""


def fingerprint(batch: Batch) -> str:
    """A hash of the (id, revision) pairs a batch carries, whatever its encoding."""
    keys = "\n".join(f"{i} {r}" for i, r in sorted(batch.keys()))
    return hashlib.sha256(f"{batch.record_type}\n{keys}".encode()).hexdigest()


def receive_batch(db: HubDb, batch: Batch, source: str) -> tuple[Ack, bool]:
    """Store a batch; its acknowledgement and whether it was a duplicate of one received."""
    print_ = fingerprint(batch)
    # The write lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL, both shared
    # by every hub process on the database) serialises receivers: the same batch arriving
    # twice at once is read as seen by whichever comes second, never inserted twice.
    with db.write() as conn:
        seen = conn.execute(select(batch_table.c.fingerprint)
                            .where(batch_table.c.batch_id == batch.batch_id)).first()
        if seen is not None:
            if seen.fingerprint != print_:
                raise BatchConflict(batch.batch_id)
            keys = [(r["id"], r["revision"]) for r in batch.records]
            return Ack(batch.batch_id, stored=[], already_had=keys), True
        now = now_utc()
        extra = {"received_at": utc_text(now)}
        if batch.record_type == "spot":
            extra["desk_id"] = batch.desk_id
        stored, already = store_batch(conn, RECORD_TABLES, visit_question_table, batch, extra)
        conn.execute(insert(batch_table).values(
            batch_id=batch.batch_id, desk_id=batch.desk_id, source=source,
            record_type=batch.record_type, records=len(batch.records),
            fingerprint=print_, received_at=now))
        return Ack(batch.batch_id, stored=stored, already_had=already), False

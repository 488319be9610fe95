"""Storing incoming records by (id, highest revision): shared by the hub and a desk's import.

A record is written when it is new or carries a higher revision than the one held; an equal
or lower revision is "already had" and changes nothing. So a batch sent twice, or the same
CSV imported from two sticks, never makes a second copy and never rolls a record back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from helpdesk.sync.protocol import Batch, to_row


def _dialect_insert(conn: Connection, table: Table):
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def upsert_records(conn: Connection, table: Table, rows: list[dict]) -> set[str]:
    """Insert new rows, overwrite older revisions; the ids actually written."""
    if not rows:
        return set()
    stmt = _dialect_insert(conn, table)
    columns = [name for name in rows[0] if name != "id"]
    stmt = stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={name: stmt.excluded[name] for name in columns},
        where=table.c.revision < stmt.excluded.revision,
    ).returning(table.c.id)
    return set(conn.execute(stmt, rows).scalars())


def replace_questions(conn: Connection, question_table: Table, batch: Batch,
                      stored: set[str]) -> None:
    """The question types of the visits just written, in their order."""
    if not stored:
        return
    ids = sorted(stored)
    conn.execute(question_table.delete().where(question_table.c.visit_id.in_(ids)))
    rows = [{"visit_id": r["id"], "question_type": code, "position": n}
            for r in batch.records if r["id"] in stored
            for n, code in enumerate(r["question_types"])]
    if rows:
        conn.execute(insert(question_table), rows)


def batch_rows(batch: Batch, extra: dict | None = None, *, parse_times: bool = True,
               drop: Iterable[str] = ("question_types",)) -> list[dict]:
    """The batch's records as column values for its table, with ``extra`` columns added."""
    dropped = set(drop)
    rows = []
    for record in batch.records:
        row = {k: v for k, v in to_row(record, parse_times=parse_times).items()
               if k not in dropped}
        if extra:
            row.update(extra)
        rows.append(row)
    return rows


def store_batch(conn: Connection, tables: dict[str, Table], question_table: Table,
                batch: Batch, extra: dict | None = None, *,
                parse_times: bool = True) -> tuple[list, list]:
    """Write a batch into ``tables`` (by record type); (stored, already had) as (id, revision).

    ``parse_times=False`` hands datetimes over as their checked UTC text, for tables whose
    type takes that as it is (the hub's).
    """
    table = tables[batch.record_type]
    stored = upsert_records(conn, table, batch_rows(batch, extra, parse_times=parse_times))
    if batch.record_type == "visit":
        replace_questions(conn, question_table, batch, stored)
    keys = [(r["id"], r["revision"]) for r in batch.records]
    return ([k for k in keys if k[0] in stored], [k for k in keys if k[0] not in stored])


def now_utc() -> datetime:
    """The time records are received at."""
    return datetime.now(timezone.utc)


def missing_ids(conn: Connection, table: Table, ids: set) -> set:
    """Which of ``ids`` the table does not hold yet."""
    ids = {i for i in ids if i}
    if not ids:
        return set()
    return ids - set(conn.execute(select(table.c.id).where(table.c.id.in_(sorted(ids))))
                     .scalars())

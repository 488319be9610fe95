"""Storing incoming records by (id, highest revision): shared by the hub and a desk's import.

A record is written when it is new or carries a higher revision than the one held; an equal
or lower revision is "already had" and changes nothing. So a batch sent twice, or the same
CSV imported from two sticks, never makes a second copy and never rolls a record back.

The revisions held for a batch's ids are read first, in one query; only what is new or
higher is then written, with the DB-API's ``executemany``: values go to the driver as the
checked wire text they are (the stored formats), with no per-row work in SQLAlchemy and no
``RETURNING`` to learn what was written. That first read is exact because every caller holds
the write lock from the start of its transaction (see ``HubDb.write`` and ``desk_import``).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Connection, Table

from helpdesk.store.models import UTC_FORMAT
from helpdesk.sync.conflicts import RecordConflict, find_conflicts
from helpdesk.sync.protocol import FIELDS, NOTE_FIELD, Batch


def _sql_parts(conn: Connection):
    """The driver's quoting of names and its placeholder: these statements go to it as text."""
    return conn.dialect.identifier_preparer.quote, \
        "?" if conn.dialect.paramstyle == "qmark" else "%s"


def held_revisions(conn: Connection, table: Table, ids: list[str]) -> dict[str, int]:
    """The revision held of each of ``ids`` that the table has."""
    if not ids:
        return {}
    quote, mark = _sql_parts(conn)
    marks = ", ".join([mark] * len(ids))
    return dict(conn.exec_driver_sql(
        f"SELECT id, revision FROM {quote(table.name)} WHERE id IN ({marks})", tuple(ids)).all())


def upsert_rows(conn: Connection, table: Table, columns: list[str], rows: list[tuple]) -> None:
    """Insert ``rows`` (values in ``columns`` order), overwriting lower revisions.

    The ``WHERE`` repeats the rule the caller applied, so a row is never rolled back even if
    something wrote between the read and this statement.
    """
    if not rows:
        return
    quote, mark = _sql_parts(conn)
    name = quote(table.name)
    updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in columns if c != "id")
    conn.exec_driver_sql(
        f"INSERT INTO {name} ({', '.join(map(quote, columns))}) "
        f"VALUES ({', '.join([mark] * len(columns))}) ON CONFLICT (id) DO UPDATE SET "
        f"{updates} WHERE {name}.revision < excluded.revision", rows)


def replace_questions(conn: Connection, question_table: Table, visits: list[dict],
                      held: dict[str, int]) -> None:
    """The question types of the visits just written, in their order.

    Only a visit held before can have question rows: they are only ever written with it.
    """
    c = question_table.c
    overwritten = [v["id"] for v in visits if v["id"] in held]
    if overwritten:
        conn.execute(question_table.delete().where(c.visit_id.in_(overwritten)))
    rows = [(v["id"], code, n) for v in visits for n, code in enumerate(v["question_types"])]
    if rows:
        quote, mark = _sql_parts(conn)
        conn.exec_driver_sql(
            f"INSERT INTO {quote(question_table.name)} (visit_id, question_type, "
            f"{quote('position')}) VALUES ({mark}, {mark}, {mark})", rows)


def store_batch(conn: Connection, tables: dict[str, Table], question_table: Table,
                batch: Batch, extra: dict | None = None) -> tuple[list, list]:
    """Write a checked batch into ``tables`` (by record type), with ``extra`` columns added;
    (stored, already had) as (id, revision) pairs. Call it holding the write lock.

    RecordConflict, writing nothing, when a record is held at the same revision with other
    content: never kept or dropped in silence.
    """
    table = tables[batch.record_type]
    held = held_revisions(conn, table, [r["id"] for r in batch.records])
    conflicts = find_conflicts(conn, table, question_table, batch, held)
    if conflicts:
        raise RecordConflict(conflicts)
    fresh = [r for r in batch.records if held.get(r["id"], -1) < r["revision"]]
    fields = [f for f in FIELDS[batch.record_type] if f != "question_types"]
    extra = extra or {}
    tail = tuple(extra.values())
    note_at = fields.index(NOTE_FIELD) if NOTE_FIELD in fields else None
    rows = []
    for record in fresh:
        values = [record.get(f) for f in fields]
        if note_at is not None and values[note_at] is None:
            values[note_at] = ""  # a note left on the desk is stored as an empty note
        rows.append((*values, *tail))
    upsert_rows(conn, table, fields + list(extra), rows)
    if batch.record_type == "visit":
        replace_questions(conn, question_table, fresh, held)
    written = {r["id"] for r in fresh}
    keys = [(r["id"], r["revision"]) for r in batch.records]
    return ([k for k in keys if k[0] in written], [k for k in keys if k[0] not in written])


def utc_text(moment: datetime) -> str:
    """An aware datetime as the stored UTC text."""
    return moment.astimezone(timezone.utc).strftime(UTC_FORMAT)


def now_utc() -> datetime:
    """The time records are received at."""
    return datetime.now(timezone.utc)


def missing_ids(conn: Connection, table: Table, ids: set) -> set:
    """Which of ``ids`` the table does not hold yet."""
    ids = {i for i in ids if i}
    return ids - set(held_revisions(conn, table, sorted(ids)))

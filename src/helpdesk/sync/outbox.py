"""The outbox: what each target still needs, frozen into batches, marked sent on acknowledgement.

Nothing here deletes or changes a record. A target's progress lives in ``sync_sent`` (the
highest revision it acknowledged per record); a batch, once built, is stored with its exact
payload and re-sent as it is under the same id until the target acknowledges it. Only then
are its records marked sent — never before, whatever the transport said on the way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

import orjson
from sqlalchemy import String, and_, exists, false, func, insert, or_, select, true, type_coerce
from sqlalchemy import update as sql_update
from sqlmodel import Session

from helpdesk.core.ids import new_id
from helpdesk.store.models import (
    desk_table,
    group_session_table,
    session_table,
    spot_table,
    sync_batch_item_table,
    sync_batch_table,
    sync_sent_table,
    sync_target_table,
    visit_question_table,
    visit_table,
)
from helpdesk.sync.protocol import BOOLS as _BOOLS
from helpdesk.sync.protocol import DATES, DATETIMES, RECORD_TYPES, Batch, fields_for

TABLES = {"spot": spot_table, "help_session": session_table, "visit": visit_table,
          "group_session": group_session_table}
sent = sync_sent_table.c
batch_c = sync_batch_table.c
item = sync_batch_item_table.c


def _eligible(record_type: str):
    """Records of a type that are ready to leave: this desk's own spots, visits and sessions
    (those from a stick are sent by the desk that made them), sessions once closed or deleted.
    """
    own = select(desk_table.c.id).limit(1).scalar_subquery()
    if record_type == "help_session":
        c = session_table.c
        return and_(c.desk_id == own, or_(c.closed_at.is_not(None), c.deleted == true()))
    if record_type == "visit":
        return visit_table.c.desk_id == own
    if record_type == "group_session":
        return group_session_table.c.desk_id == own
    return spot_table.c.origin_desk_id == own


def _not_sent(target_id: str, record_type: str, table):
    return ~exists().where(sent.target_id == target_id, sent.record_type == record_type,
                           sent.record_id == table.c.id, sent.revision >= table.c.revision)


def _not_batched(target_id: str, table):
    return ~exists(select(1).select_from(
        sync_batch_item_table.join(sync_batch_table, batch_c.id == item.batch_id)).where(
        item.record_id == table.c.id, item.revision >= table.c.revision,
        batch_c.target_id == target_id))


def _wire_columns(record_type: str, include_notes: bool):
    """The allow-listed columns, datetimes and dates read as their stored text.

    Each is labelled with its wire name: a plain ``str`` key, which orjson insists on (a
    Core table's column names are SQLAlchemy's ``quoted_name``).
    """
    table = TABLES[record_type]
    cols = []
    for name in fields_for(record_type, include_notes):
        if name == "question_types":
            continue
        col = table.c[name]
        cols.append((type_coerce(col, String) if name in DATETIMES | DATES else col).label(name))
    return cols


def _wire_records(db: Session, record_type: str, query) -> list[dict]:
    """The rows ``query`` selects (``_wire_columns``, in id order) as wire dicts."""
    result = db.execute(query)
    names = list(result.keys())
    bools = [n for n in names if n in _BOOLS]
    records = []
    for row in result.all():
        record = dict(zip(names, row))
        for name in bools:  # SQLite hands back 0/1 where a bool was stored
            if record[name] is not None:
                record[name] = bool(record[name])
        records.append(record)
    if record_type == "visit" and records:
        q = visit_question_table.c
        questions: dict[str, list[str]] = {r["id"]: [] for r in records}
        for visit_id, code in db.execute(
                select(q.visit_id, q.question_type).where(q.visit_id.in_(list(questions)))
                .order_by(q.visit_id, q.position)).all():
            questions[visit_id].append(code)
        for r in records:
            r["question_types"] = questions[r["id"]]
    return records


def read_wire_records(db: Session, record_type: str, ids: list[str],
                      include_notes: bool) -> list[dict]:
    """The records with these ids as wire dicts (allow-listed fields only), in id order."""
    table = TABLES[record_type]
    return _wire_records(db, record_type, select(*_wire_columns(record_type, include_notes))
                         .where(table.c.id.in_(ids)).order_by(table.c.id))


def build_batch(db: Session, target_id: str, desk_id: str, record_type: str, *,
                include_notes: bool, size: int, after_id: str | None = None) -> Batch | None:
    """Freeze the next pending records of one type into a stored batch; None when none.

    ``after_id`` continues a walk through the table in id order, so building every batch of
    a large backlog reads each record once.
    """
    table = TABLES[record_type]
    query = (select(*_wire_columns(record_type, include_notes))
             .where(_eligible(record_type), _not_sent(target_id, record_type, table),
                    _not_batched(target_id, table))
             .order_by(table.c.id).limit(size))
    if after_id is not None:
        query = query.where(table.c.id > after_id)
    records = _wire_records(db, record_type, query)
    if not records:
        return None
    batch = Batch(batch_id=new_id(), desk_id=desk_id, record_type=record_type, records=records)
    db.execute(insert(sync_batch_table).values(
        id=batch.batch_id, target_id=target_id, record_type=record_type,
        created_at=datetime.now(timezone.utc), attempts=0, set_aside=False, message="",
        payload=orjson.dumps(records).decode("utf-8")))
    # The DB-API's executemany: SQLAlchemy's per-row parameter work costs more than SQLite's.
    db.connection().exec_driver_sql(
        "INSERT INTO sync_batch_item (batch_id, record_id, revision) VALUES (?, ?, ?)",
        [(batch.batch_id, r["id"], r["revision"]) for r in records])
    return batch


def stored_batches(db: Session, target_id: str, *, set_aside: bool) -> list[str]:
    """Ids of the batches built for a target and not acknowledged yet, oldest first."""
    return list(db.scalars(
        select(batch_c.id).where(batch_c.target_id == target_id,
                                 batch_c.set_aside == (true() if set_aside else false()))
        .order_by(batch_c.created_at, batch_c.id)))


def unacknowledged(db: Session, batch_ids: Iterable[str]) -> set[str]:
    """Those of ``batch_ids`` this desk built and no target acknowledged yet."""
    batch_ids = list(batch_ids)
    return set(db.scalars(select(batch_c.id).where(batch_c.id.in_(batch_ids)))) \
        if batch_ids else set()


def load_batch(db: Session, batch_id: str, desk_id: str) -> Batch:
    """A stored batch exactly as first built."""
    row = db.execute(select(batch_c.record_type, batch_c.payload)
                     .where(batch_c.id == batch_id)).one()
    return Batch(batch_id=batch_id, desk_id=desk_id, record_type=row.record_type,
                 records=orjson.loads(row.payload))


def mark_acknowledged(db: Session, target_id: str, batch: Batch) -> None:
    """The target has every record of the batch: mark them sent and forget the batch."""
    # An older batch acknowledged late must never lower what a newer one reached.
    db.connection().exec_driver_sql(
        "INSERT INTO sync_sent (target_id, record_type, record_id, revision) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (target_id, record_type, record_id) "
        "DO UPDATE SET revision = max(revision, excluded.revision)",
        [(target_id, batch.record_type, r["id"], r["revision"]) for r in batch.records])
    db.execute(sync_batch_table.delete().where(batch_c.id == batch.batch_id))


def set_batch_aside(db: Session, batch_id: str, message: str) -> None:
    """The receiver refused this batch: keep it, with its words, out of the way of the rest."""
    db.execute(sql_update(sync_batch_table).where(batch_c.id == batch_id)
               .values(set_aside=True, message=message[:500],
                       attempts=batch_c.attempts + 1))


def count_attempt(db: Session, batch_id: str) -> None:
    """One more try at sending a batch (kept for the curious, and for tests)."""
    db.execute(sql_update(sync_batch_table).where(batch_c.id == batch_id)
               .values(attempts=batch_c.attempts + 1))


def waiting_count(db: Session, target_id: str) -> int:
    """How many records the target has not acknowledged at their current revision."""
    total = 0
    for record_type in RECORD_TYPES:
        table = TABLES[record_type]
        total += db.scalar(select(func.count()).select_from(table).where(
            _eligible(record_type), _not_sent(target_id, record_type, table))) or 0
    return total


def waiting_for_any(db: Session, target_ids: Iterable[str]) -> int:
    """How many records at least one of the targets still needs."""
    target_ids = list(target_ids)
    if not target_ids:
        return 0
    total = 0
    for record_type in RECORD_TYPES:
        table = TABLES[record_type]
        anyone = or_(*(_not_sent(t, record_type, table) for t in target_ids))
        total += db.scalar(select(func.count()).select_from(table).where(
            _eligible(record_type), anyone)) or 0
    return total


def visit_sync_states(db: Session, visits: list[tuple[str, int]]) -> dict[str, str]:
    """For (id, revision) pairs of visits: "sent", "waiting", or "" when there is no target."""
    target_ids = list(db.scalars(select(sync_target_table.c.id)))
    if not target_ids or not visits:
        return {}
    done: dict[str, int] = {}
    revisions = dict(visits)
    for record_id, revision in db.execute(
            select(sent.record_id, sent.revision).where(
                sent.record_type == "visit", sent.record_id.in_(list(revisions)),
                sent.target_id.in_(target_ids))):
        if revision >= revisions[record_id]:
            done[record_id] = done.get(record_id, 0) + 1
    return {vid: "sent" if done.get(vid, 0) == len(target_ids) else "waiting"
            for vid, _ in visits}


def forget_target(db: Session, target_id: str) -> None:
    """Drop a removed target's bookkeeping (its batches and what it acknowledged)."""
    db.execute(sync_batch_table.delete().where(batch_c.target_id == target_id))
    db.execute(sync_sent_table.delete().where(sent.target_id == target_id))

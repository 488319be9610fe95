"""Merging CSV batches from other desks into this desk's store (``helpdesk import``).

The same rule as the hub: by (id, highest revision). The desk's tables link visits to spots
and sessions; when a batch names a spot or session this store has not seen (its file was
not on the stick), a placeholder at revision 0 stands in, retired, until the real record
arrives and — having a higher revision — replaces it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, insert, select

from helpdesk.core.sync_records import ImportReport
from helpdesk.store.models import (
    desk_table,
    group_session_table,
    session_table,
    spot_table,
    visit_question_table,
    visit_table,
)
from helpdesk.sync.conflicts import RecordConflict
from helpdesk.sync.csv_format import find_batches
from helpdesk.sync.merge import held_revisions, missing_ids, now_utc, store_batch
from helpdesk.sync.protocol import Batch

DESK_TABLES = {"spot": spot_table, "help_session": session_table, "visit": visit_table,
               "group_session": group_session_table}
PLACEHOLDER_KIND = "permanence"


def _placeholders(conn: Connection, batch: Batch) -> None:
    now = now_utc()
    spot_ids = {r["spot_id"] for r in batch.records if "spot_id" in r}
    for spot_id in sorted(missing_ids(conn, spot_table, spot_ids)):
        conn.execute(insert(spot_table).values(
            id=spot_id, name=f"? {spot_id[:8]}", kind=PLACEHOLDER_KIND, active=False,
            revision=0, created_at=now, updated_at=now))
    if batch.record_type != "visit":
        return
    sessions = {r["session_id"]: r for r in batch.records if r.get("session_id")}
    for session_id in sorted(missing_ids(conn, session_table, set(sessions))):
        visit = sessions[session_id]
        started = datetime.fromisoformat(visit["started_at"])
        conn.execute(insert(session_table).values(
            id=session_id, desk_id=visit["desk_id"], spot_id=visit["spot_id"],
            opened_at=started, closed_at=started, turned_away=None, revision=0,
            created_at=now, updated_at=now, deleted=False))


class OwnRecords(Exception):
    """A batch would change records made on this desk (English text)."""


def _check_own_records(conn: Connection, batch: Batch) -> None:
    # A desk's own spots, visits and sessions change only on the desk itself: a stick naming
    # them at a revision this desk does not hold (a higher one, a deleted one) is refused whole.
    own = conn.scalar(select(desk_table.c.id).limit(1))
    if batch.record_type == "spot":
        # Spots carry no desk id on the wire: the desk remembers which ones it made.
        ids = [r["id"] for r in batch.records]
        made_here = set(conn.scalars(select(spot_table.c.id).where(
            spot_table.c.id.in_(ids), spot_table.c.origin_desk_id == own))) if ids else set()
        mine = [r for r in batch.records if r["id"] in made_here]
    else:
        mine = [r for r in batch.records if r["desk_id"] == own]
    if not mine:
        return
    held = held_revisions(conn, DESK_TABLES[batch.record_type], [r["id"] for r in mine])
    changed = [r["id"] for r in mine if r["revision"] > held.get(r["id"], 0)]
    if changed:
        raise OwnRecords(f"it would change {len(changed)} record(s) made on this desk "
                         f"(first: {changed[0]}); a desk's own records change only on it")


def merge_into_desk(conn: Connection, batch: Batch) -> tuple[list, list]:
    """Store one batch in the desk's tables; (stored, already had)."""
    _check_own_records(conn, batch)
    _placeholders(conn, batch)
    return store_batch(conn, DESK_TABLES, visit_question_table, batch)


def import_batches(engine, path: Path) -> ImportReport:
    """Merge every batch found at ``path`` (a folder, a CSV or a manifest), one transaction each."""
    found = find_batches(Path(path))
    stored = already = batches = 0
    unreadable = []
    for item in found:
        if item.batch is None:
            unreadable.append((item.path.name, item.problem))
            continue
        # The write lock from the start: merging reads what is held, then writes.
        try:
            with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
                conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                done, had = merge_into_desk(conn, item.batch)
        except (OwnRecords, RecordConflict) as exc:
            unreadable.append((item.path.name, str(exc)))
            continue
        batches += 1
        stored += len(done)
        already += len(had)
    return ImportReport(batches=batches, stored=stored, already_had=already,
                        unreadable=tuple(unreadable))

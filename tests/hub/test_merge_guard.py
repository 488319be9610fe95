"""The upsert itself never lowers a revision, whatever its caller read before (SQLite and
PostgreSQL): the last line of defence if a writer ever slips past the write lock."""

from __future__ import annotations

from hub_records import batch, visit
from sqlalchemy import select

from helpdesk.hub import tables as hub
from helpdesk.hub.store import receive_batch
from helpdesk.sync.merge import upsert_rows
from helpdesk.sync.protocol import FIELDS


def test_an_upsert_of_a_lower_revision_changes_nothing(hub_db):
    """Revision 3 is held; an upsert of revision 2 (a stale read) leaves it as it was, and one
    of revision 4 replaces it."""
    receive_batch(hub_db, batch("b3", visit(1, 3, outcome="referred")), "desk")
    columns = [f for f in FIELDS["visit"] if f != "question_types"] + ["received_at"]

    def upsert(revision: int, outcome: str) -> None:
        record = visit(1, revision, outcome=outcome, note="",
                       received_at="2025-03-30T10:00:00.000000Z")
        with hub_db.write() as conn:
            upsert_rows(conn, hub.visit_table, columns, [tuple(record.get(c) for c in columns)])

    def held():
        with hub_db.read() as conn:
            return tuple(conn.execute(select(hub.visit_table.c.revision,
                                             hub.visit_table.c.outcome)).one())

    upsert(2, "partly")
    assert held() == (3, "referred")
    upsert(3, "solved")  # the same revision again: not newer, not written
    assert held() == (3, "referred")
    upsert(4, "solved")
    assert held() == (4, "solved")

"""Two hub processes on one database (SQLite file or PostgreSQL) receiving the same batch at
the same moment: the shared write lock makes one store it and the others see it stored."""

from __future__ import annotations

import threading

from hub_records import batch, visit

from helpdesk.hub.db import HubDb
from helpdesk.hub.store import receive_batch


def test_the_same_batch_at_once_through_two_hubs_is_stored_once(hub_url):
    """Eight senders released together through two separately opened hubs: one "stored",
    seven "duplicate", and no error — no integrity error left to retry."""
    hubs = [HubDb.open(hub_url), HubDb.open(hub_url)]
    sent = batch("b-race", *(visit(n) for n in range(30)))
    start = threading.Barrier(8)
    outcomes, errors = [], []

    def send(db):
        start.wait()
        try:
            outcomes.append(receive_batch(db, sent, "desk"))
        except Exception as exc:  # noqa: BLE001 - collected and shown below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(hubs[n % 2],)) for n in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for db in hubs:
            db.close()
    assert errors == []
    assert sorted(duplicate for _ack, duplicate in outcomes) == [False] + [True] * 7
    assert sum(len(ack.stored) for ack, _dup in outcomes) == 30

"""The hub under concurrent senders, on SQLite and PostgreSQL: still once per record."""

from __future__ import annotations

import threading

import httpx
import pytest
from sync_support import HubThread, add_visits, desk_visits, hub_visits

from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.tokens import add_token
from helpdesk.sync.protocol import Batch, encode_batch

pytestmark = pytest.mark.e2e


def test_two_desks_syncing_at_once(tmp_path, hub_db):
    """Two desks send at the same moment: the hub holds both desks' visits, each once."""
    from helpdesk.services import Services

    desks = []
    for n in range(2):
        services = Services.open(tmp_path / f"desk{n}")
        services.desk.complete_first_run(language="en", desk_name=f"Desk {n}",
                                         spot_name=f"Spot {n}", spot_kind="outreach",
                                         helper_names=["Jan"])
        add_visits(services, 30)
        desks.append(services)
    try:
        with HubThread(hub_db) as hub:
            for n, services in enumerate(desks):
                services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                     token=add_token(hub_db, f"Desk {n}"),
                                                     batch_size=4))
            reports = []
            threads = [threading.Thread(target=lambda s=s: reports.append(s.sync.run()))
                       for s in desks]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
        assert [r.waiting for r in reports] == [0, 0]
        assert hub_visits(hub_db) == {**desk_visits(desks[0]), **desk_visits(desks[1])}
    finally:
        for services in desks:
            services.close()


def test_the_same_batch_twice_at_once_is_stored_once(hub_db):
    """A retry racing the first try: one stores, the other is answered as a duplicate."""
    record = {"id": "019a0000-0000-7000-8000-000000000001", "revision": 1, "desk_id": "d1",
              "session_id": None, "spot_id": "s1", "started_at": "2025-03-30T09:00:00.000000Z",
              "duration_minutes": None, "outcome": "solved", "autonomy": None,
              "referral": None, "follow_up": False, "follow_up_date": None,
              "channel": "in_person", "age_band": "unknown", "gender": "unknown",
              "help_language": "unknown", "first_visit": None, "status": "unknown",
              "question_types": ["email"], "created_at": "2025-03-30T09:00:00.000000Z",
              "updated_at": "2025-03-30T09:00:00.000000Z", "deleted": False}
    body = encode_batch(Batch("batch-1", "d1", "visit", [record]))
    token = add_token(hub_db, "Desk")
    answers = []
    with HubThread(hub_db) as hub:
        def send():
            answers.append(httpx.post(hub.url + "/v1/batches", content=body, timeout=30,
                                      headers={"Authorization": f"Bearer {token}",
                                               "Idempotency-Key": "batch-1",
                                               "Content-Type": "application/json"}).json())
        threads = [threading.Thread(target=send) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert sorted(a["duplicate"] for a in answers) == [False, True, True, True]
    assert sum(len(a["stored"]) for a in answers) == 1

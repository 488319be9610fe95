"""Every answer of ``POST /v1/batches`` other than 200, from a real uvicorn hub: each one
stores nothing and says in one sentence what is wrong."""

from __future__ import annotations

import httpx
import pytest
from hub_records import batch, visit
from sqlalchemy import func, select
from sync_support import HubThread, hub_visits

from helpdesk.hub.tables import batch_table
from helpdesk.hub.tokens import add_token
from helpdesk.sync.csv_format import encode_csv
from helpdesk.sync.protocol import encode_batch

BATCH_ID = "019a0000-0000-7000-8000-00000000b002"


@pytest.fixture
def hub(sqlite_hub):
    token = add_token(sqlite_hub, "Buurtbar")
    with HubThread(sqlite_hub) as served:
        served.db = sqlite_hub
        served.headers = {"Authorization": f"Bearer {token}",
                          "Content-Type": "application/json", "Idempotency-Key": BATCH_ID}
        yield served


def _post(hub, body: bytes, **headers) -> httpx.Response:
    return httpx.post(hub.url + "/v1/batches", content=body, timeout=30,
                      headers={**hub.headers, **headers})


def _nothing_stored(db) -> bool:
    with db.read() as conn:
        batches = conn.scalar(select(func.count()).select_from(batch_table))
    return batches == 0 and hub_visits(db) == {}


BODY = encode_batch(batch(BATCH_ID, visit(1), visit(2)))


def test_the_idempotency_key_must_be_the_batch_id(hub):
    """Another key (or none) is a 400 naming the header; the right one is stored."""
    for key in ("019a0000-0000-7000-8000-00000000b003", ""):
        answer = _post(hub, BODY, **{"Idempotency-Key": key})
        assert answer.status_code == 400
        assert answer.json()["detail"] == "the Idempotency-Key header must equal the batch id"
    assert _nothing_stored(hub.db)
    assert _post(hub, BODY).status_code == 200 and len(hub_visits(hub.db)) == 2


def test_a_body_too_large_is_a_413(hub, monkeypatch):
    """A body past the limit is refused before it is read whole; one byte less is taken."""
    import helpdesk.hub.app as app

    monkeypatch.setattr(app, "MAX_BODY", len(BODY) - 1)
    answer = _post(hub, BODY)
    assert answer.status_code == 413 and str(len(BODY) - 1) in answer.json()["detail"]
    assert _nothing_stored(hub.db)
    monkeypatch.setattr(app, "MAX_BODY", len(BODY))
    assert _post(hub, BODY).status_code == 200


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", ""])
def test_another_content_type_is_a_415(hub, content_type):
    """Only JSON and CSV bodies are read."""
    answer = _post(hub, BODY, **{"Content-Type": content_type})
    assert answer.status_code == 415
    assert answer.json()["detail"] == "send application/json or text/csv"
    assert _nothing_stored(hub.db)


@pytest.mark.parametrize("body, detail", [
    (b"{not json", "the body is not JSON"),
    (b'{"format": "helpdesk-batch", "version": 4}', "version 4 is not supported (only 1, 2, 3)"),
    (encode_batch(batch(BATCH_ID, visit(1, duration_minutes=-5))),
     "record 1: duration_minutes must be a whole number"),
])
def test_a_malformed_batch_is_a_400_in_one_sentence(hub, body, detail):
    """The protocol's own words come back; nothing is stored."""
    answer = _post(hub, body)
    assert (answer.status_code, answer.json()["detail"]) == (400, detail)
    assert _nothing_stored(hub.db)


def test_a_csv_body_needs_its_format_version(hub):
    """text/csv without a known Helpdesk-Format-Version is a 400; with 1, the batch is
    stored."""
    data = encode_csv(batch(BATCH_ID, visit(1)))
    csv_headers = {"Content-Type": "text/csv", "Helpdesk-Batch-Id": BATCH_ID,
                   "Helpdesk-Desk-Id": "019a0000-0000-7000-8000-0000000000d1",
                   "Helpdesk-Record-Type": "visit"}
    for version in ("4", ""):
        answer = _post(hub, data, **csv_headers, **{"Helpdesk-Format-Version": version})
        assert answer.status_code == 400
        assert answer.json()["detail"].endswith("is not supported (only 1, 2, 3)")
    assert _nothing_stored(hub.db)
    answer = _post(hub, data, **csv_headers, **{"Helpdesk-Format-Version": "1"})
    assert answer.status_code == 200 and len(hub_visits(hub.db)) == 1

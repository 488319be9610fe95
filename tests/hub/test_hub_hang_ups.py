"""A desk that hangs up mid-batch (a phone hotspot does it all the time) is an ordinary event
for the hub: one plain line in its log, no traceback, nothing half stored."""

from __future__ import annotations

import socket

import httpx
import pytest
from hub_records import batch, visit
from sqlalchemy import func, select
from sync_support import HubProcess, hub_visits, wait_until

from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import batch_table
from helpdesk.hub.tokens import add_token
from helpdesk.sync.protocol import encode_batch

BATCH_ID = "019a0000-0000-7000-8000-00000000b001"


@pytest.fixture
def hub(tmp_path):
    """A hub process over a SQLite file, its database open here too, and a desk's token."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    db = HubDb.open(url)
    token = add_token(db, "Buurtbar")
    with HubProcess(url, tmp_path / "hub.log") as served:
        served.db, served.token = db, token
        yield served
    db.close()


def _raw_post(hub, body: bytes, *, send: int) -> socket.socket:
    """A POST announcing all of ``body`` whose first ``send`` bytes go out; the open socket."""
    head = (f"POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {hub.token}\r\nContent-Type: application/json\r\n"
            f"Idempotency-Key: {BATCH_ID}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    sock = socket.create_connection(("127.0.0.1", hub.port), timeout=30)
    sock.sendall(head + body[:send])
    return sock


def _post_whole(hub, body: bytes) -> httpx.Response:
    return httpx.post(hub.url + "/v1/batches", content=body, timeout=30, headers={
        "Authorization": f"Bearer {hub.token}", "Content-Type": "application/json",
        "Idempotency-Key": BATCH_ID})


def _body(note: str = "") -> bytes:
    return encode_batch(batch(BATCH_ID, *(visit(n, note=note) for n in range(40))))


def _batches(db) -> int:
    with db.read() as conn:
        return conn.scalar(select(func.count()).select_from(batch_table))


def _no_traceback(log: str) -> None:
    assert "Traceback" not in log and "Exception" not in log and "ERROR" not in log, log


@pytest.mark.slow
def test_the_whole_body_then_the_socket_closed_at_once(hub):
    """Closed before the hub read the body it had received: the hub counts it as not
    arrived (the desk sends it again), with one plain line and no traceback."""
    body = _body()
    sock = _raw_post(hub, body, send=len(body))
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    assert wait_until(lambda: "hung up" in hub.log() or _batches(hub.db) == 1), hub.log()
    _no_traceback(hub.log())


@pytest.mark.slow
def test_half_a_body_then_the_socket_closed(hub):
    """Nothing stored, one plain line naming the desk, the batch and the bytes received —
    no field values — and the same batch sent whole afterwards is stored."""
    body = _body(note="Mevrouw Janssens, rijksregister 55.02.03")
    sock = _raw_post(hub, body, send=len(body) // 2)
    sock.close()
    assert wait_until(lambda: "hung up" in hub.log()), hub.log()
    log = hub.log()
    _no_traceback(log)
    line = next(x for x in log.splitlines() if "hung up" in x)
    assert "Buurtbar" in line and BATCH_ID in line
    assert " bytes" in line
    assert "Janssens" not in log and "email" not in log
    assert hub_visits(hub.db) == {} and _batches(hub.db) == 0

    answer = _post_whole(hub, body)
    assert answer.status_code == 200, answer.text
    assert len(hub_visits(hub.db)) == 40 and _batches(hub.db) == 1


@pytest.mark.slow
def test_hanging_up_before_the_answer(hub):
    """The whole body sent, the socket closed as the answer comes: the batch is stored once,
    the log holds no traceback, and the desk's retry is answered as a duplicate."""
    body = _body()
    sock = _raw_post(hub, body, send=len(body))
    assert wait_until(lambda: _batches(hub.db) == 1)
    sock.shutdown(socket.SHUT_RDWR)
    sock.close()
    answer = _post_whole(hub, body)
    assert answer.status_code == 200 and answer.json()["duplicate"] is True
    assert len(hub_visits(hub.db)) == 40 and _batches(hub.db) == 1
    _no_traceback(hub.log())


def _drive(db, messages: list[dict], *, key: str = BATCH_ID) -> list[str]:
    """POST /v1/batches through the ASGI interface: ``messages`` as the client's side, then
    a disconnect; the hub's log lines. Exactly where the hang-up falls is chosen here."""
    import asyncio
    import logging

    from helpdesk.hub.app import create_app

    token = add_token(db, "Buurtbar")
    messages = list(messages)

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message):
        pass

    headers = [(b"authorization", f"Bearer {token}".encode()),
               (b"content-type", b"application/json"), (b"idempotency-key", key.encode())]
    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"},
             "http_version": "1.1", "method": "POST", "scheme": "http", "path": "/v1/batches",
             "raw_path": b"/v1/batches", "root_path": "", "query_string": b"",
             "headers": headers, "client": ("127.0.0.1", 5000),
             "server": ("127.0.0.1", 8765)}
    logger = logging.getLogger("helpdesk.hub")
    lines: list[str] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: lines.append(record.getMessage())
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)  # setLevel, not .level =: it clears the logger's cache
    try:
        asyncio.run(create_app(db)(scope, receive, send))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return lines


@pytest.fixture
def db(tmp_path):
    opened = HubDb.open(f"sqlite:///{tmp_path / 'hub.db'}")
    yield opened
    opened.close()


def test_a_desk_gone_before_the_answer_gets_one_line_and_the_batch_is_kept(db):
    """The body arrives whole, then the desk is gone while the hub stores it: the batch is
    kept (the retry is answered as already had) and the log says so in one line."""
    lines = _drive(db, [{"type": "http.request", "body": _body(), "more_body": False}])
    assert lines == [f"desk Buurtbar hung up before the answer; the batch is stored and "
                     f"its next sending is answered as already had (batch {BATCH_ID})"]
    assert len(hub_visits(db)) == 40 and _batches(db) == 1


def test_a_desk_gone_mid_body_gets_one_line_with_the_bytes_received(db):
    """Two chunks of a longer body, then the disconnect: nothing stored, one line."""
    body = _body()
    lines = _drive(db, [{"type": "http.request", "body": body[:1000], "more_body": True},
                        {"type": "http.request", "body": body[1000:1500], "more_body": True}])
    assert lines == [f"desk Buurtbar hung up after 1500 bytes; nothing stored "
                     f"(batch {BATCH_ID})"]
    assert hub_visits(db) == {} and _batches(db) == 0


def test_a_key_that_is_no_batch_id_is_not_repeated_in_the_log(db):
    """Header text is the client's: only a well-formed id goes into the log."""
    lines = _drive(db, [{"type": "http.request", "body": b"{", "more_body": True}],
                   key="Janssens\nINFO: forged line")
    assert lines == ["desk Buurtbar hung up after 1 bytes; nothing stored "
                     "(batch without a valid id)"]

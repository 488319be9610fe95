"""What the desk makes of a receiver's answers, over real HTTP on loopback: the refusal's
reason in the receiver's own words (short), and a "Test connection" that only a hub passes."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

import pytest
from sync_support import serving
from test_protocol import VISIT

from helpdesk.core.errors import BatchRefused, RetryLater
from helpdesk.sync.http_transport import MAX_REASON, NOT_AN_ACK, HttpTransport
from helpdesk.sync.protocol import Batch


class _Answer(BaseHTTPRequestHandler):
    status = 400
    body = b""
    content_type = "application/json"

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture
def receiver():
    """A receiver on loopback that answers what the test sets on its handler class."""
    handler = type("Handler", (_Answer,), {})
    with serving(handler) as url:
        yield handler, url


def _refusal(receiver, status: int, body: bytes, content_type="application/json") -> str:
    handler, url = receiver
    handler.status, handler.body, handler.content_type = status, body, content_type
    transport = HttpTransport("hub", url, "token")
    try:
        with pytest.raises(BatchRefused) as refused:
            transport.send(Batch("b1", VISIT["desk_id"], "visit", [VISIT]))
    finally:
        transport.close()
    return refused.value.args_["reason"]


@pytest.mark.parametrize(("body", "content_type", "reason"), [
    (b'{"detail": "record 7 belongs   to\\nanother desk"}', "application/json",
     "record 7 belongs to another desk"),
    (b'{"detail": [{"loc": "x"}]}', "application/json", "[{'loc': 'x'}]"),
    (b'{"error": "no"}', "application/json", "{'error': 'no'}"),
    (b'["a list"]', "application/json", "['a list']"),
    (b"Forbidden by the proxy", "text/plain", "Forbidden by the proxy"),
    (b"", "text/plain", "HTTP 403"),
    (b'{"detail": ""}', "application/json", "HTTP 403"),
])
def test_a_refusal_carries_the_receivers_own_words(receiver, body, content_type, reason):
    """A JSON detail, else the JSON, else the text, spaces folded; nothing (an empty detail
    too): the status."""
    assert _refusal(receiver, 403, body, content_type) == reason


def test_a_long_reason_is_cut_short(receiver):
    """At MAX_REASON characters, with an ellipsis; one of exactly MAX_REASON is kept whole."""
    long = "x" * (MAX_REASON + 1)
    assert _refusal(receiver, 400, json.dumps({"detail": long}).encode()) == (
        "x" * MAX_REASON + "…")
    exact = "y" * MAX_REASON
    assert _refusal(receiver, 400, json.dumps({"detail": exact}).encode()) == exact


@pytest.mark.parametrize("body", [b"<html>Welcome to the hotel Wi-Fi</html>",
                                  b'{"format": "something-else"}', b'["helpdesk-hub"]'])
def test_test_connection_passes_only_a_hub(receiver, body):
    """A captive portal's 200 or another service's JSON is no hub: "not an answer"."""
    handler, url = receiver
    handler.status, handler.body = 200, body
    transport = HttpTransport("hub", url, "token")
    try:
        with pytest.raises(RetryLater) as caught:
            transport.check()
        assert caught.value.message == NOT_AN_ACK
        handler.body = b'{"format": "helpdesk-hub", "version": 1, "desk": "Test desk"}'
        transport.check()
    finally:
        transport.close()

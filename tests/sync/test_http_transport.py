"""What the desk sends to an HTTP receiver and what it makes of each answer, over real HTTP on
loopback (sync/http_transport.py; tests written from `make mutation`'s survivors): the request
docs/sync-protocol.md describes, and for each status the kind of problem and its sentence."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import time
from http.server import BaseHTTPRequestHandler

import pytest
from sync_support import free_port, serving
from test_protocol import VISIT
from test_protocol_checks import GROUP

from helpdesk import __version__
from helpdesk.core.errors import BatchRefused, RetryLater, StopTarget
from helpdesk.sync.csv_format import encode_csv
from helpdesk.sync.http_transport import (
    BAD_CERTIFICATE,
    BUSY,
    CONFLICT,
    NOT_AN_ACK,
    RECEIVER_FAILED,
    REFUSED,
    TOKEN_REFUSED,
    TOO_SLOW,
    UNREACHABLE,
    HttpTransport,
    _is_certificate_problem,
    batches_url,
)
from helpdesk.sync.protocol import Ack, Batch, encode_ack, encode_batch

BATCH = Batch("b1", VISIT["desk_id"], "visit", [VISIT])
ACK = json.dumps(encode_ack(Ack("b1", [(VISIT["id"], VISIT["revision"])], []))).encode()
KEY = "ab" * 32


class _Receiver(BaseHTTPRequestHandler):
    """Answers what the test sets; keeps each request it got."""

    status = 200
    body = b""
    headers_out: dict = {}
    delay = 0.0
    requests: list

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.requests.append((self.command, self.path, dict(self.headers), body))
        time.sleep(self.delay)
        try:
            self.send_response(self.status)
            self.send_header("Content-Type", "application/json")
            for name, value in self.headers_out.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(self.body)))
            self.end_headers()
            self.wfile.write(self.body)
        except (BrokenPipeError, ConnectionResetError):  # the desk gave up waiting
            pass

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture
def receiver():
    """The handler class (set status, body, headers_out on it) and the receiver's base URL."""
    handler = type("Handler", (_Receiver,), {"requests": [], "headers_out": {}})
    with serving(handler) as url:
        yield handler, url


def _transport(url: str, **kwargs) -> HttpTransport:
    return HttpTransport("Hub Brussels", url, "s3cret", **kwargs)


def _sent(url: str, batch: Batch = BATCH, **kwargs):
    """Send ``batch`` to ``url`` through a transport made with ``kwargs``; the problem raised
    (or the ack)."""
    transport = _transport(url, **kwargs)
    try:
        return transport.send(batch)
    except (RetryLater, StopTarget, BatchRefused) as problem:
        return problem
    finally:
        transport.close()


def _send(receiver, status: int, body: bytes = b"", batch: Batch = BATCH, **headers):
    """Send ``batch`` to a receiver answering ``status``; the problem raised (or the ack)."""
    handler, url = receiver
    handler.status, handler.body, handler.headers_out = status, body, headers
    return _sent(url, batch)


def test_a_batch_goes_as_json_with_its_token_and_idempotency_key(receiver):
    """POST {base}/v1/batches (a slash ending the address is not doubled), the bearer
    token, the batch id as Idempotency-Key, the desk's version, and no desk key unless given."""
    handler, url = receiver
    handler.body = ACK
    transport = _transport(url + "/desks/ANNEX/")
    try:
        assert transport.send(BATCH) == Ack("b1", [(VISIT["id"], VISIT["revision"])], [])
    finally:
        transport.close()
    [(method, path, headers, body)] = handler.requests
    assert (method, path) == ("POST", "/desks/ANNEX/v1/batches")
    assert headers["Authorization"] == "Bearer s3cret"
    assert headers["User-Agent"] == f"helpdesk/{__version__}"
    assert headers["Idempotency-Key"] == "b1"
    assert headers["Accept"] == "application/json"
    assert headers["Content-Type"] == "application/json"
    assert "Helpdesk-Desk-Key" not in headers and "Helpdesk-Batch-Id" not in headers
    assert body == encode_batch(BATCH)


@pytest.mark.parametrize(("batch", "version"), [
    (BATCH, "1"), (Batch("b1", GROUP["desk_id"], "group_session", [GROUP]), "3")])
def test_a_batch_as_csv_says_in_headers_what_the_json_would_say_in_its_body(receiver, batch,
                                                                           version):
    """CSV has no place for the batch's own fields: they go as Helpdesk-* headers, the version
    being the lowest that carries the record type."""
    handler, url = receiver
    handler.body = json.dumps(encode_ack(Ack("b1", [(r["id"], r["revision"])
                                                     for r in batch.records], []))).encode()
    transport = _transport(url, send_csv=True, desk_key="the-desks-public-key")
    try:
        transport.send(batch)
    finally:
        transport.close()
    [(_method, _path, headers, body)] = handler.requests
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    assert headers["Helpdesk-Format-Version"] == version
    assert headers["Helpdesk-Desk-Id"] == batch.desk_id
    assert headers["Helpdesk-Batch-Id"] == "b1"
    assert headers["Helpdesk-Record-Type"] == batch.record_type
    assert headers["Idempotency-Key"] == "b1"
    assert headers["Helpdesk-Desk-Key"] == "the-desks-public-key"
    assert body == encode_csv(batch)


def test_a_success_without_an_acknowledgement_is_tried_again(receiver):
    """A 200 from a Wi-Fi login page is no delivery."""
    problem = _send(receiver, 200, b"<html>Welcome</html>")
    assert isinstance(problem, RetryLater)
    assert (problem.message, problem.args_) == (NOT_AN_ACK, {"target": "Hub Brussels"})


def test_a_wrong_token_stops_the_target(receiver):
    problem = _send(receiver, 401, b'{"detail": "unknown token"}')
    assert isinstance(problem, StopTarget)
    assert (problem.message, problem.args_) == (TOKEN_REFUSED, {"target": "Hub Brussels"})


def test_a_conflict_sets_the_batch_aside_with_the_receivers_words(receiver):
    problem = _send(receiver, 409, b'{"detail": "record 1 differs"}')
    assert isinstance(problem, BatchRefused)
    assert (problem.message, problem.args_) == (CONFLICT, {
        "target": "Hub Brussels", "count": "1", "reason": "record 1 differs"})


@pytest.mark.parametrize("status", [400, 403, 404, 413, 415, 422, 499])
def test_any_other_client_error_refuses_the_batch(receiver, status):
    problem = _send(receiver, status, b'{"detail": "no"}')
    assert isinstance(problem, BatchRefused)
    assert (problem.message, problem.args_) == (REFUSED, {
        "target": "Hub Brussels", "count": "1", "reason": "no"})


@pytest.mark.parametrize("status", [429, 503])
def test_a_busy_receiver_is_tried_again_after_the_pause_it_asks(receiver, status):
    problem = _send(receiver, status, **{"Retry-After": "7"})
    assert isinstance(problem, RetryLater)
    assert (problem.message, problem.args_, problem.retry_after) == (
        BUSY, {"target": "Hub Brussels"}, 7.0)


@pytest.mark.parametrize("status", [408, 425, 500, 502, 504, 599])
def test_a_receivers_own_problem_is_tried_again_and_says_its_status(receiver, status):
    problem = _send(receiver, status, **{"Retry-After": "3"})
    assert isinstance(problem, RetryLater)
    assert (problem.message, problem.args_, problem.retry_after) == (
        RECEIVER_FAILED, {"target": "Hub Brussels", "status": str(status)}, 3.0)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_and_not_taken_for_an_answer(receiver, status):
    """Captive portals redirect: nothing goes to the place redirected to."""
    handler, url = receiver
    problem = _send(receiver, status, Location=url + "/login")
    assert isinstance(problem, RetryLater)
    assert (problem.message, problem.args_) == (NOT_AN_ACK, {"target": "Hub Brussels"})
    assert [p for _m, p, _h, _b in handler.requests] == ["/v1/batches"]


def test_no_receiver_at_the_address_is_a_passing_problem():
    problem = _sent(f"http://127.0.0.1:{free_port()}")  # a port nobody listens on
    assert isinstance(problem, RetryLater)
    assert (problem.message, problem.args_) == (UNREACHABLE, {"target": "Hub Brussels"})


def test_a_receiver_too_slow_to_answer_is_a_passing_problem(receiver):
    handler, url = receiver
    handler.delay = 1.0
    problem = _sent(url, timeout=0.2)
    assert isinstance(problem, RetryLater)
    assert (problem.message, problem.args_) == (TOO_SLOW, {"target": "Hub Brussels"})


def test_a_certificate_problem_is_found_however_deep_it_is_wrapped():
    """httpx wraps the SSL error as a cause or a context, sometimes twice."""
    def raised(make):
        try:
            make()
        except Exception as exc:  # noqa: BLE001
            return exc

    def through_cause():
        try:
            raise ssl.SSLCertVerificationError("bad")
        except ssl.SSLError as exc:
            raise OSError("wrapped") from exc

    def through_context():
        try:
            through_cause()
        except OSError:
            raise ConnectionError("wrapped again")  # noqa: B904

    assert _is_certificate_problem(raised(through_cause))
    assert _is_certificate_problem(raised(through_context))
    assert not _is_certificate_problem(raised(lambda: (_ for _ in ()).throw(
        ConnectionError("refused"))))


def test_the_batches_address_is_under_v1():
    assert batches_url("https://hub.example/") == "https://hub.example/v1/batches"
    assert batches_url("https://hub.example/desk/") == "https://hub.example/desk/v1/batches"
    assert batches_url("https://hub.example/ANNEX/") == "https://hub.example/ANNEX/v1/batches"


def test_test_connection_asks_the_ping_and_says_what_went_wrong(receiver):
    """GET {base}/v1/ping, under the path the address gives (a hub behind a shared web
    server); a refusal or a busy hub is the same problem as when sending."""
    handler, url = receiver
    transport = _transport(url + "/desks/ANNEX/")
    try:
        handler.body = b'{"format": "helpdesk-hub", "version": 1}'
        transport.check()
        handler.body = b"<html>Welcome</html>"
        with pytest.raises(RetryLater) as portal:
            transport.check()
        assert (portal.value.message, portal.value.args_) == (NOT_AN_ACK,
                                                              {"target": "Hub Brussels"})
        handler.status = 401
        with pytest.raises(StopTarget):
            transport.check()
        handler.status, handler.body = 403, b'{"detail": "desk retired"}'
        with pytest.raises(BatchRefused) as caught:
            transport.check()
        assert caught.value.args_["count"] == "0"
        handler.status = 503
        with pytest.raises(RetryLater) as busy:
            transport.check()
        assert busy.value.message == BUSY
    finally:
        transport.close()
    assert {(m, p) for m, p, _h, _b in handler.requests} == {("GET", "/desks/ANNEX/v1/ping")}


@pytest.mark.parametrize(("status", "body", "key"), [
    (200, json.dumps({"format": "helpdesk-visitor-key", "version": 1, "key": KEY}).encode(),
     bytes.fromhex(KEY)),
    (404, b'{"detail": "Not Found"}', None),
    (200, b'{"format": "helpdesk-visitor-key", "version": 1, "key": "short"}', None),
    (200, b"<html>Welcome</html>", None),
])
def test_the_visitor_key_is_taken_only_from_a_proper_answer(receiver, status, body, key):
    """A hub from before visitor keys answers 404: no key, no problem."""
    handler, url = receiver
    handler.status, handler.body = status, body
    transport = _transport(url + "/desks/ANNEX/")
    try:
        assert transport.visitor_key() == key
    finally:
        transport.close()
    [(method, path, headers, _body)] = handler.requests
    assert (method, path, headers["Accept"]) == ("GET", "/desks/ANNEX/v1/visitor-key",
                                                 "application/json")


@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl is not installed")
def test_by_default_a_certificate_nobody_vouches_for_stops_the_target(receiver, tmp_path):
    """A transport made without saying how to verify checks the certificate against the
    trusted roots: a self-signed hub gets nothing; told to trust it, it gets the batch."""
    handler, url = receiver
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True,
                   timeout=60)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    handler.body = ACK
    with serving(handler, tls) as address:
        problem = _sent(address)
        assert isinstance(problem, StopTarget)
        assert (problem.message, problem.args_) == (BAD_CERTIFICATE, {"target": "Hub Brussels"})
        assert handler.requests == []
        trusting = _transport(address, verify=ssl.create_default_context(cafile=str(cert)))
        try:
            trusting.send(BATCH)
        finally:
            trusting.close()
        assert len(handler.requests) == 1

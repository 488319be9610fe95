"""Sending batches to an HTTP receiver (the hub, or anyone who follows docs/sync-protocol.md).

Every request has timeouts and verifies TLS certificates. The answer decides what happens:
a valid acknowledgement is success; 401 stops the run (the token is wrong); 408, 425, 429
and 5xx, network errors, timeouts and a 2xx without an acknowledgement (a captive Wi-Fi
portal) are passing problems, tried again after a pause; any other 4xx (403: another desk's
records, 409: a conflict) refuses the batch, which is set aside while the others go on.
"""

from __future__ import annotations

import ssl
from functools import cache

import httpx

from helpdesk import __version__
from helpdesk.core.errors import QT_TRANSLATE_NOOP, BatchRefused, RetryLater, StopTarget
from helpdesk.sync.backoff import parse_retry_after
from helpdesk.sync.csv_format import encode_csv
from helpdesk.sync.protocol import (
    DESK_KEY_HEADER,
    Ack,
    Batch,
    ProtocolError,
    decode_ack,
    decode_visitor_key,
    encode_batch,
    version_for,
)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
RETRY_STATUSES = {408, 425, 429}
MAX_REASON = 200

UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "{target} cannot be reached; the records stay on this desk and go at the next "
              "sync.")
TOO_SLOW = QT_TRANSLATE_NOOP(
    "errors", "{target} did not answer in time; the records stay on this desk and go at the "
              "next sync.")
BUSY = QT_TRANSLATE_NOOP(
    "errors", "{target} is busy; the records stay on this desk and go at the next sync.")
RECEIVER_FAILED = QT_TRANSLATE_NOOP(
    "errors", "{target} had a problem of its own (error {status}); the records stay on this "
              "desk and go at the next sync.")
NOT_AN_ACK = QT_TRANSLATE_NOOP(
    "errors", "{target} answered, but not as a Helpdesk receiver does (a Wi-Fi login page?); "
              "the records stay on this desk.")
TOKEN_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The hub refused the desk's token — ask your coordinator for a new one.")
CONFLICT = QT_TRANSLATE_NOOP(
    "errors", "{target} already holds some of these {count} records with other content "
              "(“{reason}”); they were set aside and stay on this desk: tell your coordinator.")
BAD_CERTIFICATE = QT_TRANSLATE_NOOP(
    "errors", "The certificate of {target} cannot be trusted, so nothing was sent; tell your "
              "coordinator.")
REFUSED = QT_TRANSLATE_NOOP(
    "errors", "{target} refused {count} records: “{reason}”. They stay on this desk; tell your "
              "coordinator.")


def batches_url(base: str) -> str:
    """``{base}/v1/batches``."""
    return base.rstrip("/") + "/v1/batches"


def _is_certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _reason(response: httpx.Response) -> str:
    """The receiver's own words, short: a JSON ``detail`` or the start of the text."""
    try:
        data = response.json()
        detail = data.get("detail") if isinstance(data, dict) else None
        text = detail if isinstance(detail, str) else str(detail or data)
    except ValueError:
        text = response.text
    text = " ".join(text.split())
    return (text[:MAX_REASON] + "…") if len(text) > MAX_REASON else (text or
                                                                     f"HTTP {response.status_code}")


@cache
def _trusted_roots() -> ssl.SSLContext:
    """The certificate check every request uses (built once: loading the roots is slow)."""
    return httpx.create_ssl_context(verify=True)


class HttpTransport:
    """Posts batches as JSON (or CSV) with a bearer token and an Idempotency-Key."""

    def __init__(self, name: str, url: str, token: str, *, send_csv: bool = False,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 verify: bool | str | ssl.SSLContext = True, desk_key: str = "") -> None:
        self.name = name
        if verify is True:
            verify = _trusted_roots()
        self._url = url
        self._send_csv = send_csv
        headers = {"Authorization": f"Bearer {token}", "User-Agent": f"helpdesk/{__version__}"}
        if desk_key:
            # The desk's public key: a hub keeps the first it gets with this desk's token, to
            # check the signatures of the desk's stick batches (docs/sync-protocol.md).
            headers[DESK_KEY_HEADER] = desk_key
        self._client = httpx.Client(timeout=timeout, verify=verify, follow_redirects=False,
                                    headers=headers)

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def send(self, batch: Batch) -> Ack:
        """Deliver one batch; the acknowledgement, or a SyncProblem saying why not."""
        headers = {"Idempotency-Key": batch.batch_id, "Accept": "application/json"}
        if self._send_csv:
            body = encode_csv(batch)
            headers.update({"Content-Type": "text/csv; charset=utf-8",
                            "Helpdesk-Format-Version": str(version_for(batch.record_type)),
                            "Helpdesk-Desk-Id": batch.desk_id,
                            "Helpdesk-Batch-Id": batch.batch_id,
                            "Helpdesk-Record-Type": batch.record_type})
        else:
            body = encode_batch(batch)
            headers["Content-Type"] = "application/json"
        response = self._request("POST", batches_url(self._url), content=body, headers=headers)
        if response.is_success:
            try:
                return decode_ack(response.content, batch)
            except ProtocolError:
                raise RetryLater(NOT_AN_ACK, target=self.name) from None
        self._raise_for(response, len(batch.records))
        raise AssertionError("unreachable")  # pragma: no cover

    def check(self) -> None:
        """Ask the receiver who we are (``GET {base}/v1/ping``); a SyncProblem if that fails."""
        response = self._request("GET", self._url.rstrip("/") + "/v1/ping")
        if response.is_success:
            try:
                data = response.json()
            except ValueError:
                data = None
            if not isinstance(data, dict) or data.get("format") != "helpdesk-hub":
                raise RetryLater(NOT_AN_ACK, target=self.name)
            return
        self._raise_for(response, 0)

    def visitor_key(self) -> bytes | None:
        """The network's key for visitor codes (``GET {base}/v1/visitor-key``), or None when
        this receiver hands out none (a hub from before it: 404) or the answer is not one.

        A passing problem raises as ``send`` does; the caller asks again at the next run.
        """
        response = self._request("GET", self._url.rstrip("/") + "/v1/visitor-key",
                                 headers={"Accept": "application/json"})
        if not response.is_success:
            return None
        try:
            return decode_visitor_key(response.content)
        except ProtocolError:
            return None

    def _request(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            return self._client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise RetryLater(TOO_SLOW, target=self.name) from None
        except httpx.TransportError as exc:
            if _is_certificate_problem(exc):
                raise StopTarget(BAD_CERTIFICATE, target=self.name) from None
            raise RetryLater(UNREACHABLE, target=self.name) from None

    def _raise_for(self, response: httpx.Response, count: int) -> None:
        status = response.status_code
        if status == 401:
            raise StopTarget(TOKEN_REFUSED, target=self.name)
        if status == 409:
            raise BatchRefused(CONFLICT, target=self.name, count=str(count),
                               reason=_reason(response))
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status in (429, 503):
            raise RetryLater(BUSY, retry_after=retry_after, target=self.name)
        if status in RETRY_STATUSES or status >= 500:
            raise RetryLater(RECEIVER_FAILED, retry_after=retry_after, target=self.name,
                             status=str(status))
        if 400 <= status < 500:
            raise BatchRefused(REFUSED, target=self.name, count=str(count),
                               reason=_reason(response))
        # A redirect or anything else: not an acknowledgement (captive portals redirect).
        raise RetryLater(NOT_AN_ACK, target=self.name)

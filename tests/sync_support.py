"""Test support for sync: desks with visits, a real hub on loopback, a misbehaving receiver.

The misbehaving receiver is a small hand-written HTTP server *for tests only*: it stores
batches through the hub's real storage code on a real database, and fails on purpose in the
ways networks and receivers fail (drops, errors, captive-portal pages, stalls).
"""

from __future__ import annotations

import collections
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft

MODES = ("ok", "drop_before", "drop_after", "error_500", "busy_503", "too_many_429",
         "html_200", "stall_before", "stall_after")


def add_visits(services, count: int, *, note: str = "", start: int = 0) -> list:
    """Record ``count`` visits at the desk's first spot (each a minute apart, in the past)."""
    spot = services.desk.spots()[0].id
    base = datetime.now(timezone.utc) - timedelta(days=1)
    visits = []
    for n in range(start, start + count):
        draft = VisitDraft(session_id=None, spot_id=spot, staff_id=None,
                           question_types=("email", "smartphone")[: 1 + n % 2],
                           outcome="solved", duration_minutes=10, note=note,
                           started_at=base + timedelta(minutes=n))
        visits.append(services.intake.record_visit(draft))
    return visits


def edit_visit(services, visit):
    """Save an edit of ``visit`` (a higher revision)."""
    current = services.intake.get_visit(visit.id)
    draft = replace(current.as_draft(), outcome="partly" if current.outcome == "solved"
                    else "solved")
    return services.intake.update_visit(visit.id, draft, expected_revision=current.revision)


def wait_until(condition, seconds: float = 30.0, step: float = 0.02) -> bool:
    """True as soon as ``condition()`` is; False after ``seconds``.

    Generous on purpose: a CI machine may take seconds to start a process or a thread, and
    the waits end as soon as the thing is there, so a quick machine pays nothing for it.
    """
    deadline = time.monotonic() + seconds
    while True:
        if condition():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(step)


def answers(url: str) -> bool:
    """True when an HTTP server answers at ``url`` (whatever its status)."""
    import httpx

    try:
        httpx.get(url, timeout=1)
        return True
    except httpx.TransportError:
        return False


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler],
            tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """A receiver on loopback answering through ``handler`` (over TLS with ``tls``): its base
    URL; shut down when the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    # A short poll: shutdown() waits for it, half a second per test otherwise.
    threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HubThread:
    """The real hub app served by uvicorn in a thread, on a loopback port (https when given
    a certificate and key; ``sheets``: the network's name and taxonomy for downloads)."""

    def __init__(self, db, *, cert: str | None = None, key: str | None = None,
                 sheets=None, app=None) -> None:
        import uvicorn

        from helpdesk.hub.app import create_app

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        scheme = "https" if cert else "http"
        self.url = f"{scheme}://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app or create_app(db, sheets), log_level="warning",
                                                    lifespan="off", ssl_certfile=cert,
                                                    ssl_keyfile=key))
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> HubThread:
        self.thread.start()
        if wait_until(lambda: self.server.started, step=0.01):
            return self
        raise RuntimeError("the hub did not start")

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


class HubProcess:
    """``helpdesk-hub serve`` as its own process on a loopback port, its log in a file (what
    a coordinator reads)."""

    def __init__(self, db_url: str, log_path) -> None:
        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.process = None

    def __enter__(self) -> HubProcess:
        import os
        import subprocess
        import sys

        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "helpdesk.hub", "serve", "--port", str(self.port)],
                stdout=log, stderr=log, env={**os.environ, "HELPDESK_HUB_DB": self.db_url})
        if wait_until(lambda: answers(self.url + "/v1/ping")):
            return self
        self.__exit__()
        raise RuntimeError(f"the hub did not start: {self.log()}")

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(30)

    def log(self) -> str:
        """Everything the hub wrote to its log so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


class MisbehavingReceiver:
    """An HTTP receiver that follows a script of failure modes, then behaves.

    Each POST takes the next mode from ``script`` ("ok" once it is empty). ``stored`` counts
    how often each (id, revision) was written — exactly-once means every count is 1.
    """

    def __init__(self, db, *, stall_seconds: float = 0.5, token: str = "good-token") -> None:
        self.db = db
        self.script: collections.deque[str] = collections.deque()
        self.stored: collections.Counter = collections.Counter()
        self.requests = 0
        self.stall_seconds = stall_seconds
        self.token = token
        self.stalling = threading.Event()  # set while a stall is under way
        self.release = threading.Event()  # set to end stalls at once
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes: without this, Nagle's algorithm and
                # delayed ACKs add 40 ms to every answer.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                receiver.answer(self, 200, {"format": "helpdesk-hub", "version": 1,
                                            "desk": "test"})

            def do_POST(self) -> None:  # noqa: N802
                receiver.handle_post(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)

    def __enter__(self) -> MisbehavingReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def answer(handler, status: int, body, *, content_type="application/json",
               headers: dict | None = None) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)

    def _store(self, body: bytes):
        from helpdesk.hub.store import receive_batch
        from helpdesk.sync.protocol import decode_batch, encode_ack

        batch = decode_batch(body)
        ack, _dup = receive_batch(self.db, batch, "test")
        for key in ack.stored:
            self.stored[key] += 1
        return encode_ack(ack)

    def _drop(self, handler) -> None:
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)

    def _stall(self) -> None:
        self.stalling.set()
        self.release.wait(self.stall_seconds)

    def handle_post(self, handler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
        self.requests += 1
        if handler.headers.get("Authorization") != f"Bearer {self.token}":
            self.answer(handler, 401, {"detail": "unknown token"})
            return
        mode = self.script.popleft() if self.script else "ok"
        if mode == "drop_before":
            return self._drop(handler)
        if mode == "error_500":
            return self.answer(handler, 500, b"Internal Server Error", content_type="text/plain")
        if mode == "busy_503":
            return self.answer(handler, 503, {"detail": "busy"}, headers={"Retry-After": "7"})
        if mode == "too_many_429":
            return self.answer(handler, 429, {"detail": "slow down"},
                               headers={"Retry-After": "3"})
        if mode == "html_200":
            return self.answer(handler, 200, b"<html><body>Welcome to the free Wi-Fi! Log in."
                               b"</body></html>", content_type="text/html")
        if mode == "stall_before":
            self._stall()
            return self._drop(handler)
        ack = self._store(body)
        if mode == "drop_after":
            return self._drop(handler)
        if mode == "stall_after":
            self._stall()
            return self._drop(handler)
        self.answer(handler, 200, ack)


# ``helpdesk ARGS`` that stops for good once a file's temporary copy is written, before it is
# renamed into place (os.fsync is the step between): a kill then is sure to land mid-write.
HOLD_IN_WRITE = """
import os, sys, time
from pathlib import Path
held = Path(sys.argv[1])
real_fsync = os.fsync
def fsync_then_hold(fd):
    real_fsync(fd)
    if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
        held.touch()
        time.sleep(600)
os.fsync = fsync_then_hold
from helpdesk.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def kill_mid_write(args: list[str], held) -> None:
    """Run ``helpdesk ARGS`` until it is writing a file under a temporary name, then SIGKILL
    it (``held``: a path it touches when it gets there)."""
    import os
    import signal
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", HOLD_IN_WRITE, str(held), *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until(lambda: held.exists() or process.poll() is not None, 60)
        if not held.exists():
            raise AssertionError(f"it never wrote a file: {process.communicate()[1]!r}")
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)
        process.stderr.close()


def http_target(services, url: str, *, name: str = "hub", token: str = "good-token",
                **fields):
    """Add an HTTP target to the desk."""
    return services.sync.add_target(TargetDraft(name=name, kind="http", url=url, token=token,
                                                **fields))


def hub_visits(db) -> dict[str, tuple[int, bool]]:
    """id -> (revision, deleted) of every visit the hub holds."""
    from sqlalchemy import select

    from helpdesk.hub.tables import visit_table

    with db.read() as conn:
        return {r.id: (r.revision, bool(r.deleted)) for r in conn.execute(
            select(visit_table.c.id, visit_table.c.revision, visit_table.c.deleted))}


def desk_visits(services) -> dict[str, tuple[int, bool]]:
    """id -> (revision, deleted) of every visit on the desk, tombstones included."""
    from sqlalchemy import select

    from helpdesk.store.models import visit_table

    with services.engine.connect() as conn:
        return {r.id: (r.revision, bool(r.deleted)) for r in conn.execute(
            select(visit_table.c.id, visit_table.c.revision, visit_table.c.deleted))}

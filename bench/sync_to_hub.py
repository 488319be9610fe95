"""Sync throughput: pending visits from a desk to the hub on loopback, next to a bare POST.

1. A demo store (100,000 visits by default, BENCH_SYNC_VISITS to change; plus their spots and
   closed sessions), copied fresh for each run so every record is pending.
2. The hub (`helpdesk-hub serve`, SQLite) in its own process; the desk syncs everything in
   another (bench/sync_desk.py), which reports its peak memory (ru_maxrss).
3. Baseline in the same run: the same batches, encoded the same way, POSTed one after the
   other with the same HTTP client to a receiver on the same stack that stores nothing
   (bench/bare_receiver.py).
4. Memory: the desk's peak for a store a tenth the size, to show it is flat in the records.
Goals: at least a third of the bare POST rate; peak memory flat in the number of records.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from common import BENCH_DIR, ensure_demo_store

VISITS = int(os.environ.get("BENCH_SYNC_VISITS", "100000"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str) -> None:
    for _ in range(600):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


def serve(args: list[str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{port}/")
    return proc


def copy_store(source: Path, target: Path) -> None:
    import sqlite3

    target.mkdir(parents=True)
    src = sqlite3.connect(source / "helpdesk.db")
    dst = sqlite3.connect(target / "helpdesk.db")
    src.backup(dst)
    dst.close()
    src.close()


def desk_sync(store: Path, scratch: Path, name: str) -> dict:
    """Sync a fresh copy of ``store`` to a fresh hub; the desk's figures."""
    data = scratch / name
    copy_store(store, data)
    hub_db = f"sqlite:///{scratch / (name + '-hub.db')}"
    hub = [sys.executable, "-m", "helpdesk.hub", "--db", hub_db]
    token = subprocess.run(hub + ["token", "add", "bench"], capture_output=True, text=True,
                           check=True).stdout.strip()
    port = free_port()
    server = serve(hub + ["serve", "--port", str(port)], port)
    try:
        out = subprocess.run([sys.executable, str(BENCH_DIR / "sync_desk.py"), str(data),
                              f"http://127.0.0.1:{port}", token], capture_output=True,
                             text=True, check=True)
    finally:
        server.terminate()
        server.wait(30)
    result = json.loads(out.stdout)
    if result["waiting"] or result["problems"]:
        raise RuntimeError(f"the sync did not finish: {result}")
    return result


def same_bodies(store: Path) -> list[bytes]:
    """The batches a desk sends for this store, encoded as the desk encodes them."""
    from helpdesk.ids import new_id
    from helpdesk.services import Services
    from helpdesk.store.engine import reading
    from helpdesk.sync.outbox import TABLES, _eligible, read_wire_records
    from helpdesk.sync.protocol import RECORD_TYPES, Batch, encode_batch
    from sqlalchemy import select

    services = Services.open(store)
    bodies = []
    try:
        desk_id = services.desk.settings().desk_id
        with reading(services.engine) as db:
            for record_type in RECORD_TYPES:
                table = TABLES[record_type]
                ids = list(db.scalars(select(table.c.id).where(_eligible(record_type))
                                      .order_by(table.c.id)))
                for start in range(0, len(ids), 500):
                    records = read_wire_records(db, record_type, ids[start:start + 500], False)
                    bodies.append(encode_batch(Batch(new_id(), desk_id, record_type, records)))
    finally:
        services.close()
    return bodies


def bare_posts(bodies: list[bytes]) -> float:
    """Seconds to POST every body, one after the other, to a receiver that stores nothing."""
    port = free_port()
    server = serve([sys.executable, str(BENCH_DIR / "bare_receiver.py"), str(port)], port)
    try:
        from helpdesk.sync.http_transport import _trusted_roots

        with httpx.Client(timeout=30, verify=_trusted_roots()) as client:
            url = f"http://127.0.0.1:{port}/v1/batches"
            started = time.perf_counter()
            for n, body in enumerate(bodies):
                client.post(url, content=body, headers={
                    "Content-Type": "application/json", "Idempotency-Key": str(n),
                    "Authorization": "Bearer x"}).raise_for_status()
            return time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(30)


def main() -> None:
    big = ensure_demo_store(Path(f"/tmp/helpdesk-bench-sync-{VISITS}"), VISITS)
    small_visits = VISITS // 10
    small = ensure_demo_store(Path(f"/tmp/helpdesk-bench-sync-{small_visits}"), small_visits)
    scratch = Path(tempfile.mkdtemp(prefix="helpdesk-bench-sync-"))
    try:
        full = desk_sync(big, scratch, "big")
        bodies = same_bodies(big)
        bare = bare_posts(bodies)
        tenth = desk_sync(small, scratch, "small")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    records = full["records"]
    size = sum(len(b) for b in bodies)
    sync_rate = records / full["seconds"]
    bare_rate = records / bare
    print(f"records pending            {records:>10,}  ({VISITS:,} visits + spots and "
          f"closed sessions, {len(bodies)} batches, {size / 1e6:.1f} MB of JSON)")
    print(f"desk → hub sync            {sync_rate:>10,.0f} records/s  ({full['seconds']:.1f} s)")
    print(f"bare POST, same bytes      {bare_rate:>10,.0f} records/s  ({bare:.1f} s)")
    print(f"sync / bare                {sync_rate / bare_rate:>10.2f}  (goal ≥ 0.33)")
    print(f"desk peak memory           {full['peak_mib']:>10.0f} MiB for {records:,} records")
    print(f"                           {tenth['peak_mib']:>10.0f} MiB for "
          f"{tenth['records']:,} records (goal: flat)")


if __name__ == "__main__":
    main()

"""Sync throughput: pending visits from a desk to the hub on loopback, next to bare POSTs.

1. A demo store (100,000 visits by default, BENCH_SYNC_VISITS to change; plus their spots and
   closed sessions), copied fresh for each run so every record is pending.
2. The hub (`helpdesk-hub serve`, SQLite) in its own process; the desk syncs everything in
   another (bench/sync_desk.py), which reports its peak memory (VmHWM).
3. Baselines in the same run: the same batches, encoded the same way, POSTed one after the
   other with the same HTTP client
   - to a real hub with a fresh database: the goal's "bare POST of the same bytes to the
     hub", what it costs to get those bytes into the hub without the desk's outbox work;
   - to a receiver on the same stack that stores nothing (bench/bare_receiver.py): the
     transport floor, shown so nothing is hidden.
4. Memory: the desk's peak for a store a tenth the size, to show it is flat in the records.
Goals: at least a third of the bare POST rate to the hub; peak memory flat in the records.
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
from contextlib import contextmanager
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


@contextmanager
def serving(args: list[str], port: int):
    """A server process, up and answering, stopped afterwards."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(30)


@contextmanager
def fresh_hub(scratch: Path, name: str):
    """`helpdesk-hub serve` on a new SQLite database: (base URL, a desk token)."""
    hub = [sys.executable, "-m", "helpdesk.hub", "--db", f"sqlite:///{scratch / (name + '.db')}"]
    token = subprocess.run(hub + ["token", "add", "bench"], capture_output=True, text=True,
                           check=True).stdout.strip()
    port = free_port()
    with serving(hub + ["serve", "--port", str(port)], port) as url:
        yield url, token


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
    with fresh_hub(scratch, name + "-hub") as (url, token):
        out = subprocess.run([sys.executable, str(BENCH_DIR / "sync_desk.py"), str(data),
                              url, token], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    if result["waiting"] or result["problems"]:
        raise RuntimeError(f"the sync did not finish: {result}")
    return result


def same_bodies(store: Path) -> list[tuple[str, bytes]]:
    """The batches a desk sends for this store, encoded as the desk encodes them: (id, body)."""
    from sqlalchemy import select

    from helpdesk.core.ids import new_id
    from helpdesk.services import Services
    from helpdesk.store.engine import reading
    from helpdesk.sync.outbox import TABLES, _eligible, read_wire_records
    from helpdesk.sync.protocol import RECORD_TYPES, Batch, encode_batch

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
                    batch = Batch(new_id(), desk_id, record_type, records)
                    bodies.append((batch.batch_id, encode_batch(batch)))
    finally:
        services.close()
    return bodies


def post_all(url: str, token: str, bodies: list[tuple[str, bytes]]) -> tuple[float, list]:
    """Seconds to POST every body, one after the other, as the desk's client does; answers."""
    from helpdesk.sync.http_transport import _trusted_roots

    answers = []
    with httpx.Client(timeout=30, verify=_trusted_roots()) as client:
        started = time.perf_counter()
        for batch_id, body in bodies:
            response = client.post(f"{url}/v1/batches", content=body, headers={
                "Content-Type": "application/json", "Idempotency-Key": batch_id,
                "Authorization": f"Bearer {token}"})
            response.raise_for_status()
            answers.append(response.content)
        return time.perf_counter() - started, answers


def hub_posts(bodies: list[tuple[str, bytes]], scratch: Path) -> float:
    """Seconds to POST every body to a real hub with a fresh database (every record stored)."""
    with fresh_hub(scratch, "bare-hub") as (url, token):
        seconds, answers = post_all(url, token, bodies)
    stored = sum(len(json.loads(a)["stored"]) for a in answers)
    expected = sum(len(json.loads(b)["records"]) for _, b in bodies)
    if stored != expected:
        raise RuntimeError(f"the hub stored {stored} of {expected} records")
    return seconds


def null_posts(bodies: list[tuple[str, bytes]]) -> float:
    """Seconds to POST every body to a receiver that stores nothing (the transport floor)."""
    port = free_port()
    with serving([sys.executable, str(BENCH_DIR / "bare_receiver.py"), str(port)], port) as url:
        return post_all(url, "x", bodies)[0]


def main() -> None:
    big = ensure_demo_store(Path(f"/tmp/helpdesk-bench-sync-{VISITS}"), VISITS)
    small_visits = VISITS // 10
    small = ensure_demo_store(Path(f"/tmp/helpdesk-bench-sync-{small_visits}"), small_visits)
    scratch = Path(tempfile.mkdtemp(prefix="helpdesk-bench-sync-"))
    try:
        full = desk_sync(big, scratch, "big")
        bodies = same_bodies(big)
        to_hub = hub_posts(bodies, scratch)
        floor = null_posts(bodies)
        tenth = desk_sync(small, scratch, "small")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    records = full["records"]
    size = sum(len(b) for _, b in bodies)
    sync_rate, hub_rate, floor_rate = (records / s for s in (full["seconds"], to_hub, floor))
    print(f"records pending            {records:>10,}  ({VISITS:,} visits + spots and "
          f"closed sessions, {len(bodies)} batches, {size / 1e6:.1f} MB of JSON)")
    print(f"desk → hub sync            {sync_rate:>10,.0f} records/s  ({full['seconds']:.1f} s)")
    print(f"bare POST to a fresh hub   {hub_rate:>10,.0f} records/s  ({to_hub:.1f} s)  "
          "same bytes, the goal's baseline")
    print(f"bare POST, null receiver   {floor_rate:>10,.0f} records/s  ({floor:.1f} s)  "
          "same bytes, stores nothing: the transport floor")
    print(f"sync / bare POST to hub    {sync_rate / hub_rate:>10.2f}  (goal ≥ 0.33)")
    print(f"sync / transport floor     {sync_rate / floor_rate:>10.2f}")
    print(f"desk peak memory           {full['peak_mib']:>10.0f} MiB for {records:,} records")
    print(f"                           {tenth['peak_mib']:>10.0f} MiB for "
          f"{tenth['records']:,} records (goal: flat)")


if __name__ == "__main__":
    main()

"""Reliability figures for docs/reliability.md: kill -9 during saves and syncs, desks at once.

    .venv/bin/python bench/reliability.py [--rounds N] [--desks D] [--visits V] [--seed S]

Everything is real: a SQLite store per desk, the `helpdesk` command in a child process that
is sent SIGKILL at a random moment, the hub app served by uvicorn on loopback (SQLite, and
PostgreSQL when HELPDESK_TEST_PG_URL names a server). Prints what was lost or doubled; the
goal is 0 and 0. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sync_support import HubThread, add_visits  # noqa: E402

from helpdesk.core.sync_records import TargetDraft  # noqa: E402
from helpdesk.hub.db import HubDb  # noqa: E402
from helpdesk.hub.tokens import add_token  # noqa: E402
from helpdesk.services import Services  # noqa: E402

SAVER = """
import sys
from helpdesk.services import Services
from helpdesk.core.records import VisitDraft
services = Services.open(sys.argv[1], daily_backup=False)
spot = services.desk.spots()[0].id
draft = VisitDraft(session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
                   outcome="solved", note="kill test")
print("ready", flush=True)
while True:
    print(services.intake.record_visit(draft).id, flush=True)
"""


def _new_desk(folder: Path, name: str) -> Services:
    services = Services.open(folder)
    services.desk.complete_first_run(language="en", desk_name=name, spot_name=f"{name} room",
                                     spot_kind="computer_room", helper_names=["Ann"])
    return services


def _integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def kill_during_saves(rounds: int, rng: random.Random, work: Path) -> dict:
    """SIGKILL a process saving visits in a loop; every visit it reported saved is there."""
    folder = work / "saves"
    _new_desk(folder, "Saves").close()
    reported: list[str] = []
    for _ in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(folder)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
        reader.start()
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join(5)
        reported += [line.strip() for line in lines if line.strip()]
    conn = sqlite3.connect(folder / "helpdesk.db")
    stored = [r[0] for r in conn.execute("SELECT id FROM visit")]
    conn.close()
    return {"rounds": rounds, "reported saved": len(reported),
            "lost": len(set(reported) - set(stored)), "doubled": len(stored) - len(set(stored)),
            "integrity_check": _integrity(folder / "helpdesk.db")}


def kill_during_syncs(rounds: int, visits: int, rng: random.Random, work: Path,
                      hub_url: str) -> dict:
    """SIGKILL `helpdesk sync` at random moments, then let one finish: each visit once."""
    hub_db = HubDb.open(hub_url)
    folder = work / "syncs"
    services = _new_desk(folder, "Syncs")
    made = {v.id for v in add_visits(services, visits)}
    token = add_token(hub_db, "Syncs")
    kills = 0
    with HubThread(hub_db) as hub:
        services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url, token=token,
                                             batch_size=7))
        services.close()
        for _ in range(rounds):
            child = subprocess.Popen([sys.executable, "-m", "helpdesk", "--data-dir",
                                      str(folder), "sync"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, 2.5))
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
                kills += 1
            child.wait()
        final = subprocess.run([sys.executable, "-m", "helpdesk", "--data-dir", str(folder),
                                "sync"], capture_output=True, text=True)
    with hub_db.read() as conn:
        held = [r[0] for r in conn.exec_driver_sql("SELECT id FROM visit")]
    hub_db.close()
    return {"rounds": rounds, "killed mid-run": kills, "visits": visits,
            "final sync exit": final.returncode, "lost": len(made - set(held)),
            "doubled": len(held) - len(set(held)), "extra": len(set(held) - made)}


def desks_at_once(desks: int, visits: int, work: Path, hub_url: str) -> dict:
    """`desks` desks sync to one hub at the same moment (threads, each its own store)."""
    hub_db = HubDb.open(hub_url)
    made: set[str] = set()
    openings = []
    with HubThread(hub_db) as hub:
        for n in range(desks):
            services = _new_desk(work / f"desk{n}", f"Desk {n}")
            made |= {v.id for v in add_visits(services, visits)}
            services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                 token=add_token(hub_db, f"Desk {n}"),
                                                 batch_size=25))
            openings.append(services)
        start = threading.Barrier(desks)
        results = []

        def run(services):
            start.wait()
            results.append(services.sync.run())

        threads = [threading.Thread(target=run, args=(s,)) for s in openings]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        waiting = sum(s.sync.status().waiting for s in openings)
        for services in openings:
            services.close()
    with hub_db.read() as conn:
        held = [r[0] for r in conn.exec_driver_sql("SELECT id FROM visit")]
    hub_db.close()
    return {"desks": desks, "visits each": visits, "still waiting": waiting,
            "lost": len(made - set(held)), "doubled": len(held) - len(set(held))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--visits", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    hubs = {"sqlite": None}
    if os.environ.get("HELPDESK_TEST_PG_URL"):
        hubs["postgresql"] = os.environ["HELPDESK_TEST_PG_URL"]
    with tempfile.TemporaryDirectory(prefix="helpdesk-reliability-") as scratch:
        work = Path(scratch)
        print("kill -9 during saves:", kill_during_saves(args.rounds, rng, work))
        for kind, url in hubs.items():
            url = url or f"sqlite:///{work / f'hub-{kind}.db'}"
            if kind == "postgresql":
                url = url.replace("postgresql://", "postgresql+psycopg://", 1)
            sub = work / kind
            sub.mkdir()
            print(f"kill -9 during syncs ({kind} hub):",
                  kill_during_syncs(args.rounds, args.visits, rng, sub, url))
            if kind == "postgresql":
                _empty_pg(url)
            print(f"desks syncing at once ({kind} hub):",
                  desks_at_once(args.desks, args.visits, sub, url))
    return 0


def _empty_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        for table in ("visit_question", "visit", "help_session", "spot", "hub_batch",
                      "hub_token"):
            conn.execute(text(f"DELETE FROM {table}"))
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())

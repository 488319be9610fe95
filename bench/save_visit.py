"""Saving one visit: IntakeService.record_visit on a 1,000,000-visit store, 1,000 times.

Baselines in the same run, each with the store's pragmas (WAL, synchronous=FULL):
- bare sqlite3 on the same 1M store: INSERT + COMMIT of a copy of an existing visit row (new
  id) and its question row, into the real tables with all their indexes — what a save costs
  without the app's code;
- bare sqlite3 on a fresh, empty file: the cost of a durable commit on this disk alone.
Goal: median under 10 ms.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from common import ensure_demo_store, ms, quantiles

SAVES = int(os.environ.get("BENCH_SAVES", "1000"))


def bare_commits(folder: Path) -> list[float]:
    """Durations of SAVES bare INSERT+COMMIT pairs with synchronous=FULL."""
    db = sqlite3.connect(folder / "bare.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE visit (id TEXT PRIMARY KEY, started_at TEXT, spot_id TEXT,"
               " outcome TEXT, note TEXT, revision INT)")
    db.execute("CREATE TABLE visit_question (visit_id TEXT, question_type TEXT)")
    samples = []
    for _ in range(SAVES):
        vid = str(uuid.uuid4())
        started = time.perf_counter()
        db.execute("BEGIN")
        db.execute("INSERT INTO visit VALUES (?, datetime('now'), 's', 'solved', '', 1)", (vid,))
        db.execute("INSERT INTO visit_question VALUES (?, 'smartphone')", (vid,))
        db.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    db.close()
    return samples


def bare_commits_on_store(db_path: Path) -> list[float]:
    """Durations of SAVES bare INSERT+COMMIT pairs into the store's own visit tables."""
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    visit = db.execute("SELECT * FROM visit LIMIT 1")
    columns = [c[0] for c in visit.description]
    template = list(visit.fetchone())
    question = db.execute("SELECT * FROM visit_question LIMIT 1")
    q_columns = [c[0] for c in question.description]
    q_template = list(question.fetchone())
    insert_visit = (f"INSERT INTO visit ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})")
    insert_question = (f"INSERT INTO visit_question ({', '.join(q_columns)}) "
                       f"VALUES ({', '.join('?' * len(q_columns))})")
    samples = []
    for _ in range(SAVES):
        vid = str(uuid.uuid4())
        template[columns.index("id")] = vid
        q_template[q_columns.index("visit_id")] = vid
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute(insert_visit, template)
        db.execute(insert_question, q_template)
        db.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    db.close()
    return samples


def service_saves(data_dir: Path) -> list[float]:
    """Durations of SAVES record_visit calls through the real services."""
    from helpdesk.core.records import VisitDraft
    from helpdesk.services import Services

    services = Services.open(data_dir)
    try:
        spot = services.desk.spots()[0]
        staff = services.desk.staff()[0]
        samples = []
        for n in range(SAVES):
            draft = VisitDraft(session_id=None, spot_id=spot.id, staff_id=staff.id,
                               question_types=("smartphone", "email") if n % 2 else ("print_scan",),
                               outcome="solved", duration_minutes=10)
            started = time.perf_counter()
            services.intake.record_visit(draft)
            samples.append(time.perf_counter() - started)
        return samples
    finally:
        services.close()


def main() -> None:
    """Print median and p95 of both."""
    source = ensure_demo_store()
    with tempfile.TemporaryDirectory(dir=source.parent) as scratch:
        scratch = Path(scratch)
        # Work on a copy so the shared 1M store stays as the demo made it.
        for name in ("helpdesk.db", "helpdesk.db-wal"):
            if (source / name).exists():
                shutil.copy2(source / name, scratch / name)
        fresh = bare_commits(scratch)
        bare = bare_commits_on_store(scratch / "helpdesk.db")
        saves = service_saves(scratch)
    fm, fp = quantiles(fresh)
    bm, bp = quantiles(bare)
    sm, sp = quantiles(saves)
    print(f"saving one visit, {SAVES} saves, synchronous=FULL:")
    print(f"  bare sqlite3, fresh empty file       median {ms(fm)}  p95 {ms(fp)}")
    print(f"  bare sqlite3, the same 1M store      median {ms(bm)}  p95 {ms(bp)}")
    print(f"  record_visit, the 1M store           median {ms(sm)}  p95 {ms(sp)}   "
          f"ratio {sm / bm:.1f}x the bare save on the store (goal: median < 10 ms)")


if __name__ == "__main__":
    sys.exit(main())

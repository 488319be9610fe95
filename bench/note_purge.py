"""How long erasing old notes takes on a 1,000,000-visit store, next to a no-op writer job.

    .venv/bin/python bench/note_purge.py [--rounds 5]

Works on a copy of the shared demo store (``bench/common.ensure_demo_store``; about 1 % of
its visits have a note, over 104 weeks). Prints, each the median of ``--rounds`` runs:

- the baseline: a no-op job (read the retention);
- when nothing is left to erase (the daily steady state): ``plan_purge()`` and ``purge()``;
- one day's notes: ``plan_purge()`` and the backup (the GUI runs both on its long-job
  thread), ``erase(plan)`` (the only part on the writer, which intake saves queue behind),
  and ``purge()`` in one call as the command line runs it;
- once: the first purge erasing every note older than 90 days, its parts apart.

The copy is removed at the end (set BENCH_KEEP=1 to keep it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from common import DEFAULT_STORE, ensure_demo_store, ms

WORK = Path(os.environ.get("BENCH_PURGE_DIR", "/tmp/helpdesk-bench-purge"))


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def put_back_notes(services, days_old: int, count: int) -> None:
    """Give ``count`` visits started about ``days_old`` days ago a note again (outside timing)."""
    from helpdesk.store.models import UTC_FORMAT

    cutoff = datetime.now(timezone.utc) - timedelta(days=days_old)
    with services.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE visit SET note = 'bench note' WHERE id IN (SELECT id FROM visit "
            "WHERE started_at < ? ORDER BY started_at DESC LIMIT ?)",
            (cutoff.strftime(UTC_FORMAT), count))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    source = DEFAULT_STORE if (DEFAULT_STORE / "helpdesk.db").exists() else ensure_demo_store()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    print(f"copying the 1,000,000-visit store into {WORK} …", file=sys.stderr)
    shutil.copy2(source / "helpdesk.db", WORK / "helpdesk.db")

    from helpdesk.services import Services
    from helpdesk.store.backups import list_backups

    services = Services.open(WORK, daily_backup=False)
    try:
        for backup in WORK.glob("helpdesk.db.bak-*"):
            backup.unlink()  # a migration's copy: not this benchmark's business
        visits = services.engine.connect().exec_driver_sql(
            "SELECT count(*), sum(note != '') FROM visit").one()
        waiting = services.notes.count_to_erase()
        print(f"{visits[0]:,} visits, {visits[1]:,} with a note, {waiting:,} of them older "
              f"than {services.notes.retention_days()} days")

        # The first purge on this store: every old note at once.
        plan_s, plan = timed(services.notes.plan_purge)
        backup_s, _made = timed(services.notes.backup_before_purge)
        erase_s, erased = timed(lambda: services.notes.erase(plan))
        print(f"first purge, {erased:,} notes: plan {ms(plan_s)}, backup {ms(backup_s)}, "
              f"erase (writer) {ms(erase_s)}")

        rows: dict[str, list[float]] = {k: [] for k in (
            "noop", "plan_none", "purge_none", "plan_day", "backup_day", "erase_day",
            "purge_day")}
        per_day = max(1, round(visits[1] / (104 * 7)))
        for _ in range(args.rounds):
            rows["noop"].append(timed(lambda: services.notes.retention_days())[0])
            rows["plan_none"].append(timed(services.notes.plan_purge)[0])
            rows["purge_none"].append(timed(services.notes.purge)[0])
            # As the GUI does it: plan and backup off the writer, then the erase on it.
            put_back_notes(services, 91, per_day)
            seconds, plan = timed(services.notes.plan_purge)
            rows["plan_day"].append(seconds)
            rows["backup_day"].append(timed(services.notes.backup_before_purge)[0])
            seconds, erased = timed(lambda: services.notes.erase(plan))
            assert erased == per_day
            rows["erase_day"].append(seconds)
            # As the command line does it: all in one call.
            put_back_notes(services, 91, per_day)
            seconds, erased = timed(services.notes.purge)
            assert erased == per_day
            rows["purge_day"].append(seconds)
        med = {k: ms(statistics.median(v)) for k, v in rows.items()}
        print(f"median of {args.rounds}:")
        print(f"  baseline: a no-op job (read the retention)        {med['noop']}")
        print(f"  nothing to erase: plan_purge() (off the writer)    {med['plan_none']}")
        print(f"  nothing to erase: purge() in one call (CLI)        {med['purge_none']}")
        print(f"  one day's notes ({per_day}): plan_purge() (long-job thread) {med['plan_day']}")
        print(f"                    backup_before_purge() (same)    {med['backup_day']}")
        print(f"                    erase(plan) -- the WRITER's part {med['erase_day']}")
        print(f"                    purge() in one call (CLI)       {med['purge_day']}")
    finally:
        services.close()
        if not os.environ.get("BENCH_KEEP"):
            shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

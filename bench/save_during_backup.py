"""Saving visits while the day's backup is made, on a copy of the 1,000,000-visit store.

The day's backup is made beside the first saves of the day (on the app's upkeep thread), so a
save may land while the whole store is being copied. In the same run, on the same copy:
- the backup alone: how long the stepped copy and its check take;
- saves alone (the baseline): ``record_visit`` every INTERVAL seconds, SAVES times;
- the backup with a save every INTERVAL seconds beside it: its time, and the saves' times.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import ensure_demo_store, ms, quantiles

SAVES = int(os.environ.get("BENCH_SAVES", "50"))
INTERVAL = float(os.environ.get("BENCH_SAVE_INTERVAL", "0.2"))


def timed_backup(db_path: Path) -> float:
    """Seconds for one stepped backup (as the app's daily one), its file removed after."""
    from helpdesk.store.backups import make_backup

    started = time.perf_counter()
    made = make_backup(db_path, "daily", cancelled=lambda: False)
    took = time.perf_counter() - started
    made.unlink()
    return took


def save_now(services, n: int) -> float:
    """Seconds for one record_visit."""
    from helpdesk.core.records import VisitDraft

    spot = services.desk.spots()[0]
    draft = VisitDraft(session_id=None, spot_id=spot.id, staff_id=None,
                       question_types=("smartphone",) if n % 2 else ("email", "print_scan"),
                       outcome="solved", duration_minutes=10)
    started = time.perf_counter()
    services.intake.record_visit(draft)
    return time.perf_counter() - started


def main() -> None:
    """Print the three side by side."""
    from helpdesk.services import Services

    source = ensure_demo_store()
    with tempfile.TemporaryDirectory(dir=source.parent) as scratch_name:
        scratch = Path(scratch_name)
        for name in ("helpdesk.db", "helpdesk.db-wal"):  # the shared store stays as made
            if (source / name).exists():
                shutil.copy2(source / name, scratch / name)
        db_path = scratch / "helpdesk.db"
        services = Services.open(scratch, daily_backup=False)
        try:
            alone = timed_backup(db_path)
            baseline = []
            for n in range(SAVES):
                baseline.append(save_now(services, n))
                time.sleep(INTERVAL)
            backup_took: list[float] = []
            copying = threading.Thread(target=lambda: backup_took.append(timed_backup(db_path)))
            copying.start()
            beside = []
            while copying.is_alive():
                beside.append(save_now(services, len(beside)))
                time.sleep(INTERVAL)
            copying.join()
        finally:
            services.close()
    bm, bp = quantiles(baseline)
    sm, sp = quantiles(beside)
    print(f"the day's backup of the 1M store, a save every {INTERVAL:g} s beside it:")
    print(f"  the backup alone                     {ms(alone)}")
    print(f"  the backup, saves beside it          {ms(backup_took[0])}   "
          f"ratio {backup_took[0] / alone:.2f}x")
    print(f"  saves alone ({len(baseline)})                   median {ms(bm)}  p95 {ms(bp)}  "
          f"max {ms(max(baseline))}")
    print(f"  saves during the backup ({len(beside)})      median {ms(sm)}  p95 {ms(sp)}  "
          f"max {ms(max(beside))}   ratio {sm / bm:.1f}x the median alone")


if __name__ == "__main__":
    sys.exit(main())

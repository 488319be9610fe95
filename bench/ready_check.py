"""What `helpdesk --exit-when-ready` would pay for a full check of the desk's store.

On the 1,000,000-visit bench store (read-only: neither look writes), in the same run:
the cheap look `--exit-when-ready` takes (`store.health.start_problem`: header, schema,
version) next to `PRAGMA quick_check` (`store.health.quick_check`: every page), alternating,
median of BENCH_ROUNDS (default 5) rounds each. The first quick_check round may read the file
from disk; the later ones from the page cache. Prints figures; no pass/fail.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from common import DEFAULT_STORE

from helpdesk.store.health import quick_check, start_problem

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def main() -> int:
    """Time both looks; print their medians and the ratio."""
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_STORE / "helpdesk.db"
    if not path.is_file():
        print(f"no store at {path}: make one with bench/common.py (ensure_demo_store)",
              file=sys.stderr)
        return 1
    cheap, full = [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        assert start_problem(path) is None
        cheap.append(time.perf_counter() - started)
        started = time.perf_counter()
        quick_check(path)
        full.append(time.perf_counter() - started)
    size = path.stat().st_size / 1e6
    print(f"store: {path} ({size:,.0f} MB)")
    print(f"cheap look (start_problem): median {statistics.median(cheap) * 1000:.1f} ms "
          f"(min {min(cheap) * 1000:.1f}, max {max(cheap) * 1000:.1f}), {ROUNDS} rounds")
    print(f"PRAGMA quick_check:         median {statistics.median(full):.2f} s "
          f"(min {min(full):.2f}, max {max(full):.2f}; first round {full[0]:.2f} s)")
    print(f"ratio: {statistics.median(full) / statistics.median(cheap):,.0f}x; "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

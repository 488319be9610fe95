"""Shared helpers for the benchmarks: the demo store, timing and printing."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_STORE = Path(os.environ.get("HELPDESK_BENCH_STORE", "/tmp/helpdesk-bench-1m"))


def helpdesk_command() -> list[str]:
    """The helpdesk command of this virtualenv."""
    return [sys.executable, "-m", "helpdesk"]


def ensure_demo_store(folder: Path = DEFAULT_STORE, visits: int = 1_000_000) -> Path:
    """A data folder holding `visits` demo visits, made once and reused."""
    marker = folder / f".demo-{visits}"
    if marker.exists():
        bring_to_current_schema(folder)
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("helpdesk.db", "helpdesk.db-wal", "helpdesk.db-shm"):
        (folder / name).unlink(missing_ok=True)
    started = time.perf_counter()
    print(f"making a demo store of {visits:,} visits in {folder} …", file=sys.stderr)
    subprocess.run(
        helpdesk_command() + ["--data-dir", str(folder), "demo", "--visits", str(visits),
                              "--seed", "1", "--weeks", "104"],
        check=True,
    )
    print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    marker.touch()
    return folder


def bring_to_current_schema(folder: Path) -> None:
    """Migrate a store made by an older Helpdesk, so start-up shows the main window.

    (A store at an older schema opens on "Opening your data…" while it migrates: timing that
    would measure the wrong window.) The backup the migration leaves is removed: this is a
    benchmark's copy of demo data, and two of them fill a small disk.
    """
    subprocess.run([sys.executable, "-c", "import sys; from helpdesk.services import Services;"
                    " Services.open(sys.argv[1]).close()", str(folder)], check=True)
    for backup in folder.glob("helpdesk.db.bak-*"):
        backup.unlink()


def quantiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def ms(seconds: float) -> str:
    """Seconds as milliseconds, for printing."""
    return f"{seconds * 1000:8.1f} ms"

"""The lock screen's start-up, as whole processes (interpreter start included):

- the bare window: a PySide6 main window shown until the event loop is idle (the baseline);
- the lock screen: `helpdesk --exit-when-ready` on a protected desk (keys.json read for the
  names, nothing decrypted; goal: within 2x the bare window);
- for comparison, the same desk's first paint before it was protected (the main window from
  the snapshot).

They run in turn, so the machine's noise hits them alike.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from common import BENCH_DIR, helpdesk_command, ms
from startup import timed

RUNS = int(os.environ.get("BENCH_RUNS", "11"))


def make_desks(scratch: Path) -> tuple[Path, Path]:
    """A small demo desk, and a protected copy of it."""
    from helpdesk.services import Services
    from helpdesk.services.demo import fill_demo

    plain, locked = scratch / "plain", scratch / "locked"
    services = Services.open(plain)
    try:
        fill_demo(services, 2000, seed=5, weeks=4)
    finally:
        services.close()
    shutil.copytree(plain, locked)
    services = Services.open(locked)
    try:
        services.protect("Fatima", "a bench passphrase")
    finally:
        services.close()
    return plain, locked


def main() -> None:
    """Print median start-up times and their ratio to the bare window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        plain, locked = make_desks(Path(folder))
        commands = {
            "bare": [sys.executable, str(BENCH_DIR / "bare_window.py")],
            "lock": helpdesk_command() + ["--data-dir", str(locked), "--exit-when-ready"],
            "plain": helpdesk_command() + ["--data-dir", str(plain), "--exit-when-ready"],
        }
        for cmd in commands.values():  # warm the file cache once
            timed(cmd)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):
            for name, cmd in commands.items():
                times[name].append(timed(cmd))
    b, lock, plain_paint = (statistics.median(times[n]) for n in ("bare", "lock", "plain"))
    print(f"lock screen start-up, whole processes, median of {RUNS} runs:")
    print(f"  bare PySide6 window, idle             {ms(b)}")
    print(f"  helpdesk lock screen (protected)      {ms(lock)}   ratio {lock / b:.2f}x "
          "(goal <= 2x)")
    print(f"  helpdesk first paint (same desk, plain) {ms(plain_paint)}   ratio "
          f"{plain_paint / b:.2f}x")


if __name__ == "__main__":
    main()

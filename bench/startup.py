"""Start-up on a 1,000,000-visit store, as whole processes (interpreter start included):

- the bare window: a PySide6 main window shown until the event loop is idle (the baseline);
- first paint: `helpdesk --exit-when-ready`, the main window shown from the read-only
  snapshot; the store is *not* opened (goal: within 2x the bare window);
- until a visit can be saved: the same start, then the store opened (and migrated if it had
  to be) on the writer thread and the state read back (bench/ready_to_save.py; goal < 1 s).

The three run in turn, so the machine's noise hits them alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from common import BENCH_DIR, ensure_demo_store, helpdesk_command, ms

RUNS = int(os.environ.get("BENCH_RUNS", "15"))


# An installed app has its bytecode compiled (pip does it on install); a sandbox that sets
# PYTHONDONTWRITEBYTECODE would recompile every module on each start, for both runs.
def run_env() -> dict[str, str]:
    """The environment of each run: this one's (QT_QPA_PLATFORM included, set by main)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    """Wall time of one run of a command that must exit 0."""
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=run_env())
    return time.perf_counter() - started


def main() -> None:
    """Print median start-up times and their ratio."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store = ensure_demo_store()
    commands = {
        "bare": [sys.executable, str(BENCH_DIR / "bare_window.py")],
        "paint": helpdesk_command() + ["--data-dir", str(store), "--exit-when-ready"],
        "save": [sys.executable, str(BENCH_DIR / "ready_to_save.py"), str(store)],
    }
    for cmd in commands.values():  # warm the file cache once
        timed(cmd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, cmd in commands.items():
            times[name].append(timed(cmd))
    b, p, s = (statistics.median(times[name]) for name in ("bare", "paint", "save"))
    print(f"start-up, whole processes, median of {RUNS} runs, 1M-visit store:")
    print(f"  bare PySide6 window, idle                  {ms(b)}")
    print(f"  helpdesk first paint (store not opened)    {ms(p)}   ratio {p / b:.2f}x "
          "(goal <= 2x)")
    print(f"  helpdesk until a visit can be saved        {ms(s)}   ratio {s / b:.2f}x "
          "(goal < 1000 ms)")


if __name__ == "__main__":
    main()

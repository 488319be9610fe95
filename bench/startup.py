"""Start-up: `helpdesk --exit-when-ready` on a 1,000,000-visit store vs a bare PySide6 window.

Both are whole processes (interpreter start included), run alternately in the same run so the
machine's noise hits both alike. Goal: the app within 2x the bare window.
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
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    """Wall time of one run of a command that must exit 0."""
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - started


def main() -> None:
    """Print median start-up times and their ratio."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store = ensure_demo_store()
    bare_cmd = [sys.executable, str(BENCH_DIR / "bare_window.py")]
    app_cmd = helpdesk_command() + ["--data-dir", str(store), "--exit-when-ready"]
    timed(bare_cmd), timed(app_cmd)  # warm the file cache once
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(timed(bare_cmd))
        app.append(timed(app_cmd))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"start-up to an idle main window, median of {RUNS} runs:")
    print(f"  bare PySide6 window     {ms(b)}")
    print(f"  helpdesk, 1M visits     {ms(a)}   ratio {a / b:.2f}x (goal <= 2x)")


if __name__ == "__main__":
    main()

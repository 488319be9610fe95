"""Start-up on a 1,000,000-visit store, as whole processes (interpreter start included):

- the bare window: a PySide6 main window shown until the event loop is idle (the baseline);
- first paint: `helpdesk --exit-when-ready`, the main window shown from the read-only
  snapshot; the store is *not* opened (goal: within 2x the bare window);
- until a visit can be saved: the same start, then the store opened (and migrated if it had
  to be) on the writer thread and the state read back (bench/ready_to_save.py; goal < 1 s).

The three run in turn, so the machine's noise hits them alike. ``--against SRC`` also times
another checkout's ``src`` folder (e.g. the commit before a change, from ``git archive``)
in the same rounds, so a before/after comparison shares the machine's load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import BENCH_DIR, ensure_demo_store, helpdesk_command, ms

RUNS = int(os.environ.get("BENCH_RUNS", "15"))


# An installed app has its bytecode compiled (pip does it on install); a sandbox that sets
# PYTHONDONTWRITEBYTECODE would recompile every module on each start, for both runs.
def run_env(src: Path | None = None) -> dict[str, str]:
    """The environment of each run: this one's (QT_QPA_PLATFORM included, set by main)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:  # the other checkout's code comes before the installed one
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    return env


def cpu_of_children() -> float:
    """Processor time (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], src: Path | None = None) -> tuple[float, float]:
    """Wall time and processor time (all threads) of one run of a command that must exit 0.

    The processor time hardly changes with the machine's load, the wall time does: on a
    shared machine the first tells a change's effect apart from the noise.
    """
    cpu = cpu_of_children()
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=run_env(src))
    return time.perf_counter() - started, cpu_of_children() - cpu


def main() -> None:
    """Print median start-up times and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, metavar="SRC",
                        help="another checkout's src folder, timed in the same rounds")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store = ensure_demo_store()
    paint = helpdesk_command() + ["--data-dir", str(store), "--exit-when-ready"]
    save = [sys.executable, str(BENCH_DIR / "ready_to_save.py"), str(store)]
    commands: dict[str, tuple[list[str], Path | None]] = {
        "bare": ([sys.executable, str(BENCH_DIR / "bare_window.py")], None),
        "paint": (paint, None), "save": (save, None)}
    if args.against is not None:
        commands |= {"paint-against": (paint, args.against.resolve()),
                     "save-against": (save, args.against.resolve())}
    for cmd, src in commands.values():  # warm the file cache once
        timed(cmd, src)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, (cmd, src) in commands.items():
            times[name].append(timed(cmd, src))
    medians = {name: statistics.median(wall for wall, _cpu in samples)
               for name, samples in times.items()}
    cpu = {name: statistics.median(c for _wall, c in samples) for name, samples in times.items()}
    b = medians["bare"]
    print(f"start-up, whole processes, median of {RUNS} runs, 1M-visit store "
          "(wall time; processor time of all threads after the slash):")
    print(f"  bare PySide6 window, idle                  {ms(b)} /{ms(cpu['bare'])}")
    for suffix in ("", "-against"):
        if "paint" + suffix not in medians:
            continue
        print(f"  {'the other checkout, ' + str(args.against) if suffix else 'this checkout'}:")
        p, s = medians["paint" + suffix], medians["save" + suffix]
        print(f"    first paint (store not opened)           {ms(p)} /{ms(cpu['paint' + suffix])}"
              f"   ratio {p / b:.2f}x (goal <= 2x)")
        print(f"    until a visit can be saved               {ms(s)} /{ms(cpu['save' + suffix])}"
              f"   ratio {s / b:.2f}x (goal < 1000 ms)")


if __name__ == "__main__":
    main()

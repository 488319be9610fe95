"""Start-up on a 1,000,000-visit store, as whole processes (interpreter start included):

- the bare window: a PySide6 main window shown until the event loop is idle (the baseline);
- first paint: `helpdesk --exit-when-ready`, the main window shown from the read-only
  snapshot; the store is *not* opened (goal: within 2x the bare window);
- until a visit can be saved: the same start, then the store opened (and migrated if it had
  to be) on the writer thread and the state read back (bench/ready_to_save.py; goal < 1 s);
- the same on the first start of a day, when the day's backup (a copy of the whole 1 GB
  store) is still to be made.

They run in turn, so the machine's noise hits them alike. ``--against SRC`` also times
another checkout's ``src`` folder (e.g. the commit before a change, from ``git archive``)
in the same rounds, so a before/after comparison shares the machine's load.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import BENCH_DIR, ensure_demo_store, helpdesk_command, ms

RUNS = int(os.environ.get("BENCH_RUNS", "15"))
# The first start of a day copies the whole store when the backup is made before opening
# (as until this change): seconds a run, so fewer rounds.
FIRST_OF_DAY_RUNS = int(os.environ.get("BENCH_FIRST_OF_DAY_RUNS", "5"))


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


def backed_up_today(store: Path) -> None:
    """Make sure the store has a backup of today, as after a desk's first start of the day."""
    today = time.strftime("%Y%m%d", time.gmtime())
    if not list((store / "backups").glob(f"helpdesk-{today}T*.db")):
        subprocess.run(helpdesk_command() + ["--data-dir", str(store), "backup"], check=True,
                       stdout=subprocess.DEVNULL)


def timed_first_of_day(store: Path, cmd: list[str], src: Path | None) -> tuple[float, float]:
    """``timed``, with the store's backups folder set aside: the day's backup is due.

    Afterwards what the run made (a backup, or the part-copy of one cut short by the run's
    exit) goes and the folder comes back, so the other runs start with today's backup.
    """
    folder, aside = store / "backups", store / "backups.aside"
    folder.rename(aside)
    try:
        return timed(cmd, src)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        aside.rename(folder)


def main() -> None:
    """Print median start-up times and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, metavar="SRC",
                        help="another checkout's src folder, timed in the same rounds")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store = ensure_demo_store()
    backed_up_today(store)
    paint = helpdesk_command() + ["--data-dir", str(store), "--exit-when-ready"]
    save = [sys.executable, str(BENCH_DIR / "ready_to_save.py"), str(store)]
    commands: dict[str, tuple[list[str], Path | None]] = {
        "bare": ([sys.executable, str(BENCH_DIR / "bare_window.py")], None),
        "paint": (paint, None), "save": (save, None), "first": (save, None)}
    if args.against is not None:
        commands |= {"paint-against": (paint, args.against.resolve()),
                     "save-against": (save, args.against.resolve()),
                     "first-against": (save, args.against.resolve())}

    def run(name: str) -> tuple[float, float]:
        cmd, src = commands[name]
        return timed_first_of_day(store, cmd, src) if name.startswith("first") \
            else timed(cmd, src)

    for name in commands:  # warm the file cache once
        run(name)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for round_ in range(RUNS):
        for name in commands:
            if name.startswith("first") and round_ >= FIRST_OF_DAY_RUNS:
                continue
            times[name].append(run(name))
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
        f = medians["first" + suffix]
        print(f"    the same, first start of the day         {ms(f)} /{ms(cpu['first' + suffix])}"
              f"   ratio {f / b:.2f}x (median of {min(RUNS, FIRST_OF_DAY_RUNS)})")


if __name__ == "__main__":
    main()

"""The frozen app next to a frozen bare PySide6 window: size on disk and start-up.

    python bench/frozen_startup.py [dist/helpdesk]

The baseline is bench/bare_window.py frozen by PyInstaller with its defaults (one folder,
nothing trimmed), built into build/bare-window/ the first time. Both start as whole processes,
alternately, until their window is shown and the event loop idle (``--exit-when-ready`` for
the app, on a demo store it makes once). Prints figures; it is not a pass/fail test.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "bare-window"
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
WINDOWS = sys.platform == "win32"


def folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder`` (symlinks not followed)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bare_window() -> Path:
    """The frozen bare window's executable, built once with PyInstaller's defaults."""
    exe = BUILD / "dist" / "bare_window" / ("bare_window.exe" if WINDOWS else "bare_window")
    if not exe.exists():
        print("freezing bench/bare_window.py (once) …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--onedir", "--distpath", BUILD / "dist", "--workpath", BUILD / "work",
                        "--specpath", BUILD, ROOT / "bench" / "bare_window.py"], check=True)
    return exe


def timed(cmd: list) -> float:
    """Wall time of one run of a command that must exit 0."""
    started = time.perf_counter()
    subprocess.run([str(c) for c in cmd], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(app_folder: Path) -> None:
    """Print both sizes and both median start-up times."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = app_folder / ("helpdesk-cli.exe" if WINDOWS else "helpdesk")
    bare = bare_window()
    store = ROOT / "build" / "bench-store"
    if not (store / "helpdesk.db").exists():
        subprocess.run([app, "--data-dir", store, "demo", "--visits", "20000", "--weeks", "52"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app_cmd = [app, "--data-dir", store, "--exit-when-ready"]
    timed([bare]), timed(app_cmd)  # warm the file cache once
    bare_times, app_times = [], []
    for _ in range(RUNS):
        bare_times.append(timed([bare]))
        app_times.append(timed(app_cmd))
    b, a = statistics.median(bare_times), statistics.median(app_times)
    mb = 1024 * 1024
    print(f"frozen one-folder builds ({sys.platform}), size on disk:")
    print(f"  bare PySide6 window (PyInstaller defaults)  {folder_size(bare.parent) / mb:6.1f} MB")
    print(f"  helpdesk (packaging/helpdesk.spec)          {folder_size(app_folder) / mb:6.1f} MB")
    print(f"start-up to an idle window, median of {RUNS} runs "
          f"({os.environ['QT_QPA_PLATFORM']}):")
    print(f"  bare PySide6 window                         {b * 1000:6.0f} ms")
    print(f"  helpdesk, 20,000 visits                     {a * 1000:6.0f} ms   "
          f"ratio {a / b:.2f}x")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "helpdesk").resolve())

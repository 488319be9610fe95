"""How long `helpdesk demo --visits 20000` takes, now and on a baseline commit, in one run.

    .venv/bin/python bench/demo_fill.py [--base REF] [--visits N] [--runs R]

The baseline is REF's src/ (default: the merge base with main), unpacked with `git archive`
and run by the same Python; each run makes a fresh data folder. Prints the best and median
of R runs for each, and their ratio. Figures, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_demo(src: Path, visits: int) -> float:
    """Seconds for one whole `helpdesk demo` command on a fresh folder, code from ``src``."""
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as folder:
        env = {**os.environ, "PYTHONPATH": str(src)}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "helpdesk", "--data-dir", folder, "demo",
                        "--visits", str(visits), "--weeks", "52"], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=None, help="baseline commit (default: merge base "
                                                     "with main)")
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = args.base or subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=REPO,
                                       capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="bench-demo-base-") as scratch:
        archive = subprocess.run(["git", "archive", base, "src", "resources"], cwd=REPO,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", scratch], input=archive, check=True)
        # The resources are found beside the package (helpdesk.core.resources).
        sources = {"baseline": Path(scratch) / "src", "this tree": REPO / "src"}
        times: dict[str, list[float]] = {name: [] for name in sources}
        for _ in range(args.runs):  # interleaved: a busy machine weighs on both alike
            for name, src in sources.items():
                times[name].append(run_demo(src, args.visits))
    print(f"helpdesk demo --visits {args.visits:,} (whole command, {args.runs} runs; baseline "
          f"{base[:9]})")
    for name, samples in times.items():
        print(f"  {name:10s} best {min(samples):5.2f} s   median {statistics.median(samples):5.2f} s")
    ratio = min(times["this tree"]) / min(times["baseline"])
    print(f"  ratio of the bests: {ratio:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())

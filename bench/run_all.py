"""Run every benchmark on the shared 1,000,000-visit demo store and print the figures."""

import subprocess
import sys

from common import BENCH_DIR, ensure_demo_store

ensure_demo_store()
for script in ("startup.py", "save_visit.py", "save_during_backup.py", "visits_list.py",
               "sync_to_hub.py", "reports.py"):
    print(f"\n== {script}", flush=True)
    subprocess.run([sys.executable, str(BENCH_DIR / script)], check=True, cwd=BENCH_DIR)

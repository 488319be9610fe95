"""The desk side of the sync benchmark, in its own process so its peak memory is its own.

Usage: sync_desk.py DATA_DIR HUB_URL TOKEN  — prints one JSON line: records, seconds, peak RSS.
"""

import json
import resource
import sys
import time
from pathlib import Path

from helpdesk.core.sync_records import TargetDraft
from helpdesk.services import Services

data_dir, url, token = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
services = Services.open(data_dir)
services.sync.add_target(TargetDraft(name="hub", kind="http", url=url, token=token))
started = time.perf_counter()
report = services.sync.run()
seconds = time.perf_counter() - started
services.close()


def peak_kib() -> int:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over from the parent across exec, so a big parent would show up here."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


print(json.dumps({"records": report.sent + report.already_had, "waiting": report.waiting,
                  "problems": [p.message for p in report.problems], "seconds": seconds,
                  "peak_mib": peak_kib() / 1024}))

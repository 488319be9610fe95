"""Checking an incoming batch: `decode_batch` of a full JSON batch (5,000 visits), as a hub does.

Baseline in the same run: `orjson.loads` of the same body alone — the parse every receiver
pays before a single field is checked. Also printed: importing `helpdesk.sync.protocol` in a
fresh process, and the first batch checked there (which builds the tables of checks).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

import orjson

from helpdesk.sync.protocol import MAX_RECORDS, Batch, decode_batch, encode_batch

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
DESK = "019a0000-0000-7000-8000-0000000000d1"


def visit(n: int) -> dict:
    """Visit number ``n`` as a desk sends it."""
    return {
        "id": f"019a0000-0000-7000-8000-{n:012d}", "revision": 1, "desk_id": DESK,
        "session_id": None, "spot_id": "spot-1", "started_at": "2025-03-30T09:00:00.000000Z",
        "duration_minutes": 10, "outcome": "solved", "autonomy": None, "referral": None,
        "follow_up": False, "follow_up_date": None, "channel": "in_person",
        "age_band": "unknown", "gender": "unknown", "help_language": "unknown",
        "first_visit": None, "status": "unknown", "question_types": ["email", "smartphone"],
        "created_at": "2025-03-30T09:10:00.000000Z", "updated_at": "2025-03-30T09:10:00.000000Z",
        "deleted": False,
    }


def median_ms(fn) -> float:
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


FRESH = """
import time
t0 = time.perf_counter()
from helpdesk.sync.protocol import check_record
t1 = time.perf_counter()
import sys; sys.path.insert(0, {bench!r})
from batch_check import visit
record = visit(1)
t2 = time.perf_counter()
check_record("visit", record)
t3 = time.perf_counter()
print(f"{{(t1 - t0) * 1000:.1f}} {{(t3 - t2) * 1000:.2f}}")
"""


def main() -> None:
    body = encode_batch(Batch(batch_id="bench-batch", desk_id=DESK, record_type="visit",
                              records=[visit(n) for n in range(MAX_RECORDS)]))
    assert len(decode_batch(body).records) == MAX_RECORDS
    parse = median_ms(lambda: orjson.loads(body))
    check = median_ms(lambda: decode_batch(body))
    print(f"batch of {MAX_RECORDS:,} visits ({len(body) / 1e6:.1f} MB), median of {ROUNDS}:")
    print(f"  orjson.loads alone (baseline)   {parse:8.1f} ms")
    print(f"  decode_batch (parse + checks)   {check:8.1f} ms  ({check / parse:.1f}×)")
    imports, firsts = [], []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", FRESH.format(bench=os.path.dirname(
            os.path.abspath(__file__)))], capture_output=True, text=True, check=True).stdout
        imp, first = map(float, out.split())
        imports.append(imp)
        firsts.append(first)
    print(f"fresh process, median of 5: import helpdesk.sync.protocol "
          f"{statistics.median(imports):.1f} ms; first record checked "
          f"{statistics.median(firsts):.2f} ms")


if __name__ == "__main__":
    main()

"""The first coordinator encrypts a plain store in place; a kill -9 at any moment of it leaves
either the plain store as it was or the whole encrypted one, never neither, never half."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from helpdesk.cli.main import main
from helpdesk.services import Services
from helpdesk.store.cipher import is_encrypted

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PASSPHRASE = "fatima's passphrase"
# The child protects the store at Argon2's lowest cost, so the conversion itself fills the run.
CHILD = """
import sys, time
from pathlib import Path
from helpdesk.services import Services
from helpdesk.store import keys
keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=8192)
services = Services.open(Path(sys.argv[1]))
print("ready", flush=True)
started = time.perf_counter()
services.protect("Fatima", sys.argv[2])
services.close()
print("done", time.perf_counter() - started, flush=True)
"""


def visit_count(data_dir) -> int:
    """How many visits the store holds, opening it the way it now is (plain or protected)."""
    if is_encrypted(data_dir / "helpdesk.db"):
        services = Services.open(data_dir, staff="Fatima", passphrase=PASSPHRASE)
    else:
        services = Services.open(data_dir)
    try:
        with services.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM visit").scalar()
    finally:
        services.close()


def start_child(data_dir) -> tuple[subprocess.Popen, float]:
    """The converting process, once it has the store open; and when it was ready."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), PASSPHRASE],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child, time.perf_counter()


def test_kill_at_any_moment_of_the_conversion(tmp_path, capsys):
    """Killed at 12 or more moments across the conversion: each time one whole store, every
    visit in it."""
    template = tmp_path / "template"
    assert main(["--data-dir", str(template), "demo", "--visits", "3000"]) == 0
    expected = visit_count(template)
    full = tmp_path / "full"
    shutil.copytree(template, full)
    child, _ready = start_child(full)
    line = child.stdout.readline().split()
    child.wait(timeout=120)
    assert line[0] == "done"
    duration = float(line[1])
    assert is_encrypted(full / "helpdesk.db") and visit_count(full) == expected
    outcomes = []
    # Twelve moments across the conversion as timed above; a loaded machine converts more
    # slowly than it did then, so later moments follow until one lands after the swap.
    moments = [step / 10 for step in range(12)] + [1.5, 2, 3, 5, 8, 13]
    for step, moment in enumerate(moments):
        if step >= 12 and True in outcomes:
            break
        data = tmp_path / f"run{step}"
        shutil.copytree(template, data)
        child, ready = start_child(data)
        time.sleep(max(0.0, duration * moment - (time.perf_counter() - ready)))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        assert (data / "helpdesk.db").exists()
        encrypted = is_encrypted(data / "helpdesk.db")
        if encrypted:
            assert (data / "keys.json").exists()
        assert visit_count(data) == expected
        outcomes.append(encrypted)
        # A plain store left by a killed conversion converts on the next attempt, and what
        # the killed one left (an encrypted .part, an account row) goes with it.
        if not encrypted:
            services = Services.open(data)
            services.protect("Fatima", PASSPHRASE)
            services.close()
            assert visit_count(data) == expected
            assert not [p.name for p in data.iterdir() if p.name.endswith(".part")]
    # Both sides of the swap were reached (the test would prove nothing otherwise).
    assert False in outcomes and True in outcomes, outcomes

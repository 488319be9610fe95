"""Kill the desk in the middle of a sync: the next sync completes, and nothing is doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from sync_support import MisbehavingReceiver, add_visits, desk_visits, hub_visits

from helpdesk.core.sync_records import TargetDraft

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.mark.parametrize("moment", ["stall_before", "stall_after"],
                         ids=["before-the-hub-commits", "after-the-hub-commits"])
def test_a_sync_killed_half_way_completes_next_time_without_doubles(
        ready_services, data_dir, sqlite_hub, moment):
    """SIGKILL while the hub holds the third batch (stored or not): the next run finishes."""
    add_visits(ready_services, 20)
    with MisbehavingReceiver(sqlite_hub, stall_seconds=120) as receiver:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=receiver.url,
                                                   token="good-token", batch_size=5))
        receiver.script.extend(["ok", "ok", moment])  # spot, 5 visits, then the stall
        desk = subprocess.Popen([sys.executable, "-m", "helpdesk", "--data-dir",
                                 str(data_dir), "sync"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            assert receiver.stalling.wait(60), "the desk never reached the third batch"
            os.kill(desk.pid, signal.SIGKILL)
            desk.wait(30)
        finally:
            if desk.poll() is None:
                desk.kill()
                desk.wait(30)
        assert desk.returncode == -signal.SIGKILL
        receiver.release.set()
        assert ready_services.sync.status().waiting > 0
        again = subprocess.run([sys.executable, "-m", "helpdesk", "--data-dir", str(data_dir),
                                "sync"], capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr
    assert "nothing is waiting" in again.stdout
    assert hub_visits(sqlite_hub) == desk_visits(ready_services)
    assert set(receiver.stored.values()) == {1}

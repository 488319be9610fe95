"""The sync lock on its own: one holder per data folder, across processes; releasing is safe."""

from __future__ import annotations

import subprocess
import sys

from helpdesk.sync.lock import SyncLock

HOLD = """
import sys, time
from helpdesk.sync.lock import SyncLock
lock = SyncLock(sys.argv[1])
print(lock.acquire(), flush=True)
sys.stdin.read()
"""


def test_a_lock_never_taken_or_already_released_can_be_released(tmp_path):
    """release() after a refused acquire, or twice, does nothing and raises nothing."""
    holder, other = SyncLock(tmp_path), SyncLock(tmp_path)
    other.release()  # never taken
    assert holder.acquire()
    assert not other.acquire()
    other.release()  # refused: must not close anything, nor free the holder's lock
    assert not SyncLock(tmp_path).acquire()
    holder.release()
    holder.release()
    assert other.acquire()
    other.release()


def test_another_process_holding_the_lock_keeps_this_one_out(tmp_path):
    """The lock is shared by every process on the folder (the GUI and `helpdesk sync`)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "True"
        lock = SyncLock(tmp_path)
        assert not lock.acquire()
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert lock.acquire()  # it went with the process
    lock.release()

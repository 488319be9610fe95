"""One sync at a time per data folder, across processes (the GUI and ``helpdesk sync``).

A try-lock on a file: a second sync while one runs does nothing rather than queue. The lock
goes with the process, so a sync killed half-way never leaves it stuck.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class SyncLock:
    """An exclusive, non-blocking lock on ``folder/sync.lock``."""

    def __init__(self, folder: Path) -> None:
        self._path = Path(folder) / "sync.lock"
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock if free; False when another sync holds it."""
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover, no mutate - Windows only
                # pragma: no mutate start - never runs on the Linux machine mutmut runs on
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                # pragma: no mutate end
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the next sync run."""
        if self._fd is None:
            return
        if sys.platform == "win32":  # pragma: no cover, no mutate - Windows only
            # pragma: no mutate start - never runs on the Linux machine mutmut runs on
            import msvcrt

            try:
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
            # pragma: no mutate end
        os.close(self._fd)  # closing drops a flock
        self._fd = None

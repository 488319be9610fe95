"""Writing batches as CSV files into a folder: a USB stick, a network share, a cloud folder.

A batch counts as acknowledged once its CSV and manifest are both written atomically. A
missing folder (the stick is not plugged in) stops the run quietly until the next one. A sync
killed while it wrote leaves a hidden ``.part`` file; the next run removes those of this
desk's own unacknowledged batches (only one sync runs at a time, so none is still being
written), and never anything else: a shared folder holds other desks' files too.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from helpdesk.core.atomic_files import leftovers
from helpdesk.core.errors import QT_TRANSLATE_NOOP, StopTarget
from helpdesk.sync.csv_format import batch_of_file, write_batch_files
from helpdesk.sync.protocol import Ack, Batch

FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "errors", "The folder {folder} is not there (is the USB stick plugged in?); the records "
              "stay on this desk.")
FOLDER_UNWRITABLE = QT_TRANSLATE_NOOP(
    "errors", "The folder {folder} cannot be written to ({reason}); the records stay on this "
              "desk.")


class FolderTransport:
    """Writes each batch as ``helpdesk-<batch>-<type>.csv`` plus its manifest."""

    def __init__(self, name: str, folder: str, signing_key: bytes | None = None) -> None:
        self.name = name
        self._folder = Path(folder).expanduser()
        self._signing_key = signing_key  # the desk's private key: manifests prove their desk

    def close(self) -> None:
        """Nothing to close."""

    def remove_leftovers(self, own: Callable[[set[str]], set[str]]) -> int:
        """Remove the ``.part`` files of batches ``own`` says are this desk's; how many went.

        ``own(batch_ids)`` gives those of ``batch_ids`` this desk built and not yet saw
        acknowledged. Quietly does nothing when the folder is missing or read-only: the run
        that follows says so.
        """
        parts: dict[str, list[Path]] = {}
        for part, name in leftovers(self._folder):
            batch_id = batch_of_file(name)
            if batch_id is not None:
                parts.setdefault(batch_id, []).append(part)
        removed = 0
        for batch_id in own(set(parts)) if parts else ():
            for part in parts[batch_id]:
                try:
                    part.unlink()
                    removed += 1
                except OSError:
                    continue
        return removed

    def send(self, batch: Batch) -> Ack:
        """Write the batch's files; every record counts as stored once they are there."""
        self._check_folder()
        try:
            write_batch_files(self._folder, batch, self._signing_key)
        except OSError as exc:
            raise self._unwritable(exc) from None
        return Ack(batch_id=batch.batch_id,
                   stored=[(r["id"], r["revision"]) for r in batch.records], already_had=[])

    def check(self) -> None:
        """The folder is there and a file can be written into it."""
        self._check_folder()
        try:
            fd, probe = tempfile.mkstemp(prefix=".helpdesk-test-", dir=self._folder)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise self._unwritable(exc) from None

    def _check_folder(self) -> None:
        if not self._folder.is_dir():
            raise StopTarget(FOLDER_MISSING, target=self.name, folder=str(self._folder))

    def _unwritable(self, exc: OSError) -> StopTarget:
        if exc.errno == errno.ENOENT:
            return StopTarget(FOLDER_MISSING, target=self.name, folder=str(self._folder))
        return StopTarget(FOLDER_UNWRITABLE, target=self.name, folder=str(self._folder),
                          reason=exc.strerror or str(exc))

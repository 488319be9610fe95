"""Replacing a file so that a reader finds the old one or the whole new one, never half.

One way for every file Helpdesk writes for someone else to open (CSV batches on a USB stick,
weekly sheets, the hub's export, taxonomy files): write beside it under a hidden temporary
name, flush it to disk, rename it over the target, then flush the folder so the rename itself
survives a power cut or a stick pulled out. Standard library only: light enough for start-up.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# ".<name>.<8 hex digits>.part": the temporary name replacing() gives, and nothing else.
_PART = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{8}\.part\Z")
# A temporary file this old was left by a process that was killed: no writer takes an hour.
STALE_SECONDS = 3600


@contextmanager
def replacing(path: Path, *, private: bool = False, tidy: bool = True) -> Iterator[Path]:
    """A fresh temporary file beside ``path`` to write; it replaces ``path`` when the block ends.

    When the block raises, the temporary file is removed and ``path`` is left as it was.
    ``private`` makes the file readable by its owner only (the records of all desks); others
    get the person's usual permissions. OSError from any step reaches the caller as it is.
    ``tidy`` first removes what an earlier, killed writer of ``path`` left (callers that
    tidy a whole folder once, like the CSV folder target, skip it).
    """
    path = Path(path)
    if tidy:
        remove_leftovers(path.parent, lambda name: name == path.name, older_than=STALE_SECONDS)
    # os.urandom, not secrets: the same bytes, without loading hmac and OpenSSL at start-up.
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.part")
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666))
    try:
        yield temp
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _flush_folder(path.parent)


def write_bytes_atomically(path: Path, data: bytes, *, private: bool = False,
                           tidy: bool = True) -> None:
    """Replace ``path`` with ``data`` (see ``replacing``)."""
    with replacing(path, private=private, tidy=tidy) as temp:
        temp.write_bytes(data)


def leftovers(folder: Path) -> Iterator[tuple[Path, str]]:
    """The temporary files ``replacing()`` left in ``folder`` (a process killed while it
    wrote), each with the name of the file it was to replace."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _PART.match(name)
        if match:
            yield Path(folder) / name, match["name"]


def remove_leftovers(folder: Path, for_name, *, older_than: float = 0) -> int:
    """Remove the leftovers in ``folder`` whose target name ``for_name(name)`` claims and
    untouched for ``older_than`` seconds; how many went. Best effort: one that cannot be
    removed now is tried next time (readers never take a ``.part`` for a file)."""
    removed = 0
    now = time.time()
    for part, name in leftovers(folder):
        try:
            if for_name(name) and now - part.stat().st_mtime >= older_than:
                part.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _flush_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # POSIX only; Windows has no folder fsync, needs none
        return
    fd = os.open(folder if str(folder) else ".", os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

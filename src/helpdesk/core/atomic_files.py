"""Replacing a file so that a reader finds the old one or the whole new one, never half.

One way for every file Helpdesk writes for someone else to open (CSV batches on a USB stick,
weekly sheets, the hub's export, taxonomy files): write beside it under a hidden temporary
name, flush it to disk, rename it over the target, then flush the folder so the rename itself
survives a power cut or a stick pulled out. Standard library only: light enough for start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path, *, private: bool = False) -> Iterator[Path]:
    """A fresh temporary file beside ``path`` to write; it replaces ``path`` when the block ends.

    When the block raises, the temporary file is removed and ``path`` is left as it was.
    ``private`` makes the file readable by its owner only (the records of all desks); others
    get the person's usual permissions. OSError from any step reaches the caller as it is.
    """
    path = Path(path)
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


def write_bytes_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data`` (see ``replacing``)."""
    with replacing(path, private=private) as temp:
        temp.write_bytes(data)


def _flush_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # POSIX only; Windows has no folder fsync, needs none
        return
    fd = os.open(folder if str(folder) else ".", os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

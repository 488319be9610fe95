"""Encrypt a plain store in place: every record kept, no plain copy left in the data folder.

``sqlcipher_export`` copies the plain file into a new encrypted file beside it; the copy is
checked (the rows of every table counted on both sides, ``PRAGMA quick_check``), flushed to
disk, then renamed over the plain file in one step. A process killed at any moment leaves
either the plain store as it was or the whole encrypted one, never neither; what it may leave
besides is an encrypted temporary file, removed by the next attempt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from helpdesk.core.atomic_files import leftovers, replacing
from helpdesk.core.errors import QT_TRANSLATE_NOOP, StoreError
from helpdesk.store.cipher import PLAIN_HEADER, cipher_module, key_pragma

_ZEROS = bytes(1 << 20)


def encrypt_in_place(db_path: Path, key: bytes, before_swap: Callable[[], None]) -> None:
    """Replace the plain store at ``db_path`` by an encrypted copy under ``key``.

    ``before_swap`` runs once the copy is checked and before it replaces the plain file: it
    writes the key slots, so an encrypted store never exists without a way to open it.
    Nothing else may have the store open (StoreError if something does).
    """
    db_path = Path(db_path)
    module = cipher_module()
    with replacing(db_path, private=True) as temp:
        plain = module.connect(str(db_path), isolation_level=None)
        try:
            _leave_wal(plain, module)
            plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                          (str(temp),))
            plain.execute("BEGIN EXCLUSIVE")  # no one writes to the plain file meanwhile
            _remove_earlier_copies(db_path, temp)
            plain.execute("SELECT sqlcipher_export('encrypted')")
            _check_copy(plain)
            plain.execute("COMMIT")
            plain.execute("DETACH DATABASE encrypted")
            _check_opens(temp, key, module)
            before_swap()
            with open(temp, "rb") as written:
                os.fsync(written.fileno())
            # Kept open across the rename, to overwrite the plain pages it leaves behind.
            old = os.open(db_path, os.O_RDWR) if os.name == "posix" else None
        finally:
            plain.close()
    if old is not None:
        _overwrite(old)


def _leave_wal(plain, module) -> None:
    # A WAL beside the plain file holds plain pages and must not outlive it; leaving WAL mode
    # folds it into the file and deletes it, and fails when another connection is open.
    try:
        plain.execute("PRAGMA busy_timeout=2000")
        mode = plain.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except module.OperationalError:
        mode = "locked"
    if mode != "delete":
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "Helpdesk is open on this data somewhere else; close it there and "
                      "try again."))


def _remove_earlier_copies(db_path: Path, temp: Path) -> None:
    # Encrypted copies left by conversions killed half-way: no other conversion is running
    # (this one holds the store's exclusive lock), so none of them will be renamed any more.
    for part, name in leftovers(db_path.parent):
        if name == db_path.name and part.name != temp.name:
            part.unlink(missing_ok=True)


def _check_copy(plain) -> None:
    tables = [row[0] for row in plain.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        before = plain.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]
        after = plain.execute(f"SELECT count(*) FROM encrypted.{quoted}").fetchone()[0]
        if before != after:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "The encrypted copy of the data is not complete; nothing was "
                          "changed. Try again, or tell your coordinator."))
    if plain.execute("PRAGMA encrypted.quick_check").fetchone()[0] != "ok":
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "The encrypted copy of the data is damaged; nothing was changed. "
                      "Try again, or tell your coordinator."))


def _check_opens(temp: Path, key: bytes, module) -> None:
    conn = module.connect(str(temp))
    try:
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _overwrite(fd: int) -> None:
    # Best effort: on an SSD or a copy-on-write file system the old blocks may survive
    # anyway (docs/security.md says so), but a plain file system reuses these very pages.
    try:
        size = os.fstat(fd).st_size
        os.lseek(fd, 0, os.SEEK_SET)
        written = 0
        while written < size:
            written += os.write(fd, _ZEROS[:min(len(_ZEROS), size - written)])
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def encrypt_plain_copies(data_dir: Path, key: bytes, store_name: str) -> list[Path]:
    """Encrypt, in place and with ``key``, every other plain SQLite file in ``data_dir``.

    Backups taken before a migration (and any other copy in the folder or below it) were
    made while the store was plain; once it is protected, no file in its folder may stay
    readable. Returns the files encrypted.
    """
    done = []
    for root, _folders, files in os.walk(data_dir):
        for name in files:
            path = Path(root) / name
            if (path.parent == Path(data_dir) and name == store_name) or name.endswith(".part"):
                continue
            try:
                with open(path, "rb") as f:
                    plain = f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
            except OSError:
                continue
            if plain:
                encrypt_in_place(path, key, lambda: None)
                done.append(path)
    return done

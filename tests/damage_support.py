"""Damaging a store on purpose, the way a failing disk does: bytes over one page."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def spoil_root_page(db_path: Path, table: str, seed: int | None = None) -> None:
    """Overwrite the root page of ``table`` (every read of it passes there).

    With ``seed``: random bytes from that seed; without: a fixed pattern.
    """
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    conn.close()
    junk = random.Random(seed).randbytes(page_size) if seed is not None else b"\xa5" * page_size
    with open(db_path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(junk)

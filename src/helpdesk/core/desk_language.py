"""The desk's language for the screens shown before its store is open.

A protected desk keeps its settings inside the encrypted store, so its lock screen could only
guess the language from the computer's (a Dutch-speaking desk on a French Windows greeted its
volunteers in French). The language chosen in Settings is therefore also kept in a small file
of its own beside the store: two letters, nothing about anyone.

The file is read as hostile input (anything but one of our languages is ignored) and is only
a convenience: failing to read or write it never stops the desk.
"""

from __future__ import annotations

from pathlib import Path

from helpdesk.core.atomic_files import write_bytes_atomically
from helpdesk.core.constants import LANGUAGES

LANGUAGE_FILE = "language"
_MOST = 16  # bytes read at most: a language code is two, a stray file may be anything


def remembered_language(data_dir: Path) -> str | None:
    """The language last chosen on this desk, or None when none is known."""
    try:
        with open(Path(data_dir) / LANGUAGE_FILE, "rb") as file:
            raw = file.read(_MOST)
    except (OSError, ValueError):
        return None
    text = raw.decode("ascii", errors="replace").strip()
    return text if text in LANGUAGES else None


def remember_language(data_dir: Path, language: str) -> None:
    """Keep ``language`` for the next start (owner-only, written whole or not at all)."""
    if language not in LANGUAGES or remembered_language(data_dir) == language:
        return
    folder = Path(data_dir)
    if not folder.is_dir():
        return
    try:
        write_bytes_atomically(folder / LANGUAGE_FILE, language.encode("ascii"), private=True)
    except OSError:
        pass  # a full or read-only disk: the lock screen falls back to the computer's language

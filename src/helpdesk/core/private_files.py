"""Owner-only permissions for the data folder and every file the desk writes in it.

On a shared PC the data folder holds the visits, the hub token and (once protected) the key
slots: nobody but the desk's own OS account may read them. POSIX only: on Windows the folder
sits in the user's own profile, whose ACL already keeps other users out, and ``chmod`` there
only toggles the read-only flag. Standard library only: light enough for start-up.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed and make it owner-only.

    OSError from creating it reaches the caller; a failed ``chmod`` (a folder owned by
    someone else, a FAT stick) is left alone: the folder can still be used.
    """
    folder = Path(folder)
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _chmod(folder, FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist yet.

    SQLite gives a new database file 0644 and copies the database's mode to its WAL and
    shared-memory files; creating the file first makes all three owner-only.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        _chmod(Path(path), FILE_MODE)


def tighten_folder(folder: Path) -> int:
    """Make ``folder``, its subfolders and every file in them owner-only; how many changed.

    For stores made by older versions (``helpdesk.db`` was 0644 in a 0755 folder), run each
    time the store opens: a handful of files, a few microseconds.
    """
    changed = 0
    if not _POSIX:
        return changed
    folder = Path(folder)
    changed += _chmod(folder, FOLDER_MODE)
    for root, folders, files in os.walk(folder):
        for name in folders:
            changed += _chmod(Path(root) / name, FOLDER_MODE)
        for name in files:
            changed += _chmod(Path(root) / name, FILE_MODE)
    return changed


def _chmod(path: Path, mode: int) -> int:
    if not _POSIX:
        return 0
    try:
        current = os.lstat(path)
        if stat.S_ISLNK(current.st_mode) or stat.S_IMODE(current.st_mode) == mode:
            return 0
        os.chmod(path, mode)
    except OSError:
        return 0  # gone meanwhile, or not ours: nothing to tighten here
    return 1

"""Facts about where the data lives: portable mode, network shares, free space.

Light (the standard library only): the GUI's start-up and ``helpdesk doctor`` both use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PORTABLE_MARKER = ".portable"
PORTABLE_DATA = "data"

# File systems on which SQLite's WAL mode cannot work (its shared memory and locks need one
# machine): https://sqlite.org/wal.html "does not work over a network filesystem".
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone",
    "fuse.glusterfs", "fuse.cephfs",
}


def app_folder() -> Path | None:
    """The folder of the frozen app's executable, or None when run from Python."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir(folder: Path | None = None) -> Path | None:
    """``<app folder>/data`` when a ``.portable`` file sits next to the executable, else None.

    As KeePassXC does: the app on a USB stick keeps its data on the stick, not on the PC.
    """
    folder = app_folder() if folder is None else folder
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def file_system_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The type of the file system holding ``path`` ("ext4", "nfs4"…), when it can be told.

    ``mountinfo`` is the text of Linux's /proc/self/mountinfo (read when not given).
    """
    if mountinfo is None and sys.platform.startswith("win"):
        return _windows_drive_kind(path)
    try:
        mounts = mountinfo if mountinfo is not None else Path("/proc/self/mountinfo").read_text(
            encoding="utf-8", errors="replace")
    except OSError:
        return None
    path = _existing_part(path)
    best, kind = "", None
    for line in mounts.splitlines():
        left, _, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or not tail:
            continue
        point = fields[4].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, tail[0]
    return kind


def is_network_folder(path: Path, mountinfo: str | None = None) -> bool:
    """True when ``path`` is on a network share (SMB/CIFS, NFS, sshfs…)."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # a UNC path: \\server\share
    kind = file_system_type(path, mountinfo)
    return kind is not None and (kind in NETWORK_FILE_SYSTEMS or kind == "remote")


def free_bytes(path: Path) -> int | None:
    """Free space for the user on the disk holding ``path``, or None when it cannot be read."""
    import shutil

    try:
        return shutil.disk_usage(_existing_part(path)).free
    except OSError:
        return None


def _existing_part(path: Path) -> Path:
    # The data folder may not exist yet: look at the nearest folder that does.
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def _windows_drive_kind(path: Path) -> str | None:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return {2: "removable", 3: "fixed", 4: "remote", 5: "cdrom", 6: "ramdisk"}.get(kind)

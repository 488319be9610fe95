"""Files written for others to open are replaced whole or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from helpdesk.core.atomic_files import replacing, write_bytes_atomically


def test_a_failure_while_writing_keeps_the_old_file_and_no_temporary(tmp_path):
    """An error inside the block: the target keeps its old content, nothing else is left."""
    target = tmp_path / "batch.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as temp:
        temp.write_bytes(b"half a n")
        raise RuntimeError("the stick was pulled out")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["batch.csv"]


def test_the_new_content_replaces_the_old_one(tmp_path):
    """A block that ends well leaves exactly the new bytes and no temporary name."""
    target = tmp_path / "batch.csv"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new" and os.listdir(tmp_path) == ["batch.csv"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_files_are_for_their_owner_only(tmp_path):
    """private=True: readable by the owner alone; otherwise the usual permissions (umask)."""
    write_bytes_atomically(tmp_path / "all-desks.csv", b"x", private=True)
    write_bytes_atomically(tmp_path / "sheet.csv", b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "all-desks.csv").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "sheet.csv").stat().st_mode) == 0o666 & ~umask

"""Where the data lives: portable mode beside the app, network shares refused, WAL folded in."""

from __future__ import annotations

import sys

import pytest

from helpdesk.core import data_folder
from helpdesk.core.config import resolve_data_dir
from helpdesk.core.data_folder import file_system_type, is_network_folder, portable_data_dir
from helpdesk.core.errors import StoreError


def mountinfo(point, kind: str) -> str:
    """Two lines of /proc/self/mountinfo: the root on ext4, ``point`` on ``kind``."""
    return ("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
            f"40 22 0:50 / {point} rw,relatime shared:9 - {kind} //server/share rw\n")


def test_a_portable_file_beside_the_executable_keeps_the_data_beside_it(tmp_path, monkeypatch):
    """A frozen app with .portable next to it uses <app folder>/data, before the user's folder."""
    app = tmp_path / "Helpdesk"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "helpdesk"))
    monkeypatch.delenv("HELPDESK_DATA_DIR", raising=False)
    assert portable_data_dir() is None
    assert resolve_data_dir(None) != app / "data"
    (app / ".portable").write_text("")
    assert portable_data_dir() == app / "data"
    assert resolve_data_dir(None) == app / "data"
    # Said out loud, a folder still wins: --data-dir and HELPDESK_DATA_DIR.
    assert resolve_data_dir(str(tmp_path / "elsewhere")) == tmp_path / "elsewhere"
    monkeypatch.setenv("HELPDESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"


def test_a_portable_file_means_nothing_when_run_from_python(tmp_path, monkeypatch):
    """From a checkout or a wheel there is no app folder: .portable beside python is ignored."""
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    assert data_folder.app_folder() is None
    assert portable_data_dir() is None
    (tmp_path / ".portable").write_text("")
    assert portable_data_dir(tmp_path) == tmp_path / "data"


@pytest.mark.parametrize("kind, network", [("cifs", True), ("nfs4", True), ("fuse.sshfs", True),
                                           ("ext4", False), ("vfat", False), ("tmpfs", False)])
def test_network_file_systems_are_told_from_local_ones(tmp_path, kind, network):
    """A folder below a CIFS/NFS/sshfs mount is a network share; ext4, a stick's vfat are not."""
    share = tmp_path / "share"
    (share / "helpdesk").mkdir(parents=True)
    info = mountinfo(share, kind)
    assert file_system_type(share / "helpdesk" / "not-yet-made", info) == kind
    assert is_network_folder(share / "helpdesk", info) is network
    assert file_system_type(tmp_path, info) == "ext4"


def test_unc_paths_are_network_shares():
    r"""\\server\share (and //server/share) is a network share whatever the mounts say."""
    assert is_network_folder(r"\\server\helpdesk\data", "")
    assert is_network_folder("//server/helpdesk/data", "")


def test_the_store_refuses_a_data_folder_on_a_network_share(tmp_path, monkeypatch):
    """Services.open says in one sentence why, and makes no data file there."""
    from helpdesk.services import Services, bundle

    data = tmp_path / "share" / "helpdesk"
    data.mkdir(parents=True)
    info = mountinfo(tmp_path / "share", "cifs")
    monkeypatch.setattr(bundle, "is_network_folder", lambda path: is_network_folder(path, info))
    with pytest.raises(StoreError) as caught:
        Services.open(data)
    sentence = caught.value.sentence()
    assert "network share" in sentence and str(data) in sentence and sentence.count(".") >= 1
    assert list(data.iterdir()) == []


def test_closing_the_store_folds_the_write_ahead_log_into_the_file(ready_services, data_dir):
    """After close, helpdesk.db alone holds everything, even with another connection open.

    SQLite folds the log in by itself when the last connection closes; another one left open
    (a reader, another tool) would keep it in the -wal file, which a stick pulled too early,
    or a copy of helpdesk.db alone, loses.
    """
    import sqlite3

    from helpdesk.core.records import VisitDraft

    state = ready_services.desk.startup_state()
    draft = VisitDraft(session_id=None, spot_id=state.spots[0].id, staff_id=state.staff[0].id,
                       question_types=("email",), outcome="solved", duration_minutes=10)
    saved = ready_services.intake.record_visit(draft)
    wal = data_dir / "helpdesk.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    other = sqlite3.connect(data_dir / "helpdesk.db")
    other.execute("SELECT count(*) FROM visit").fetchone()
    try:
        ready_services.close()
        assert wal.stat().st_size == 0
    finally:
        other.close()
    # The file on its own (as if copied off the stick without its -wal) has the visit.
    copy = data_dir.parent / "copy.db"
    copy.write_bytes((data_dir / "helpdesk.db").read_bytes())
    conn = sqlite3.connect(copy)
    try:
        ids = {row[0] for row in conn.execute("SELECT id FROM visit")}
    finally:
        conn.close()
    assert saved.id in ids

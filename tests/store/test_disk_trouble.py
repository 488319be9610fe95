"""Disk trouble told apart: full, read-only, no permission, damaged — each its own sentence.

The full and read-only disks are real: a 2 MB tmpfs mounted for the test (root only; skipped
with the reason elsewhere). A damaged file is made by writing random bytes over a page.
"""

from __future__ import annotations

import errno
import os
import random
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from damage_support import spoil_root_page

from helpdesk.cli.main import main
from helpdesk.core.errors import (
    DiskFullError,
    StoreDamagedError,
    StorePermissionError,
    StoreReadOnlyError,
)
from helpdesk.core.records import VisitDraft, VisitFilter
from helpdesk.store.disk_trouble import disk_trouble


def _sqlite_error(code: int) -> sqlite3.Error:
    exc = sqlite3.OperationalError("from SQLite")
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize("exc, kind", [
    (_sqlite_error(13), DiskFullError),
    (_sqlite_error(8), StoreReadOnlyError),
    (_sqlite_error(8 | (1 << 8)), StoreReadOnlyError),  # SQLITE_READONLY_RECOVERY
    (_sqlite_error(3), StorePermissionError),
    (_sqlite_error(11), StoreDamagedError),
    (_sqlite_error(26), StoreDamagedError),
    (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
    (OSError(errno.EROFS, "Read-only file system"), StoreReadOnlyError),
    (OSError(errno.EACCES, "Permission denied"), StorePermissionError),
])
def test_each_kind_of_trouble_gets_its_own_error(exc, kind):
    """Only a damaged file is called damaged; each sentence names the file and what to do."""
    found = disk_trouble(exc, "/data/helpdesk.db")
    assert type(found) is kind
    assert "/data/helpdesk.db" in found.sentence()
    assert ("damaged" in found.sentence()) == (kind is StoreDamagedError)


def test_other_errors_are_left_alone():
    """A busy lock or a programming error is not disk trouble."""
    assert disk_trouble(_sqlite_error(5), "x") is None  # SQLITE_BUSY
    assert disk_trouble(ValueError("x"), "x") is None


# -- a real small disk ---------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, mounted for the test and removed after it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the full disk is not tested here")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"this machine cannot mount a tmpfs: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def _first_run(services):
    state = services.desk.complete_first_run(
        language="en", desk_name="Desk", spot_name="Room", spot_kind="computer_room",
        helper_names=["Ann"])
    return VisitDraft(session_id=None, spot_id=state.spots[0].id, staff_id=None,
                      question_types=("email",), outcome="solved")


def test_saving_on_a_full_disk_says_the_disk_is_full(small_disk):
    """Not "something unexpected", not "damaged": the disk is full, free space."""
    from helpdesk.services import Services

    services = Services.open(small_disk / "data")
    try:
        draft = _first_run(services)
        saved = services.intake.record_visit(draft)
        _fill(small_disk)
        with pytest.raises(DiskFullError) as caught:
            for _ in range(2000):  # the WAL grows until the disk refuses
                services.intake.record_visit(draft.__class__(**{**draft.__dict__,
                                                                 "note": "x" * 500}))
        assert "is full" in caught.value.sentence()
        assert services.intake.get_visit(saved.id).id == saved.id  # saved before: still there
    finally:
        services.close()
    os.remove(small_disk / "filler")
    again = Services.open(small_disk / "data")
    try:
        assert again.intake.get_visit(saved.id).id == saved.id
    finally:
        again.close()


def test_the_demo_on_a_full_disk_is_one_sentence_without_values(small_disk, capsys):
    """It printed a traceback with the SQL parameters."""
    code = main(["--data-dir", str(small_disk / "data"), "demo", "--visits", "20000"])
    err = capsys.readouterr().err
    assert code == 1
    assert "is full" in err
    assert "Traceback" not in err and "parameters" not in err and "INSERT" not in err


def test_starting_on_a_full_disk_is_never_called_damaged(small_disk):
    """A store that cannot grow its WAL on a full disk is not a damaged store."""
    from helpdesk.services import Services

    services = Services.open(small_disk / "data")
    _first_run(services)
    services.close()
    _fill(small_disk)
    try:
        Services.open(small_disk / "data").close()
    except StoreDamagedError:  # pragma: no cover - the failure this test guards against
        pytest.fail("a full disk was called damaged")
    except (DiskFullError, StoreReadOnlyError):
        pass


def test_a_read_only_disk_says_so(small_disk):
    """A locked stick or a read-only share: its own sentence."""
    from helpdesk.services import Services

    services = Services.open(small_disk / "data")
    draft = _first_run(services)
    services.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreReadOnlyError) as caught:
        opened = Services.open(small_disk / "data")
        try:
            opened.intake.record_visit(draft)
        finally:
            opened.close()
    assert "can only be read" in caught.value.sentence()


# -- a damaged page ------------------------------------------------------------------------


def _store_with_visits(data_dir: Path, n: int = 3000) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "--visits", str(n), "--weeks", "4"]) == 0


def test_a_damaged_page_leads_to_the_damaged_sentence_everywhere(data_dir, capsys):
    """A save, a sheet and the self-test all say "damaged", never "try again"."""
    from helpdesk.services import Services

    _store_with_visits(data_dir)
    capsys.readouterr()
    spoil_root_page(data_dir / "helpdesk.db", "visit", seed=11)

    year, week, _ = (date.today() - timedelta(days=7)).isocalendar()
    code = main(["--data-dir", str(data_dir), "report", "--week", f"{year}-W{week:02d}",
                 "--format",
                 "csv", "--out", str(data_dir.parent / "w.csv")])
    err = capsys.readouterr().err
    assert code == 1 and "is damaged" in err and "Traceback" not in err

    code = main(["--data-dir", str(data_dir), "self-test"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Self-test passed" in captured.out and "is damaged" in captured.err

    services = Services.open(data_dir)
    try:
        spot = services.desk.spots()[0].id
        with pytest.raises(StoreDamagedError):
            for _ in range(50):
                services.intake.record_visit(VisitDraft(
                    session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
                    outcome="solved", started_at=datetime.now(timezone.utc)))
            services.visits.page(VisitFilter(), limit=1000)
    finally:
        services.close()


def test_self_test_checks_a_sound_store_read_only(data_dir, capsys):
    """It says it looked, and leaves the file as it was."""
    _store_with_visits(data_dir, 50)
    before = (data_dir / "helpdesk.db").read_bytes()
    assert main(["--data-dir", str(data_dir), "self-test"]) == 0
    assert "checked read-only (PRAGMA quick_check): no damage found" in capsys.readouterr().out
    assert (data_dir / "helpdesk.db").read_bytes() == before


def test_exit_when_ready_fails_on_a_broken_store(data_dir):
    """`helpdesk --exit-when-ready` exits non-zero with the sentence when the file is broken."""
    (data_dir / "helpdesk.db").write_bytes(random.Random(3).randbytes(8192))
    out = subprocess.run([sys.executable, "-m", "helpdesk", "--data-dir", str(data_dir),
                          "--exit-when-ready"], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 1
    assert "is damaged" in out.stderr and "Traceback" not in out.stderr

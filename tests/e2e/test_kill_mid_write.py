"""A desk killed while it writes a batch into a folder: the next sync removes its own `.part`
files and nothing else, every batch on the folder is complete, and every visit is there
once. And the unlucky outreach worker: syncs killed at random while visits keep being saved,
to a hub and a folder at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading

import pytest
from sync_support import (
    HubProcess,
    add_visits,
    desk_visits,
    hub_visits,
    kill_mid_write,
    wait_until,
)

from helpdesk.core.sync_records import TargetDraft
from helpdesk.sync.csv_format import find_batches

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _sync(data_dir, *, timeout=120):
    return subprocess.run([sys.executable, "-m", "helpdesk", "--data-dir", str(data_dir),
                           "sync"], capture_output=True, text=True, timeout=timeout)


def _parts(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def _folder_visits(folder) -> list[str]:
    """The id of every visit record in every batch on the folder (each must be readable)."""
    found = find_batches(folder)
    assert [f.problem for f in found if f.batch is None] == []
    return [r["id"] for f in found if f.batch.record_type == "visit" for r in f.batch.records]


def test_a_sync_killed_mid_write_leaves_a_part_the_next_one_removes(
        ready_services, data_dir, tmp_path):
    """SIGKILL between writing a batch's temporary file and renaming it: a `.part` stays;
    the next sync removes it — and only it: another desk's `.part` and other files stay."""
    visits = add_visits(ready_services, 12)
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick),
                                               batch_size=5))
    strangers = [".helpdesk-019a0000-0000-7000-8000-0000000000ff-visit.csv.0123abcd.part",
                 ".notes.txt.0123abcd.part", "holiday.jpg"]
    for name in strangers:
        (stick / name).write_bytes(b"not ours")
    kill_mid_write(["--data-dir", str(data_dir), "sync"], tmp_path / "held")
    ours = [name for name in _parts(stick) if name not in strangers]
    assert len(ours) == 1, _parts(stick)
    assert _folder_visits(stick) is not None  # the importers pass over every `.part`

    again = _sync(data_dir)
    assert again.returncode == 0, again.stderr
    assert "nothing is waiting" in again.stdout
    assert sorted(p.name for p in stick.iterdir() if p.name in strangers) == sorted(strangers)
    assert [name for name in _parts(stick) if name not in strangers] == []
    assert sorted(_folder_visits(stick)) == sorted(v.id for v in visits)


def test_syncs_killed_at_random_while_saving_to_a_hub_and_a_folder(
        ready_services, data_dir, tmp_path):
    """20 syncs killed at a random moment while visits keep being saved, to a real hub
    process and a folder: the hub's log holds no traceback, the folder no `.part`, and every
    visit is on both exactly once."""
    from helpdesk.hub.db import HubDb
    from helpdesk.hub.tokens import add_token

    rand = random.Random(int(os.environ.get("HELPDESK_TEST_SEED", "14")))
    hub_url = f"sqlite:///{tmp_path / 'hub.db'}"
    hub_db = HubDb.open(hub_url)
    token = add_token(hub_db, "Laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    add_visits(ready_services, 30)
    saved = 30
    with HubProcess(hub_url, tmp_path / "hub.log") as hub:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                   token=token, batch_size=3))
        ready_services.sync.add_target(TargetDraft(name="folder", kind="folder",
                                                   folder=str(stick), batch_size=3))
        killed = killed_mid_write = 0
        for run in range(20):
            desk = subprocess.Popen([sys.executable, "-m", "helpdesk", "--data-dir",
                                     str(data_dir), "sync"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            # Visits keep being saved while the sync runs, as at a busy outreach desk.
            saving = threading.Thread(target=add_visits, args=(ready_services, 12),
                                      kwargs={"start": saved})
            saving.start()
            saved += 12
            # The kill lands at a random moment once the run is at work (a process takes
            # longer to start than to send a few batches): the folder comes first.
            files = len(os.listdir(stick))
            wait_until(lambda: desk.poll() is not None or len(os.listdir(stick)) > files,
                       step=0.002)
            try:
                desk.wait(rand.uniform(0, 0.4))
            except subprocess.TimeoutExpired:
                os.kill(desk.pid, signal.SIGKILL)
                desk.wait(30)
                killed += 1
            saving.join()
            killed_mid_write += bool(_parts(stick))
        final = _sync(data_dir)
        assert final.returncode == 0, final.stderr
        assert "nothing is waiting" in final.stdout, final.stdout
        log = hub.log()
    assert "Traceback" not in log and "ERROR" not in log, log
    assert _parts(stick) == []
    on_desk = desk_visits(ready_services)
    assert len(on_desk) == saved
    assert hub_visits(hub_db) == on_desk
    in_folder = _folder_visits(stick)
    assert sorted(in_folder) == sorted(on_desk)  # each once: no visit in two batches
    hub_db.close()
    print(f"{killed} of 20 syncs killed, {killed_mid_write} of them mid-write")

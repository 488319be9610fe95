"""End to end: desk → real hub on loopback (SQLite, PostgreSQL), desk → CSV folder → hub,
desk → CSV folder → another desk. Real stores, a real uvicorn server, real files."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select
from sync_support import (
    HubThread,
    add_visits,
    answers,
    desk_visits,
    edit_visit,
    free_port,
    hub_visits,
    wait_until,
)

from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.tables import visit_question_table
from helpdesk.hub.tokens import add_token

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("send_csv", [False, True], ids=["json", "csv-body"])
def test_desk_to_a_real_hub_every_record_once_at_its_latest_revision(
        ready_services, hub_db, send_csv):
    """Visits, an edit and a delete reach the hub exactly as the desk holds them."""
    visits = add_visits(ready_services, 40)
    token = add_token(hub_db, "Test desk")
    with HubThread(hub_db) as hub:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                   token=token, send_csv=send_csv,
                                                   batch_size=15))
        first = ready_services.sync.run()
        assert (first.sent, first.waiting, first.problems) == (41, 0, ())
        edit_visit(ready_services, visits[3])
        ready_services.intake.delete_visit(visits[4].id)
        second = ready_services.sync.run()
        assert (second.sent, second.waiting) == (2, 0)
        assert ready_services.sync.run().sent == 0  # nothing left, nothing re-sent
    assert hub_visits(hub_db) == desk_visits(ready_services)
    with hub_db.read() as conn:
        questions = conn.scalar(select(func.count()).select_from(visit_question_table))
    assert questions == sum(len(v.question_types) for v in visits)


def test_a_wrong_token_stops_the_run_and_says_so(ready_services, sqlite_hub):
    """401: nothing marked sent, and the status says the token is wrong in one sentence."""
    add_visits(ready_services, 2)
    with HubThread(sqlite_hub) as hub:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                   token="not-a-token"))
        report = ready_services.sync.run()
    assert report.waiting == 3
    problem = ready_services.sync.status().problem
    assert problem.message == ("The hub refused the desk's token — ask your coordinator for a "
                               "new one.")
    assert hub_visits(sqlite_hub) == {}


def test_test_connection_checks_address_and_token(ready_services, sqlite_hub):
    """"Test connection" passes with a good token and fails plainly with a bad one."""
    from helpdesk.core.errors import StopTarget

    token = add_token(sqlite_hub, "Test desk")
    with HubThread(sqlite_hub) as hub:
        ready_services.sync.test_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                    token=token))
        with pytest.raises(StopTarget):
            ready_services.sync.test_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                        token="wrong"))


def run_cli(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpdesk", *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def run_hub(*args, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpdesk.hub", *args], capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.slow
def test_the_commands_end_to_end(ready_services, data_dir, tmp_path):
    """helpdesk-hub token add / serve / export with helpdesk target add / sync, as processes."""
    add_visits(ready_services, 25)
    ready_services.close()
    hub_db = f"sqlite:///{tmp_path / 'hub.db'}"
    made = run_hub("--db", hub_db, "token", "add", "Test desk")
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "helpdesk.hub", "--db", hub_db, "serve",
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        assert wait_until(lambda: answers(url + "/v1/ping")), "the hub did not start"
        added = run_cli("--data-dir", str(data_dir), "target", "add", "hub", "--url", url,
                        "--token", token)
        assert added.returncode == 0, added.stderr
        synced = run_cli("--data-dir", str(data_dir), "sync")
        assert synced.returncode == 0, synced.stderr
        assert synced.stdout == "Sent 26 record(s) to hub; nothing is waiting.\n"
    finally:
        server.terminate()
        server.wait(30)
    out = tmp_path / "visits.csv"
    exported = run_hub("--db", hub_db, "export", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,") and len(lines) == 26
    assert len({line.split(",")[0] for line in lines[1:]}) == 25


def test_desk_to_folder_to_hub_import(ready_services, hub_db, tmp_path):
    """CSV batches on a "stick" imported into the hub; importing twice changes nothing."""
    from helpdesk.hub.importer import import_folder

    visits = add_visits(ready_services, 12)
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick),
                                               batch_size=5))
    ready_services.sync.run()
    edit_visit(ready_services, visits[0])
    ready_services.sync.run()
    first = import_folder(hub_db, stick)
    assert (first.stored, first.unreadable) == (14, ())  # 1 spot, 12 visits, 1 edit
    again = import_folder(hub_db, stick)
    assert (again.stored, again.already_had) == (0, 14)
    assert hub_visits(hub_db) == desk_visits(ready_services)


def test_desk_to_folder_to_another_desk(ready_services, tmp_path):
    """Another desk merges the stick: same visits, same revisions, once — twice over."""
    from helpdesk.services import Services

    visits = add_visits(ready_services, 9)
    ready_services.intake.delete_visit(visits[2].id)
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
    ready_services.sync.run()
    other_dir = tmp_path / "other"
    out = run_cli("--data-dir", str(other_dir), "import", str(stick))
    assert out.returncode == 0, out.stderr
    assert out.stdout == "Imported 2 batch(es): 10 record(s) stored, 0 already here.\n"
    out = run_cli("--data-dir", str(other_dir), "import", str(stick))
    assert "0 record(s) stored, 10 already here" in out.stdout
    other = Services.open(other_dir)
    try:
        assert desk_visits(other) == desk_visits(ready_services)
        assert [v.question_types for v in map(other.intake.get_visit, [v.id for v in visits])] \
            == [v.question_types for v in visits]
    finally:
        other.close()


def test_a_damaged_file_on_the_stick_is_skipped_and_named(ready_services, tmp_path):
    """A CSV cut short (stick pulled out) is refused by its checksum; the rest is imported."""
    add_visits(ready_services, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
    ready_services.sync.run()
    victim = next(stick.glob("*visit.csv"))
    victim.write_bytes(victim.read_bytes()[:-40])
    out = run_cli("--data-dir", str(tmp_path / "other"), "import", str(stick))
    assert out.returncode == 1
    assert "incomplete" in out.stderr and "Traceback" not in out.stderr
    assert "1 batch(es): 1 record(s) stored" in out.stdout

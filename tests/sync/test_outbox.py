"""The outbox: what waits, batches frozen and re-sent under one id, sent only once acknowledged."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import select
from sync_support import MisbehavingReceiver, add_visits, edit_visit, http_target

from helpdesk.core.records import VisitFilter
from helpdesk.core.sync_records import TargetDraft
from helpdesk.store.models import sync_batch_table, sync_sent_table


def folder_target(services, folder, **fields):
    folder.mkdir(exist_ok=True)
    return services.sync.add_target(TargetDraft(name="stick", kind="folder",
                                                folder=str(folder), **fields))


def manifests(folder):
    return sorted(folder.glob("*.manifest.json"))


def test_everything_new_waits_until_written_and_then_nothing(ready_services, tmp_path):
    """Spots and visits wait for a new target; after a run nothing does."""
    add_visits(ready_services, 3)
    target = folder_target(ready_services, tmp_path / "stick")
    assert ready_services.sync.status().waiting == 4  # 1 spot + 3 visits
    report = ready_services.sync.run()
    assert (report.sent, report.waiting) == (4, 0)
    assert ready_services.sync.targets()[0].waiting == 0
    assert ready_services.sync.status().last_success_target == target.name


def test_an_edit_and_a_delete_wait_again_as_higher_revisions(ready_services, tmp_path):
    """Only the changed records go again, each at its new revision; a delete is a tombstone."""
    visits = add_visits(ready_services, 3)
    folder_target(ready_services, tmp_path / "stick")
    ready_services.sync.run()
    edit_visit(ready_services, visits[0])
    ready_services.intake.delete_visit(visits[1].id)
    assert ready_services.sync.status().waiting == 2
    ready_services.sync.run()
    last = json.loads(manifests(tmp_path / "stick")[-1].read_text())
    csv_text = (tmp_path / "stick" / last["file"]).read_text()
    assert last["records"] == 2
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(csv_text))}
    assert (rows[visits[0].id]["revision"], rows[visits[0].id]["deleted"]) == ("2", "false")
    assert (rows[visits[1].id]["revision"], rows[visits[1].id]["deleted"]) == ("2", "true")


def test_sessions_go_once_closed(ready_services, tmp_path):
    """An open session is still changing: it waits until it is closed."""
    spot = ready_services.desk.spots()[0].id
    staff = ready_services.desk.staff()[0].id
    session = ready_services.sessions.open_session(spot, [staff])
    folder_target(ready_services, tmp_path / "stick")
    ready_services.sync.run()
    assert not list((tmp_path / "stick").glob("*help_session.csv"))
    ready_services.sessions.close_session(session.id, turned_away=2)
    assert ready_services.sync.status().waiting == 1
    ready_services.sync.run()
    assert len(list((tmp_path / "stick").glob("*help_session.csv"))) == 1


def test_batches_hold_at_most_the_batch_size(ready_services, tmp_path):
    """Seven visits in batches of three: three visit files (3, 3, 1)."""
    add_visits(ready_services, 7)
    folder_target(ready_services, tmp_path / "stick", batch_size=3)
    ready_services.sync.run()
    counts = sorted(json.loads(m.read_text())["records"] for m in manifests(tmp_path / "stick")
                    if "visit" in m.name)
    assert counts == [1, 3, 3]


def test_notes_stay_on_the_desk_unless_the_target_includes_them(ready_services, tmp_path):
    """The free-text note leaves only for a target with "include notes" on."""
    add_visits(ready_services, 1, note="Needs help with her pension file")
    folder_target(ready_services, tmp_path / "plain")
    (tmp_path / "plain2").mkdir()
    ready_services.sync.add_target(TargetDraft(name="with notes", kind="folder",
                                               folder=str(tmp_path / "plain2"),
                                               include_notes=True))
    ready_services.sync.run()
    plain = "".join(p.read_text() for p in (tmp_path / "plain").glob("*visit.csv"))
    noted = "".join(p.read_text() for p in (tmp_path / "plain2").glob("*visit.csv"))
    assert "pension" not in plain
    assert "pension" in noted


def test_a_failed_send_marks_nothing_and_the_retry_reuses_the_batch_id(
        ready_services, sqlite_hub):
    """Nothing is marked sent on failure; the next run sends the same batch id again."""
    add_visits(ready_services, 2)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        http_target(ready_services, receiver.url)
        ready_services.sync.wait = lambda seconds: False
        receiver.script.extend(["error_500"] * 5)  # every try of the spot batch fails
        report = ready_services.sync.run()
        assert report.waiting == 3 and report.problems
        with ready_services.engine.connect() as conn:
            pending = list(conn.execute(select(sync_batch_table.c.id)).scalars())
            assert conn.execute(select(sync_sent_table)).first() is None
        assert len(pending) == 1
        report = ready_services.sync.run()
        assert report.waiting == 0
    from helpdesk.hub.tables import batch_table

    with sqlite_hub.read() as conn:
        received = set(conn.execute(select(batch_table.c.batch_id)).scalars())
    assert pending[0] in received


def test_the_visits_list_shows_each_visits_sync_state(ready_services, tmp_path):
    """No target: no state; then "waiting"; after a run "sent"; after an edit "waiting"."""
    visits = add_visits(ready_services, 2)

    def states():
        return {r.id: r.sync_state for r in ready_services.visits.page(VisitFilter())}

    assert set(states().values()) == {""}
    folder_target(ready_services, tmp_path / "stick")
    assert set(states().values()) == {"waiting"}
    ready_services.sync.run()
    assert set(states().values()) == {"sent"}
    edit_visit(ready_services, visits[0])
    assert states() == {visits[0].id: "waiting", visits[1].id: "sent"}


def test_a_missing_folder_stops_quietly_and_says_so(ready_services, tmp_path):
    """A USB stick not plugged in: nothing sent, nothing lost, one plain sentence."""
    add_visits(ready_services, 1)
    folder_target(ready_services, tmp_path / "stick")
    (tmp_path / "stick").rmdir()
    report = ready_services.sync.run()
    assert report.waiting == 2
    problem = ready_services.sync.status().problem
    assert problem is not None and "USB stick" in problem.message
    (tmp_path / "stick").mkdir()
    assert ready_services.sync.run().waiting == 0
    assert ready_services.sync.status().problem is None


def test_a_second_sync_while_one_runs_does_nothing(ready_services, tmp_path):
    """Only one sync at a time: a request during a run returns at once, skipped."""
    from helpdesk.sync.lock import SyncLock

    folder_target(ready_services, tmp_path / "stick")
    held = SyncLock(ready_services.data_dir)
    assert held.acquire()
    try:
        assert ready_services.sync.run().skipped
    finally:
        held.release()
    assert not ready_services.sync.run().skipped

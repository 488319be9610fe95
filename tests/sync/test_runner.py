"""What one sync run reports and keeps, batch after batch (tests written from `make mutation`'s
survivors in `sync/runner.py`): its progress, the records a receiver already had, and the
receiver's own words kept with a batch it refused."""

from __future__ import annotations

from sqlalchemy import select
from sync_support import MisbehavingReceiver, add_visits

from helpdesk.core.sync_records import TargetDraft
from helpdesk.store.engine import reading
from helpdesk.store.models import sync_batch_table


def test_progress_counts_up_batch_by_batch_under_the_targets_name(ready_services, tmp_path):
    """1 spot, then 3 visits in batches of 2: the count after each acknowledged batch."""
    add_visits(ready_services, 3)
    (tmp_path / "stick").mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder",
                                               folder=str(tmp_path / "stick"), batch_size=2))
    seen = []
    report = ready_services.sync.run(progress=lambda name, done: seen.append((name, done)))
    assert seen == [("stick", 1), ("stick", 3), ("stick", 4)]
    assert (report.sent, report.already_had) == (4, 0)


def test_records_the_receiver_already_had_add_up_over_the_batches(ready_services,
                                                                   sqlite_hub):
    """A second target on the same hub: every record comes back "already had", in three
    batches, and the report counts them all."""
    add_visits(ready_services, 4)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        for name in ("first", "second"):
            ready_services.sync.add_target(TargetDraft(
                name=name, kind="http", url=receiver.url, token="good-token", batch_size=2))
        assert ready_services.sync.run("first").sent == 5
        seen = []
        report = ready_services.sync.run("second", progress=lambda *a: seen.append(a))
    assert (report.sent, report.already_had, report.waiting) == (0, 5, 0)
    assert seen == [("second", 1), ("second", 3), ("second", 5)]


def test_a_refused_batch_keeps_the_receivers_words(ready_services, sqlite_hub, monkeypatch):
    """Set aside with the reason the receiver gave (what a coordinator is shown to fix it)."""
    add_visits(ready_services, 1)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=receiver.url,
                                                   token="good-token"))
        original = receiver.handle_post
        reason = ["outcome 'maybe' is unknown"]

        def refuse_the_visits(handler):
            if handler.headers.get("Idempotency-Key") in visit_batches():
                handler.rfile.read(int(handler.headers["Content-Length"]))
                return receiver.answer(handler, 422, {"detail": reason[0]})
            return original(handler)

        def visit_batches():
            with reading(ready_services.engine) as db:
                return set(db.scalars(select(sync_batch_table.c.id)
                                      .where(sync_batch_table.c.record_type == "visit")))

        monkeypatch.setattr(receiver, "handle_post", refuse_the_visits)
        report = ready_services.sync.run("hub", manual=False)
        assert (report.sent, report.waiting) == (1, 1)
        assert set_aside(ready_services) == [("visit", "outcome 'maybe' is unknown", 1)]
        # Offered again on a run someone asked for, and refused again: still aside, with the
        # receiver's new words.
        reason[0] = "the visit's spot is unknown"
        report = ready_services.sync.run("hub", manual=True)
        assert (report.sent, report.waiting) == (0, 1)
        assert set_aside(ready_services) == [("visit", "the visit's spot is unknown", 2)]


def set_aside(services):
    with reading(services.engine) as db:
        return [tuple(row) for row in db.execute(
            select(sync_batch_table.c.record_type, sync_batch_table.c.message,
                   sync_batch_table.c.attempts).where(sync_batch_table.c.set_aside))]


def test_each_try_of_a_batch_is_counted(ready_services, sqlite_hub):
    """A receiver busy at every try: the run stops after its three tries, and the batch,
    kept for the next run, says it was tried three times."""
    from helpdesk.sync.backoff import RetryPolicy

    add_visits(ready_services, 1)
    ready_services.sync.policy = RetryPolicy(attempts=3, base=0.5, cap=4.0)
    waits = []
    ready_services.sync.wait = lambda seconds: waits.append(seconds) and False
    with MisbehavingReceiver(sqlite_hub) as receiver:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=receiver.url,
                                                   token="good-token"))
        receiver.script.extend(["busy_503"] * 3)
        report = ready_services.sync.run("hub")
    assert (report.sent, report.waiting, len(waits)) == (0, 2, 2)
    with reading(ready_services.engine) as db:
        rows = db.execute(select(sync_batch_table.c.record_type, sync_batch_table.c.attempts,
                                 sync_batch_table.c.set_aside)).all()
    assert [tuple(r) for r in rows] == [("spot", 3, False)]


def test_a_batch_on_its_way_never_keeps_a_closing_app_open(ready_services, sqlite_hub):
    """While a receiver stalls, the batch is sent on its own daemon thread ("helpdesk-send"):
    a process that is closing does not wait for it (the batch, frozen, goes next time)."""
    import threading

    from helpdesk.sync.backoff import RetryPolicy

    add_visits(ready_services, 1)
    ready_services.sync.policy = RetryPolicy(attempts=1)
    with MisbehavingReceiver(sqlite_hub, stall_seconds=30) as receiver:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=receiver.url,
                                                   token="good-token"))
        receiver.script.extend(["ok", "stall_before"])  # the spot goes, the visit stalls
        run = threading.Thread(target=ready_services.sync.run, args=("hub",),
                               kwargs={"manual": False})
        run.start()
        assert receiver.stalling.wait(30)
        sending = [t for t in threading.enumerate() if t.name == "helpdesk-send"]
        assert [t.daemon for t in sending] == [True]
    run.join(30)
    assert not run.is_alive()

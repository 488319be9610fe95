"""Faults: a receiver that drops, errors, stalls and poses as a captive portal, on purpose.

Whatever happens on the way, after enough runs the hub holds every record exactly once at
its latest revision: at-least-once sending plus dedup by (id, revision) at the receiver.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_support import (
    MODES,
    MisbehavingReceiver,
    add_visits,
    desk_visits,
    edit_visit,
    hub_visits,
)

from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.db import HubDb
from helpdesk.sync.backoff import RetryPolicy

TIMEOUT = 0.2  # the desk's request timeout here; stalls last twice as long

_names = itertools.count()


def impatient(services):
    """Short timeouts, few tries, and pauses that are only recorded (tests never sleep)."""
    sync = services.sync
    sync.timeout = TIMEOUT
    sync.policy = RetryPolicy(attempts=3, base=0.5, cap=4.0)
    services.waits = []
    sync.wait = lambda seconds: services.waits.append(seconds) and False
    return services


@pytest.fixture
def desk(ready_services):
    """The test desk, impatient."""
    return impatient(ready_services)


def add_target(desk, url: str, **fields):
    return desk.sync.add_target(TargetDraft(name=f"hub {next(_names)}", kind="http", url=url,
                                            token="good-token", **fields))


def sync_until_done(desk, target_name: str, runs: int = 15):
    for _ in range(runs):
        report = desk.sync.run(target_name)
        if report.waiting == 0 and not report.problems:
            return report
    raise AssertionError(f"still waiting after {runs} runs: {report}")


@pytest.mark.parametrize("mode", [m for m in MODES if m != "ok"])
def test_each_fault_alone_is_retried_and_leaves_no_double(desk, sqlite_hub, mode):
    """One bad answer on the first batch: the run tries again and everything lands once."""
    add_visits(desk, 5)
    with MisbehavingReceiver(sqlite_hub, stall_seconds=TIMEOUT * 2) as receiver:
        target = add_target(desk, receiver.url, batch_size=2)
        receiver.script.append(mode)
        report = desk.sync.run(target.name)
    assert report.waiting == 0
    assert hub_visits(sqlite_hub) == desk_visits(desk)
    assert set(receiver.stored.values()) == {1}


def test_retry_after_is_honoured(desk, sqlite_hub):
    """503 with Retry-After: 7 and 429 with Retry-After: 3: the desk waits at least that long."""
    add_visits(desk, 1)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        target = add_target(desk, receiver.url)
        receiver.script.extend(["busy_503", "too_many_429"])
        assert desk.sync.run(target.name).waiting == 0
    assert desk.waits[0] >= 7 and desk.waits[1] >= 3


def test_a_receiver_that_keeps_failing_ends_the_run_with_a_plain_sentence(desk, sqlite_hub):
    """After the last try the run stops; the records wait and the problem is said plainly."""
    add_visits(desk, 2)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        target = add_target(desk, receiver.url)
        receiver.script.extend(["html_200"] * 3)
        report = desk.sync.run(target.name)
        assert report.waiting == 3
        assert "Wi-Fi login page" in desk.sync.status().problem.message
        assert len(desk.waits) == 2  # three tries, two pauses
        assert desk.sync.run(target.name).waiting == 0


def test_a_refused_batch_is_set_aside_and_the_others_go_on(desk, sqlite_hub, monkeypatch):
    """A 4xx for one batch: it is kept aside with the receiver's words; the rest is sent."""
    add_visits(desk, 4)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        target = add_target(desk, receiver.url, batch_size=2)
        original = receiver.handle_post
        refused = []

        def refuse_second_visit_batch(handler):
            if receiver.requests == 2 and not refused:  # 1: spot, 2: first visit batch
                handler.rfile.read(int(handler.headers["Content-Length"]))
                refused.append(True)
                return receiver.answer(handler, 422, {"detail": "outcome 'maybe' is unknown"})
            return original(handler)

        monkeypatch.setattr(receiver, "handle_post", refuse_second_visit_batch)
        receiver.requests = 0
        report = desk.sync.run(target.name, manual=False)
        assert report.waiting == 2 and report.sent == 3
        assert "outcome 'maybe' is unknown" in desk.sync.status().problem.args["reason"]
        # An automatic run leaves it aside; one someone asks for offers it again.
        assert desk.sync.run(target.name, manual=False).sent == 0
        assert desk.sync.run(target.name, manual=True).waiting == 0
    assert hub_visits(sqlite_hub) == desk_visits(desk)


def test_a_wrong_token_stops_without_retrying(desk, sqlite_hub):
    """401: no retries, no pauses, the token sentence."""
    add_visits(desk, 1)
    with MisbehavingReceiver(sqlite_hub, token="other") as receiver:
        target = add_target(desk, receiver.url)
        report = desk.sync.run(target.name)
        assert receiver.requests == 1
    assert report.waiting == 2 and desk.waits == []
    assert "token" in report.problems[0].message


actions = st.lists(st.sampled_from(["add", "edit", "delete", "sync"]), min_size=1, max_size=12)
faults = st.lists(st.sampled_from(MODES), max_size=12)


@pytest.mark.slow
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=actions, script=faults, batch_size=st.integers(1, 4))
def test_any_interleaving_of_faults_and_edits_ends_exactly_once(tmp_path_factory, steps,
                                                                script, batch_size):
    """Random edits and syncs under a random script of faults: the hub ends up equal to the
    desk, each (id, revision) stored at most once."""
    from helpdesk.services import Services

    folder = tmp_path_factory.mktemp("example")
    hub = HubDb.open(f"sqlite:///{folder / 'hub.db'}")
    desk = impatient(Services.open(folder / "desk"))
    desk.desk.complete_first_run(language="en", desk_name="Desk", spot_name="Spot",
                                 spot_kind="outreach", helper_names=["Jan"])
    try:
        with MisbehavingReceiver(hub, stall_seconds=TIMEOUT * 2) as receiver:
            target = add_target(desk, receiver.url, batch_size=batch_size)
            receiver.script.extend(script)
            visits = add_visits(desk, 2)
            for step in steps:
                if step == "add":
                    visits += add_visits(desk, 1, start=len(visits))
                elif step == "edit":
                    edit_visit(desk, visits[len(visits) // 2])
                elif step == "delete":
                    desk.intake.delete_visit(visits[0].id)
                else:
                    desk.sync.run(target.name)
            sync_until_done(desk, target.name)
        assert hub_visits(hub) == desk_visits(desk)
        assert max(receiver.stored.values()) == 1
    finally:
        desk.close()
        hub.close()


def test_an_automatic_run_gives_up_sooner_than_one_someone_asked_for(desk, sqlite_hub):
    """Offline all day: automatic runs try a batch twice, "Sync now" tries it three times here."""
    add_visits(desk, 1)
    with MisbehavingReceiver(sqlite_hub) as receiver:
        target = add_target(desk, receiver.url)
        receiver.script.extend(["error_500"] * 10)
        desk.sync.run(target.name, manual=False)
        assert receiver.requests == 2
        desk.sync.run(target.name, manual=True)
        assert receiver.requests == 5

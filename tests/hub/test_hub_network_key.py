"""The hub hands the network's key for visitor codes to its desks with their token (issue 12):
over real HTTP on loopback, on a SQLite and a PostgreSQL hub. Two desks that never copied a
key file hash the same code alike; a desk whose visits already carry codes under its own key
refuses to switch and says so; a hub from before network keys leaves desks as they were; the
key appears in no log and no error body."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import httpx
from network_data import open_desk
from sync_support import HubThread

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.app import create_app
from helpdesk.hub.network_key import network_visitor_key
from helpdesk.hub.tokens import COORDINATOR, add_token
from helpdesk.services.sync import KEY_REFUSED
from helpdesk.services.visitors import read_key
from helpdesk.store.engine import reading


def _desk_key(services) -> bytes | None:
    with reading(services.engine) as db:
        return read_key(db)


def _join(services, hub, hub_db, name: str):
    services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                         token=add_token(hub_db, name)))
    return services.sync.run()


def _coded_visit(services, code: str) -> None:
    spot = services.desk.spots()[0]
    services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot.id, staff_id=None, question_types=("email",),
        outcome="solved", visitor_hash=services.visitors.code_hash(code),
        started_at=datetime.now(timezone.utc)))


def test_two_desks_get_the_hubs_key_and_hash_a_code_alike(hub_db, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    desks = [open_desk(tmp_path / n, n, ["Room"]) for n in ("Molenbeek", "Schaerbeek")]
    try:
        with HubThread(hub_db) as hub:
            for services, name in zip(desks, ("Molenbeek", "Schaerbeek")):
                assert _join(services, hub, hub_db, name).problems == ()
        key = bytes.fromhex(network_visitor_key(hub_db))
        assert [_desk_key(s) for s in desks] == [key, key]
        assert desks[0].visitors.code_hash("anna-01") == desks[1].visitors.code_hash("ANNA01")
        audit = [e.action for e in desks[0].audit.entries()]
        assert "visitor key received" in audit
    finally:
        for services in desks:
            services.close()
    assert key.hex() not in caplog.text


def test_a_desk_with_an_unused_key_of_its_own_takes_the_networks(hub_db, tmp_path):
    services = open_desk(tmp_path / "desk", "Ixelles", ["Room"])
    try:
        services.visitors.export_key(tmp_path / "own.key")  # made its own, hashed nothing
        own = _desk_key(services)
        with HubThread(hub_db) as hub:
            assert _join(services, hub, hub_db, "Ixelles").problems == ()
        assert _desk_key(services) == bytes.fromhex(network_visitor_key(hub_db)) != own
    finally:
        services.close()


def test_a_desk_whose_visits_carry_its_own_key_keeps_it_and_says_so(hub_db, tmp_path):
    services = open_desk(tmp_path / "desk", "Anderlecht", ["Room"])
    try:
        _coded_visit(services, "ANNA01")
        own = _desk_key(services)
        with HubThread(hub_db) as hub:
            report = _join(services, hub, hub_db, "Anderlecht")
            assert [p.message for p in report.problems] == [KEY_REFUSED]
            assert report.waiting == 0  # the visits went all the same
            status = services.sync.status()
            assert status.problem is not None and status.problem.message == KEY_REFUSED
            # Asked again at every run, and refused again: never two keys on one desk.
            assert [p.message for p in services.sync.run().problems] == [KEY_REFUSED]
        assert _desk_key(services) == own != bytes.fromhex(network_visitor_key(hub_db))
    finally:
        services.close()


def test_a_hub_from_before_network_keys_leaves_the_desks_key_alone(hub_db, tmp_path):
    app = create_app(hub_db)
    app.router.routes[:] = [r for r in app.router.routes
                            if getattr(r, "path", "") != "/v1/visitor-key"]
    services = open_desk(tmp_path / "desk", "Forest", ["Room"])
    try:
        _coded_visit(services, "ANNA01")
        own = _desk_key(services)
        with HubThread(hub_db, app=app) as hub:
            report = _join(services, hub, hub_db, "Forest")
        assert report.problems == () and report.waiting == 0
        assert _desk_key(services) == own
    finally:
        services.close()


def test_only_a_desks_token_receives_the_key_and_no_answer_shows_it(hub_db, caplog):
    caplog.set_level(logging.DEBUG)
    desk_token = add_token(hub_db, "Uccle")
    coordinator = add_token(hub_db, "Lea", COORDINATOR)
    with HubThread(hub_db) as hub:
        url = hub.url + "/v1/visitor-key"
        answers = {name: httpx.get(url, headers={"Authorization": f"Bearer {token}"})
                   for name, token in (("desk", desk_token), ("coordinator", coordinator),
                                       ("stranger", "hd_nobody"))}
        again = httpx.get(url, headers={"Authorization": f"Bearer {desk_token}"})
    key = network_visitor_key(hub_db)
    assert answers["desk"].json() == again.json() == {
        "format": "helpdesk-visitor-key", "version": 1, "key": key}
    assert answers["desk"].headers["cache-control"] == "no-store"
    assert (answers["coordinator"].status_code, answers["stranger"].status_code) == (403, 401)
    for answer in (answers["coordinator"], answers["stranger"]):
        assert key not in answer.text
    assert key not in caplog.text


def test_the_key_is_made_once(hub_db):
    assert network_visitor_key(hub_db) == network_visitor_key(hub_db)


def test_helpdesk_sync_says_the_refusal_in_one_sentence(hub_db, tmp_path, capsys):
    """The command line: the sentence on stderr, the key nowhere; exit 0, since everything
    was sent (a scheduled sync must not fail daily over a standing fact)."""
    from helpdesk.cli.main import main

    folder = tmp_path / "desk"
    services = open_desk(folder, "Jette", ["Room"])
    try:
        _coded_visit(services, "ANNA01")
    finally:
        services.close()
    with HubThread(hub_db) as hub:
        assert main(["--data-dir", str(folder), "target", "add", "hub", "--url", hub.url,
                     "--token", add_token(hub_db, "Jette")]) == 0
        capsys.readouterr()
        assert main(["--data-dir", str(folder), "sync"]) == 0
    out = capsys.readouterr()
    assert out.err.strip() == KEY_REFUSED.format(target="hub")
    assert network_visitor_key(hub_db) not in out.out + out.err

"""Stick batches prove which desk made them: a real desk writes signed batches into a real
folder; a real hub (SQLite, then PostgreSQL) keeps the desk's key and checks each batch."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest
from hub_records import visit
from sqlalchemy import select
from sync_support import HubThread, add_visits

from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.cli import main as hub_main
from helpdesk.hub.desk_keys import key_of, list_keys, set_key
from helpdesk.hub.importer import import_folder
from helpdesk.hub.tables import visit_table
from helpdesk.hub.tokens import add_token
from helpdesk.sync.csv_format import MANIFEST_SUFFIX, write_batch_files
from helpdesk.sync.protocol import Batch, encode_batch
from helpdesk.sync.signing import new_private_key, parse_key_line, public_key_text


def _held(hub_db) -> dict[str, tuple[str, int]]:
    """id -> (outcome, duration) of every visit the hub holds."""
    with hub_db.read() as conn:
        return {r.id: (r.outcome, r.duration_minutes) for r in conn.execute(
            select(visit_table.c.id, visit_table.c.outcome, visit_table.c.duration_minutes))}


def _desk_id(services) -> str:
    return parse_key_line(services.sync.desk_key_line())[0]


def _stick_of(services, tmp_path, visits: int = 3):
    """The desk's own folder target on a 'stick', synced: the folder."""
    add_visits(services, visits)
    stick = tmp_path / "stick"
    stick.mkdir()
    services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
    assert services.sync.run("stick").problems == ()
    return stick


def _register(hub_db, services) -> None:
    """The coordinator's way: the line `helpdesk desk-key` printed, given to the hub."""
    desk_id, public = parse_key_line(services.sync.desk_key_line())
    set_key(hub_db, "Test desk", desk_id, public)


def _forged(stick, desk_id: str, key: bytes | None) -> None:
    """A batch naming the desk, written with another key (or none): what a forger can do."""
    forged = Batch(batch_id="019a0000-0000-7000-8000-00000000f0f0", desk_id=desk_id,
                   record_type="visit", records=[visit(77, desk_id=desk_id)])
    write_batch_files(stick, forged, key)


def _visit_manifest(stick):
    return next(p for p in sorted(stick.glob("*" + MANIFEST_SUFFIX)) if "-visit." in p.name)


def test_a_true_batch_is_accepted_and_a_forged_one_refused(ready_services, hub_db, tmp_path):
    """Right desk id, wrong key (or none): set aside and named; the desk's own: stored."""
    stick = _stick_of(ready_services, tmp_path)
    _register(hub_db, ready_services)
    desk_id = _desk_id(ready_services)
    _forged(stick, desk_id, new_private_key())
    report = import_folder(hub_db, stick)
    assert (report.stored, report.unproven) == (4, 0)  # a spot and three visits
    assert [name for name, _ in report.unreadable] == [
        "helpdesk-019a0000-0000-7000-8000-00000000f0f0-visit.csv"]
    assert "signature does not fit" in report.unreadable[0][1]
    assert visit(77)["id"] not in _held(hub_db)

    _forged(stick, desk_id, None)  # the same batch unsigned: refused too
    report = import_folder(hub_db, stick)
    assert "not signed" in report.unreadable[0][1]
    assert visit(77)["id"] not in _held(hub_db)


def test_a_forged_batch_arriving_first_no_longer_wins(ready_services, hub_db, tmp_path):
    """The forger's copy of the desk's own visit is refused, so the true one is stored."""
    stick = _stick_of(ready_services, tmp_path, visits=1)
    _register(hub_db, ready_services)
    manifest = _visit_manifest(stick)
    true_csv = manifest.with_name(json.loads(manifest.read_text())["file"]).read_text()
    forged_stick = tmp_path / "forged"
    forged_stick.mkdir()
    record = next(csv_row for csv_row in true_csv.splitlines()[1:])
    visit_id = record.split(",")[0]
    forged = Batch(batch_id="019a0000-0000-7000-8000-00000000f0f1",
                   desk_id=_desk_id(ready_services), record_type="visit",
                   records=[visit(1, id=visit_id, desk_id=_desk_id(ready_services),
                                  outcome="referred")])
    write_batch_files(forged_stick, forged, new_private_key())
    assert import_folder(hub_db, forged_stick).stored == 0
    assert import_folder(hub_db, stick).unreadable == ()
    assert _held(hub_db)[visit_id][0] == "solved"


@pytest.mark.parametrize("where", ["csv-and-digest", "csv-only", "manifest"])
def test_a_tampered_byte_is_refused(ready_services, hub_db, tmp_path, where):
    """A changed duration (digest recomputed or not) or a changed manifest field: refused."""
    stick = _stick_of(ready_services, tmp_path, visits=1)
    _register(hub_db, ready_services)
    manifest_path = _visit_manifest(stick)
    manifest = json.loads(manifest_path.read_text())
    csv_path = manifest_path.with_name(manifest["file"])
    if where == "manifest":
        manifest["columns"] = manifest["columns"][:-1] + ["deleted "]
    else:
        data = csv_path.read_bytes()
        changed = data.replace(b",10,", b",90,", 1)
        assert changed != data
        csv_path.write_bytes(changed)
        if where == "csv-and-digest":
            manifest["sha256"] = hashlib.sha256(changed).hexdigest()
    manifest_path.write_text(json.dumps(manifest))
    report = import_folder(hub_db, stick)
    assert [name.startswith(csv_path.stem + ".") for name, _ in report.unreadable] == [True]
    reason = report.unreadable[0][1]
    assert ("changed after it was written" if where == "csv-only"
            else "signature does not fit") in reason
    assert all(duration != 90 for _o, duration in _held(hub_db).values())


def test_a_desk_without_a_key_is_taken_unproven_and_counted(ready_services, hub_db, tmp_path):
    """The transition rule: no key held, batches stored on their record checks, and said."""
    stick = _stick_of(ready_services, tmp_path)
    report = import_folder(hub_db, stick)
    assert (report.stored, report.unproven, report.unreadable) == (4, 2, ())


def test_the_hub_keeps_the_first_key_a_desk_sends_with_its_token(ready_services, hub_db,
                                                                  tmp_path):
    """Over HTTP the desk's public key comes with its token; its stick batches then pass and
    a forged one is refused, with no coordinator step."""
    token = add_token(hub_db, "Test desk")
    add_visits(ready_services, 2)
    with HubThread(hub_db) as hub:
        ready_services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                   token=token))
        assert ready_services.sync.run("hub").problems == ()
        desk_id, public = parse_key_line(ready_services.sync.desk_key_line())
        with hub_db.read() as conn:
            assert key_of(conn, desk_id) == public
        # Another key under the same token does not replace it.
        other = Batch(batch_id="019a0000-0000-7000-8000-00000000f0f2", desk_id=desk_id,
                      record_type="visit", records=[visit(5, desk_id=desk_id)])
        answer = httpx.post(f"{hub.url}/v1/batches", content=encode_batch(other), headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json",
            "Idempotency-Key": other.batch_id,
            "Helpdesk-Desk-Key": public_key_text(new_private_key())})
        assert answer.status_code == 200
        with hub_db.read() as conn:
            assert key_of(conn, desk_id) == public
        answer = httpx.post(f"{hub.url}/v1/batches", content=encode_batch(other), headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json",
            "Idempotency-Key": other.batch_id, "Helpdesk-Desk-Key": "not a key"})
        assert answer.status_code == 400 and "Helpdesk-Desk-Key" in answer.json()["detail"]
    stick = _stick_of(ready_services, tmp_path, visits=1)
    _forged(stick, desk_id, new_private_key())
    report = import_folder(hub_db, stick)
    assert report.unproven == 0
    assert [reason for _, reason in report.unreadable] == [
        f"its signature does not fit the key the hub holds for desk {desk_id} (made "
        "elsewhere, or changed after it was written); it was set aside"]
    assert [(name, source) for name, _i, source, _at in list_keys(hub_db)] == [
        ("Test desk", "token")]


def test_the_key_commands(ready_services, hub_url, capsys):
    """`helpdesk-hub key add` takes the desk's line, refuses anything else in one sentence."""
    line = ready_services.sync.desk_key_line()
    assert ready_services.sync.desk_key_line() == line  # made once, kept
    assert hub_main(["--db", hub_url, "key", "add", "EPN Kuregem", line + "x"]) == 1
    assert capsys.readouterr().err.startswith("That is not a desk's key")
    assert hub_main(["--db", hub_url, "key", "add", "EPN Kuregem", line]) == 0
    assert "Registered the key of desk EPN Kuregem" in capsys.readouterr().out
    assert hub_main(["--db", hub_url, "key", "add", "EPN Kuregem", line]) == 0
    assert capsys.readouterr().out.startswith("Replaced")
    assert hub_main(["--db", hub_url, "key", "list"]) == 0
    assert capsys.readouterr().out.startswith(f"EPN Kuregem\t{_desk_id(ready_services)}\t")

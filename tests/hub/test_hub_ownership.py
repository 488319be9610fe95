"""On the hub a desk changes only its own records, and a conflict is loud (real HTTP)."""

from __future__ import annotations

import logging

import httpx
import pytest
from hub_records import DESK, batch, visit
from sync_support import HubThread

from helpdesk.hub.importer import import_folder
from helpdesk.hub.store import receive_batch
from helpdesk.hub.tokens import add_token
from helpdesk.sync.conflicts import RecordConflict
from helpdesk.sync.csv_format import write_batch_files
from helpdesk.sync.protocol import Batch, encode_batch

OTHER = "019a0000-0000-7000-8000-0000000000d2"


def _post(hub, token: str, sent: Batch) -> httpx.Response:
    return httpx.post(f"{hub.url}/v1/batches", content=encode_batch(sent), timeout=30,
                      headers={"Authorization": f"Bearer {token}",
                               "Content-Type": "application/json",
                               "Idempotency-Key": sent.batch_id})


def _from(desk_id: str, batch_id: str, *records) -> Batch:
    return Batch(batch_id=batch_id, desk_id=desk_id, record_type="visit", records=list(records))


@pytest.fixture
def hub(hub_db):
    with HubThread(hub_db) as served:
        yield served


def test_a_token_cannot_rewrite_another_desks_records(hub, hub_db):
    """Desk A's token posting desk B's visit at a higher revision, deleted: 403, unchanged."""
    token_a, token_b = add_token(hub_db, "EPN A"), add_token(hub_db, "EPN B")
    b_visit = visit(1, desk_id=OTHER)
    assert _post(hub, token_b, _from(OTHER, "b1", b_visit)).status_code == 200
    assert _post(hub, token_a, _from(DESK, "a1", visit(2))).status_code == 200

    attack = dict(b_visit, revision=9, deleted=True)
    for sent in (_from(OTHER, "a2", attack),            # A's token, B's batch
                 _from(DESK, "a3", attack),              # A's batch, B's record inside
                 _from(DESK, "a4", dict(attack, desk_id=DESK))):  # B's id claimed as A's
        answer = _post(hub, token_a, sent)
        assert answer.status_code == 403, answer.text
        assert "desk" in answer.json()["detail"]
    with hub_db.read() as conn:
        row = conn.exec_driver_sql("SELECT revision, deleted FROM visit WHERE id = "
                                   f"'{b_visit['id']}'").one()
    assert (row[0], bool(row[1])) == (1, False)


def test_the_same_revision_with_other_content_is_a_409_naming_ids_only(hub, hub_db, caplog):
    """Never silently kept or dropped; the answer and the log carry ids, not values."""
    token = add_token(hub_db, "EPN A")
    first = visit(1, outcome="solved")
    assert _post(hub, token, _from(DESK, "c1", first)).status_code == 200
    assert _post(hub, token, _from(DESK, "c2", first)).json()["already_had"]  # same: fine
    changed = dict(first, outcome="referred", age_band="65_74")
    with caplog.at_level(logging.INFO):
        answer = _post(hub, token, _from(DESK, "c3", changed, visit(2)))
    assert answer.status_code == 409
    assert first["id"] in answer.json()["detail"] and "65_74" not in answer.text
    assert "65_74" not in caplog.text
    with hub_db.read() as conn:  # nothing of the refused batch was stored
        assert conn.exec_driver_sql("SELECT count(*) FROM visit").scalar() == 1


def test_a_conflict_in_a_resent_batch_is_found_too(hub_db):
    """The same batch id and ids, other content: not answered "duplicate"."""
    receive_batch(hub_db, batch("d1", visit(1)), "EPN A")
    with pytest.raises(RecordConflict):
        receive_batch(hub_db, batch("d1", visit(1, outcome="partly")), "EPN A")


def test_the_hub_importer_lists_conflicts_and_other_desks_records(hub_db, tmp_path):
    """From a stick: the bad batches are named, the good one is stored."""
    receive_batch(hub_db, batch("e1", visit(1)), "EPN A")
    stick = tmp_path / "stick"
    stick.mkdir()
    write_batch_files(stick, batch("019a0000-0000-7000-8000-0000000000e2",
                                   visit(1, outcome="partly")))
    write_batch_files(stick, _from(DESK, "019a0000-0000-7000-8000-0000000000e3",
                                   visit(3, desk_id=OTHER)))
    write_batch_files(stick, batch("019a0000-0000-7000-8000-0000000000e4", visit(4)))
    report = import_folder(hub_db, stick)
    assert report.stored == 1
    problems = " | ".join(p for _name, p in report.unreadable)
    assert "other content" in problems and "another desk" in problems


def test_a_nul_in_a_note_is_a_400_and_never_logged(hub, hub_db, caplog):
    """It was a 500 on PostgreSQL that blocked the queue and logged every field."""
    token = add_token(hub_db, "EPN A")
    secret = "Mevrouw Janssens, rijksregisternummer"
    with caplog.at_level(logging.DEBUG):
        answer = _post(hub, token, _from(DESK, "n1", visit(1, note=f"{secret}\x00")))
    assert answer.status_code == 400 and "note" in answer.json()["detail"]
    assert secret not in caplog.text and secret not in answer.text

"""The hub's storage, on SQLite and on PostgreSQL: once per (id, highest revision)."""

from __future__ import annotations

import hashlib

import pytest
from hub_records import batch, visit
from sqlalchemy import inspect, select, update

from helpdesk.hub import tables as hub
from helpdesk.hub.store import BatchConflict, receive_batch
from helpdesk.hub.tokens import add_token, desk_for_token, list_tokens, revoke_tokens
from helpdesk.store import models as desk


def held(db) -> dict:
    with db.read() as conn:
        rows = conn.execute(select(hub.visit_table.c.id, hub.visit_table.c.revision,
                                   hub.visit_table.c.outcome)).all()
    return {r.id[-3:]: (r.revision, r.outcome) for r in rows}


def test_new_records_are_stored_and_a_resent_batch_is_a_duplicate(hub_db):
    """The same batch twice: stored once, answered the second time as a duplicate."""
    b = batch("b1", visit(1), visit(2))
    ack, duplicate = receive_batch(hub_db, b, "desk")
    assert (ack.batch_id, len(ack.stored), duplicate) == ("b1", 2, False)
    ack, duplicate = receive_batch(hub_db, b, "desk")
    assert (ack.stored, len(ack.already_had), duplicate) == ([], 2, True)
    assert ack.batch_id == "b1"  # the desk matches the answer to the batch it sent
    assert len(held(hub_db)) == 2


def test_a_higher_revision_wins_and_a_lower_one_changes_nothing(hub_db):
    """Revision 3 replaces revision 1; revision 2 arriving late is "already had"."""
    receive_batch(hub_db, batch("b1", visit(1)), "desk")
    receive_batch(hub_db, batch("b3", visit(1, 3, outcome="referred",
                                            question_types=["housing"])), "desk")
    ack, _ = receive_batch(hub_db, batch("b2", visit(1, 2, outcome="partly")), "desk")
    assert ack.already_had == [(visit(1)["id"], 2)]
    assert held(hub_db) == {"001": (3, "referred")}
    with hub_db.read() as conn:
        questions = conn.execute(select(hub.visit_question_table.c.question_type)).scalars()
        assert list(questions) == ["housing"]


def test_a_batch_id_reused_for_other_records_is_refused(hub_db):
    """Same id, other records: refused, nothing stored."""
    receive_batch(hub_db, batch("b1", visit(1)), "desk")
    with pytest.raises(BatchConflict):
        receive_batch(hub_db, batch("b1", visit(2)), "desk")
    assert set(held(hub_db)) == {"001"}


def test_a_batch_stored_before_an_upgrade_is_still_a_duplicate_when_resent(hub_db):
    """The fingerprint kept with a batch is the one every hub version wrote: a desk resending
    a batch the hub stored before an upgrade gets "duplicate", not a batch-id conflict."""
    b = batch("b1", visit(2), visit(1, 3))
    receive_batch(hub_db, b, "desk")
    # What the hub_batch row of an earlier hub holds: sha256 of the record type and the
    # sorted "id revision" lines (the format written since hub_0001).
    lines = "\n".join(f"{v['id']} {v['revision']}" for v in (visit(1, 3), visit(2)))
    written_before = hashlib.sha256(f"visit\n{lines}".encode()).hexdigest()
    with hub_db.write() as conn:
        conn.execute(update(hub.batch_table).values(fingerprint=written_before))
    ack, duplicate = receive_batch(hub_db, b, "desk")
    assert (ack.stored, duplicate) == ([], True)


def test_values_keep_the_desks_formats(hub_db):
    """Datetimes come back as aware UTC datetimes, stored as the desk's fixed-width text."""
    receive_batch(hub_db, batch("b1", visit(1, follow_up=True, follow_up_date="2025-04-01")),
                  "desk")
    with hub_db.read() as conn:
        row = conn.execute(select(hub.visit_table)).one()
        raw = conn.exec_driver_sql("SELECT started_at FROM visit").scalar()
    assert row.started_at.isoformat() == "2025-03-30T09:00:00+00:00"
    assert raw == "2025-03-30T09:00:00.000000Z"
    assert row.follow_up is True and str(row.follow_up_date) == "2025-04-01"


def test_hub_tables_share_the_desks_names_and_columns():
    """The contract with the reports: same table names, shared columns alike, no staff."""
    for name in ("spot", "help_session", "visit", "visit_question"):
        desk_cols = {c.name: c for c in desk.SQLModel.metadata.tables[name].columns}
        hub_cols = {c.name: c for c in hub.metadata.tables[name].columns}
        for col in set(desk_cols) & set(hub_cols):
            mine, theirs = desk_cols[col].type, hub_cols[col].type
            assert isinstance(mine, desk.UtcDateTime) == isinstance(theirs, desk.UtcDateTime), col
            assert mine._type_affinity is theirs._type_affinity, col
        missing = set(desk_cols) - set(hub_cols)
        # staff_id: personal, never sent; origin_desk_id: the desk's own bookkeeping of which
        # spots it made (the hub keeps its own desk_id for that).
        assert missing <= {"staff_id", "origin_desk_id"}, (name, missing)
    assert "staff" not in hub.metadata.tables


def test_tokens_are_kept_only_as_hashes_and_can_be_revoked(hub_db):
    """A new token works, is not stored in clear, and stops working once revoked."""
    token = add_token(hub_db, "EPN Molenbeek")
    assert desk_for_token(hub_db, token) == "EPN Molenbeek"
    assert desk_for_token(hub_db, token + "x") is None
    with hub_db.read() as conn:
        dump = " ".join(str(v) for row in conn.execute(select(hub.token_table)) for v in row)
    assert token not in dump
    assert revoke_tokens(hub_db, "EPN Molenbeek") == 1
    assert desk_for_token(hub_db, token) is None
    assert [valid for _n, _t, valid in list_tokens(hub_db)] == [False]


def test_tokens_never_begin_with_a_dash(hub_db, monkeypatch):
    """Even when the random part does, so ``--token TOKEN`` on a command line always works."""
    import secrets

    monkeypatch.setattr(secrets, "token_urlsafe", lambda n: "-" + "a" * 42)
    token = add_token(hub_db, "EPN Molenbeek")
    assert token.startswith("hd_-") and desk_for_token(hub_db, token) == "EPN Molenbeek"


def test_the_schema_is_created_on_first_use(hub_db):
    """Every hub table exists after opening."""
    names = set(inspect(hub_db.engine).get_table_names())
    assert {"spot", "help_session", "visit", "visit_question", "hub_batch", "hub_token"} <= names

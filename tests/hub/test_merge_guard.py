"""The upsert itself never lowers a revision, whatever its caller read before (SQLite and
PostgreSQL): the last line of defence if a writer ever slips past the write lock."""

from __future__ import annotations

import pytest
from hub_records import batch, visit
from sqlalchemy import select

from helpdesk.hub import tables as hub
from helpdesk.hub.store import receive_batch
from helpdesk.sync.merge import upsert_rows
from helpdesk.sync.protocol import FIELDS


def test_an_upsert_of_a_lower_revision_changes_nothing(hub_db):
    """Revision 3 is held; an upsert of revision 2 (a stale read) leaves it as it was, and one
    of revision 4 replaces it."""
    receive_batch(hub_db, batch("b3", visit(1, 3, outcome="referred")), "desk")
    columns = [f for f in FIELDS["visit"] if f != "question_types"] + ["received_at"]

    def upsert(revision: int, outcome: str) -> None:
        record = visit(1, revision, outcome=outcome, note="",
                       received_at="2025-03-30T10:00:00.000000Z")
        with hub_db.write() as conn:
            upsert_rows(conn, hub.visit_table, columns, [tuple(record.get(c) for c in columns)])

    def held():
        with hub_db.read() as conn:
            return tuple(conn.execute(select(hub.visit_table.c.revision,
                                             hub.visit_table.c.outcome)).one())

    upsert(2, "partly")
    assert held() == (3, "referred")
    upsert(3, "solved")  # the same revision again: not newer, not written
    assert held() == (3, "referred")
    upsert(4, "solved")
    assert held() == (4, "solved")


def test_a_note_left_on_the_desk_is_stored_as_an_empty_note(hub_db):
    """A batch without notes (the default) leaves an empty note, never a made-up one."""
    sent = visit(1)
    assert "note" not in sent
    receive_batch(hub_db, batch("n1", sent), "desk")
    with hub_db.read() as conn:
        assert conn.execute(select(hub.visit_table.c.note)).scalar_one() == ""


def test_store_batch_tells_stored_from_already_had(hub_db):
    """A batch of one record held at its revision, one newer and one new: each in its list."""
    from helpdesk.sync.merge import store_batch

    receive_batch(hub_db, batch("s1", visit(1), visit(2)), "desk")
    with hub_db.write() as conn:
        stored, had = store_batch(conn, hub.RECORD_TABLES, hub.visit_question_table,
                                  batch("s2", visit(1), visit(2, 2), visit(3)),
                                  {"received_at": "2025-03-30T10:00:00.000000Z"})
    assert (stored, had) == ([(visit(2)["id"], 2), (visit(3)["id"], 1)], [(visit(1)["id"], 1)])


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset")
def test_utc_text_is_utc_whatever_the_computers_time_zone(monkeypatch):
    """A hub or desk PC set to another zone still writes UTC text (received_at, …)."""
    import time
    from datetime import datetime, timedelta, timezone

    from helpdesk.sync.merge import utc_text

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        text = utc_text(datetime(2026, 1, 1, 13, 0, tzinfo=timezone(timedelta(hours=1))))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert text == "2026-01-01T12:00:00.000000Z"


@pytest.mark.parametrize(("held", "sent", "conflict"), [
    (None, "2025-04-02", True), ("2025-04-02", None, True), (None, None, False),
    ("2025-04-02", "2025-04-02", False), ("2025-04-02", "2025-04-03", True),
    ("2025-04-02", "2026-04-02", True)])
def test_a_date_or_an_empty_value_differing_at_the_same_revision_is_a_conflict(
        hub_db, held, sent, conflict):
    """Empty against a value, or another day: loud; the same day: already had."""
    from helpdesk.sync.conflicts import RecordConflict

    receive_batch(hub_db, batch("f1", visit(1, follow_up=True, follow_up_date=held)), "desk")
    again = batch("f2", visit(1, follow_up=True, follow_up_date=sent))
    if conflict:
        with pytest.raises(RecordConflict):
            receive_batch(hub_db, again, "desk")
    else:
        assert receive_batch(hub_db, again, "desk")[0].already_had


@pytest.mark.parametrize("changed", [{"first_visit": False}, {"first_visit": True},
                                     {"updated_at": "2025-03-30T11:10:00.000000Z"}])
def test_an_empty_yes_no_or_another_time_of_the_same_day_is_a_conflict(hub_db, changed):
    """first_visit empty against no (or yes), a time changed within the day: loud."""
    from helpdesk.sync.conflicts import RecordConflict

    receive_batch(hub_db, batch("g1", visit(1, first_visit=None)), "desk")
    with pytest.raises(RecordConflict):
        receive_batch(hub_db, batch("g2", visit(1, **{"first_visit": None, **changed})), "desk")


@pytest.mark.parametrize(("sent", "conflict"), [
    (["email", "smartphone"], False), (["smartphone", "email"], True), (["email"], True),
    (["email", "smartphone", "banking"], True)])
def test_question_types_differing_at_the_same_revision_are_a_conflict(hub_db, sent, conflict):
    """The same questions in the same order: already had; another order, one fewer or one
    more: two contents under one revision, said out loud."""
    from helpdesk.sync.conflicts import RecordConflict

    receive_batch(hub_db, batch("q1", visit(1), visit(2)), "desk")
    again = batch("q2", visit(2), visit(1, question_types=sent))
    if conflict:
        with pytest.raises(RecordConflict) as caught:
            receive_batch(hub_db, again, "desk")
        assert caught.value.ids == [visit(1)["id"]]
    else:
        assert receive_batch(hub_db, again, "desk")[0].already_had == [
            (visit(2)["id"], 1), (visit(1)["id"], 1)]


@pytest.mark.parametrize(("held", "sent", "conflict"), [
    ("asked about itsme", "asked about itsme", False), ("asked about itsme", None, False),
    (None, "asked about itsme", False), ("asked about itsme", "another note", True)])
def test_notes_differ_only_when_both_sides_hold_one(hub_db, held, sent, conflict):
    """A note left on the desk (not sent, or not kept) is no difference; two notes that
    differ at one revision are."""
    from helpdesk.sync.conflicts import RecordConflict

    receive_batch(hub_db, batch("n1", visit(1, **({"note": held} if held else {}))), "desk")
    again = batch("n2", visit(1, **({"note": sent} if sent else {})))
    if conflict:
        with pytest.raises(RecordConflict):
            receive_batch(hub_db, again, "desk")
    else:
        assert receive_batch(hub_db, again, "desk")[0].already_had == [(visit(1)["id"], 1)]


def test_a_spot_sent_again_unchanged_is_already_had_and_changed_is_a_conflict(hub_db):
    """Records without questions are compared on their fields alone."""
    from helpdesk.sync.conflicts import RecordConflict
    from helpdesk.sync.protocol import Batch

    spot = {"id": "spot-1", "revision": 1, "name": "Buurtbar Kuregem", "kind": "outreach",
            "active": True, "created_at": "2025-03-30T09:00:00.000000Z",
            "updated_at": "2025-03-30T09:00:00.000000Z"}

    def spots(batch_id: str, record: dict) -> Batch:
        return Batch(batch_id=batch_id, desk_id=visit(1)["desk_id"], record_type="spot",
                     records=[record])

    receive_batch(hub_db, spots("s1", spot), "desk")
    assert receive_batch(hub_db, spots("s2", spot), "desk")[0].already_had == [("spot-1", 1)]
    with pytest.raises(RecordConflict):
        receive_batch(hub_db, spots("s3", dict(spot, name="Buurtbar Anneessens")), "desk")


def test_a_conflict_names_five_records_and_counts_the_rest():
    """The sentence names at most five ids, in the order found, and counts the others; the
    exception keeps them all (the importer lists them)."""
    from helpdesk.sync.conflicts import RecordConflict

    ids = [f"v{n}" for n in range(1, 8)]
    assert RecordConflict(ids).ids == ids
    assert str(RecordConflict(ids)) == (
        "record v1, v2, v3, v4, v5 and 2 more is already held at the same revision with "
        "other content; the batch was set aside")
    assert str(RecordConflict(ids[:5])) == (
        "record v1, v2, v3, v4, v5 is already held at the same revision with other content; "
        "the batch was set aside")

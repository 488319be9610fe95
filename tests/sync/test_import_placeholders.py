"""A stick's visits naming a spot or session this desk has not seen: placeholders at
revision 0 stand in, retired, until the real records arrive and replace them."""

from __future__ import annotations

from test_protocol import VISIT

from helpdesk.store.engine import reading
from helpdesk.store.models import session_table, spot_table
from helpdesk.sync.csv_format import write_batch_files
from helpdesk.sync.protocol import Batch

OTHER_DESK = "019a0000-0000-7000-8000-0000000000d2"
SPOT = "019a0000-0000-7000-8000-0000000000a5"
SESSION = "019a0000-0000-7000-8000-0000000000a6"


def _row(services, table, record_id):
    with reading(services.engine) as db:
        return db.execute(table.select().where(table.c.id == record_id)).one_or_none()


def test_unknown_spot_and_session_get_placeholders_that_the_real_ones_replace(
        ready_services, tmp_path):
    """Visit first (its spot's and session's files were not on the stick), then the real
    spot and session: the placeholders were stand-ins only."""
    stick = tmp_path / "stick"
    stick.mkdir()
    sent = dict(VISIT, desk_id=OTHER_DESK, spot_id=SPOT, session_id=SESSION, note=None,
                started_at="2026-11-18T09:30:00.000000Z")
    write_batch_files(stick, Batch("019a0000-0000-7000-8000-0000000000b1", OTHER_DESK,
                                   "visit", [sent]))
    report = ready_services.sync.import_batches(stick)
    assert (report.stored, report.unreadable) == (1, ())

    spot = _row(ready_services, spot_table, SPOT)
    assert (spot.name, spot.kind, spot.active, spot.revision) == (
        "? 019a0000", "permanence", False, 0)
    assert spot.created_at is not None and spot.created_at == spot.updated_at
    session = _row(ready_services, session_table, SESSION)
    assert (session.desk_id, session.spot_id, session.revision, session.deleted,
            session.turned_away) == (OTHER_DESK, SPOT, 0, False, None)
    assert session.opened_at == session.closed_at
    assert session.opened_at.isoformat() == "2026-11-18T09:30:00+00:00"
    assert session.created_at is not None

    second = tmp_path / "second"
    second.mkdir()
    write_batch_files(second, Batch("019a0000-0000-7000-8000-0000000000b2", OTHER_DESK, "spot", [
        {"id": SPOT, "revision": 1, "name": "Bibliotheek Laken", "kind": "library",
         "active": True, "created_at": "2026-11-01T08:00:00.000000Z",
         "updated_at": "2026-11-01T08:00:00.000000Z"}]))
    write_batch_files(second, Batch("019a0000-0000-7000-8000-0000000000b3", OTHER_DESK,
                                    "help_session", [{
        "id": SESSION, "revision": 1, "desk_id": OTHER_DESK, "spot_id": SPOT,
        "opened_at": "2026-11-18T09:00:00.000000Z", "closed_at": "2026-11-18T12:00:00.000000Z",
        "turned_away": 2, "created_at": "2026-11-18T09:00:00.000000Z",
        "updated_at": "2026-11-18T12:00:00.000000Z", "deleted": False}]))
    report = ready_services.sync.import_batches(second)
    assert (report.batches, report.stored, report.already_had, report.unreadable) == (
        2, 2, 0, ())
    spot = _row(ready_services, spot_table, SPOT)
    assert (spot.name, spot.kind, spot.active, spot.revision) == (
        "Bibliotheek Laken", "library", True, 1)
    session = _row(ready_services, session_table, SESSION)
    assert (session.revision, session.turned_away) == (1, 2)
    again = ready_services.sync.import_batches(second)  # the same stick again: counted, kept
    assert (again.batches, again.stored, again.already_had) == (2, 0, 2)


def test_a_known_spot_gets_no_placeholder(ready_services, tmp_path):
    """A visit at this desk's own spot and without a session: nothing is made up."""
    stick = tmp_path / "stick"
    stick.mkdir()
    spot = ready_services.desk.spots()[0]
    sent = dict(VISIT, desk_id=OTHER_DESK, spot_id=spot.id, session_id=None, note=None)
    write_batch_files(stick, Batch("019a0000-0000-7000-8000-0000000000b1", OTHER_DESK,
                                   "visit", [sent]))
    assert ready_services.sync.import_batches(stick).stored == 1
    with reading(ready_services.engine) as db:
        assert len(db.execute(spot_table.select()).all()) == 1
        assert db.execute(session_table.select()).all() == []
    assert ready_services.desk.spots()[0].name == spot.name

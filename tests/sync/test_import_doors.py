"""A stick's batches at the desk's door: bad ones set aside, odd files skipped, never a hang."""

from __future__ import annotations

import os
import threading

import pytest
from test_protocol import VISIT

from helpdesk.sync.csv_format import write_batch_files
from helpdesk.sync.desk_import import import_batches
from helpdesk.sync.protocol import Batch


def _batch(batch_id: str, *records) -> Batch:
    return Batch(batch_id=batch_id, desk_id="019a0000-0000-7000-8000-0000000000d2",
                 record_type="visit", records=list(records))


def _import_within(engine, path, seconds: float = 20):
    """Import on a daemon thread; fail instead of waiting for ever (a FIFO hung it before)."""
    result = {}
    worker = threading.Thread(target=lambda: result.update(r=import_batches(engine, path)),
                              daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the import hung"
    return result["r"]


def test_an_impossible_time_with_an_unknown_session_sets_its_batch_aside(ready_services,
                                                                        tmp_path):
    """It crashed the import ("month must be in 1..12"); now only its batch is refused."""
    stick = tmp_path / "stick"
    stick.mkdir()
    spot = ready_services.desk.spots()[0].id
    good = dict(VISIT, id="019a0000-0000-7000-8000-0000000000a1", spot_id=spot,
                session_id=None, note=None)
    bad = dict(good, id="019a0000-0000-7000-8000-0000000000a2",
               session_id="019a0000-0000-7000-8000-0000000000f9",
               started_at="2026-11-31T25:61:61.000000Z")
    write_batch_files(stick, _batch("019a0000-0000-7000-8000-0000000000b1", good))
    write_batch_files(stick, _batch("019a0000-0000-7000-8000-0000000000b2", bad))
    report = ready_services.sync.import_batches(stick)
    assert report.stored == 1
    assert len(report.unreadable) == 1
    assert "started_at" in report.unreadable[0][1]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_manifest_naming_a_fifo_is_skipped_with_a_sentence(ready_services, tmp_path):
    """A FIFO (or any non-regular file) is never read: the import goes on without it."""
    stick = tmp_path / "stick"
    stick.mkdir()
    spot = ready_services.desk.spots()[0].id
    path = write_batch_files(stick, _batch("019a0000-0000-7000-8000-0000000000b1",
                                           dict(VISIT, spot_id=spot, session_id=None)))
    path.unlink()
    os.mkfifo(path)
    os.mkfifo(stick / "helpdesk-x-visit.manifest.json")
    report = _import_within(ready_services.engine, stick)
    assert report.stored == 0
    problems = sorted(p for _name, p in report.unreadable)
    assert len(problems) == 2
    assert problems == sorted(
        f"{name} is not an ordinary file (a FIFO, a device or a folder), so it was not read"
        for name in (path.name, "helpdesk-x-visit.manifest.json"))


def _own_visit_as_wire(services, visit_id: str) -> dict:
    from helpdesk.store.engine import reading
    from helpdesk.sync.outbox import read_wire_records

    with reading(services.engine) as db:
        [record] = read_wire_records(db, "visit", [visit_id], include_notes=False)
    return record


def test_a_stick_never_changes_this_desks_own_visits(ready_services, tmp_path):
    """A batch naming this desk's visit at revision 99, deleted, is set aside; the visit stays."""
    from helpdesk.core.records import VisitDraft

    spot = ready_services.desk.spots()[0].id
    mine = ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
        outcome="solved"))
    record = _own_visit_as_wire(ready_services, mine.id)
    stick = tmp_path / "stick"
    stick.mkdir()
    attack = dict(record, revision=99, deleted=True)
    write_batch_files(stick, Batch("019a0000-0000-7000-8000-0000000000c1", record["desk_id"],
                                   "visit", [attack]))
    # The same visit at the revision held (a stick coming back round): already had, fine.
    write_batch_files(stick, Batch("019a0000-0000-7000-8000-0000000000c2", record["desk_id"],
                                   "visit", [record]))
    report = ready_services.sync.import_batches(stick)
    assert report.already_had == 1 and report.stored == 0
    [(_name, problem)] = report.unreadable
    assert "made on this desk" in problem
    still = ready_services.intake.get_visit(mine.id)
    assert (still.revision, still.deleted) == (1, False)


def test_the_same_revision_with_other_content_is_set_aside_and_listed(ready_services,
                                                                      tmp_path):
    """Not "already here" in silence: the importer names the batch and the record id."""
    stick = tmp_path / "stick"
    stick.mkdir()
    spot = ready_services.desk.spots()[0].id
    theirs = dict(VISIT, spot_id=spot, session_id=None, note=None)
    write_batch_files(stick, _batch("019a0000-0000-7000-8000-0000000000d1", theirs))
    assert ready_services.sync.import_batches(stick).stored == 1
    again = tmp_path / "again"
    again.mkdir()
    write_batch_files(again, _batch("019a0000-0000-7000-8000-0000000000d3",
                                    dict(theirs, outcome="partly")))
    report = ready_services.sync.import_batches(again)
    assert report.stored == 0
    [(_name, problem)] = report.unreadable
    assert theirs["id"] in problem and "other content" in problem


def test_visits_from_a_stick_are_not_sent_on_by_this_desk(ready_services, tmp_path):
    """They belong to the desk that made them, which sends them itself."""
    from helpdesk.core.sync_records import TargetDraft

    stick = tmp_path / "stick"
    stick.mkdir()
    spot = ready_services.desk.spots()[0].id
    write_batch_files(stick, _batch("019a0000-0000-7000-8000-0000000000d1",
                                    dict(VISIT, spot_id=spot, session_id=None)))
    assert ready_services.sync.import_batches(stick).stored == 1
    out = tmp_path / "out"
    out.mkdir()
    ready_services.sync.add_target(TargetDraft(name="out", kind="folder", folder=str(out)))
    assert ready_services.sync.status().waiting == 1  # the desk's own spot only
    from helpdesk.core.records import VisitFilter

    [row] = ready_services.visits.page(VisitFilter())
    assert row.sync_state == ""  # not "waiting" for ever: not this desk's to send


def test_a_stick_never_renames_this_desks_own_spot(ready_services, tmp_path):
    """Spots carry no desk id: the desk remembers its own, and a stick cannot change them."""
    spot = ready_services.desk.spots()[0]
    stick = tmp_path / "stick"
    stick.mkdir()
    forged = {"id": spot.id, "revision": 99, "name": "Renamed", "kind": "library",
              "active": False, "created_at": "2026-11-01T09:00:00.000000Z",
              "updated_at": "2026-11-01T09:00:00.000000Z"}
    other = dict(forged, id="019a0000-0000-7000-8000-00000000a5a5", revision=1,
                 name="Bibliotheek", active=True)
    write_batch_files(stick, Batch("019a0000-0000-7000-8000-0000000000f1",
                                   "019a0000-0000-7000-8000-0000000000d2", "spot", [forged]))
    write_batch_files(stick, Batch("019a0000-0000-7000-8000-0000000000f2",
                                   "019a0000-0000-7000-8000-0000000000d2", "spot", [other]))
    report = ready_services.sync.import_batches(stick)
    assert report.stored == 1  # the other desk's spot
    [(_name, problem)] = report.unreadable
    assert "made on this desk" in problem
    assert [s.name for s in ready_services.desk.spots(include_retired=True)
            if s.id == spot.id] == [spot.name]
    # The other desk's spot may change from a later stick: it is not this desk's.
    again = tmp_path / "again"
    again.mkdir()
    write_batch_files(again, Batch("019a0000-0000-7000-8000-0000000000f3",
                                   "019a0000-0000-7000-8000-0000000000d2", "spot",
                                   [dict(other, revision=2, name="Bib Noord")]))
    assert ready_services.sync.import_batches(again).stored == 1


def test_a_stick_never_changes_this_desks_own_sessions(ready_services, tmp_path):
    """A session of this desk at a higher revision, deleted, or one it never made under its
    desk id: the batch is set aside, the session stays as the desk holds it."""
    from helpdesk.store.engine import reading
    from helpdesk.sync.outbox import read_wire_records

    session = ready_services.sessions.open_session(ready_services.desk.spots()[0].id, [])
    ready_services.sessions.close_session(session.id)
    with reading(ready_services.engine) as db:
        [record] = read_wire_records(db, "help_session", [session.id], include_notes=False)
    stick = tmp_path / "stick"
    stick.mkdir()
    invented = dict(record, id="019a0000-0000-7000-8000-0000000000e7", revision=1)
    for n, sent in enumerate((dict(record, revision=record["revision"] + 1, deleted=True),
                              invented)):
        write_batch_files(stick, Batch(f"019a0000-0000-7000-8000-0000000000c{n}",
                                       record["desk_id"], "help_session", [sent]))
    report = ready_services.sync.import_batches(stick)
    assert report.stored == 0
    assert [("made on this desk" in problem) for _name, problem in report.unreadable] == [
        True, True]
    with reading(ready_services.engine) as db:
        [now] = read_wire_records(db, "help_session", [session.id], include_notes=False)
        assert read_wire_records(db, "help_session", [invented["id"]],
                                 include_notes=False) == []
    assert now == record

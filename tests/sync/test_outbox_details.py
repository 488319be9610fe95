"""Outbox details the mutation runs found untested: a set-aside batch's words and tries, a
visit's sync state over several targets, notes only when a target includes them, the sentence
of a conflict; which records are this desk's to send, each record's own fields, batches kept
for their own target and walked in id order, and which leftovers on a stick are the desk's."""

from __future__ import annotations

import json

from sqlalchemy import select
from sync_support import add_visits, edit_visit

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import desk_table, sync_batch_table
from helpdesk.sync.conflicts import MAX_NAMED, RecordConflict
from helpdesk.sync.outbox import (
    build_batch,
    read_wire_records,
    set_batch_aside,
    stored_batches,
    unacknowledged,
    visit_sync_states,
)


def _folder(services, tmp_path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    return services.sync.add_target(TargetDraft(name=name, kind="folder", folder=str(folder)))


def test_a_set_aside_batch_keeps_500_characters_of_the_reason_and_counts_each_try(
        ready_services, tmp_path):
    """The receiver's words, cut at 500; every setting aside is one more try. A batch just
    frozen has no words and no try yet."""
    add_visits(ready_services, 1)
    target = _folder(ready_services, tmp_path, "stick")

    def stored():
        with reading(ready_services.engine) as db:
            row = db.execute(select(sync_batch_table.c.set_aside, sync_batch_table.c.message,
                                    sync_batch_table.c.attempts)
                             .where(sync_batch_table.c.id == batch.batch_id)).one()
        return bool(row.set_aside), row.message, row.attempts

    with writing(ready_services.engine) as db:
        desk_id = db.scalar(select(desk_table.c.id))
        batch = build_batch(db, target.id, desk_id, "visit", include_notes=False, size=10)
    assert stored() == (False, "", 0)
    with writing(ready_services.engine) as db:
        set_batch_aside(db, batch.batch_id, "x" * 501)
        set_batch_aside(db, batch.batch_id, "y" * 499 + "zz")
    assert stored() == (True, "y" * 499 + "z", 2)


def test_a_visit_is_sent_only_once_every_target_has_it(ready_services, tmp_path):
    """Two targets: one acknowledgement is "waiting", both are "sent"; another visit's
    acknowledgement does not count for this one."""
    first, second = add_visits(ready_services, 2)
    _folder(ready_services, tmp_path, "stick a")
    ready_services.sync.run("stick a")
    asked = [(first.id, first.revision)]
    with reading(ready_services.engine) as db:
        assert visit_sync_states(db, asked) == {first.id: "sent"}
    _folder(ready_services, tmp_path, "stick b")
    with reading(ready_services.engine) as db:
        assert visit_sync_states(db, asked) == {first.id: "waiting"}
    ready_services.sync.run("stick b")
    with reading(ready_services.engine) as db:
        assert visit_sync_states(db, asked) == {first.id: "sent"}


def test_notes_are_read_only_for_a_target_that_includes_them(ready_services):
    """include_notes: the note's text; without: no note key at all."""
    spot = ready_services.desk.spots()[0].id
    visit = ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
        outcome="solved", note="Belde met het OCMW"))
    with reading(ready_services.engine) as db:
        [with_note] = read_wire_records(db, "visit", [visit.id], include_notes=True)
        [without] = read_wire_records(db, "visit", [visit.id], include_notes=False)
    assert with_note["note"] == "Belde met het OCMW"
    assert "note" not in without


def test_a_conflict_names_at_most_five_ids_and_counts_the_rest():
    """Ids only, never values; the ids kept on the exception for the importer."""
    ids = [f"id{n}" for n in range(MAX_NAMED + 2)]
    tail = " is already held at the same revision with other content; the batch was set aside"
    assert str(RecordConflict(ids[:1])) == "record id0" + tail
    assert str(RecordConflict(ids[:MAX_NAMED])) == "record id0, id1, id2, id3, id4" + tail
    many = RecordConflict(ids)
    assert str(many) == "record id0, id1, id2, id3, id4 and 2 more" + tail
    assert many.ids == ids


def test_an_open_session_does_not_wait_and_a_closed_one_does(ready_services, tmp_path):
    """A session still changes until it is closed: not counted as waiting before."""
    target = _folder(ready_services, tmp_path, "stick")
    ready_services.sync.run("stick")
    session = ready_services.sessions.open_session(ready_services.desk.spots()[0].id, [])
    assert ready_services.sync.targets()[0].waiting == 0
    ready_services.sessions.close_session(session.id)
    assert [t.waiting for t in ready_services.sync.targets() if t.id == target.id] == [1]


def test_removing_a_target_forgets_only_its_own_bookkeeping(ready_services, tmp_path):
    """Its batches and acknowledgements go; the other target's stay, so nothing is re-sent."""
    from helpdesk.store.models import sync_sent_table

    add_visits(ready_services, 2)
    a = _folder(ready_services, tmp_path, "stick a")
    b = _folder(ready_services, tmp_path, "stick b")
    ready_services.sync.run()

    def kept():
        with reading(ready_services.engine) as db:
            return (set(db.scalars(select(sync_sent_table.c.target_id))),
                    set(db.scalars(select(sync_batch_table.c.target_id))))

    add_visits(ready_services, 1, start=5)
    with writing(ready_services.engine) as db:  # a batch frozen for each, not yet sent
        desk_id = db.scalar(select(desk_table.c.id))
        for target in (a, b):
            build_batch(db, target.id, desk_id, "visit", include_notes=False, size=10)
    assert kept() == ({a.id, b.id}, {a.id, b.id})
    ready_services.sync.remove_target(a.id)
    assert kept() == ({b.id}, {b.id})
    assert ready_services.sync.run().sent == 1  # only the new visit, in b's frozen batch


def test_a_sync_removes_the_leftovers_of_its_own_waiting_batches_only(ready_services, tmp_path):
    """A stick with half-written files: those of a batch this desk froze and still waits to
    hear about go; those of a batch already acknowledged, or another desk's, stay."""
    (visit,) = add_visits(ready_services, 1)
    target = _folder(ready_services, tmp_path, "stick")
    ready_services.sync.run()  # the spot and the visit, written and acknowledged
    stick = tmp_path / "stick"
    done = {json.loads(m.read_text())["batch_id"] for m in stick.glob("*.manifest.json")}
    edit_visit(ready_services, visit)
    with writing(ready_services.engine) as db:  # frozen by a sync killed before it wrote
        desk_id = db.scalar(select(desk_table.c.id))
        waiting = build_batch(db, target.id, desk_id, "visit", include_notes=False, size=10)
    other_desk = "019a0000-0000-7000-8000-0000000000b2"

    def part(batch_id):
        path = stick / f".helpdesk-{batch_id}-visit.csv.0123abcd.part"
        path.write_bytes(b"id,revis")
        return path

    gone = part(waiting.batch_id)
    kept = [part(batch_id) for batch_id in sorted(done)] + [part(other_desk)]
    with reading(ready_services.engine) as db:
        assert unacknowledged(db, iter([waiting.batch_id, *done, other_desk])) == {
            waiting.batch_id}
        assert unacknowledged(db, []) == set()
    assert ready_services.sync.run().sent == 1
    assert not gone.exists() and all(p.exists() for p in kept)


def test_without_a_target_nothing_is_counted_as_waiting(ready_services, tmp_path):
    """Visits on a desk with no target wait for no one: the status says 0 until a target
    is added, then counts them."""
    add_visits(ready_services, 2)
    assert ready_services.sync.status().waiting == 0
    _folder(ready_services, tmp_path, "stick")
    assert ready_services.sync.status().waiting == 3  # the spot and the two visits


def test_a_batch_frozen_for_one_target_goes_only_to_that_target(ready_services, tmp_path):
    """Two sticks, a batch frozen for each by a sync that stopped: syncing the first sends its
    own batch and leaves the second stick's batch waiting for it, untouched."""
    add_visits(ready_services, 1)
    a = _folder(ready_services, tmp_path, "stick a")
    b = _folder(ready_services, tmp_path, "stick b")
    with writing(ready_services.engine) as db:
        desk_id = db.scalar(select(desk_table.c.id))
        frozen = {t.id: build_batch(db, t.id, desk_id, "visit", include_notes=False, size=10)
                  for t in (a, b)}
    ready_services.sync.run("stick a")
    sent_to_a = {json.loads(m.read_text())["batch_id"]
                 for m in (tmp_path / "stick a").glob("*visit.manifest.json")}
    assert sent_to_a == {frozen[a.id].batch_id}
    with reading(ready_services.engine) as db:
        assert stored_batches(db, b.id, set_aside=False) == [frozen[b.id].batch_id]
        assert stored_batches(db, a.id, set_aside=False) == []


def test_a_visit_saved_while_the_clock_was_ahead_does_not_hold_back_later_ones(
        ready_services, tmp_path, monkeypatch):
    """The desk's clock ran a year ahead when one visit was saved, and was set right before
    the next (after a restart): that later visit has the smaller id but the later place in
    the table. In batches of one, a single sync still sends both, walking in id order."""
    import time
    from types import SimpleNamespace

    from helpdesk.core import ids

    year_ns = 365 * 24 * 3600 * 10**9
    monkeypatch.setattr(ids, "time", SimpleNamespace(time_ns=lambda: time.time_ns() + year_ns))
    (ahead,) = add_visits(ready_services, 1)
    monkeypatch.setattr(ids, "time", time)
    monkeypatch.setattr(ids, "_last_ms", -1)  # a new process: it never saw the later time
    (later,) = add_visits(ready_services, 1, start=1)
    assert later.id < ahead.id
    (tmp_path / "stick").mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder",
                                               folder=str(tmp_path / "stick"), batch_size=1))
    report = ready_services.sync.run()
    assert (report.sent, report.waiting) == (3, 0)  # the spot and both visits


def test_each_record_leaves_with_its_own_fields_only(ready_services):
    """A spot and a closed session carry their allow-listed fields, no list of question types
    (only a visit has one); a visit carries its question types in the order they were picked."""
    from helpdesk.sync.protocol import fields_for

    spot = ready_services.desk.spots()[0].id
    session = ready_services.sessions.open_session(spot, [])
    ready_services.sessions.close_session(session.id)
    visit = ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot, staff_id=None, question_types=("smartphone", "email"),
        outcome="solved"))
    with reading(ready_services.engine) as db:
        [spot_record] = read_wire_records(db, "spot", [spot], include_notes=False)
        [session_record] = read_wire_records(db, "help_session", [session.id],
                                             include_notes=False)
        [visit_record] = read_wire_records(db, "visit", [visit.id], include_notes=False)
    assert set(spot_record) == set(fields_for("spot", False))
    assert set(session_record) == set(fields_for("help_session", False))
    assert set(visit_record) == set(fields_for("visit", False))
    assert visit_record["question_types"] == ["smartphone", "email"]


def test_records_read_from_another_desks_stick_are_that_desks_to_send(ready_services, tmp_path):
    """Another desk's visit, closed session and workshop, imported from its stick, never wait
    here and never leave from here: only this desk's own records do."""
    from helpdesk.core.records import GroupDraft
    from helpdesk.services import Services

    other = Services.open(tmp_path / "other")
    try:
        other.desk.complete_first_run(language="en", desk_name="Other", spot_name="Room",
                                      spot_kind="computer_room", helper_names=["Sam"])
        add_visits(other, 1)
        room = other.desk.spots()[0].id
        other.sessions.close_session(other.sessions.open_session(room, []).id)
        other.groups.record_group(GroupDraft(room, "Burger Café", 11))
        _folder(other, tmp_path, "their stick")
        assert other.sync.run().sent == 4  # their spot, visit, session and workshop
    finally:
        other.close()
    ready_services.sync.import_batches(tmp_path / "their stick")
    _folder(ready_services, tmp_path, "our stick")
    assert ready_services.sync.status().waiting == 1  # this desk's own spot
    assert ready_services.sync.run().sent == 1

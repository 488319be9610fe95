"""Outbox details the mutation run found untested: a set-aside batch's words and tries, a
visit's sync state over several targets, notes only when a target includes them, and the
sentence of a conflict."""

from __future__ import annotations

from sqlalchemy import select
from sync_support import add_visits

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import desk_table, sync_batch_table
from helpdesk.sync.conflicts import MAX_NAMED, RecordConflict
from helpdesk.sync.outbox import (
    build_batch,
    read_wire_records,
    set_batch_aside,
    visit_sync_states,
)


def _folder(services, tmp_path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    return services.sync.add_target(TargetDraft(name=name, kind="folder", folder=str(folder)))


def test_a_set_aside_batch_keeps_500_characters_of_the_reason_and_counts_each_try(
        ready_services, tmp_path):
    """The receiver's words, cut at 500; every setting aside is one more try."""
    add_visits(ready_services, 1)
    target = _folder(ready_services, tmp_path, "stick")
    with writing(ready_services.engine) as db:
        desk_id = db.scalar(select(desk_table.c.id))
        batch = build_batch(db, target.id, desk_id, "visit", include_notes=False, size=10)
        set_batch_aside(db, batch.batch_id, "x" * 501)
        set_batch_aside(db, batch.batch_id, "y" * 499 + "zz")
    with reading(ready_services.engine) as db:
        row = db.execute(select(sync_batch_table.c.set_aside, sync_batch_table.c.message,
                                sync_batch_table.c.attempts)
                         .where(sync_batch_table.c.id == batch.batch_id)).one()
    assert (bool(row.set_aside), row.message, row.attempts) == (True, "y" * 499 + "z", 2)


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

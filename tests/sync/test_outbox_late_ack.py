"""A batch acknowledged late never lowers what a newer batch of the same records reached."""

from __future__ import annotations

from sync_support import add_visits, edit_visit

from helpdesk.core.sync_records import TargetDraft
from helpdesk.store.engine import reading, writing
from helpdesk.sync.outbox import (
    build_batch,
    mark_acknowledged,
    set_batch_aside,
    stored_batches,
    visit_sync_states,
    waiting_count,
)


def test_a_set_aside_batch_acknowledged_late_keeps_the_newer_revision_sent(
        ready_services, tmp_path):
    """Rev 1 is refused and set aside; rev 2 goes and is acknowledged; then the old batch is
    offered again and acknowledged: the visit stays sent at rev 2, nothing waits."""
    engine = ready_services.engine
    (visit,) = add_visits(ready_services, 1)
    (tmp_path / "stick").mkdir()
    target = ready_services.sync.add_target(TargetDraft(name="stick", kind="folder",
                                                        folder=str(tmp_path / "stick")))
    desk_id = visit.desk_id

    def freeze():
        with writing(engine) as db:
            return build_batch(db, target.id, desk_id, "visit", include_notes=False, size=10)

    old = freeze()
    assert old.keys() == {(visit.id, 1)}
    with writing(engine) as db:
        set_batch_aside(db, old.batch_id, "refused for now")
    edit_visit(ready_services, visit)
    new = freeze()
    assert new.keys() == {(visit.id, 2)}
    with writing(engine) as db:
        mark_acknowledged(db, target.id, new)
    with writing(engine) as db:  # the refused batch, offered once more, goes through late
        mark_acknowledged(db, target.id, old)
    with reading(engine) as db:
        assert stored_batches(db, target.id, set_aside=True) == []
        assert visit_sync_states(db, [(visit.id, 2)]) == {visit.id: "sent"}
        assert waiting_count(db, target.id) == 1  # the spot, never sent here; not the visit

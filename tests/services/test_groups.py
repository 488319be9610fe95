"""Group sessions: recorded with their participants, checked, deleted as tombstones, counted
in the sheets apart from the visits."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from helpdesk.core.errors import InputError
from helpdesk.core.records import GroupDraft
from helpdesk.core.report_records import ReportRequest


def test_a_group_session_is_saved_and_listed(ready_services, spot_id):
    """Title tidied, participants and level kept, newest first."""
    services = ready_services
    saved = services.groups.record_group(GroupDraft(
        spot_id=spot_id, title="  Burger   Café ", participants=12, duration_minutes=120,
        level="beginner"))
    assert (saved.title, saved.participants, saved.level, saved.revision) == (
        "Burger Café", 12, "beginner", 1)
    assert [g.id for g in services.groups.recent_groups()] == [saved.id]


@pytest.mark.parametrize("fields, field", [
    ({"title": " "}, "title"), ({"title": "x" * 121}, "title"),
    ({"participants": 0}, "participants"), ({"participants": 501}, "participants"),
    ({"duration_minutes": 0}, "duration_minutes"), ({"level": "expert"}, "level"),
    ({"started_at": datetime.now(timezone.utc) + timedelta(days=1)}, "started_at"),
    ({"spot_id": "no-such-spot"}, "spot_id"),
])
def test_a_wrong_value_is_one_sentence_on_its_field(ready_services, spot_id, fields, field):
    """Nothing is saved, and the form knows where to say it."""
    draft = GroupDraft(**{**dict(spot_id=spot_id, title="Workshop", participants=5), **fields})
    with pytest.raises(InputError) as caught:
        ready_services.groups.record_group(draft)
    assert caught.value.field == field
    assert ready_services.groups.recent_groups() == []


def test_a_deleted_group_session_is_a_tombstone(ready_services, spot_id):
    """Its revision grows (so the deletion syncs) and the list leaves it out."""
    saved = ready_services.groups.record_group(GroupDraft(spot_id, "Training", 4))
    gone = ready_services.groups.delete_group(saved.id)
    assert gone.deleted and gone.revision == 2
    assert ready_services.groups.recent_groups() == []


def test_the_sheet_counts_participants_apart_from_visits(ready_services, spot_id, make_draft):
    """Two workshops (12 and 5 people) and one visit: 1 visit, 2 group sessions, 17
    participants; a deleted workshop counts for nothing."""
    services = ready_services
    now = datetime.now(timezone.utc) - timedelta(hours=1)
    services.intake.record_visit(make_draft(started_at=now))
    for people in (12, 5):
        services.groups.record_group(GroupDraft(spot_id, "Workshop", people, started_at=now))
    services.groups.delete_group(
        services.groups.record_group(GroupDraft(spot_id, "Oops", 9, started_at=now)).id)
    today = datetime.now().date()
    request = ReportRequest(first_day=today - timedelta(days=1), last_day=today, by_week=False)
    page = services.reports.preview(request, "en").pages[0]
    groups = {r.code: r.count for r in {t.key: t for t in page.tables}["groups"].rows}
    assert groups == {"group_sessions": 2, "participants": 17}
    assert page.key_rows[0].visits == 1
    assert "Group sessions: 2, with 17 participants" in page.totals


def test_a_group_session_travels_on_a_stick_to_another_desk(ready_services, spot_id, tmp_path):
    """A folder target writes it as a version-2 CSV batch; the other desk imports it once."""
    from helpdesk.core.sync_records import TargetDraft
    from helpdesk.services import Services

    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.groups.record_group(GroupDraft(spot_id, "Burger Café", 11))
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
    assert ready_services.sync.run().problems == ()
    manifests = [p.read_text() for p in stick.rglob("*group_session*.manifest.json")]
    assert len(manifests) == 1 and '"version": 3' in manifests[0]
    other = Services.open(tmp_path / "other")
    try:
        other.desk.complete_first_run(language="en", desk_name="Other", spot_name="Room",
                                      spot_kind="computer_room", helper_names=["Sam"])
        other.sync.import_batches(stick)
        other.sync.import_batches(stick)  # again: nothing doubles
        with other.engine.connect() as conn:
            from helpdesk.store.models import group_session_table

            rows = conn.execute(group_session_table.select()).all()
        assert [(r.title, r.participants) for r in rows] == [("Burger Café", 11)]
    finally:
        other.close()


def test_a_corrected_group_session_is_a_new_revision_that_syncs_again(ready_services, spot_id,
                                                                      tmp_path):
    """The correction is checked like a new one, audited, and goes out once more; a deleted
    one cannot be corrected."""
    from helpdesk.core.errors import NotFoundError
    from helpdesk.core.sync_records import TargetDraft

    groups = ready_services.groups
    group = groups.record_group(GroupDraft(spot_id, "Burger Café", 11))
    stick = tmp_path / "stick"
    stick.mkdir()
    ready_services.sync.add_target(TargetDraft(name="stick", kind="folder", folder=str(stick)))
    assert ready_services.sync.run().waiting == 0  # the spot and the group went
    with pytest.raises(InputError) as wrong:
        groups.update_group(group.id, GroupDraft(spot_id, "Burger Café", 0))
    assert wrong.value.field == "participants"
    fixed = groups.update_group(group.id, GroupDraft(spot_id, "Burger Café", 12,
                                                     level="beginner"))
    assert (fixed.participants, fixed.level, fixed.revision, fixed.started_at) == (
        12, "beginner", 2, group.started_at)
    assert ready_services.audit.entries()[-1].action == "group session changed"
    assert ready_services.sync.run().sent == 1
    groups.delete_group(group.id)
    with pytest.raises(NotFoundError):
        groups.update_group(group.id, GroupDraft(spot_id, "Burger Café", 13))

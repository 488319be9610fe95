"""A group session recorded on a desk reaches the hub once and counts in both sheets; a
receiver from before group sessions still takes everything else."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest
from network_data import open_desk
from sync_support import HubThread
from test_hub_report import counts

from helpdesk.core.records import GroupDraft, VisitDraft
from helpdesk.core.report_records import ReportRequest
from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.cli import main
from helpdesk.hub.tables import group_session_table
from helpdesk.hub.tokens import add_token
from helpdesk.sync import protocol

openpyxl = pytest.importorskip("openpyxl")
WHEN = datetime(2026, 11, 18, 18, 0, tzinfo=timezone.utc)  # week 2026-W47


@pytest.mark.parametrize("send_csv", [False, True])
def test_a_group_session_reaches_the_hub_once_and_counts_in_both_sheets(hub_db, tmp_path,
                                                                        send_csv):
    """Sent twice (a second run after an edit elsewhere): one row, the same figures on the
    desk's sheet and the hub's."""
    desk = open_desk(tmp_path / "desk", "EPN Laeken", ["Computer room"])
    try:
        spot = desk.desk.spots()[0]
        desk.intake.record_visit(VisitDraft(session_id=None, spot_id=spot.id, staff_id=None,
                                            question_types=("email",), outcome="solved",
                                            started_at=WHEN))
        desk.groups.record_group(GroupDraft(spot.id, "Burger Café", 14, 120, "beginner", WHEN))
        with HubThread(hub_db) as hub:
            desk.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                             token=add_token(hub_db, "EPN Laeken"),
                                             send_csv=send_csv))
            first = desk.sync.run()
            assert first.problems == () and first.waiting == 0
            assert desk.sync.run().sent == 0  # nothing left to send: no second copy
        request = ReportRequest(first_day=WHEN.date().replace(day=16),
                                last_day=WHEN.date().replace(day=22))
        page = desk.reports.preview(request, "en").pages[0]
        on_desk = {r.code: r.count for r in {t.key: t for t in page.tables}["groups"].rows}
    finally:
        desk.close()
    with hub_db.read() as conn:
        [row] = conn.execute(group_session_table.select()).all()
    assert (row.title, row.participants, row.level) == ("Burger Café", 14, "beginner")
    out = tmp_path / "hub.xlsx"
    url = hub_db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "--week", "2026-W47", "--format", "xlsx",
                 "--out", str(out)]) == 0
    rows = [list(r) for r in openpyxl.load_workbook(out).worksheets[0].iter_rows(
        values_only=True)]
    assert counts(rows, "Group sessions") == on_desk == {"group_sessions": 1,
                                                          "participants": 14}
    # The visits CSV holds visits only: the group's participants are not visits.
    csv_out = tmp_path / "hub.csv"
    assert main(["--db", url, "report", "--week", "2026-W47", "--format", "csv",
                 "--out", str(csv_out)]) == 0
    with open(csv_out, newline="", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == 1


def test_group_batches_say_version_3_and_the_others_still_version_1():
    """An older receiver (version 1 only) keeps taking spots, sessions and visits; group
    sessions travel with their details as version 3, and version 2 is still taken."""
    assert [protocol.version_for(t) for t in protocol.RECORD_TYPES] == [1, 1, 1, 3]
    with pytest.raises(protocol.ProtocolError, match="need version 2"):
        protocol.check_version(1, "group_session")
    protocol.check_version(2, "group_session")


@pytest.mark.parametrize("field, value", [("participants", 0), ("participants", 501),
                                          ("level", "expert"), ("title", " "),
                                          ("title", "x" * 121)])
def test_a_hub_refuses_a_group_session_out_of_bounds(field, value):
    """The receiver's own checks: hostile batches are refused, naming the field."""
    record = {"id": "g1", "revision": 1, "desk_id": "d1", "spot_id": "s1", "title": "Café",
              "started_at": "2026-11-18T18:00:00.000000Z", "duration_minutes": None,
              "level": None, "participants": 3, "created_at": "2026-11-18T18:00:00.000000Z",
              "updated_at": "2026-11-18T18:00:00.000000Z", "deleted": False}
    assert protocol.check_record("group_session", record)["participants"] == 3
    with pytest.raises(protocol.ProtocolError, match=field):
        protocol.check_record("group_session", {**record, field: value})

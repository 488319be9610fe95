"""A group session's details over a real uvicorn hub: they arrive once, count the same in the
desk's and the hub's sheets; a desk still on version 2 is taken; hostile details refused."""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import orjson
import pytest
from network_data import open_desk
from sync_support import HubThread
from test_hub_report import counts

from helpdesk.core.records import GroupDraft
from helpdesk.core.report_records import ReportRequest
from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.cli import main
from helpdesk.hub.tables import group_session_table
from helpdesk.hub.tokens import add_token
from helpdesk.sync import protocol

openpyxl = pytest.importorskip("openpyxl")
WHEN = datetime(2026, 11, 18, 18, 0, tzinfo=timezone.utc)  # week 2026-W47
TITLES = {"group_questions": "Group participants by question type",
          "group_levels": "Group participants by level",
          "group_age_bands": "Group participants: age",
          "group_genders": "Group participants: gender",
          "group_statuses": "Group participants: status"}
GROUP = {"id": "019a0000-0000-7000-8000-0000000000g1", "revision": 1, "desk_id": "d1",
         "spot_id": "s1", "title": "Café", "started_at": "2026-11-18T18:00:00.000000Z",
         "duration_minutes": None, "level": None, "participants": 10,
         "created_at": "2026-11-18T18:00:00.000000Z",
         "updated_at": "2026-11-18T18:00:00.000000Z", "deleted": False}


@pytest.mark.parametrize("send_csv", [False, True])
def test_a_group_session_with_details_counts_the_same_on_desk_and_hub(hub_db, tmp_path,
                                                                       send_csv):
    """Two runs, one hub row with the details as sent (facilitators as a number only), and
    every group table of the desk's sheet equal to the hub's XLSX."""
    desk = open_desk(tmp_path / "desk", "EPN Laeken", ["Computer room"])
    try:
        spot = desk.desk.spots()[0]
        helpers = desk.desk.staff()
        desk.groups.record_group(GroupDraft(
            spot.id, "Burger Café", 14, 120, "beginner", WHEN,
            question_types=("security", "banking"),
            facilitator_ids=tuple(h.id for h in helpers),
            profile=(("age_bands", "65_74", 8), ("age_bands", "75_plus", 3),
                     ("genders", "f", 9), ("genders", "m", 4), ("statuses", "retired", 12))))
        desk.groups.record_group(GroupDraft(spot.id, "Info session", 6, 60, "intermediate",
                                            WHEN, question_types=("security",)))
        with HubThread(hub_db) as hub:
            desk.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                             token=add_token(hub_db, "EPN Laeken"),
                                             send_csv=send_csv))
            first = desk.sync.run()
            assert first.problems == () and first.waiting == 0
            assert desk.sync.run().sent == 0
        request = ReportRequest(first_day=WHEN.date().replace(day=16),
                                last_day=WHEN.date().replace(day=22))
        page = desk.reports.preview(request, "en").pages[0]
        on_desk = {t.key: {r.code: r.count for r in t.rows if r.count}
                   for t in page.tables if t.key in TITLES}
        names = [h.name for h in helpers]
    finally:
        desk.close()
    with hub_db.read() as conn:
        rows = {r.title: r for r in conn.execute(group_session_table.select())}
    assert len(rows) == 2
    cafe = rows["Burger Café"]
    assert (cafe.questions_covered, cafe.facilitators) == ("security banking", len(names))
    assert cafe.profile == ("age_bands:65_74=8 age_bands:75_plus=3 genders:f=9 genders:m=4 "
                            "statuses:retired=12")
    with hub_db.read() as conn:
        held = repr([tuple(r) for r in conn.execute(group_session_table.select())])
    assert not any(name in held for name in names)
    out = tmp_path / "hub.xlsx"
    url = hub_db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "--week", "2026-W47", "--format", "xlsx",
                 "--out", str(out)]) == 0
    sheet = [list(r) for r in openpyxl.load_workbook(out).worksheets[0].iter_rows(
        values_only=True)]
    on_hub = {key: counts(sheet, title) for key, title in TITLES.items()}
    assert on_hub == on_desk
    assert on_desk["group_questions"] == {"security": 20, "banking": 14}
    assert on_desk["group_levels"] == {"beginner": 14, "intermediate": 6}
    assert on_desk["group_genders"] == {"f": 9, "m": 4, "unknown": 7}
    groups_csv = tmp_path / "groups.csv"
    assert main(["--db", url, "report", "--week", "2026-W47", "--format", "csv-groups",
                 "--out", str(groups_csv)]) == 0
    assert tables_from_groups_csv(groups_csv) == on_desk


def tables_from_groups_csv(path) -> dict[str, dict[str, int]]:
    """The group tables counted again from the group sessions' CSV alone."""
    import csv
    from collections import Counter

    with open(path, newline="", encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    tables: dict[str, Counter] = {key: Counter() for key in TITLES}
    for line in lines:
        people = int(line["participants"])
        for code in line["question_types"].split() or ["unknown"]:
            tables["group_questions"][code] += people
        tables["group_levels"][line["level"] or "unknown"] += people
        for column, value in line.items():
            name, _, code = column.partition(".")
            if code and int(value):
                tables[f"group_{name}"][code] += int(value)
    return {key: dict(counter) for key, counter in tables.items()}


def test_a_desk_still_on_version_2_is_taken_over_http(sqlite_hub):
    """A version-2 group batch (no details) is stored; the same record as version 3 with
    details is a higher revision that fills them in."""
    token = add_token(sqlite_hub, "Buurtbar")
    with HubThread(sqlite_hub) as hub:
        for batch_id, version, record in (
                ("019a0000-0000-7000-8000-00000000b201", 2, GROUP),
                ("019a0000-0000-7000-8000-00000000b202", 3,
                 {**GROUP, "revision": 2, "questions_covered": "email",
                  "facilitators": 1, "profile": "statuses:job_seeker=4"})):
            body = orjson.dumps({"format": protocol.BATCH_FORMAT, "version": version,
                                 "desk_id": "d1", "batch_id": batch_id,
                                 "record_type": "group_session", "records": [record]})
            answer = httpx.post(hub.url + "/v1/batches", content=body, timeout=30, headers={
                "Authorization": f"Bearer {token}", "Content-Type": "application/json",
                "Idempotency-Key": batch_id})
            assert answer.status_code == 200, answer.text
            with sqlite_hub.read() as conn:
                [row] = conn.execute(group_session_table.select()).all()
            assert row.revision == record["revision"]
            assert row.profile == record.get("profile")


@pytest.mark.parametrize("field, value, says", [
    ("facilitators", -1, "facilitators"), ("facilitators", 51, "facilitators"),
    ("facilitators", "2", "facilitators"), ("facilitators", 1.5, "facilitators"),
    ("questions_covered", "email email", "repeats"),
    ("questions_covered", " ".join(f"q{n}" for n in range(41)), "questions_covered"),
    ("questions_covered", "email;drop", "questions_covered"),
    ("questions_covered", ["email"], "questions_covered"),
    ("profile", "genders:f=11", "more than the participants"),
    ("profile", "genders:f=6 genders:m=5", "more than the participants"),
    ("profile", "genders:f=0", "profile"), ("profile", "genders:f=-1", "profile"),
    ("profile", "genders:unknown=3", "profile"), ("profile", "devices:own_phone=2", "profile"),
    ("profile", "genders:f=2 genders:f=3", "repeats"),
    ("profile", " ".join(f"age_bands:a{n}=1" for n in range(61)), "profile"),
    ("profile", {"genders": {"f": 2}}, "profile"),
])
def test_a_hub_refuses_hostile_details(field, value, says):
    """Every new field is checked by the receiver, whatever the desk claims."""
    assert protocol.check_record("group_session", {**GROUP, "facilitators": 2,
                                                   "profile": "genders:f=10"})["facilitators"] == 2
    with pytest.raises(protocol.ProtocolError, match=says):
        protocol.check_record("group_session", {**GROUP, field: value})

"""Visitor codes across the network: two desks sharing the network's key send their visits to
a real hub over HTTP; the hub's sheet counts each person once. Desks from before visitor
codes keep working with a new hub, and a hub from before them takes a new desk's batches."""

from __future__ import annotations

import csv

import pytest
import hub_records
from network_data import open_desk
from sync_support import HubThread
from test_hub_report import counts

from helpdesk.core.records import VisitDraft
from helpdesk.core.sync_records import TargetDraft
from helpdesk.hub.cli import main
from helpdesk.hub.store import receive_batch
from helpdesk.hub.tables import visit_table
from helpdesk.hub.tokens import add_token
from helpdesk.sync import protocol
from helpdesk.sync.protocol import check_record

openpyxl = pytest.importorskip("openpyxl")


# desk: [(code or None, UTC start)]; week 2026-W47 unless said otherwise.
VISITS = {
    "Molenbeek": [("ANNA01", "2026-11-16 09:00"), ("ANNA01", "2026-11-17 09:00"),
                  ("BRAM02", "2026-11-17 10:00"), (None, "2026-11-17 11:00"),
                  ("CHLOE3", "2026-11-09 10:00")],  # week 46: Chloé is not new in week 47
    "Schaerbeek": [("anna-01", "2026-11-18 09:00"), ("CHLOE3", "2026-11-19 09:00"),
                   ("DRISS4", "2026-11-20 09:00"), (None, "2026-11-20 10:00")],
}


def _record(services, code, started):
    from datetime import datetime, timezone

    spot = services.desk.spots()[0]
    digest = services.visitors.code_hash(code) if code else None
    return services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot.id, staff_id=None, question_types=("email",),
        outcome="solved", visitor_hash=digest,
        started_at=datetime.fromisoformat(started).replace(tzinfo=timezone.utc)))


def test_people_reached_on_the_hub_count_each_person_once_across_desks(hub_db, tmp_path):
    """Anna visits both desks: one person; the hub's figure equals the distinct hashes of
    its visits CSV, and no code in clear reaches it."""
    desks = {name: open_desk(tmp_path / name, name, ["Computer room"]) for name in VISITS}
    try:
        with HubThread(hub_db) as hub:
            for name, services in desks.items():  # joining, each desk gets the network's key
                services.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                                     token=add_token(hub_db, name)))
                assert services.sync.run().problems == ()
            for name, visits in VISITS.items():
                for code, started in visits:
                    _record(desks[name], code, started)
            for services in desks.values():
                assert services.sync.run().problems == ()
    finally:
        for services in desks.values():
            services.close()
    url = hub_db.engine.url.render_as_string(hide_password=False)
    out_csv, out_xlsx = tmp_path / "w.csv", tmp_path / "w.xlsx"
    for out in (out_csv, out_xlsx):
        assert main(["--db", url, "report", "--week", "2026-W47", "--format", out.suffix[1:],
                     "--out", str(out)]) == 0
    with open(out_csv, newline="", encoding="utf-8-sig") as handle:
        coded = [row["visitor"] for row in csv.DictReader(handle) if row["visitor"]]
    summary = openpyxl.load_workbook(out_xlsx).worksheets[0]
    people = counts([list(r) for r in summary.iter_rows(values_only=True)], "People reached")
    # Anna (both desks), Bram, Chloé (seen in week 46), Driss.
    assert people == {"people_reached": len(set(coded)), "people_new": 3,
                      "coded_visits": len(coded)}
    assert len(set(coded)) == 4 and len(coded) == 6
    text = out_csv.read_text(encoding="utf-8-sig")
    assert not any(code in text.upper() for code in ("ANNA01", "BRAM02", "CHLOE3", "DRISS4"))


def test_a_desk_from_before_visitor_codes_is_still_taken(hub_db):
    """A batch without the fields of issue 12 (an older desk) is stored, with them empty."""
    old = hub_records.visit(1)
    assert not {"visitor_hash", "device", "residence"} & set(old)
    receive_batch(hub_db, hub_records.batch("b1", old), source="test")
    with hub_db.read() as conn:
        row = conn.execute(visit_table.select()).one()
    assert (row.visitor_hash, row.device, row.residence) == (None, None, None)


def test_a_hub_from_before_visitor_codes_takes_a_new_desks_record(monkeypatch):
    """An older receiver knows no visitor_hash: it drops the field and keeps the rest."""
    record = hub_records.visit(1, visitor_hash="ab" * 32)
    assert check_record("visit", record)["visitor_hash"] == "ab" * 32
    older = tuple(f for f in protocol.FIELDS["visit"] if f != "visitor_hash")
    monkeypatch.setitem(protocol._CHECKERS, "visit", tuple(
        c for c in protocol._checks("visit") if c[0] in older))
    assert "visitor_hash" not in check_record("visit", record)


@pytest.mark.parametrize("bad", ["ANNA01", "AB" * 32, "ab" * 31, 7])
def test_a_hub_takes_only_keyed_hashes(bad):
    """Anything but 64 lowercase hex digits (a code in clear, say) is refused."""
    with pytest.raises(protocol.ProtocolError, match="keyed hash"):
        check_record("visit", hub_records.visit(1, visitor_hash=bad))


def test_a_code_taken_off_a_visit_leaves_the_hubs_people_reached(hub_db, tmp_path):
    """Ella's code was typed on Bram's visit by mistake and synced: the hub counts two
    people. The desk removes it (the edit carries no hash), syncs again, and the hub's
    sheet counts one, from the visit's new revision."""
    from dataclasses import replace

    desk = open_desk(tmp_path / "desk", "Molenbeek", ["Computer room"])

    def hub_people() -> dict[str, int]:
        out = tmp_path / "w.xlsx"
        assert main(["--db", hub_db.engine.url.render_as_string(hide_password=False),
                     "report", "--week", "2026-W47", "--format", "xlsx",
                     "--out", str(out)]) == 0
        summary = openpyxl.load_workbook(out).worksheets[0]
        return counts([list(r) for r in summary.iter_rows(values_only=True)],
                      "People reached")

    try:
        with HubThread(hub_db) as hub:
            desk.sync.add_target(TargetDraft(name="hub", kind="http", url=hub.url,
                                             token=add_token(hub_db, "Molenbeek")))
            assert desk.sync.run().problems == ()  # joining: the network's key
            _record(desk, "ANNA01", "2026-11-16 09:00")
            wrong = _record(desk, "ELLA05", "2026-11-17 09:00")
            assert desk.sync.run().problems == ()
            assert hub_people()["people_reached"] == 2
            desk.intake.update_visit(wrong.id, replace(wrong.as_draft(), visitor_hash=None),
                                     expected_revision=wrong.revision)
            second = desk.sync.run()
            assert (second.sent, second.problems) == (1, ())
            with hub_db.read() as conn:
                row = conn.execute(visit_table.select()
                                   .where(visit_table.c.id == wrong.id)).one()
            assert (row.revision, row.visitor_hash) == (2, None)
            assert hub_people() == {"people_reached": 1, "people_new": 1, "coded_visits": 1}
    finally:
        desk.close()

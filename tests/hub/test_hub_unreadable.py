"""A hub holding a record with a time that does not exist still makes its sheets."""

from __future__ import annotations

import csv

from hub_records import DESK, batch, visit
from sqlalchemy import text

from helpdesk.hub.cli import main
from helpdesk.hub.store import receive_batch
from helpdesk.sync.protocol import Batch

SPOT = {"id": "spot-1", "revision": 1, "name": "Computer room", "kind": "computer_room",
        "active": True, "created_at": "2026-11-01T09:00:00.000000Z",
        "updated_at": "2026-11-01T09:00:00.000000Z"}


def test_the_sheet_of_a_week_with_an_impossible_time_is_made(hub_db, hub_url, tmp_path):
    """Stored before the doors checked times: the CSV keeps the visit, dates left empty."""
    receive_batch(hub_db, Batch("b-spot", DESK, "spot", [SPOT]), "desk A")
    receive_batch(hub_db, batch("b-visits", *[
        visit(n, started_at=f"2026-11-30T1{n}:00:00.000000Z") for n in (1, 2, 3)]), "desk A")
    with hub_db.write() as conn:
        conn.execute(text("UPDATE visit SET started_at = '2026-11-31T25:61:61.000000Z' "
                          "WHERE id = :id"), {"id": visit(2)["id"]})
    out = tmp_path / "w49.csv"
    assert main(["--db", hub_url, "report", "--week", "2026-W49", "--format", "csv",
                 "--out", str(out)]) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert len(lines) == 3 and [line["date"] for line in lines].count("") == 1
    assert main(["--db", hub_url, "report", "--week", "2026-W49", "--format", "xlsx",
                 "--out", str(tmp_path / "w49.xlsx")]) == 0

"""``helpdesk-hub export --out FILE.csv``: the merged visits of all desks, one row per visit.

Deleted visits (tombstones) are left out. Rows are read in id order, a chunk at a time, so
the export of a million visits never holds them all; the file appears whole or not at all.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import Connection, RowMapping, String, false, select, type_coerce

from helpdesk.core.atomic_files import replacing
from helpdesk.core.spreadsheet_cells import as_text_cell
from helpdesk.hub.db import HubDb
from helpdesk.hub.tables import spot_table, visit_question_table, visit_table

CHUNK = 2000
v = visit_table.c
COLUMNS = ("id", "desk_id", "spot_id", "spot_name", "spot_kind", "session_id", "started_at",
           "duration_minutes", "question_types", "outcome", "autonomy", "referral",
           "follow_up", "follow_up_date", "channel", "age_band", "gender", "help_language",
           "first_visit", "status", "note", "revision", "created_at", "updated_at")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return as_text_cell(str(value))


def _chunks(conn: Connection) -> Iterator[tuple[Sequence[RowMapping], dict[str, list[str]]]]:
    text_cols = {"started_at", "created_at", "updated_at", "follow_up_date"}
    cols = [type_coerce(v[n], String).label(n) if n in text_cols else v[n]
            for n in COLUMNS if n in v and n not in ("spot_name", "spot_kind")]
    after = ""
    while True:
        rows = conn.execute(select(*cols).where(v.deleted == false(), v.id > after)
                            .order_by(v.id).limit(CHUNK)).mappings().all()
        if not rows:
            return
        after = rows[-1]["id"]
        q = visit_question_table.c
        questions: dict[str, list[str]] = {}
        for visit_id, code in conn.execute(
                select(q.visit_id, q.question_type).where(q.visit_id.in_([r["id"] for r in rows]))
                .order_by(q.visit_id, q.position)):
            questions.setdefault(visit_id, []).append(code)
        yield rows, questions


def export_visits(db: HubDb, out: Path) -> int:
    """Write the CSV; how many visits it holds."""
    count = 0
    with replacing(Path(out), private=True) as temp, \
            open(temp, "w", encoding="utf-8", newline="") as f, db.read() as conn:
        spots = {r.id: (r.name, r.kind) for r in conn.execute(
            select(spot_table.c.id, spot_table.c.name, spot_table.c.kind))}
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for rows, questions in _chunks(conn):
            for r in rows:
                name, kind = spots.get(r["spot_id"], ("", ""))
                values = dict(r, spot_name=name, spot_kind=kind,
                              question_types=" ".join(questions.get(r["id"], ())))
                writer.writerow([_cell(values[c]) for c in COLUMNS])
                count += 1
    return count

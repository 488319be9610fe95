"""The same sheet from the hub's tables, on SQLite and on PostgreSQL: one report module."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sheet_data import MADE_AT
from sqlalchemy import insert, select

from helpdesk.reports import ReportSource, export_sheet, week_text_period
from helpdesk.reports.figures import sheet_figures
from helpdesk.store import models as desk

RECEIVED = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


def copy_to_hub(services, hub_db) -> None:
    """Put the desk's records into the hub's tables, as merged records would be."""
    from helpdesk.hub import tables as hub

    with services.engine.connect() as src, hub_db.write() as dst:
        desk_id = src.execute(select(desk.desk_table.c.id)).scalar()
        for ours, theirs in ((desk.spot_table, hub.spot_table),
                             (desk.session_table, hub.session_table),
                             (desk.visit_table, hub.visit_table),
                             (desk.visit_question_table, hub.visit_question_table)):
            rows = [dict(r._mapping) for r in src.execute(select(ours))]
            for row in rows:
                row.pop("staff_id", None)  # never sent to the hub
                if "received_at" in theirs.c:
                    row["received_at"] = RECEIVED
                if "desk_id" in theirs.c:
                    row.setdefault("desk_id", desk_id)
            dst.execute(insert(theirs), [{k: v for k, v in r.items() if k in theirs.c}
                                         for r in rows])


def comparable(figures):
    return [(s.name, s.totals, s.counts, s.grid, s.follow_ups_open, s.follow_ups_overdue,
             s.deleted_left_out, s.previous, s.year_before) for s in figures.spots]


def test_the_hub_gives_the_same_figures_and_rows(sheet_store, hub_db, tmp_path):
    """Figures and CSV rows from the hub's tables (SQLite or PostgreSQL) equal the desk's."""
    from helpdesk.hub import tables as hub

    services, _ids = sheet_store
    copy_to_hub(services, hub_db)
    desk_source = services.reports.source()
    hub_source = ReportSource(bind=hub_db.engine, spot=hub.spot_table,
                              help_session=hub.session_table, visit=hub.visit_table,
                              visit_question=hub.visit_question_table,
                              time_zone="Europe/Brussels", taxonomy=desk_source.taxonomy,
                              name="Hub")
    week = week_text_period("2026-W47")
    assert comparable(sheet_figures(hub_source, week, made_at=MADE_AT)) == \
        comparable(sheet_figures(desk_source, week, made_at=MADE_AT))
    for source, name in ((desk_source, "desk.csv"), (hub_source, "hub.csv")):
        export_sheet(source, week, None, "csv", "fr", tmp_path / name, made_at=MADE_AT)
    assert (tmp_path / "hub.csv").read_bytes() == (tmp_path / "desk.csv").read_bytes()
    pdf = export_sheet(hub_source, week, None, "pdf", "nl", tmp_path / "hub.pdf",
                       made_at=MADE_AT)
    assert pdf.pages == 3 and pdf.visit_records == 8


@pytest.mark.parametrize("fmt", ["xlsx"])
def test_a_reflected_hub_source_writes_the_sheet(sheet_store, hub_db, tmp_path, fmt):
    """ReportSource.reflect reads the hub's tables from the database itself (extra columns
    ignored) and makes the whole workbook."""
    services, _ids = sheet_store
    copy_to_hub(services, hub_db)
    source = ReportSource.reflect(hub_db.engine, time_zone="Europe/Brussels",
                                  taxonomy=services.reports.source().taxonomy, name="Hub")
    result = export_sheet(source, week_text_period("2026-W47"), None, fmt, "en",
                          tmp_path / f"hub.{fmt}", made_at=MADE_AT)
    assert result.visit_records == 8

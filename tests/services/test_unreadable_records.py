"""Records stored badly before the doors checked them: listed, opened, fixed, counted."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime, timezone

import pytest

from helpdesk.core.errors import InputError
from helpdesk.core.records import PageCursor, VisitFilter
from helpdesk.core.report_records import ReportRequest
from helpdesk.reports.figures import sheet_figures
from helpdesk.reports.periods import Period

BAD_TIME = "2026-11-31T25:61:61.000000Z"


def _spoil(data_dir, sql: str, *args) -> None:
    conn = sqlite3.connect(data_dir / "helpdesk.db")
    with conn:
        conn.execute(sql, args)
    conn.close()


@pytest.fixture
def spoiled(ready_services, make_draft, data_dir):
    """Three visits in week 2026-W48, the middle one with a time that does not exist."""
    when = [datetime(2026, 11, 30, h, tzinfo=timezone.utc) for h in (9, 10, 11)]
    visits = [ready_services.intake.record_visit(make_draft(started_at=w)) for w in when]
    _spoil(data_dir, "UPDATE visit SET started_at = ?, created_at = ? WHERE id = ?",
           BAD_TIME, "2026-02-30T10:00:00.000000Z", visits[1].id)
    return visits


def test_the_visits_list_shows_an_unreadable_time_instead_of_failing(ready_services, spoiled):
    """The list pages past the bad row; its time is None (shown as unreadable)."""
    rows = ready_services.visits.page(VisitFilter(), limit=10)
    assert [r.id for r in rows] == [spoiled[1].id, spoiled[2].id, spoiled[0].id]
    assert rows[0].started_at is None
    # Paging on from the unreadable row gives the rest, once each.
    rest = ready_services.visits.page(VisitFilter(), PageCursor(None, rows[0].id), limit=10)
    assert [r.id for r in rest] == [spoiled[2].id, spoiled[0].id]


def test_such_a_visit_can_be_opened_corrected_and_deleted(ready_services, spoiled, make_draft):
    """Opening gives the visit with no time; an edit must give one; deleting works."""
    bad = ready_services.intake.get_visit(spoiled[1].id)
    assert bad.started_at is None and bad.created_at is None
    with pytest.raises(InputError) as caught:
        ready_services.intake.update_visit(bad.id, bad.as_draft(), expected_revision=1)
    assert caught.value.field == "started_at"
    fixed = datetime(2026, 11, 30, 10, 30, tzinfo=timezone.utc)
    saved = ready_services.intake.update_visit(
        bad.id, make_draft(started_at=fixed), expected_revision=1)
    assert saved.started_at == fixed
    assert ready_services.intake.delete_visit(bad.id).deleted


def test_the_desk_sheet_counts_it_and_says_so(ready_services, spoiled, tmp_path):
    """The CSV rows keep the visit with empty date cells; the PDF/XLSX figures say how many."""
    request = ReportRequest(first_day=date(2026, 11, 30), last_day=date(2026, 12, 6),
                            by_week=True, spot_ids=())
    out = ready_services.reports.export(request, "csv", "en", tmp_path / "w48.csv")
    assert out.visit_records == 3
    with open(out.path, encoding="utf-8", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert len(lines) == 3
    assert [line["date"] for line in lines].count("") == 1
    period = Period(request.first_day, request.last_day, True)
    figures = sheet_figures(ready_services.reports.source(), period)
    assert figures.network.unreadable == 1
    assert figures.network.totals.visits == 3
    assert sum(figures.network.grid.values()) == 2
    for fmt in ("xlsx", "pdf"):
        ready_services.reports.export(request, fmt, "nl", tmp_path / f"w48.{fmt}")


def test_a_session_with_an_unreadable_time_does_not_break_the_sheet(ready_services, spot_id,
                                                                    data_dir, tmp_path):
    """Its hours are left out; the sheet is still made."""
    session = ready_services.sessions.open_session(spot_id, [])
    ready_services.sessions.close_session(session.id, 0)
    _spoil(data_dir, "UPDATE help_session SET opened_at = ?", "2026-12-01T10:00:00.000000Z")
    _spoil(data_dir, "UPDATE help_session SET closed_at = ?", "2026-12-01T99:00:00.000000Z")
    day = date(2026, 12, 1)
    request = ReportRequest(first_day=day, last_day=day, by_week=False, spot_ids=())
    ready_services.reports.export(request, "xlsx", "en", tmp_path / "day.xlsx")
    assert ready_services.sessions.recent_sessions()[0].closed_at is None

"""Visit lengths in the funders' buckets: under 30 min, 30–60 min, 1–2 h, over 2 h, in the
preview, the PDF, the XLSX and the CSV (one bucket per visit row)."""

from __future__ import annotations

import csv
from datetime import date, datetime, timezone

import pytest

from helpdesk.core.records import VisitDraft
from helpdesk.core.report_records import ReportRequest

WEEK = ReportRequest(first_day=date(2026, 11, 16), last_day=date(2026, 11, 22))
# Minutes of each visit; the edges of the buckets on both sides.
MINUTES = [10, 29, 30, 60, 61, 120, 121, None]
EXPECTED = {"under_30": 2, "30_60": 2, "1_2h": 2, "over_2h": 1, "unknown": 1}


@pytest.fixture
def week(ready_services):
    spot = ready_services.desk.spots()[0].id
    for n, minutes in enumerate(MINUTES):
        ready_services.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
            outcome="solved", duration_minutes=minutes,
            started_at=datetime(2026, 11, 17, 9 + n, tzinfo=timezone.utc)))
    return ready_services


def test_the_buckets_count_each_visit_once_by_its_length(week):
    """Edges: 29 is under 30, 30 and 60 are 30–60, 61 and 120 are 1–2 h, 121 over 2 h."""
    page = week.reports.preview(WEEK, "en").pages[0]
    table = next(t for t in page.tables if t.key == "durations")
    assert {row.code: row.count for row in table.rows} == EXPECTED
    assert [row.label for row in table.rows] == ["Under 30 min", "30–60 min", "1–2 h",
                                                 "Over 2 h", "Unknown"]


def test_the_buckets_are_in_the_pdf_xlsx_and_csv(week, tmp_path):
    """Dutch PDF, French XLSX, and the CSV's bucket column agreeing with the table."""
    pypdf = pytest.importorskip("pypdf")
    openpyxl = pytest.importorskip("openpyxl")
    pdf, xlsx, out = tmp_path / "w.pdf", tmp_path / "w.xlsx", tmp_path / "w.csv"
    week.reports.export(WEEK, "pdf", "nl", pdf)
    week.reports.export(WEEK, "xlsx", "fr", xlsx)
    week.reports.export(WEEK, "csv", "en", out)
    words = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "Duur van het bezoek" in words and "Meer dan 2 u" in words
    rows = [list(r) for r in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(
        values_only=True)]
    start = next(n for n, r in enumerate(rows) if r[0] == "Durée de la visite")
    assert rows[start + 1][:2] == ["Moins de 30 min", 2]
    with out.open(encoding="utf-8") as fh:
        lines = list(csv.DictReader(fh))
    found: dict[str, int] = {}
    for line in lines:
        code = line["duration_bucket"] or "unknown"
        found[code] = found.get(code, 0) + 1
    assert found == EXPECTED
    assert {line["duration_bucket_label"] for line in lines} >= {"Under 30 min", "Over 2 h"}
    assert {line["month"] for line in lines} == {"2026-11"}  # what a pivot by month takes

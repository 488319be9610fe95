"""Month by month: a sheet over more than one month gets a trend of visits, people reached,
new people and group participants, in the preview, the PDF and the XLSX."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from helpdesk.core.records import GroupDraft, VisitDraft
from helpdesk.core.report_records import ReportRequest
from helpdesk.reports.periods import dates_period, months_of

QUARTER = ReportRequest(first_day=date(2026, 7, 1), last_day=date(2026, 9, 30), by_week=False)
# (code or None, UTC day) — Anna in July and September (new in July only), Bram in August.
VISITS = [("ANNA01", 3, 2), ("ANNA01", 7, 20), ("BRAM02", 8, 5), (None, 8, 6),
          ("ANNA01", 9, 9), ("CARO03", 9, 10)]


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, tzinfo=timezone.utc)


@pytest.fixture
def quarter(ready_services):
    """The test desk with a March visit (before the quarter) and the quarter's records."""
    spot = ready_services.desk.spots()[0].id
    for code, month, day in VISITS:
        ready_services.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
            outcome="solved", started_at=at(month, day),
            visitor_hash=ready_services.visitors.code_hash(code) if code else None))
    ready_services.groups.record_group(GroupDraft(spot, "Burger Café", 12, started_at=at(8, 28)))
    return ready_services


def test_the_months_of_a_period_are_cut_to_it():
    """A period from mid-January to early March: three months, the ends cut."""
    months = months_of(dates_period(date(2026, 1, 15), date(2026, 3, 2)))
    assert [(m.first_day, m.last_day) for m in months] == [
        (date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 2))]


@pytest.mark.parametrize("first, last, months", [
    (date(2026, 1, 15), date(2026, 2, 1), [(date(2026, 1, 15), date(2026, 1, 31)),
                                           (date(2026, 2, 1), date(2026, 2, 1))]),
    (date(2026, 5, 31), date(2026, 5, 31), [(date(2026, 5, 31), date(2026, 5, 31))]),
])
def test_a_period_ending_on_a_months_first_day_keeps_that_day(first, last, months):
    """The last day of the period is in a month of its own when it is the 1st (its visits
    count in the trend); a one-day period is one month."""
    assert [(m.first_day, m.last_day) for m in months_of(dates_period(first, last))] == months


def test_a_quarter_has_its_trend_month_by_month(quarter):
    """Each month's figures, and the whole quarter's (people are not the months' sum)."""
    page = quarter.reports.preview(QUARTER, "en").pages[0]
    trend = page.trend
    assert trend is not None and trend.months == ("07/2026", "08/2026", "09/2026")
    rows = {row.code: (row.values, row.total) for row in trend.rows}
    assert rows == {"visits": ((1, 2, 2), 5), "people_reached": ((1, 1, 2), 3),
                    "people_new": ((0, 1, 1), 2), "participants": ((0, 12, 0), 12)}


def test_one_month_has_no_trend(quarter):
    """A week or a single month: nothing to follow over time."""
    july = ReportRequest(first_day=date(2026, 7, 1), last_day=date(2026, 7, 31), by_week=False)
    assert quarter.reports.preview(july, "en").pages[0].trend is None


def test_the_trend_is_in_the_pdf_and_the_xlsx(quarter, tmp_path):
    """Its title and months, in the reader's language, on paper and in the workbook."""
    pypdf = pytest.importorskip("pypdf")
    openpyxl = pytest.importorskip("openpyxl")
    pdf, xlsx = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    quarter.reports.export(QUARTER, "pdf", "nl", pdf)
    quarter.reports.export(QUARTER, "xlsx", "fr", xlsx)
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "Per maand" in text and "08/2026" in text
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[-2:] == ["Mois par mois", "Visites"]  # a sheet of its own
    rows = [list(r) for r in book["Mois par mois"].iter_rows(values_only=True)]
    start = next(n for n, r in enumerate(rows) if r[0] == "Mois par mois")
    assert rows[start][1:5] == ["07/2026", "08/2026", "09/2026", "Total"]
    assert rows[start + 1][:5] == ["Visites", 1, 2, 2, 5]
    sheet = book["Mois par mois"]
    chart = sheet._charts[0]
    names = [s.tx.strRef.f.split("!")[1].replace("$", "") for s in chart.series]
    assert [sheet[cell].value for cell in names] == ["Visites", "Personnes touchées"]
    assert chart.series[0].val.numRef.f == f"'Mois par mois'!$B${start + 2}:$D${start + 2}"
    # Above the tables at the left edge, so it is seen on opening and printed whole: the
    # sheet prints landscape, one page wide.
    anchor = chart.anchor._from
    assert (anchor.col, anchor.row) == (0, 3) and start > anchor.row + 15
    assert sheet.page_setup.orientation == "landscape"
    setup = sheet.page_setup  # fitToWidth left out means 1 (the default of the format)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth in (None, 1)
    assert setup.fitToHeight == 0

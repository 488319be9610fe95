"""Weeks of any year from 1900 to 9999 where ISO has them (a clock set wrong gives 1970)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from helpdesk.core.errors import InputError
from helpdesk.reports.periods import parse_week, week_text_period


@pytest.mark.parametrize("text, first", [
    ("1970-W01", date(1969, 12, 29)), ("1900-W01", date(1900, 1, 1)),
    ("2004-W53", date(2004, 12, 27)), ("3000-W10", date(3000, 3, 3)),
    ("9999-W51", date(9999, 12, 20)),
])
def test_far_weeks_make_periods_with_bounds(text, first):
    """The week is understood, its days and UTC bounds exist, and so do its comparisons."""
    period = week_text_period(text)
    assert period.first_day == first and period.days == 7
    low, high = period.utc_bounds(ZoneInfo("Europe/Brussels"))
    assert low < high
    period.previous().utc_bounds(ZoneInfo("Europe/Brussels"))
    period.year_before().utc_bounds(ZoneInfo("Europe/Brussels"))


@pytest.mark.parametrize("text, sentence", [
    ("1899-W10", "Choose a week from the years 1900 to 9999."),
    ("1971-W53", "The year 1971 has no week 53."),
    ("9999-W52", "The last week of 9999 ends in the year 10000; choose an earlier week."),
])
def test_weeks_out_of_reach_are_one_sentence(text, sentence):
    """Outside the years, a week ISO does not have, and the week that ends in 10000: each its
    own sentence (the one translated), shown next to the week field."""
    with pytest.raises(InputError) as caught:
        parse_week(text)
    assert (caught.value.sentence(), caught.value.field) == (sentence, "week")


def test_the_desk_sheet_of_1970_week_1(ready_services, tmp_path):
    """A visit with the clock at 1 January 1970 lands on the sheet of 1970-W01."""
    from datetime import datetime, timezone

    from helpdesk.core.records import VisitDraft
    from helpdesk.core.report_records import ReportRequest

    spot = ready_services.desk.spots()[0].id
    ready_services.intake.record_visit(VisitDraft(
        session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
        outcome="solved", started_at=datetime(1970, 1, 1, 12, tzinfo=timezone.utc)))
    period = week_text_period("1970-W01")
    request = ReportRequest(first_day=period.first_day, last_day=period.last_day,
                            by_week=True, spot_ids=())
    for fmt in ("csv", "xlsx", "pdf"):
        made = ready_services.reports.export(request, fmt, "fr", tmp_path / f"1970.{fmt}")
        assert made.visit_records == 1


def test_visits_from_a_clock_set_wrong_are_flagged_not_refused(ready_services):
    """1970's visits are counted on 1970's sheet, which says how many look implausible."""
    from datetime import datetime, timezone

    from helpdesk.core.records import VisitDraft
    from helpdesk.reports.figures import sheet_figures
    from helpdesk.reports.layout import lay_out

    spot = ready_services.desk.spots()[0].id
    for hour in (9, 10):
        ready_services.intake.record_visit(VisitDraft(
            session_id=None, spot_id=spot, staff_id=None, question_types=("email",),
            outcome="solved", started_at=datetime(1970, 1, 1, hour, tzinfo=timezone.utc)))
    figures = sheet_figures(ready_services.reports.source(), week_text_period("1970-W01"))
    assert figures.network.totals.visits == 2 and figures.network.implausible == 2
    this_week = sheet_figures(ready_services.reports.source(), week_text_period("2026-W49"))
    assert this_week.network.implausible == 0
    view = lay_out(figures, ready_services.taxonomy.current(), "nl")
    assert any("voor 2000" in note for page in view.pages for note in page.notes)

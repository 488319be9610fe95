"""Week boundaries in Europe/Brussels: daylight-saving changes, ISO week 53, week 1 in December."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from helpdesk.core.errors import InputError
from helpdesk.reports.layout import period_label
from helpdesk.reports.periods import (
    Period,
    dates_period,
    parse_week,
    week_text_period,
    weeks_in_year,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.mark.parametrize("week, first, last, start_utc, end_utc", [
    # Summer time starts on Sunday 29/03/2026 at 02:00: the week is one hour short.
    ("2026-W13", date(2026, 3, 23), date(2026, 3, 29),
     "2026-03-22T23:00:00.000000Z", "2026-03-29T22:00:00.000000Z"),
    # Summer time ends on Sunday 25/10/2026 at 03:00: the week is one hour long.
    ("2026-W43", date(2026, 10, 19), date(2026, 10, 25),
     "2026-10-18T22:00:00.000000Z", "2026-10-25T23:00:00.000000Z"),
    # The week after each change starts at the new offset.
    ("2026-W14", date(2026, 3, 30), date(2026, 4, 5),
     "2026-03-29T22:00:00.000000Z", "2026-04-05T22:00:00.000000Z"),
    ("2026-W44", date(2026, 10, 26), date(2026, 11, 1),
     "2026-10-25T23:00:00.000000Z", "2026-11-01T23:00:00.000000Z"),
    # 2026 has 53 ISO weeks; week 53 ends on Sunday 03/01/2027.
    ("2026-W53", date(2026, 12, 28), date(2027, 1, 3),
     "2026-12-27T23:00:00.000000Z", "2027-01-03T23:00:00.000000Z"),
    # Week 1 of 2025 starts on Monday 30/12/2024, in the year before.
    ("2025-W01", date(2024, 12, 30), date(2025, 1, 5),
     "2024-12-29T23:00:00.000000Z", "2025-01-05T23:00:00.000000Z"),
    # Week 1 of 2027 starts on Monday 04/01/2027, after 2026-W53.
    ("2027-W01", date(2027, 1, 4), date(2027, 1, 10),
     "2027-01-03T23:00:00.000000Z", "2027-01-10T23:00:00.000000Z"),
])
def test_week_days_and_utc_bounds(week, first, last, start_utc, end_utc):
    """An ISO week is Monday to Sunday, and its bounds are local midnights in UTC."""
    period = week_text_period(week)
    assert (period.first_day, period.last_day, period.by_week) == (first, last, True)
    assert period.utc_bounds(BRUSSELS) == (start_utc, end_utc)


def test_consecutive_weeks_touch_without_gap_or_overlap():
    """Around both changes and across year ends, one week ends where the next begins."""
    for year, week in ((2026, 12), (2026, 13), (2026, 42), (2026, 43), (2026, 52), (2026, 53),
                       (2024, 52), (2020, 53)):
        this = week_text_period(f"{year}-W{week}")
        after = Period(this.last_day + timedelta(days=1), this.last_day + timedelta(days=7), True)
        assert this.utc_bounds(BRUSSELS)[1] == after.utc_bounds(BRUSSELS)[0]


def test_weeks_in_a_year():
    """2020 and 2026 have 53 ISO weeks; 2021 and 2025 have 52."""
    assert [weeks_in_year(y) for y in (2020, 2021, 2025, 2026)] == [53, 52, 52, 53]


@pytest.mark.parametrize("text", ["2026-W60", "2025-W53", "2026-W00", "2026-47", "week 47", "",
                                  "26-W47"])
def test_impossible_weeks_are_refused_in_one_sentence(text):
    """A malformed or non-existent week is an InputError with one plain sentence."""
    with pytest.raises(InputError) as caught:
        parse_week(text)
    assert caught.value.sentence().endswith(".") and "\n" not in caught.value.sentence()


def test_week_spellings_accepted():
    """2026-W47, 2026W47 and 2026-w7 are all understood."""
    assert parse_week("2026-W47") == parse_week("2026W47") == (2026, 47)
    assert parse_week("2026-w7") == (2026, 7)


def test_previous_week_and_year_before_across_year_ends():
    """Week 1's previous week is the last of the year before; week 53 a year before is 52."""
    w1 = week_text_period("2027-W01")
    assert w1.previous() == week_text_period("2026-W53")
    assert week_text_period("2026-W53").year_before() == week_text_period("2025-W52")
    assert week_text_period("2026-W47").year_before() == week_text_period("2025-W47")
    assert week_text_period("2026-W45", "2026-W47").previous() == \
        week_text_period("2026-W42", "2026-W44")


def test_date_ranges():
    """A date range keeps its days; a year before keeps the dates (29/02 becomes 28/02)."""
    period = dates_period(date(2024, 2, 1), date(2024, 2, 29))
    assert period.days == 29 and not period.by_week
    assert period.year_before() == Period(date(2023, 2, 1), date(2023, 2, 28))
    assert period.previous() == Period(date(2024, 1, 3), date(2024, 1, 31))
    with pytest.raises(InputError):
        dates_period(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(InputError):
        dates_period(date(2020, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize("language, one, run, across, dates", [
    ("nl", "Week 47 van 2026", "Week 45 tot 47 van 2026", "Week 52 van 2026 tot week 2 van 2027",
     "01/11/2026 tot 30/11/2026"),
    ("fr", "Semaine 47 de 2026", "Semaines 45 à 47 de 2026",
     "Semaine 52 de 2026 à semaine 2 de 2027", "Du 01/11/2026 au 30/11/2026"),
    ("en", "Week 47 of 2026", "Weeks 45 to 47 of 2026", "Week 52 of 2026 to week 2 of 2027",
     "01/11/2026 to 30/11/2026"),
])
def test_period_names_as_belgians_write_them(language, one, run, across, dates):
    """Weeks by number, dates as dd/mm/yyyy, in each language."""
    assert period_label(week_text_period("2026-W47"), language) == one
    assert period_label(week_text_period("2026-W45", "2026-W47"), language) == run
    assert period_label(week_text_period("2026-W52", "2027-W02"), language) == across
    assert period_label(dates_period(date(2026, 11, 1), date(2026, 11, 30)), language) == dates

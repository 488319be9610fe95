"""The edges of a period: the three-year limit on both sides, and its bounds in the store."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from helpdesk.core.errors import InputError
from helpdesk.reports.figures import sheet_figures
from helpdesk.reports.periods import MAX_DAYS, dates_period, week_text_period, weeks_period
from helpdesk.store.engine import writing
from helpdesk.store.models import visit_question_table, visit_table


def test_three_years_is_the_longest_period_to_the_day():
    """The longest range is taken; one day more is refused in one sentence."""
    first = date(2024, 1, 1)
    assert dates_period(first, first + timedelta(days=MAX_DAYS - 1)).days == MAX_DAYS
    with pytest.raises(InputError, match="at most three years"):
        dates_period(first, first + timedelta(days=MAX_DAYS))
    assert dates_period(date(2024, 1, 1), date(2026, 12, 31)).days == 1096  # three whole years


def test_the_longest_run_of_weeks():
    """157 weeks (1,099 days) are a sheet; 158 are not."""
    assert weeks_period(2024, 1, 2026, 53).days == 157 * 7 == MAX_DAYS
    with pytest.raises(InputError, match="at most three years"):
        weeks_period(2024, 1, 2027, 1)


def test_a_period_of_one_day_and_one_that_ends_before_it_starts():
    """First day = last day is one day; last day before first is refused."""
    assert dates_period(date(2026, 3, 1), date(2026, 3, 1)).days == 1
    with pytest.raises(InputError) as caught:
        dates_period(date(2026, 3, 2), date(2026, 3, 1))
    assert caught.value.sentence() == "The period ends before it starts; swap the two ends."
    assert caught.value.field == "period"
    with pytest.raises(InputError) as caught:
        dates_period(date(2020, 1, 1), date(2026, 1, 1))
    assert caught.value.sentence() == ("A sheet covers at most three years; choose a shorter "
                                       "period.")
    assert caught.value.field == "period"


MADE_AT = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)  # Tuesday 24/11 10:30 Brussels


def _visit(spot_id: str, n: int, started: datetime, **fields) -> dict:
    row = dict(id=f"edge-{n}", desk_id="desk", session_id=None, spot_id=spot_id,
               staff_id=None, started_at=started, duration_minutes=10, outcome="solved",
               autonomy=None, referral=None, follow_up=False, follow_up_date=None,
               channel="in_person", age_band="unknown", gender="unknown",
               help_language="unknown", first_visit=None, status="unknown", note="",
               revision=1, created_at=started, updated_at=started, deleted=False)
    row.update(fields)
    return row


@pytest.fixture
def edge_store(ready_services):
    """Visits exactly on week 47's bounds (Brussels midnights, UTC+1) and follow-ups due
    the day before the sheet is made and on that very day."""
    spot = ready_services.desk.spots()[0].id
    utc = timezone.utc
    rows = [
        _visit(spot, 1, datetime(2026, 11, 15, 23, 0, tzinfo=utc)),  # Mon 16/11 00:00 local
        _visit(spot, 2, datetime(2026, 11, 22, 22, 59, 59, 999999, tzinfo=utc)),  # last µs
        _visit(spot, 3, datetime(2026, 11, 22, 23, 0, tzinfo=utc)),  # Mon 23/11 00:00: W48
        _visit(spot, 4, datetime(2026, 11, 15, 22, 59, 59, 999999, tzinfo=utc)),  # W46
        _visit(spot, 5, datetime(2026, 11, 18, 10, 0, tzinfo=utc), follow_up=True,
               follow_up_date=date(2026, 11, 24)),  # due today: open, not overdue
        _visit(spot, 6, datetime(2026, 11, 18, 11, 0, tzinfo=utc), follow_up=True,
               follow_up_date=date(2026, 11, 23)),  # due yesterday: overdue
    ]
    with writing(ready_services.engine) as db:
        db.execute(insert(visit_table), rows)
        db.execute(insert(visit_question_table),
                   [{"visit_id": r["id"], "question_type": "email", "position": 0}
                    for r in rows])
    return ready_services


def _figures(services, week: str):
    figures = sheet_figures(services.reports.source(), week_text_period(week), made_at=MADE_AT)
    return figures.spots[0]


def test_a_visit_on_the_first_instant_is_in_and_on_the_end_bound_is_out(edge_store):
    """Local midnight starting the week counts; the midnight ending it belongs to the next."""
    assert _figures(edge_store, "2026-W47").totals.visits == 4  # 1, 2, 5, 6
    assert _figures(edge_store, "2026-W48").totals.visits == 1  # 3
    assert _figures(edge_store, "2026-W46").totals.visits == 1  # 4


def test_a_follow_up_due_today_is_open_but_not_overdue(edge_store):
    """Overdue means due before the day the sheet is made, not on it."""
    spot = _figures(edge_store, "2026-W47")
    assert (spot.follow_ups_open, spot.follow_ups_overdue) == (2, 1)


@pytest.mark.parametrize("text, sentence", [
    ("47", "47 is not a week; write it like 2026-W47."),
    ("2026-W60", "The year 2026 has no week 60."),
    ("2027-W53", "The year 2027 has no week 53."),
])
def test_a_wrong_week_names_itself_and_its_field(text, sentence):
    """The sentence repeats what was typed and tells how to write it; the week field is
    named, so the screen can show it there; the template stays translatable."""
    from helpdesk.reports.periods import parse_week

    with pytest.raises(InputError) as caught:
        parse_week(text)
    assert caught.value.sentence() == sentence and caught.value.field == "week"
    assert "{" in caught.value.message  # the words are filled in after translation


def test_week_years_run_from_1900_to_9999():
    """The first and last years taken (a clock set wrong makes old weeks), and one past each."""
    from helpdesk.reports.periods import parse_week

    assert parse_week("1900-W10") == (1900, 10) and parse_week("9999-W10") == (9999, 10)
    for text in ("1899-W10", "10000-W10"):
        with pytest.raises(InputError):
            parse_week(text)


def test_a_year_before_of_runs_of_weeks():
    """A run across New Year keeps both ends a year back; a run ending in week 53 ends in
    the last week of a 52-week year before."""
    assert week_text_period("2026-W52", "2027-W02").year_before() == \
        week_text_period("2025-W52", "2026-W02")
    assert week_text_period("2026-W50", "2026-W53").year_before() == \
        week_text_period("2025-W50", "2025-W52")


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset")
def test_the_bounds_do_not_depend_on_the_computers_own_time_zone(monkeypatch):
    """A desk PC set to another zone than the desk's still gets Brussels weeks in UTC."""
    import time
    from zoneinfo import ZoneInfo

    expected = ("2026-11-15T23:00:00.000000Z", "2026-11-22T23:00:00.000000Z")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        bounds = week_text_period("2026-W47").utc_bounds(ZoneInfo("Europe/Brussels"))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert tuple(bounds) == expected

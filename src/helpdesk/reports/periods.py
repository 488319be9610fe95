"""Report periods: ISO weeks and date ranges, in the desk's time zone, as UTC text bounds.

A period is a run of whole local days. Its bounds in the store are the UTC instants at which
its first day starts and the day after its last day starts, written in the store's fixed-width
UTC text, so a plain text comparison on ``started_at`` selects it on SQLite and PostgreSQL
alike (and uses the index on ``started_at``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
MIN_YEAR, MAX_YEAR = 1900, 9999
MAX_DAYS = 3 * 366 + 1  # three years: more than a yearly sheet, less than a runaway request

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """Whole local days from ``first_day`` to ``last_day`` (both included).

    ``by_week`` says the period was asked for as ISO weeks (Monday to Sunday), so it is
    named "week 47" and compared with the same week numbers a year before.
    """

    first_day: date
    last_day: date
    by_week: bool = False

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.last_day - self.first_day).days + 1

    @property
    def first_week(self) -> tuple[int, int]:
        """ISO (year, week) of the first day."""
        iso = self.first_day.isocalendar()
        return iso.year, iso.week

    @property
    def last_week(self) -> tuple[int, int]:
        """ISO (year, week) of the last day."""
        iso = self.last_day.isocalendar()
        return iso.year, iso.week

    def utc_bounds(self, zone: ZoneInfo) -> tuple[str, str]:
        """The UTC text of the first instant in the period and of the first instant after it."""
        return (utc_text(local_midnight(self.first_day, zone)),
                utc_text(local_midnight(self.last_day + timedelta(days=1), zone)))

    def previous(self) -> Period:
        """The period of the same length just before this one (the previous week)."""
        return Period(self.first_day - timedelta(days=self.days),
                      self.first_day - timedelta(days=1), self.by_week)

    def year_before(self) -> Period:
        """The same weeks (by ISO number) or the same dates, one year earlier."""
        if self.by_week:
            (year, week), (last_year, last_week) = self.first_week, self.last_week
            return weeks_period(year - 1, _existing_week(year - 1, week),
                                last_year - 1, _existing_week(last_year - 1, last_week))
        return Period(_same_day_year_before(self.first_day),
                      _same_day_year_before(self.last_day), False)


def months_of(period: Period) -> list[Period]:
    """The calendar months ``period`` touches, each cut to the period (at least one)."""
    months, first = [], period.first_day
    while first <= period.last_day:
        following = (first.replace(day=1) + timedelta(days=32)).replace(day=1)
        last = min(period.last_day, following - timedelta(days=1))
        months.append(Period(first, last, by_week=False))
        first = following
    return months


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant a local day starts (Brussels never skips midnight)."""
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def utc_text(moment: datetime) -> str:
    """A moment as the store writes it: fixed-width UTC text."""
    return moment.astimezone(timezone.utc).strftime(UTC_FORMAT)


def weeks_in_year(year: int) -> int:
    """52 or 53: the number of ISO weeks of an ISO year."""
    return date(year, 12, 28).isocalendar().week


def parse_week(text: str) -> tuple[int, int]:
    """'2026-W47' (or '2026W47', '2026-w7') as (2026, 47); raise InputError when impossible."""
    match = _WEEK.match(text or "")
    if not match:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "{text} is not a week; write it like 2026-W47."), field="week", text=text)
    year, week = int(match.group(1)), int(match.group(2))
    # Any year a clock can be set to (a wrong one gives visits in 1970); ISO decides the weeks.
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "Choose a week from the years 1900 to 9999."), field="week")
    if not 1 <= week <= weeks_in_year(year):
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "The year {year} has no week {week}."), field="week", year=year,
            week=week)
    if (year, week) == (MAX_YEAR, weeks_in_year(MAX_YEAR)):
        # Its Sunday is in the year 10000, which no date here can hold.
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "The last week of 9999 ends in the year 10000; choose an earlier week."),
            field="week")
    return year, week


def weeks_period(year: int, week: int, to_year: int | None = None,
                 to_week: int | None = None) -> Period:
    """ISO week ``year``-W``week``, or the weeks from it up to ``to_year``-W``to_week``."""
    first = date.fromisocalendar(year, week, 1)
    last = date.fromisocalendar(to_year or year, to_week or week, 7)
    return checked(Period(first, last, by_week=True))


def week_text_period(week: str, to_week: str | None = None) -> Period:
    """The period of '2026-W47' (through '2026-W52' when ``to_week`` is given)."""
    year, number = parse_week(week)
    if to_week:
        return weeks_period(year, number, *parse_week(to_week))
    return weeks_period(year, number)


def dates_period(first_day: date, last_day: date) -> Period:
    """The days from ``first_day`` to ``last_day``, both included."""
    return checked(Period(first_day, last_day, by_week=False))


def checked(period: Period) -> Period:
    """The period itself, or InputError when it ends before it starts or runs too long."""
    if period.last_day < period.first_day:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "The period ends before it starts; swap the two ends."), field="period")
    if period.days > MAX_DAYS:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors",  # pragma: no mutate
            "A sheet covers at most three years; choose a shorter period."),
            field="period")
    return period


def _existing_week(year: int, week: int) -> int:
    # Week 53 a year before a 53-week year does not exist in most years: take the last week.
    return min(week, weeks_in_year(year))


def _same_day_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)

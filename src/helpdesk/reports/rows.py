"""The visit rows of the XLSX and CSV files, streamed from the database in time order.

One query: live visits of the period left-joined to their question types, ordered by time,
visit and position, read in batches (a server-side cursor on PostgreSQL). Consecutive rows of
the same visit are folded into one line, so memory holds one batch, never the whole period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time
from functools import partial
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, and_, null, select, type_coerce

from helpdesk.core.taxonomy_file import Taxonomy
from helpdesk.core.value_checks import parse_utc_text
from helpdesk.reports.figures import DURATION_BUCKETS, NO, UNKNOWN, YES
from helpdesk.reports.periods import Period
from helpdesk.reports.source import ReportSource, as_text, live
from helpdesk.reports.texts import text, weekday_names

BATCH = 2000


@dataclass(frozen=True)
class Column:
    """One column of the visit rows: its stable CSV name, how to head it, what it holds."""

    name: str  # stable, never translated: tools that read the CSV rely on it
    heading: str  # texts key, or a table key for code/label pairs
    kind: str = "text"  # text | code | label | date | time | number
    list_name: str = ""  # taxonomy list the codes come from ("" for yes/no/unknown)


def _pair(name: str, heading: str, list_name: str) -> tuple[Column, Column]:
    return (Column(name, heading, "code", list_name),
            Column(f"{name}_label", heading, "label", list_name))


COLUMNS: tuple[Column, ...] = (
    Column("visit_id", "col_id"),
    Column("date", "col_date", "date"),
    Column("time", "col_time", "time"),
    Column("weekday", "col_weekday"),
    Column("spot", "col_spot"),
    *_pair("question_types", "question_types", "question_types"),
    *_pair("outcome", "outcomes", "outcomes"),
    *_pair("autonomy", "autonomy", "autonomy"),
    *_pair("referral", "referrals", "referrals"),
    Column("duration_minutes", "col_duration", "number"),
    *_pair("follow_up", "col_follow_up", ""),
    Column("follow_up_date", "col_follow_up_date", "date"),
    *_pair("channel", "channels", "channels"),
    *_pair("help_language", "help_languages", "help_languages"),
    *_pair("first_visit", "first_visits", ""),
    *_pair("age_band", "age_bands", "age_bands"),
    *_pair("gender", "genders", "genders"),
    *_pair("status", "statuses", "statuses"),
    Column("session_id", "col_session"),
    # The keyed hash of the visitor code, never the code: people counted from the file alone.
    Column("visitor", "col_visitor"),
    *_pair("device", "devices", "devices"),
    Column("residence", "col_residence"),
    # The visit's length in the funders' buckets (under_30, 30_60, 1_2h, over_2h), made from
    # duration_minutes: the CSV's share of the sheets' "Length of the visit" table.
    *_pair("duration_bucket", "durations", ""),
    # The local month (2026-07): the sheets' month-by-month section, as a CSV can carry it —
    # a pivot on it gives visits per month, and distinct visitors per month.
    Column("month", "col_month"),
)
# Several codes in one cell (a visit with two question types): CSV tools split on this.
CODE_SEPARATOR = "|"
LABEL_SEPARATOR = " | "


def heading(column: Column, language: str) -> str:
    """The column's heading in the sheet's language."""
    if column.kind == "code":
        return text(language, "col_codes" if column.name == "question_types" else "col_code",
                    what=text(language, column.heading))
    return text(language, column.heading)


def visit_rows(conn, source: ReportSource, period: Period,
               spot_ids: tuple[str, ...] | None) -> Iterator[list]:
    """One list of raw values per live visit of the period, oldest first (codes, no labels).

    The question types come as a tuple, so a writer can keep what it made of a combination.
    """
    zone = ZoneInfo(source.time_zone)
    visit, v, q = source.visit, source.visit.c, source.visit_question.c
    spot_names = dict(conn.execute(select(source.spot.c.id, source.spot.c.name)).all())
    first, last = period.utc_bounds(zone)
    started = as_text(v.started_at)
    # A source from before visitor codes has no such column: its cells stay empty.
    visitor, device, residence = (v[name] if name in v else null()
                                  for name in ("visitor_hash", "device", "residence"))
    conditions = [started >= first, started < last, live(visit)]
    if spot_ids is not None:
        conditions.append(v.spot_id.in_(spot_ids))
    query = (select(v.id, started.label("started"), v.spot_id, v.session_id, v.outcome,
                    v.autonomy, v.referral, v.duration_minutes,
                    type_coerce(v.follow_up, Boolean), v.follow_up_date, v.channel,
                    v.help_language, type_coerce(v.first_visit, Boolean), v.age_band, v.gender,
                    v.status, visitor, device, residence, q.question_type)
             .select_from(visit.outerjoin(source.visit_question, q.visit_id == v.id))
             .where(and_(*conditions))
             .order_by(started, v.id, q.position, q.question_type))
    result = conn.execution_options(yield_per=BATCH).execute(query)
    current: list | None = None
    current_id = None
    for row in result:
        if current is None or row[0] != current_id:
            if current is not None:
                current[5] = tuple(current[5])
                yield current
            current_id = row[0]
            current = _line(row, zone, spot_names)
        if row[-1] is not None:
            current[5].append(row[-1])
    if current is not None:
        current[5] = tuple(current[5])
        yield current


def _line(row, zone: ZoneInfo, spot_names: dict[str, str]) -> list:
    (visit_id, started, spot_id, session_id, outcome, autonomy, referral, duration, follow_up,
     follow_up_date, channel, help_language, first_visit, age_band, gender, status, visitor,
     device, residence, _q) = row
    moment = parse_utc_text(started)
    if moment is None:  # a time that does not exist: the cells stay empty, the line stays
        day = clock = weekday = None
    else:
        local = moment.astimezone(zone)
        day, clock, weekday = local.date(), local.time().replace(microsecond=0), local.weekday()
    return [visit_id, day, clock, weekday,
            spot_names.get(spot_id, spot_id), [], outcome, autonomy, referral, duration,
            YES if follow_up else NO, _as_date(follow_up_date), channel, help_language or UNKNOWN,
            UNKNOWN if first_visit is None else (YES if first_visit else NO),
            age_band or UNKNOWN, gender or UNKNOWN, status or UNKNOWN, session_id, visitor,
            device, residence]


# Positions in the raw line of the values that have a code/label column pair.
_RAW = ("visit_id", "date", "time", "weekday", "spot", "question_types", "outcome", "autonomy",
        "referral", "duration_minutes", "follow_up", "follow_up_date", "channel",
        "help_language", "first_visit", "age_band", "gender", "status", "session_id", "visitor",
        "device", "residence")
RAW_INDEX = {name: n for n, name in enumerate(_RAW)}
RAW_INDEX["duration_bucket"] = RAW_INDEX["duration_minutes"]  # made from the minutes
RAW_INDEX["month"] = RAW_INDEX["date"]  # made from the local day


def bucket_of(minutes: int | None) -> str | None:
    """The duration bucket code of a visit's minutes (None: no length recorded)."""
    if minutes is None:
        return None
    return next(code for code, most in DURATION_BUCKETS if most is None or minutes <= most)


class Labeller:
    """Turns a raw line into the values of ``COLUMNS``: codes, labels, dates, numbers."""

    def __init__(self, taxonomy: Taxonomy, language: str) -> None:
        self._taxonomy, self._language = taxonomy, language
        self._weekdays = weekday_names(language)
        self._cache: dict[tuple[str, str], str] = {}
        # Per column: where its raw value is, and what turns it into the cell's value.
        self.plan: tuple[tuple[int, Callable | None], ...] = tuple(
            (RAW_INDEX[column.name[:-6] if column.kind == "label" else column.name],
             self._converter(column)) for column in COLUMNS)

    def label(self, list_name: str, code: str | None) -> str:
        """The label of a code (cached: a year holds a million of the same few codes)."""
        if code is None:
            return ""
        key = (list_name, code)
        found = self._cache.get(key)
        if found is None:
            if code in (YES, NO, UNKNOWN) and (not list_name or code == UNKNOWN):
                found = text(self._language, code)
            else:
                found = self._taxonomy.label(list_name, code, self._language)
            self._cache[key] = found
        return found

    def values(self, raw: list) -> list:
        """The cells of one visit, in ``COLUMNS`` order (None for an empty cell)."""
        return [raw[n] if convert is None else convert(raw[n]) for n, convert in self.plan]

    def _converter(self, column: Column) -> Callable | None:
        # None: the raw value is the cell's value as it is.
        if column.name == "weekday":
            return lambda day: None if day is None else self._weekdays[day]
        if column.name == "question_types":
            return CODE_SEPARATOR.join
        if column.name == "question_types_label":
            return self._question_labels
        if column.name == "month":
            return lambda day: None if day is None else f"{day.year}-{day.month:02d}"
        if column.name == "duration_bucket":
            return bucket_of
        if column.name == "duration_bucket_label":
            return self._bucket_label
        if column.kind == "label":
            return partial(self.label, column.list_name)
        return None

    def _bucket_label(self, minutes: int | None) -> str:
        code = bucket_of(minutes)
        return text(self._language, f"duration_{code}") if code else ""

    def _question_labels(self, codes: tuple[str, ...]) -> str:
        return LABEL_SEPARATOR.join(self.label("question_types", c) for c in codes)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_time(value: time) -> str:
    """A time of day as the CSV writes it: 14:05."""
    return f"{value.hour:02d}:{value.minute:02d}"

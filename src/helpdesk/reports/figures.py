"""The figures of a sheet: SQL aggregates over a report source, in one consistent read.

Every visit count is a GROUP BY in the database; what comes back is bounded by the number of
codes, hours and spots, never by the number of visits. Related small lists are grouped
together (outcome with referral, autonomy and channel; the anonymous profile fields) and
split again in Python, so a week costs five passes over its visits rather than a dozen.
Hours are grouped by the UTC hour (``substr(started_at, 1, 13)``) and turned into local
weekday and hour here: Brussels is a whole number of hours from UTC, so this is exact.
Sessions are few (a handful a day), so their lengths are summed in Python.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import (Boolean, and_, case, exists, false, func, literal, or_, select, true,
                        type_coerce)

from helpdesk.core.group_details import stored_profile, stored_questions
from helpdesk.core.records import GROUP_PROFILE_LISTS
from helpdesk.core.taxonomy_file import PresetIndicator
from helpdesk.core.value_checks import parse_utc_text
from helpdesk.reports.periods import Period, months_of, utc_text
from helpdesk.reports.source import ReportSource, as_text, live, read_connection

UNKNOWN = "unknown"
PLAUSIBLE_FROM = "2000-01-01T00:00:00.000000Z"  # no desk recorded visits before this
YES, NO = "yes", "no"

# Lists counted from one column of ``visit`` each: sheet key -> (column, taxonomy list).
OUTCOME_GROUP = {"outcomes": "outcome", "referrals": "referral", "autonomy": "autonomy",
                 "channels": "channel"}
PROFILE_GROUP = {"help_languages": "help_language", "first_visits": "first_visit",
                 "age_bands": "age_band", "statuses": "status", "genders": "gender"}
# Added by issue 12, read only where the source has them (older sources do not).
LATER_GROUP = {"devices": "device", "residences": "residence"}
VISIT_COLUMNS = {**OUTCOME_GROUP, **PROFILE_GROUP, **LATER_GROUP}  # list -> visit column
COUNTED_LISTS = ("question_types", *OUTCOME_GROUP, *PROFILE_GROUP, *LATER_GROUP, "durations")
# A visit's length in the buckets funders count: (code, up to and including this many
# minutes). Under 30; 30 to 60; 61 to 120; over 120. No length recorded: unknown.
DURATION_BUCKETS = (("under_30", 29), ("30_60", 60), ("1_2h", 120), ("over_2h", None))
# Group participants counted per sheet table: -> the taxonomy list of its codes ("": levels).
# A participant counts once per question type the session covered, and once in each profile
# list (as "unknown" where the counts left them out).
GROUP_TABLES = {"group_questions": "question_types", "group_levels": "",
                "group_age_bands": "age_bands", "group_genders": "genders",
                "group_statuses": "statuses"}


@dataclass
class PeriodTotals:
    """The key figures of one spot (or the network) over one period."""

    sessions: int = 0
    groups: int = 0  # group sessions: workshops, trainings
    participants: int = 0  # their participants, counted apart from visits
    sessions_open: int = 0  # not closed yet: held, but their hours are not known
    hours_open: float = 0.0
    turned_away: int = 0
    visits: int = 0

    @property
    def has_data(self) -> bool:
        """True when anything at all was recorded in the period."""
        return bool(self.sessions or self.visits or self.groups)

    @property
    def visits_per_session(self) -> float | None:
        """Visits divided by sessions held (None without sessions)."""
        return self.visits / self.sessions if self.sessions else None

    @property
    def visits_per_hour(self) -> float | None:
        """Visits divided by hours open (None without closed sessions)."""
        return self.visits / self.hours_open if self.hours_open else None

    def add(self, other: PeriodTotals) -> None:
        """Add another spot's figures (for the network totals)."""
        self.sessions += other.sessions
        self.groups += other.groups
        self.participants += other.participants
        self.sessions_open += other.sessions_open
        self.hours_open += other.hours_open
        self.turned_away += other.turned_away
        self.visits += other.visits


@dataclass
class PeopleFigures:
    """People reached through visitor codes (their keyed hashes), never added up across
    spots: one person seen at two spots is one person of the network."""

    reached: int = 0  # distinct codes among the period's visits
    new: int = 0  # of whom first seen anywhere in the source during the period
    coded_visits: int = 0  # the period's visits that carry a code

    @property
    def visits_per_person(self) -> float | None:
        """Visits with a code divided by the people they came from (None without codes)."""
        return self.coded_visits / self.reached if self.reached else None


@dataclass
class MonthFigures:
    """One month of a longer period: its visits, groups and people."""

    first_day: date
    totals: PeriodTotals
    people: PeopleFigures


@dataclass
class SpotFigures:
    """Everything a sheet says about one spot, or about all chosen spots together."""

    spot_id: str
    name: str
    kind: str
    active: bool = True
    totals: PeriodTotals = field(default_factory=PeriodTotals)
    counts: dict[str, Counter] = field(
        default_factory=lambda: {key: Counter() for key in COUNTED_LISTS})
    grid: Counter = field(default_factory=Counter)  # (weekday 0 = Monday, local hour) -> visits
    question_records: int = 0  # rows of visit_question the question counts come from
    # Group participants per table of GROUP_TABLES, by code.
    group_counts: dict[str, Counter] = field(
        default_factory=lambda: {key: Counter() for key in GROUP_TABLES})
    deleted_left_out: int = 0  # tombstones in the period: left out, and said so
    follow_ups_open: int = 0
    follow_ups_overdue: int = 0
    # Records whose stored time does not exist (stored before the doors checked times):
    # counted where their text sorts, left out of hours and the grid, and said so.
    unreadable: int = 0
    # Visits dated before PLAUSIBLE_FROM or after the day the sheet is made: counted where
    # they are dated (a clock set wrong), and flagged so someone can correct them.
    implausible: int = 0
    previous: PeriodTotals | None = None
    year_before: PeriodTotals | None = None
    people: PeopleFigures = field(default_factory=lambda: PeopleFigures())
    # Month by month, for a period over more than one month: (first day, totals, people).
    months: list[MonthFigures] = field(default_factory=list)
    month: PeriodTotals | None = None  # the month being counted (a scratch slot)
    # A preset's indicators that cross lists (``all_of``): indicator code -> visits.
    crossed: Counter = field(default_factory=Counter)

    def add(self, other: SpotFigures) -> None:
        """Add another spot's figures (for the network totals)."""
        self.totals.add(other.totals)
        self.crossed.update(other.crossed)
        for key, counter in other.counts.items():
            self.counts[key].update(counter)
        for key, counter in other.group_counts.items():
            self.group_counts[key].update(counter)
        self.grid.update(other.grid)
        self.question_records += other.question_records
        self.deleted_left_out += other.deleted_left_out
        self.follow_ups_open += other.follow_ups_open
        self.follow_ups_overdue += other.follow_ups_overdue
        self.unreadable += other.unreadable
        self.implausible += other.implausible
        for name in ("previous", "year_before"):
            theirs = getattr(other, name)
            if theirs is not None:
                mine = getattr(self, name) or PeriodTotals()
                mine.add(theirs)
                setattr(self, name, mine)


@dataclass
class SheetFigures:
    """The figures of one sheet: per spot, for the network, and how they were made."""

    name: str
    period: Period
    time_zone: str
    made_at: datetime
    spots: list[SpotFigures]
    network: SpotFigures
    spot_filter: tuple[str, ...] | None  # the spot ids asked for; None: all spots

    @property
    def visit_records(self) -> int:
        """How many visit records the figures were made from."""
        return self.network.totals.visits


def sheet_figures(source: ReportSource, period: Period, spot_ids: Iterable[str] | None = None,
                  *, made_at: datetime | None = None,
                  indicators: Sequence[PresetIndicator] = ()) -> SheetFigures:
    """Count everything a sheet shows for ``period`` at ``spot_ids`` (None: every spot).

    ``indicators``: a preset's; those crossing lists are counted (one query each) into
    ``SpotFigures.crossed``, the others come from the counts every sheet has.
    """
    made_at = made_at or datetime.now(timezone.utc)
    zone = ZoneInfo(source.time_zone)
    wanted = tuple(dict.fromkeys(spot_ids)) if spot_ids is not None else None
    with read_connection(source) as conn:
        spots = _spots(conn, source, wanted)
        bounds = period.utc_bounds(zone)
        _count_sessions(conn, source, bounds, wanted, spots, "totals")
        _count_groups(conn, source, bounds, wanted, spots, "totals")
        _count_group_details(conn, source, bounds, wanted, spots)
        _count_visits(conn, source, bounds, wanted, spots, zone, made_at.astimezone(zone).date())
        _count_implausible(conn, source, bounds, wanted, spots, made_at)
        for indicator in indicators:
            if indicator.all_of:
                _count_crossed(conn, source, bounds, wanted, spots, indicator)
        people = PeopleFigures()
        coded = "visitor_hash" in source.visit.c  # a source from before visitor codes has none
        if coded:
            people = _count_people(conn, source, bounds, spots)
        network_months = _count_months(conn, source, period, zone, wanted, spots, coded)
        for name, other in (("previous", period.previous()), ("year_before", period.year_before())):
            for figures in spots.values():
                setattr(figures, name, PeriodTotals())
            other_bounds = other.utc_bounds(zone)
            _count_sessions(conn, source, other_bounds, wanted, spots, name)
            _count_groups(conn, source, other_bounds, wanted, spots, name)
            _count_live_visits(conn, source, other_bounds, wanted, spots, name)
    # Every spot asked for; else every spot in use, and retired ones that had anything.
    shown = [f for f in spots.values()
             if wanted is not None or f.active or f.totals.has_data or f.deleted_left_out]
    for figures in shown:
        for name in ("previous", "year_before"):
            totals = getattr(figures, name)
            if totals is not None and not totals.has_data:
                setattr(figures, name, None)  # "where data exists": none is not zero
    network = SpotFigures(spot_id="", name=source.name, kind="")
    for figures in shown:
        network.add(figures)
    network.people = people
    network.months = network_months
    for number, month in enumerate(network_months):  # visits and groups: the spots' sum
        month.totals = PeriodTotals()
        for figures in shown:
            month.totals.add(figures.months[number].totals)
    return SheetFigures(name=source.name, period=period, time_zone=source.time_zone,
                        made_at=made_at, spots=shown, network=network, spot_filter=wanted)


def _spots(conn, source: ReportSource, wanted) -> dict[str, SpotFigures]:
    s = source.spot.c
    query = select(s.id, s.name, s.kind, s.active).order_by(func.lower(s.name), s.id)
    if wanted is not None:
        query = query.where(s.id.in_(wanted))
    rows = conn.execute(query).all()
    found = {row.id: row for row in rows}
    if wanted is not None:
        rows = [found[spot_id] for spot_id in wanted if spot_id in found]
    return {row.id: SpotFigures(spot_id=row.id, name=row.name, kind=row.kind,
                                active=bool(row.active)) for row in rows}


def _where(table, bounds: tuple[str, str], wanted, time_column: str):
    moment = as_text(table.c[time_column])
    conditions = [moment >= bounds[0], moment < bounds[1]]
    if wanted is not None:
        conditions.append(table.c.spot_id.in_(wanted))
    return and_(*conditions)


def _target(spots: dict[str, SpotFigures], spot_id: str, name: str) -> PeriodTotals | None:
    figures = spots.get(spot_id)
    return getattr(figures, name) if figures is not None else None


def _count_sessions(conn, source, bounds, wanted, spots, name: str) -> None:
    h = source.help_session.c
    rows = conn.execute(
        select(h.spot_id, as_text(h.opened_at).label("opened"),
               as_text(h.closed_at).label("closed"), h.turned_away)
        .where(_where(source.help_session, bounds, wanted, "opened_at"), live(source.help_session)))
    for spot_id, opened, closed, turned_away in rows:
        totals = _target(spots, spot_id, name)
        if totals is None:
            continue
        totals.sessions += 1
        totals.turned_away += turned_away or 0
        start, end = parse_utc_text(opened), parse_utc_text(closed) if closed else None
        if start is None or (closed and end is None):
            if name == "totals":
                spots[spot_id].unreadable += 1
            continue
        if end is not None:
            totals.hours_open += max(0.0, (end - start).total_seconds()) / 3600
        else:
            totals.sessions_open += 1


def _count_groups(conn, source, bounds, wanted, spots, name: str) -> None:
    """Group sessions and their participants per spot (tombstones left out)."""
    groups = source.group_session
    if groups is None:
        return
    c = groups.c
    for spot_id, count, participants in conn.execute(
            select(c.spot_id, func.count(), func.sum(c.participants))
            .where(_where(groups, bounds, wanted, "started_at"), live(groups))
            .group_by(c.spot_id)):
        totals = _target(spots, spot_id, name)
        if totals is not None:
            totals.groups += count
            totals.participants += int(participants or 0)


def _count_group_details(conn, source, bounds, wanted, spots) -> None:
    """Group participants per level, question type covered and profile code.

    Group sessions are few (a Burger Café a month, a workshop a week), and their details are
    short texts, so the period's rows are read and summed here rather than in SQL.
    """
    groups = source.group_session
    if groups is None:
        return
    c = groups.c
    detailed = "profile" in c  # a source from before the details (hub_0007, 0006) has none
    columns = [c.spot_id, c.participants, c.level]
    if detailed:
        columns += [c.questions_covered, c.profile]
    for row in conn.execute(select(*columns).where(
            _where(groups, bounds, wanted, "started_at"), live(groups))):
        figures = spots.get(row.spot_id)
        if figures is None:
            continue
        people = int(row.participants or 0)
        counts = figures.group_counts
        counts["group_levels"][row.level or UNKNOWN] += people
        questions = stored_questions(row.questions_covered) if detailed else ()
        for code in questions or (UNKNOWN,):
            counts["group_questions"][code] += people
        profile = stored_profile(row.profile, people) if detailed else ()
        for key, list_name in GROUP_TABLES.items():
            if list_name not in GROUP_PROFILE_LISTS:
                continue
            given = [(code, n) for name, code, n in profile if name == list_name]
            for code, n in given:
                counts[key][code] += n
            counts[key][UNKNOWN] += people - sum(n for _code, n in given)


def _count_live_visits(conn, source, bounds, wanted, spots, name: str) -> None:
    v = source.visit.c
    in_period = _where(source.visit, bounds, wanted, "started_at")
    for spot_id, count in conn.execute(
            select(v.spot_id, func.count()).where(in_period, live(source.visit))
            .group_by(v.spot_id)):
        totals = _target(spots, spot_id, name)
        if totals is not None:
            totals.visits += count


def _count_months(conn, source, period: Period, zone: ZoneInfo, wanted, spots,
                  coded: bool) -> list[MonthFigures]:
    """Each month's figures per spot (``SpotFigures.months``); returned: the network's people
    per month (its visits and groups are the spots' sums). Nothing for a single month."""
    months = months_of(period)
    if len(months) < 2:
        return []
    network = []
    kept = {spot_id: figures.people for spot_id, figures in spots.items()}
    for month in months:
        bounds = month.utc_bounds(zone)
        for figures in spots.values():
            figures.month = PeriodTotals()
        _count_live_visits(conn, source, bounds, wanted, spots, "month")
        _count_groups(conn, source, bounds, wanted, spots, "month")
        people = _count_people(conn, source, bounds, spots) if coded else PeopleFigures()
        for figures in spots.values():
            assert figures.month is not None
            figures.months.append(MonthFigures(month.first_day, figures.month, figures.people))
            figures.month = None
        network.append(MonthFigures(month.first_day, PeriodTotals(), people))
    for spot_id, figures in spots.items():
        figures.people = kept[spot_id]
    return network


def _count_people(conn, source, bounds, spots: dict[str, SpotFigures]) -> PeopleFigures:
    """People reached, new people and coded visits per spot; returned: the network's, whose
    people are counted once however many spots they visited."""
    v = source.visit.c
    coded = and_(v.visitor_hash.is_not(None), live(source.visit))
    in_period = and_(_where(source.visit, bounds, tuple(spots), "started_at"), coded)
    # When each person was first seen, anywhere in the source (every desk, every spot).
    firsts = (select(v.visitor_hash.label("hash"), func.min(as_text(v.started_at)).label("first"))
              .where(coded).group_by(v.visitor_hash).subquery())
    is_new = case((firsts.c.first >= bounds[0], v.visitor_hash), else_=None)
    query = (select(v.spot_id, func.count(func.distinct(v.visitor_hash)),
                    func.count(func.distinct(is_new)), func.count())
             .select_from(source.visit.join(firsts, firsts.c.hash == v.visitor_hash))
             .where(in_period))
    for figures in spots.values():
        figures.people = PeopleFigures()
    for spot_id, reached, new, visits in conn.execute(query.group_by(v.spot_id)):
        if spot_id in spots:
            spots[spot_id].people = PeopleFigures(reached, new, visits)
    reached, new, visits = conn.execute(query.with_only_columns(
        *list(query.selected_columns)[1:])).one()
    return PeopleFigures(reached or 0, new or 0, visits or 0)


def _count_crossed(conn, source, bounds, wanted, spots, indicator: PresetIndicator) -> None:
    """The live visits per spot that meet every condition of ``indicator`` at once."""
    v, q = source.visit.c, source.visit_question.c
    conditions: list = []
    for condition in indicator.all_of:
        codes = list(condition.codes)
        if condition.list_name == "question_types":
            # One of the visit's questions is of these types (the visit counts once).
            conditions.append(exists(select(q.visit_id).where(
                q.visit_id == v.id, q.question_type.in_(codes))))
            continue
        name = VISIT_COLUMNS[condition.list_name]
        if name not in v:  # a source from before the field: no visit can meet it
            conditions.append(false())
            continue
        matches = v[name].in_(codes)
        # The sheet counts a visit without a value as "unknown"; so does a condition.
        conditions.append(or_(matches, v[name].is_(None)) if UNKNOWN in codes else matches)
    for spot_id, count in conn.execute(
            select(v.spot_id, func.count())
            .where(_where(source.visit, bounds, wanted, "started_at"), live(source.visit),
                   *conditions).group_by(v.spot_id)):
        if spot_id in spots:
            spots[spot_id].crossed[indicator.code] += count


def _count_implausible(conn, source, bounds, wanted, spots, made_at: datetime) -> None:
    # Only a period reaching outside the plausible years can hold such visits: no query else.
    latest = utc_text(made_at + timedelta(days=1))
    low, high = max(bounds[0], PLAUSIBLE_FROM), min(bounds[1], latest)
    if bounds[0] >= PLAUSIBLE_FROM and bounds[1] <= latest:
        return
    v = source.visit.c
    moment = as_text(v.started_at)
    outside = or_(moment < low, moment >= high)
    for spot_id, count in conn.execute(
            select(v.spot_id, func.count())
            .where(_where(source.visit, bounds, wanted, "started_at"), live(source.visit),
                   outside).group_by(v.spot_id)):
        if spot_id in spots:
            spots[spot_id].implausible += count


def duration_bucket(minutes):
    """The SQL expression of a visit's duration bucket code (None when no length is known)."""
    whens = [(minutes <= literal(most), literal(code))
             for code, most in DURATION_BUCKETS if most is not None]
    return case((minutes.is_(None), literal(None)), *whens, else_=literal(DURATION_BUCKETS[-1][0]))


def _count_visits(conn, source, bounds, wanted, spots, zone: ZoneInfo, today: date) -> None:
    visit, v = source.visit, source.visit.c
    in_period = _where(visit, bounds, wanted, "started_at")
    deleted = type_coerce(v.deleted, Boolean)

    # Outcome, referral, autonomy and channel together; tombstones counted on the side.
    columns = [v[c] for c in OUTCOME_GROUP.values()]
    rows = conn.execute(select(v.spot_id, deleted.label("deleted"), *columns, func.count())
                        .where(in_period).group_by(v.spot_id, deleted, *columns))
    for spot_id, is_deleted, *codes, count in rows:
        figures = spots.get(spot_id)
        if figures is None:
            continue
        if is_deleted:
            figures.deleted_left_out += count
            continue
        figures.totals.visits += count
        for key, code in zip(OUTCOME_GROUP, codes):
            if key == "referrals" and code is None:
                continue  # not referred: no target to count
            figures.counts[key][code or UNKNOWN] += count

    first = type_coerce(v.first_visit, Boolean)
    first_code = case((first.is_(None), literal(UNKNOWN)), (first == true(), literal(YES)),
                      else_=literal(NO))
    columns = [first_code if c == "first_visit" else v[c] for c in PROFILE_GROUP.values()]
    rows = conn.execute(select(v.spot_id, *columns, func.count())
                        .where(in_period, live(visit)).group_by(v.spot_id, *columns))
    for spot_id, *codes, count in rows:
        if spot_id in spots:
            for key, code in zip(PROFILE_GROUP, codes):
                spots[spot_id].counts[key][code or UNKNOWN] += count

    later = {key: v[name] for key, name in LATER_GROUP.items() if name in v}
    later["durations"] = duration_bucket(v.duration_minutes)
    columns = list(later.values())
    rows = conn.execute(select(v.spot_id, *columns, func.count())
                        .where(in_period, live(visit)).group_by(v.spot_id, *columns))
    for spot_id, *codes, count in rows:
        if spot_id in spots:
            for key, code in zip(later, codes):
                spots[spot_id].counts[key][code or UNKNOWN] += count

    q = source.visit_question.c
    rows = conn.execute(select(v.spot_id, q.question_type, func.count())
                        .select_from(source.visit_question.join(visit, v.id == q.visit_id))
                        .where(in_period, live(visit)).group_by(v.spot_id, q.question_type))
    for spot_id, code, count in rows:
        if spot_id in spots:
            spots[spot_id].counts["question_types"][code] += count
            spots[spot_id].question_records += count

    hour = func.substr(as_text(v.started_at), 1, 13)
    for spot_id, bucket, count in conn.execute(
            select(v.spot_id, hour, func.count()).where(in_period, live(visit))
            .group_by(v.spot_id, hour)):
        if spot_id in spots:
            moment = parse_utc_text(f"{bucket}:00:00.000000Z")
            if moment is None:
                spots[spot_id].unreadable += count
                continue
            local = moment.astimezone(zone)
            spots[spot_id].grid[(local.weekday(), local.hour)] += count

    follow_up = type_coerce(v.follow_up, Boolean)
    for spot_id, due, count in conn.execute(
            select(v.spot_id, v.follow_up_date, func.count())
            .where(in_period, live(visit), follow_up == true())
            .group_by(v.spot_id, v.follow_up_date)):
        if spot_id in spots:
            spots[spot_id].follow_ups_open += count
            if due is not None and date.fromisoformat(str(due)[:10]) < today:
                spots[spot_id].follow_ups_overdue += count


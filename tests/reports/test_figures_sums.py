"""The network's figures are the spots' sums, for every figure — found by mutation testing
(issue 13): the hand-made data set has one open session and no group at all, so a network
that kept only the last spot's groups, participants or open sessions went unseen."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sheet_data import MADE_AT, _session, _visit, add_visits, utc
from sqlalchemy import text

from helpdesk.core.records import GroupDraft
from helpdesk.core.taxonomy_file import IndicatorCondition, PresetIndicator
from helpdesk.reports import week_text_period
from helpdesk.reports.figures import sheet_figures
from helpdesk.reports.periods import dates_period
from helpdesk.store.engine import writing
from helpdesk.store.models import session_table

# A spot id no desk made (ids are UUIDv7, which start with the time): it sorts before every
# real spot, so the hub's rows of it come first.
STRAY = "00000000-0000-7000-8000-000000000000"


def test_groups_participants_and_open_sessions_add_up_over_the_spots(sheet_store):
    """Groups at both spots (the second spot's smaller), an open session at each: the network
    has the sum of each, whatever the order the spots are added in."""
    services, ids = sheet_store
    services.groups.record_group(GroupDraft(ids["A"], "Burger Café", 12,
                                            started_at=utc("2026-11-18 10:00")))
    services.groups.record_group(GroupDraft(ids["A"], "Tablet workshop", 5,
                                            started_at=utc("2026-11-19 14:00")))
    services.groups.record_group(GroupDraft(ids["B"], "itsme training", 3,
                                            started_at=utc("2026-11-19 09:00")))
    with writing(services.engine) as db:  # spot A also left a session open (B has s4)
        db.execute(session_table.insert().values(
            id="s-open-a", desk_id="desk", spot_id=ids["A"], opened_at=utc("2026-11-21 09:00"),
            closed_at=None, turned_away=None, revision=1, created_at=utc("2026-11-21 09:00"),
            updated_at=utc("2026-11-21 09:00"), deleted=False))
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert (a.totals.groups, a.totals.participants, a.totals.sessions_open) == (2, 17, 1)
    assert (b.totals.groups, b.totals.participants, b.totals.sessions_open) == (1, 3, 1)
    net = figures.network.totals
    assert (net.groups, net.participants, net.sessions_open, net.sessions) == (3, 20, 2, 5)
    # Their participants by level (none given: "unknown"), both spots' added up.
    assert figures.network.group_counts["group_levels"] == {"unknown": 20}


def test_records_of_a_spot_the_hub_does_not_know_yet_are_left_out(sheet_store, hub_db):
    """On the hub a session, a visit and a group can arrive before their spot's row (no
    foreign keys there): the sheet leaves them out instead of failing, and counts the rest."""
    from test_report_on_the_hub import comparable, copy_to_hub

    from helpdesk.hub import tables as hub
    from helpdesk.reports import ReportSource

    services, _ids = sheet_store
    copy_to_hub(services, hub_db)
    at = utc("2026-11-18 10:00")
    with hub_db.write() as db:
        db.execute(hub.session_table.insert().values(
            id="s-stray", desk_id="desk", spot_id=STRAY, opened_at=at, closed_at=None,
            turned_away=4, revision=1, created_at=at, updated_at=at, deleted=False,
            received_at=at))
        db.execute(hub.group_session_table.insert().values(
            id="g-stray", desk_id="desk", spot_id=STRAY, title="x", participants=9,
            started_at=at, revision=1, created_at=at, updated_at=at, deleted=False,
            received_at=at))
        visit = dict(db.execute(hub.visit_table.select().limit(1)).one()._mapping)
        db.execute(hub.visit_table.insert().values(
            {**visit, "id": "v-stray", "spot_id": STRAY, "started_at": at,
             "follow_up": True, "follow_up_date": None}))
        db.execute(hub.visit_question_table.insert().values(
            visit_id="v-stray", question_type="email", position=0))
    desk_source = services.reports.source()
    hub_source = ReportSource.reflect(hub_db.engine, time_zone="Europe/Brussels",
                                      taxonomy=desk_source.taxonomy, name="Hub")
    week = week_text_period("2026-W47")
    figures = sheet_figures(hub_source, week, made_at=MADE_AT)
    assert comparable(figures) == comparable(sheet_figures(desk_source, week, made_at=MADE_AT))
    assert (figures.network.totals.sessions, figures.network.totals.groups) == (4, 0)
    # A group at a known spot read after the stray one is still counted, details included.
    with hub_db.write() as db:
        db.execute(hub.group_session_table.insert().values(
            id="g-known", desk_id="desk", spot_id=_ids["A"], title="y", participants=6,
            level="beginner", started_at=at, revision=1, created_at=at, updated_at=at,
            deleted=False, received_at=at))
    a = next(s for s in sheet_figures(hub_source, week, made_at=MADE_AT).spots
             if s.spot_id == _ids["A"])
    assert (a.totals.groups, a.group_counts["group_levels"]) == (1, {"beginner": 6})


def test_visits_sharing_every_counted_answer_are_counted_at_their_own_spot(sheet_store):
    """A live visit at A with the same answers as B's v8/v10 and as A's deleted v4, a first
    visit with a follow-up, a second deleted visit at A (and one the week before): each spot
    keeps its own counts, and both tombstones are said to be left out (SQLite groups loosely,
    so a query grouped by too few columns would hand one spot's visits to another)."""
    services, ids = sheet_store
    made = []
    due = date(2026, 12, 1)  # B's v7 is due then too
    for visit_id, when, outcome, fields in (
            ("v11", "2026-11-17 13:05", "solved", {"follow_up": True,  # overdue, like v2
                                                   "follow_up_date": date(2026, 11, 19)}),
            ("v12", "2026-11-17 13:05", "partly", {"deleted": True, "follow_up": True}),
            ("v13", "2026-11-17 13:05", "solved", {"first_visit": True, "follow_up": True,
                                                   "follow_up_date": due}),
            ("v14", "2026-11-10 09:00", "solved", {"follow_up": True})):  # week 46
        made.append(_visit(visit_id, ids["A"], when, ("email",), outcome, **fields))
    add_visits(services, made)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert (a.totals.visits, a.deleted_left_out) == (5, 2)
    assert (b.totals.visits, b.deleted_left_out) == (5, 0)
    assert a.counts["outcomes"] == {"solved": 3, "referred": 1, "partly": 1}
    assert b.counts["outcomes"] == {"solved": 3, "not_solved": 1, "referred": 1}
    assert a.counts["channels"]["in_person"] == 4 and b.counts["channels"]["in_person"] == 4
    # The profile too: v11 answers "unknown" everywhere, like B's v8 and v10; v13 is a first
    # visit, so A's first visits are no longer as many as its returning ones.
    assert a.counts["first_visits"] == {"yes": 2, "no": 1, "unknown": 2}
    assert b.counts["first_visits"] == {"yes": 1, "no": 1, "unknown": 3}
    assert (a.counts["help_languages"]["unknown"], b.counts["help_languages"]["unknown"]) == (3, 2)
    # Tuesday 14:00-15:00 local: A's v11 and v13, B's v7 (the same UTC hour, two spots).
    assert (a.grid[(1, 14)], b.grid[(1, 14)]) == (2, 1)
    # Follow-ups: the week's live ones only (not v12's tombstone, not v14 of week 46), each at
    # its own spot though v13 and B's v7 are due the same day.
    assert (a.follow_ups_open, a.follow_ups_overdue) == (4, 2)
    assert (b.follow_ups_open, b.follow_ups_overdue) == (1, 0)
    assert (figures.network.follow_ups_open, figures.network.follow_ups_overdue) == (5, 2)


def test_the_weekday_hour_grid_of_a_month_adds_up_its_weeks(sheet_store):
    """A month's sheet: Monday 10:00-11:00 of 16/11 and of 9/11 at spot A is one cell of 2
    (plus v2 at 11:40 local in the next cell)."""
    services, ids = sheet_store
    figures = sheet_figures(services.reports.source(),
                            dates_period(date(2026, 11, 1), date(2026, 11, 30)), made_at=MADE_AT)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert (a.grid[(0, 10)], a.grid[(0, 11)]) == (2, 2)


def test_devices_and_postcodes_count_the_periods_live_visits_only(sheet_store):
    """A tablet visit in the week counts; a deleted one and one of the week before do not."""
    services, ids = sheet_store
    made = []
    for visit_id, when, deleted in (("d1", "2026-11-18 10:00", False),
                                    ("d2", "2026-11-18 11:00", True),
                                    ("d3", "2026-11-10 10:00", False)):
        made.append(_visit(visit_id, ids["A"], when, ("email",), "solved", deleted=deleted,
                           device="own_tablet", residence="1080"))
    add_visits(services, made)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert a.counts["devices"] == {"own_tablet": 1, "unknown": 3}
    assert a.counts["residences"] == {"1080": 1, "unknown": 3}


def test_crossed_indicators_count_unknown_as_no_value_and_each_spot_its_own(sheet_store):
    """A preset's crossed indicator (an email question AND a device): a visit without a device
    meets "unknown" only where the indicator lists it; a visit failing one condition, or
    deleted, is not counted; both spots keep their own count. (Week 40: no other visits.)"""
    services, ids = sheet_store
    made = []
    for visit_id, spot, questions_asked, fields in (
            ("x1", "A", ("email",), {"device": None}),
            ("x2", "A", ("email",), {"device": "own_tablet"}),
            ("x3", "A", ("taxes",), {"device": None}),  # no email question
            ("x4", "A", ("email",), {"device": "desk_pc"}),  # another device
            ("x5", "A", ("email",), {"device": "own_tablet", "deleted": True}),
            ("x6", "B", ("email", "taxes"), {"device": None})):
        made.append(_visit(visit_id, ids[spot], "2026-09-29 10:00", questions_asked, "solved",
                           **fields))
    add_visits(services, made)
    email = IndicatorCondition("question_types", ("email",))
    with_unknown = PresetIndicator("with_unknown", "", (), {}, all_of=(
        email, IndicatorCondition("devices", ("own_tablet", "unknown"))))
    tablet_only = PresetIndicator("tablet_only", "", (), {}, all_of=(
        email, IndicatorCondition("devices", ("own_tablet",))))
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W40"),
                            made_at=MADE_AT, indicators=(with_unknown, tablet_only))
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert (a.totals.visits, b.totals.visits) == (4, 1)
    assert (a.crossed["with_unknown"], a.crossed["tablet_only"]) == (2, 1)
    assert (b.crossed["with_unknown"], b.crossed["tablet_only"]) == (1, 0)
    assert figures.network.crossed == {"with_unknown": 3, "tablet_only": 1}


def test_group_details_add_up_the_periods_live_sessions_at_each_level(sheet_store):
    """Two beginner sessions at A in the week add up, and so do their participants' profile
    counts; a deleted one and one of the week before are left out of the details as they are
    of the totals."""
    services, ids = sheet_store
    for title, participants, when, young in (("Burger Café", 12, "2026-11-18 10:00", 3),
                                             ("Tablet workshop", 5, "2026-11-19 14:00", 2),
                                             ("Deleted", 7, "2026-11-20 10:00", 1),
                                             ("Week 46", 4, "2026-11-11 10:00", 1)):
        group = services.groups.record_group(GroupDraft(
            ids["A"], title, participants, level="beginner", started_at=utc(when),
            profile=(("age_bands", "18_24", young),)))
        if title == "Deleted":
            services.groups.delete_group(group.id)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert (a.totals.groups, a.totals.participants) == (2, 17)
    assert a.group_counts["group_levels"] == {"beginner": 17}
    assert a.group_counts["group_age_bands"] == {"18_24": 5, "unknown": 12}


def test_the_previous_periods_visits_are_each_spots_own_and_live(sheet_store):
    """Week 41's sheet, compared with week 40: two live visits at A and one at B there (and a
    deleted one at A) give A 2 and B 1 the week before, not the lot to one spot."""
    services, ids = sheet_store
    made = []
    for visit_id, spot, deleted in (("w40-1", "A", False), ("w40-2", "A", False),
                                    ("w40-3", "A", True), ("w40-4", "B", False),
                                    ("w41-1", "A", False)):
        when = "2026-10-06 10:00" if visit_id == "w41-1" else "2026-09-29 10:00"
        made.append(_visit(visit_id, ids[spot], when, ("email",), "solved", deleted=deleted))
    add_visits(services, made)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W41"),
                            made_at=MADE_AT, spot_ids=[ids["A"], ids["B"]])
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert (a.totals.visits, a.previous.visits, b.previous.visits) == (1, 2, 1)


# -- help sessions: held, open, hours and unreadable ones (the data set has one open session
# per spot, none closed before it opened and none with a time that does not exist) --------

# A time that does not exist, stored before the doors checked times; it sorts inside week 47.
BAD_TIME = "2026-11-19T25:61:61.000000Z"


def _add_sessions(services, spot_id, sessions, spoiled=()) -> None:
    """Insert ``sessions`` at ``spot_id``; then give each (id, column) of ``spoiled`` BAD_TIME."""
    with writing(services.engine) as db:
        db.execute(session_table.insert(), [{**s, "spot_id": spot_id} for s in sessions])
        for session_id, column in spoiled:
            db.execute(text(f"UPDATE help_session SET {column} = :bad WHERE id = :id"),
                       {"bad": BAD_TIME, "id": session_id})


def _spot(figures, spot_id):
    return next(s for s in figures.spots if s.spot_id == spot_id)


def test_two_sessions_left_open_at_one_spot_are_two(sheet_store):
    """Spot A left two sessions open in the week (B has s4): A says 2, the network 3."""
    services, ids = sheet_store
    _add_sessions(services, ids["A"], [_session("open-1", "A", "2026-11-18 09:00", None),
                                       _session("open-2", "A", "2026-11-19 09:00", None)])
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a = _spot(figures, ids["A"])
    assert (a.totals.sessions, a.totals.sessions_open) == (4, 2)
    assert a.totals.hours_open == pytest.approx(5.5)  # s1 and s2 only
    assert figures.network.totals.sessions_open == 3


def test_a_session_closed_before_it_opened_is_held_for_no_hours(sheet_store):
    """A session whose close time is before its open time (a desk clock put back, stored
    before the doors checked this) counts as held, adds no hours and no negative ones; one
    closed the instant it opened adds none either."""
    services, ids = sheet_store
    _add_sessions(services, ids["A"], [
        _session("back", "A", "2026-11-18 10:00", "2026-11-18 09:00"),
        _session("instant", "A", "2026-11-19 10:00", "2026-11-19 10:00")])
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a = _spot(figures, ids["A"])
    assert (a.totals.sessions, a.totals.sessions_open) == (4, 0)
    assert a.totals.hours_open == pytest.approx(5.5, abs=1e-9)  # 3 h of s1, 2.5 h of s2


def test_sessions_with_an_unreadable_time_are_held_and_said_so(sheet_store):
    """One session at A with an open time that does not exist, one with such a close time:
    both were held (and their turned-away people count), neither adds hours nor is open, and
    the sheet says 2 unreadable records. One of the week before is counted in that week's
    sessions but not said again on this week's sheet; the sessions after it still count."""
    services, ids = sheet_store
    _add_sessions(services, ids["A"], [
        _session("bad-open", "A", "2026-11-19 09:00", "2026-11-19 12:00", turned_away=3),
        _session("bad-close", "A", "2026-11-19 13:00", "2026-11-19 15:00", turned_away=4),
        _session("bad-before", "A", "2026-11-10 09:00", "2026-11-10 12:00"),
        _session("after", "A", "2026-11-21 09:00", "2026-11-21 10:00", turned_away=5),
        _session("after-before", "A", "2026-11-11 09:00", "2026-11-11 10:00")],
        spoiled=[("bad-open", "opened_at"), ("bad-close", "closed_at"),
                 ("bad-before", "closed_at")])
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a = _spot(figures, ids["A"])
    assert (a.totals.sessions, a.totals.sessions_open, a.totals.turned_away) == (5, 0, 14)
    assert a.totals.hours_open == pytest.approx(6.5)  # s1 3 h, s2 2.5 h, "after" 1 h
    assert a.unreadable == 2
    assert (a.previous.sessions, a.previous.hours_open) == (3, pytest.approx(4.0))
    assert figures.network.unreadable == 2


# -- people reached, month by month and spot by spot (the people and trend tests have one
# spot, and every month of their quarter has coded visits) -----------------------------

# (visit id, spot, UTC time, code or None, deleted). July and August 2026 (Brussels UTC+2).
PEOPLE_VISITS = [
    ("dave-0", "A", "2026-03-02 10:00", "DAVE04", False),  # seen long before: never new
    ("emma-0", "A", "2026-06-10 10:00", "EMMA05", True),  # deleted: she was not seen
    ("gina-1", "B", "2026-06-30 22:00", "GINA07", False),  # the first instant of July
    ("anna-1", "A", "2026-07-03 10:00", "ANNA01", False),
    ("anna-2", "B", "2026-07-04 10:00", "ANNA01", False),
    ("none-1", "B", "2026-07-05 10:00", None, False),
    ("anna-3", "A", "2026-07-20 10:00", "ANNA01", False),
    ("bram-1", "A", "2026-07-21 10:00", "BRAM02", False),
    ("dave-1", "A", "2026-07-22 10:00", "DAVE04", False),
    ("emma-1", "A", "2026-07-23 10:00", "EMMA05", False),
    ("none-2", "A", "2026-08-05 10:00", None, False),  # A has no coded visit in August
    ("caro-1", "B", "2026-08-06 10:00", "CARO03", False),
    ("caro-2", "B", "2026-08-07 10:00", "CARO03", True),
]


def _add_coded_visits(services, ids) -> None:
    made = []
    for visit_id, spot, when, code, deleted in PEOPLE_VISITS:
        made.append(_visit(visit_id, ids[spot], when, ("email",), "solved", deleted=deleted,
                           visitor_hash=services.visitors.code_hash(code) if code else None))
    add_visits(services, made)


def _people(people) -> tuple[int, int, int]:
    return people.reached, people.new, people.coded_visits


def test_people_reached_month_by_month_at_each_spot_and_once_for_the_network(sheet_store):
    """Two months, two spots. A person seen at both spots is one person of the network; new
    means first seen anywhere in the source during the month (Gina at its very first
    instant; Emma, whose only earlier visit was deleted; not Dave, seen in March); a spot
    without coded visits in a month reached nobody that month."""
    services, ids = sheet_store
    _add_coded_visits(services, ids)
    figures = sheet_figures(services.reports.source(),
                            dates_period(date(2026, 7, 1), date(2026, 8, 31)), made_at=MADE_AT)
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    # The whole period: A Anna, Bram, Dave, Emma; B Gina, Anna, Caro.
    assert _people(a.people) == (4, 3, 5)
    assert _people(b.people) == (3, 3, 3)
    assert _people(figures.network.people) == (6, 5, 8)
    assert [m.first_day for m in a.months] == [date(2026, 7, 1), date(2026, 8, 1)]
    assert [m.first_day for m in figures.network.months] == [date(2026, 7, 1), date(2026, 8, 1)]
    assert [_people(m.people) for m in a.months] == [(4, 3, 5), (0, 0, 0)]
    assert [_people(m.people) for m in b.months] == [(2, 2, 2), (1, 1, 1)]
    assert [_people(m.people) for m in figures.network.months] == [(5, 4, 7), (1, 1, 1)]
    assert [m.totals.visits for m in a.months] == [5, 1]
    assert [m.totals.visits for m in b.months] == [3, 1]
    assert [m.totals.visits for m in figures.network.months] == [8, 2]
    assert (a.totals.visits, b.totals.visits, figures.network.totals.visits) == (6, 4, 10)


def test_a_sheet_of_one_spot_counts_only_its_people(sheet_store):
    """Spot A's sheet: the network's people are A's, not B's too; A's August reached nobody."""
    services, ids = sheet_store
    _add_coded_visits(services, ids)
    source = services.reports.source()
    figures = sheet_figures(source, dates_period(date(2026, 7, 1), date(2026, 8, 31)),
                            spot_ids=[ids["A"]], made_at=MADE_AT)
    assert _people(figures.network.people) == (4, 3, 5)
    assert [_people(m.people) for m in figures.network.months] == [(4, 3, 5), (0, 0, 0)]
    # The visits CSV and the group CSV read their rows through this filter.
    assert figures.spot_filter == (ids["A"],)
    august = sheet_figures(source, dates_period(date(2026, 8, 1), date(2026, 8, 31)),
                           spot_ids=[ids["A"]], made_at=MADE_AT)
    assert _people(august.network.people) == (0, 0, 0)
    assert august.network.people.visits_per_person is None
    assert august.network.months == []  # one month: no trend


def test_a_source_from_before_visitor_codes_has_a_trend_without_people(sheet_store):
    """A hub database from before visitor codes (no ``visitor_hash`` column): two months
    give each spot's visits month by month, and no people reached, instead of failing."""
    from helpdesk.reports import ReportSource

    services, ids = sheet_store
    _add_coded_visits(services, ids)
    with writing(services.engine) as db:
        db.execute(text("DROP INDEX ix_visit_visitor_hash"))
        db.execute(text("ALTER TABLE visit DROP COLUMN visitor_hash"))
    desk = services.reports.source()
    old = ReportSource.reflect(services.engine, time_zone="Europe/Brussels",
                               taxonomy=desk.taxonomy, name="Hub")
    assert "visitor_hash" not in old.visit.c
    figures = sheet_figures(old, dates_period(date(2026, 7, 1), date(2026, 8, 31)),
                            made_at=MADE_AT)
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert [m.totals.visits for m in a.months] == [5, 1]
    assert [m.totals.visits for m in b.months] == [3, 1]
    assert [_people(m.people) for m in figures.network.months] == [(0, 0, 0), (0, 0, 0)]
    assert _people(figures.network.people) == (0, 0, 0)


def test_visits_dated_after_the_sheet_are_flagged_at_each_spot_and_added_up(sheet_store):
    """Week 48's sheet made on Tuesday 24/11 09:30 UTC: visits dated a day or more after it (a
    clock set wrong) are counted and flagged, one at A and three at B, four for the network;
    v9 (Monday 00:10), a visit later on the 24th and a deleted one are not."""
    services, ids = sheet_store
    made = []
    for visit_id, spot, when in (("f1", "A", "2026-11-27 10:00"), ("f2", "B", "2026-11-25 12:00"),
                                 ("f3", "B", "2026-11-28 10:00"),
                                 ("edge", "B", "2026-11-25 09:30"),  # a day after: flagged
                                 ("gone", "A", "2026-11-27 11:00"),  # deleted: left out
                                 ("ok", "A", "2026-11-24 20:00")):  # within a day: plausible
        made.append(_visit(visit_id, ids[spot], when, ("email",), "solved",
                           deleted=visit_id == "gone"))
    add_visits(services, made)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W48"),
                            made_at=MADE_AT)
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert (a.totals.visits, a.implausible) == (2, 1)
    assert (b.totals.visits, b.implausible) == (4, 3)
    assert (figures.network.totals.visits, figures.network.implausible) == (6, 4)


def test_visits_dated_before_2000_are_flagged_in_a_period_reaching_over_new_year(sheet_store):
    """The week from 27/12/1999 to 2/1/2000: a visit on 28/12/1999 is flagged (a clock set
    wrong), one at the first instant of 2000 (UTC) and one on 1/1 are not."""
    services, ids = sheet_store
    made = []
    for visit_id, when in (("y1999", "1999-12-28 10:00"), ("y2000", "2000-01-01 00:00"),
                           ("jan-1", "2000-01-01 15:00")):
        made.append(_visit(visit_id, ids["A"], when, ("email",), "solved"))
    add_visits(services, made)
    figures = sheet_figures(services.reports.source(),
                            dates_period(date(1999, 12, 27), date(2000, 1, 2)), made_at=MADE_AT)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert (a.totals.visits, a.implausible) == (3, 1)


def test_a_sheet_made_without_a_time_is_stamped_with_the_utc_moment(sheet_store):
    """No ``made_at`` given: the sheet is stamped now, as a UTC moment (not the computer's
    clock without a zone, which the sheet's "made on" and its far-future check would read
    as UTC on a computer set to another zone)."""
    services, _ids = sheet_store
    before = datetime.now(timezone.utc)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"))
    assert figures.made_at.utcoffset() == timedelta(0)
    assert before <= figures.made_at <= datetime.now(timezone.utc)


def test_a_follow_up_is_overdue_from_the_desks_own_next_day(sheet_store):
    """A sheet made at 23:30 UTC on Tuesday 24/11 is made on Wednesday 25/11 in Brussels: a
    follow-up due on the 24th is overdue then (with v2's), whatever the computer's zone."""
    services, ids = sheet_store
    add_visits(services, [_visit("due-24", ids["A"], "2026-11-18 10:00", ("email",), "solved",
                                 follow_up=True, follow_up_date=date(2026, 11, 24))])
    late = datetime(2026, 11, 24, 23, 30, tzinfo=timezone.utc)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=late)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert (a.follow_ups_open, a.follow_ups_overdue) == (3, 2)


def test_a_sheet_of_every_spot_shows_spots_in_use_and_retired_ones_that_had_anything(
        sheet_store):
    """Every spot in use, even without a record in the week (D); a retired spot with a visit
    in the week (the retired C) or only a deleted one (E), so the tombstone is said; not a
    retired spot with nothing (F)."""
    services, ids = sheet_store
    desk = services.desk
    d = desk.add_spot("Digitheek", "library")
    e, f = desk.add_spot("Eetcafé", "popup"), desk.add_spot("Fablab", "popup")
    for spot in (e, f):
        desk.update_spot(spot.id, active=False)
    made = []
    for visit_id, spot_id, deleted in (("c1", ids["C"], False), ("e1", e.id, True)):
        made.append(_visit(visit_id, spot_id, "2026-11-18 10:00", ("email",), "solved",
                           deleted=deleted))
    add_visits(services, made)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    assert [s.spot_id for s in figures.spots] == [ids["A"], d.id, e.id, ids["B"], ids["C"]]
    assert figures.spots[1].kind == "library"  # the spot page's subtitle
    assert (figures.network.totals.visits, figures.network.deleted_left_out) == (9, 2)


def test_a_source_from_before_group_details_counts_participants_as_unknown(sheet_store):
    """A hub database from before the group details (no ``questions_covered`` nor
    ``profile`` columns): the details tables count every participant as "unknown" instead of
    failing; the level, which is older, is still read."""
    from helpdesk.reports import ReportSource

    services, ids = sheet_store
    services.groups.record_group(GroupDraft(ids["A"], "Burger Café", 12, level="beginner",
                                            started_at=utc("2026-11-18 10:00")))
    with writing(services.engine) as db:
        for column in ("questions_covered", "profile"):
            db.execute(text(f"ALTER TABLE group_session DROP COLUMN {column}"))
    desk = services.reports.source()
    old = ReportSource.reflect(services.engine, time_zone="Europe/Brussels",
                               taxonomy=desk.taxonomy, name="Hub")
    assert "profile" not in old.group_session.c
    figures = sheet_figures(old, week_text_period("2026-W47"), made_at=MADE_AT)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert a.group_counts["group_levels"] == {"beginner": 12}
    assert a.group_counts["group_questions"] == {"unknown": 12}
    assert a.group_counts["group_genders"] == {"unknown": 12}


def test_visits_with_unreadable_hours_are_all_said_and_the_later_hours_still_counted(
        sheet_store):
    """Three visits at A whose stored times do not exist, in two different (impossible) hours:
    the sheet says 3, not the last hour's 1, and A's readable visits after them in the week
    are still in the weekday-hour grid."""
    services, ids = sheet_store
    made = []
    for visit_id in ("bad-1", "bad-2", "bad-3"):
        made.append(_visit(visit_id, ids["A"], "2026-11-19 10:00", ("email",), "solved"))
    add_visits(services, made)
    with writing(services.engine) as db:
        for visit_id, moment in (("bad-1", BAD_TIME), ("bad-2", BAD_TIME),
                                 ("bad-3", "2026-11-19T26:10:00.000000Z")):
            db.execute(text("UPDATE visit SET started_at = :bad WHERE id = :id"),
                       {"bad": moment, "id": visit_id})
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    a = next(s for s in figures.spots if s.spot_id == ids["A"])
    assert (a.totals.visits, a.unreadable) == (6, 3)
    assert a.grid[(4, 10)] == 1  # v3, Friday 20/11 10:05, after the impossible hours
    assert sum(a.grid.values()) == 3


def test_spots_are_listed_by_name_whatever_its_case_and_namesakes_by_id(sheet_store):
    """A name written in small letters sorts among the others, a bracket before the letters
    (as in a dictionary, not in character codes), and two spots of one name — two desks'
    "Bibliotheek" on the hub — always in the same order, by id."""
    from helpdesk.store.models import spot_table

    services, _ids = sheet_store
    now = utc("2026-11-16 08:00")
    spots = [("0195a000-0000-7000-8000-00000000000b", "bibliotheek Laken"),
             ("0195a000-0000-7000-8000-00000000000c", "[Pop-up] Vorst"),
             ("0195a000-0000-7000-8000-00000000000e", "Bibliotheek"),
             ("0195a000-0000-7000-8000-00000000000d", "Bibliotheek")]
    with writing(services.engine) as db:
        db.execute(spot_table.insert(), [
            {"id": spot_id, "name": name, "kind": "library", "active": True, "revision": 1,
             "created_at": now, "updated_at": now} for spot_id, name in spots])
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            made_at=MADE_AT)
    added = {spot_id for spot_id, _name in spots}
    # "[pop-up] vorst" < "bibliotheek" (d, then e: inserted the other way round) < "… laken"
    assert [s.spot_id for s in figures.spots if s.spot_id in added] == [
        spots[1][0], spots[3][0], spots[2][0], spots[0][0]]
    everyone = [s.name for s in figures.spots]
    assert everyone == sorted(everyone, key=str.lower)

"""The network's figures are the spots' sums, for every figure — found by mutation testing
(issue 13): the hand-made data set has one open session and no group at all, so a network
that kept only the last spot's groups, participants or open sessions went unseen."""

from __future__ import annotations

from datetime import date

from sheet_data import MADE_AT, _visit, utc

from helpdesk.core.records import GroupDraft
from helpdesk.core.taxonomy_file import IndicatorCondition, PresetIndicator
from helpdesk.reports import week_text_period
from helpdesk.reports.figures import sheet_figures
from helpdesk.reports.periods import dates_period
from helpdesk.store.engine import writing
from helpdesk.store.models import session_table, visit_question_table, visit_table

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
    rows, questions = [], []
    due = date(2026, 12, 1)  # B's v7 is due then too
    for visit_id, when, outcome, fields in (
            ("v11", "2026-11-17 13:05", "solved", {"follow_up": True,  # overdue, like v2
                                                   "follow_up_date": date(2026, 11, 19)}),
            ("v12", "2026-11-17 13:05", "partly", {"deleted": True, "follow_up": True}),
            ("v13", "2026-11-17 13:05", "solved", {"first_visit": True, "follow_up": True,
                                                   "follow_up_date": due}),
            ("v14", "2026-11-10 09:00", "solved", {"follow_up": True})):  # week 46
        row, asked = _visit(visit_id, ids["A"], when, ("email",), outcome, **fields)
        rows.append(row)
        questions += asked
    with writing(services.engine) as db:
        db.execute(visit_table.insert(), rows)
        db.execute(visit_question_table.insert(), questions)
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
    rows, questions = [], []
    for visit_id, when, deleted in (("d1", "2026-11-18 10:00", False),
                                    ("d2", "2026-11-18 11:00", True),
                                    ("d3", "2026-11-10 10:00", False)):
        row, asked = _visit(visit_id, ids["A"], when, ("email",), "solved", deleted=deleted,
                            device="own_tablet", residence="1080")
        rows.append(row)
        questions += asked
    with writing(services.engine) as db:
        db.execute(visit_table.insert(), rows)
        db.execute(visit_question_table.insert(), questions)
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
    rows, questions = [], []
    for visit_id, spot, questions_asked, fields in (
            ("x1", "A", ("email",), {"device": None}),
            ("x2", "A", ("email",), {"device": "own_tablet"}),
            ("x3", "A", ("taxes",), {"device": None}),  # no email question
            ("x4", "A", ("email",), {"device": "desk_pc"}),  # another device
            ("x5", "A", ("email",), {"device": "own_tablet", "deleted": True}),
            ("x6", "B", ("email", "taxes"), {"device": None})):
        row, asked = _visit(visit_id, ids[spot], "2026-09-29 10:00", questions_asked, "solved",
                            **fields)
        rows.append(row)
        questions += asked
    with writing(services.engine) as db:
        db.execute(visit_table.insert(), rows)
        db.execute(visit_question_table.insert(), questions)
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
    rows, questions = [], []
    for visit_id, spot, deleted in (("w40-1", "A", False), ("w40-2", "A", False), ("w40-3", "A", True),
                                    ("w40-4", "B", False), ("w41-1", "A", False)):
        when = "2026-10-06 10:00" if visit_id == "w41-1" else "2026-09-29 10:00"
        row, asked = _visit(visit_id, ids[spot], when, ("email",), "solved", deleted=deleted)
        rows.append(row)
        questions += asked
    with writing(services.engine) as db:
        db.execute(visit_table.insert(), rows)
        db.execute(visit_question_table.insert(), questions)
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W41"),
                            made_at=MADE_AT, spot_ids=[ids["A"], ids["B"]])
    a, b = (next(s for s in figures.spots if s.spot_id == ids[k]) for k in "AB")
    assert (a.totals.visits, a.previous.visits, b.previous.visits) == (1, 2, 1)

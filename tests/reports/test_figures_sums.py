"""The network's figures are the spots' sums, for every figure — found by mutation testing
(issue 13): the hand-made data set has one open session and no group at all, so a network
that kept only the last spot's groups, participants or open sessions went unseen."""

from __future__ import annotations

from sheet_data import MADE_AT, utc

from helpdesk.core.records import GroupDraft
from helpdesk.reports import week_text_period
from helpdesk.reports.figures import sheet_figures
from helpdesk.store.engine import writing
from helpdesk.store.models import session_table


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

"""Every figure of the week 2026-W47 sheet of the hand-made data set, checked by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sheet_data import MADE_AT

from helpdesk.core.report_records import ReportRequest
from helpdesk.reports import ReportSource, sheet_view, week_text_period
from helpdesk.reports.figures import sheet_figures

W47 = ReportRequest(first_day=week_text_period("2026-W47").first_day,
                    last_day=week_text_period("2026-W47").last_day, by_week=True)


@pytest.fixture
def figures(sheet_store):
    """The figures of week 47 for every spot."""
    services, _ids = sheet_store
    return sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                         made_at=MADE_AT)


def by_name(figures, name):
    return next(s for s in figures.spots if s.name == name)


def test_spots_shown_are_those_in_use_and_the_retired_one_is_left_out(figures):
    """An all-spots sheet lists the spots in use, by name; a retired spot without data is not."""
    assert [s.name for s in figures.spots] == ["Buurtbar Kuregem", "OCR Anneessens"]


def test_key_figures_per_spot_and_for_the_network(figures):
    """Sessions, hours open, visits, people turned away and the two ratios."""
    a, b, net = by_name(figures, "Buurtbar Kuregem"), by_name(figures, "OCR Anneessens"), \
        figures.network
    assert (a.totals.sessions, a.totals.hours_open, a.totals.visits, a.totals.turned_away) == \
        (2, 5.5, 3, 2)
    assert (b.totals.sessions, b.totals.sessions_open, b.totals.hours_open, b.totals.visits,
            b.totals.turned_away) == (2, 1, 8.0, 5, 1)
    assert (net.totals.sessions, net.totals.hours_open, net.totals.visits,
            net.totals.turned_away) == (4, 13.5, 8, 3)
    assert a.totals.visits_per_session == 1.5 and b.totals.visits_per_session == 2.5
    assert a.totals.visits_per_hour == pytest.approx(3 / 5.5)
    assert net.totals.visits_per_hour == pytest.approx(8 / 13.5)
    assert figures.visit_records == 8


def test_records_used_and_tombstones_left_out(figures):
    """The totals line's numbers: visit and question records used, deleted visits left out."""
    a, b = by_name(figures, "Buurtbar Kuregem"), by_name(figures, "OCR Anneessens")
    assert (a.question_records, a.deleted_left_out) == (4, 1)
    assert (b.question_records, b.deleted_left_out) == (7, 0)
    assert (figures.network.question_records, figures.network.deleted_left_out) == (11, 1)


def test_question_types_count_a_visit_once_per_type(figures):
    """v1 (smartphone + email) and v6 (three types) count once for each of their types."""
    assert dict(figures.network.counts["question_types"]) == {
        "smartphone": 2, "email": 2, "itsme_eid": 1, "print_scan": 2, "job_search": 1,
        "gov_online": 1, "other": 1, "internet": 1}
    assert dict(by_name(figures, "Buurtbar Kuregem").counts["question_types"]) == {
        "smartphone": 2, "email": 1, "itsme_eid": 1}


def test_outcomes_autonomy_referrals_channels(figures):
    """Each visit counts once in each list; missing autonomy is 'unknown'."""
    counts = figures.network.counts
    assert dict(counts["outcomes"]) == {"solved": 4, "referred": 2, "partly": 1,
                                        "not_solved": 1}
    assert dict(counts["autonomy"]) == {"together": 2, "done_for": 1, "autonomous": 1,
                                        "unknown": 4}
    assert dict(counts["referrals"]) == {"social_service": 1, "administration": 1}
    assert dict(counts["channels"]) == {"in_person": 6, "phone": 1, "remote": 1}


def test_profile_languages_and_first_visits_show_unknown(figures):
    """The anonymous profile keeps 'unknown' as a row of its own."""
    counts = figures.network.counts
    assert dict(counts["help_languages"]) == {"fr": 2, "nl": 1, "ar": 1, "en": 1, "unknown": 3}
    assert dict(counts["first_visits"]) == {"yes": 2, "no": 2, "unknown": 4}
    assert dict(counts["age_bands"]) == {"65_74": 1, "75_plus": 1, "25_34": 1, "35_44": 1,
                                         "unknown": 4}
    assert dict(counts["statuses"]) == {"retired": 2, "job_seeker": 2, "unknown": 4}
    assert dict(counts["genders"]) == {"f": 1, "m": 1, "x": 1, "unknown": 5}


def test_weekday_hour_grid_is_in_local_time(figures):
    """Hours are Brussels hours; the visit at 23:20 UTC on Sunday is Monday 00h."""
    assert dict(by_name(figures, "Buurtbar Kuregem").grid) == {(0, 10): 1, (0, 11): 1,
                                                               (4, 10): 1}
    assert dict(by_name(figures, "OCR Anneessens").grid) == {(1, 9): 2, (1, 14): 1, (6, 23): 1,
                                                             (0, 0): 1}


def test_open_follow_ups_and_overdue_ones(figures):
    """Follow-ups still marked; overdue means a date before the day the sheet was made."""
    a, b = by_name(figures, "Buurtbar Kuregem"), by_name(figures, "OCR Anneessens")
    assert (a.follow_ups_open, a.follow_ups_overdue) == (2, 1)
    assert (b.follow_ups_open, b.follow_ups_overdue) == (1, 0)


def test_previous_week_and_a_year_before_where_data_exists(figures):
    """Week 46 has data at A only, week 47 of 2025 at B only; 'none' is not zero."""
    a, b, net = by_name(figures, "Buurtbar Kuregem"), by_name(figures, "OCR Anneessens"), \
        figures.network
    assert (a.previous.sessions, a.previous.hours_open, a.previous.visits) == (1, 3.0, 2)
    assert b.previous is None
    assert a.year_before is None
    assert (b.year_before.sessions, b.year_before.hours_open, b.year_before.visits) == (1, 2.0, 1)
    assert (net.previous.visits, net.year_before.visits) == (2, 1)


def test_one_spot_asked_for(sheet_store):
    """Asking for one spot counts only its records, and a retired spot asked for is shown."""
    services, ids = sheet_store
    figures = sheet_figures(services.reports.source(), week_text_period("2026-W47"),
                            [ids["B"], ids["C"]], made_at=MADE_AT)
    assert [s.name for s in figures.spots] == ["OCR Anneessens", "Old spot"]
    assert figures.network.totals.visits == 5 and figures.spots[1].totals.visits == 0


def test_a_reflected_source_gives_the_same_figures(sheet_store):
    """Tables read from the database (plain text columns, as on the hub) give the same sheet."""
    services, _ids = sheet_store
    desk = services.reports.source()
    reflected = ReportSource.reflect(services.engine, time_zone="Europe/Brussels",
                                     taxonomy=desk.taxonomy, name="Hub")
    ours = sheet_figures(desk, week_text_period("2026-W47"), made_at=MADE_AT)
    theirs = sheet_figures(reflected, week_text_period("2026-W47"), made_at=MADE_AT)
    assert [(s.name, s.totals, s.counts, s.grid, s.follow_ups_overdue) for s in theirs.spots] == \
        [(s.name, s.totals, s.counts, s.grid, s.follow_ups_overdue) for s in ours.spots]


class _PostgresCheckingConnection:
    """Runs each statement on SQLite after compiling it for PostgreSQL too."""

    def __init__(self, conn, compiled: list[str]) -> None:
        self._conn, self._compiled = conn, compiled

    def execute(self, statement, *args, **kwargs):
        from sqlalchemy.dialects import postgresql

        self._compiled.append(str(statement.compile(dialect=postgresql.dialect())))
        return self._conn.execute(statement, *args, **kwargs)

    def execution_options(self, **options):
        return _PostgresCheckingConnection(self._conn.execution_options(**options),
                                           self._compiled)


def test_every_query_compiles_for_postgresql_without_sqlite_date_functions(sheet_store, tmp_path):
    """The figures and the visit rows use only SQL that PostgreSQL also runs."""
    from helpdesk.reports.export import export_sheet

    services, _ids = sheet_store
    compiled: list[str] = []
    with services.engine.connect() as conn:
        source = replace(services.reports.source(),
                         bind=_PostgresCheckingConnection(conn, compiled))
        export_sheet(source, week_text_period("2026-W47"), None, "csv", "en",
                     tmp_path / "w.csv", made_at=MADE_AT)
    assert len(compiled) >= 8
    for sql in compiled:
        for sqlite_only in ("strftime", "julianday", "datetime(", "group_concat", "date("):
            assert sqlite_only not in sql.lower(), sql


def test_preview_is_labelled_in_the_language_asked(sheet_store):
    """The service's preview carries labels from the taxonomy in the chosen language."""
    services, _ids = sheet_store
    view = services.reports.preview(W47, "fr", made_at=MADE_AT)
    assert view.period_label == "Semaine 47 de 2026"
    outcomes = next(t for t in view.pages[0].tables if t.key == "outcomes")
    assert [(r.label, r.count) for r in outcomes.rows] == [
        ("Résolu", 4), ("Partiellement résolu", 1), ("Non résolu", 1), ("Orienté", 2)]
    assert view == sheet_view(services.reports.source(), week_text_period("2026-W47"), None,
                              "fr", made_at=MADE_AT)

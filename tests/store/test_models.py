"""Storage details: UTC text datetimes, pragmas, indexes used by the list."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from helpdesk.core.records import PageCursor, VisitFilter
from helpdesk.services.visit_list import page_query
from helpdesk.store.engine import open_engine, reading
from helpdesk.store.models import UtcDateTime, desk_table


def test_datetimes_are_stored_as_fixed_width_utc_text():
    """A Brussels time is stored as the same instant in UTC, as sortable fixed-width text."""
    kind = UtcDateTime()
    summer = datetime(2025, 7, 1, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    stored = kind.process_bind_param(summer, None)
    assert stored == "2025-07-01T08:00:00.000000Z"
    assert kind.process_result_value(stored, None) == summer
    assert kind.process_result_value(stored, None).tzinfo is not None


def test_naive_datetimes_are_refused(services):
    """A datetime without a time zone never reaches the file."""
    with pytest.raises(StatementError):
        with services.engine.begin() as conn:
            conn.execute(desk_table.insert().values(id="d", name="x", language="nl",
                                                    time_zone="Europe/Brussels",
                                                    created_at=datetime(2025, 1, 1)))


def test_every_connection_gets_the_pragmas(services):
    """WAL, synchronous=FULL, foreign keys and a busy timeout are on for each connection."""
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def _plan(services, visit_filter, after=None) -> str:
    query = page_query(visit_filter, ZoneInfo("Europe/Brussels"), after, 200)
    compiled = query.compile(services.engine)
    with services.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled),
                                    tuple(compiled.construct_params().values())).fetchall()
    return " | ".join(row[-1] for row in rows)


def test_the_visit_list_reads_an_index_and_never_sorts(services):
    """Each filter of the Visits list walks an index newest-first: no temp sort of all rows."""
    now = datetime.now(timezone.utc)
    cursor = PageCursor(now, "zzzz")
    filters = [VisitFilter(), VisitFilter(date_from=now.date() - timedelta(days=7)),
               VisitFilter(outcome="referred"), VisitFilter(question_type="taxes"),
               VisitFilter(follow_up_only=True)]
    for visit_filter in filters:
        plan = _plan(services, visit_filter, cursor)
        assert "ix_visit_started_at_id" in plan or "ix_visit_follow_up" in plan, plan
        assert "TEMP B-TREE" not in plan, plan
    spot_plan = _plan(services, VisitFilter(spot_id="s"), cursor)
    assert "ix_visit_spot_started_at" in spot_plan and "TEMP B-TREE" not in spot_plan


def test_reading_sessions_see_one_consistent_snapshot(services):
    """A read session is one transaction (so a page and its names agree)."""
    with reading(services.engine) as db:
        assert db.execute(select(desk_table.c.id)).all() == []
        assert db.in_transaction()


def test_engine_opens_a_missing_folder_file_lazily(tmp_path):
    """Opening an engine writes nothing until the first connection."""
    engine = open_engine(tmp_path / "later.db")
    assert not (tmp_path / "later.db").exists()
    engine.dispose()

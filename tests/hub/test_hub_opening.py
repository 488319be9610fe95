"""Opening the hub's database in a process of its own: quick at the head (no Alembic), and two
hubs opening a fresh PostgreSQL database at once take turns instead of both making tables."""

from __future__ import annotations

import subprocess
import sys
import time

import psycopg
from sqlalchemy import create_engine, inspect, text

from helpdesk.hub.db import WRITE_LOCK
from helpdesk.hub.migrate import HUB_REVISION, VERSION_TABLE
from helpdesk.hub.tables import metadata

OPEN = ("import sys\n"
        "from helpdesk.hub.db import HubDb\n"
        "HubDb.open(sys.argv[1]).close()\n"
        "print('alembic' in sys.modules)\n")


def open_in_a_process(url: str) -> subprocess.Popen:
    """A hub process that opens the database at ``url`` and says whether it loaded Alembic."""
    return subprocess.Popen([sys.executable, "-c", OPEN, url], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def loads_alembic(url: str) -> bool:
    """Whether opening the hub's database at ``url`` in a new process imports Alembic."""
    out, err = open_in_a_process(url).communicate(timeout=120)
    assert err == "" and out.strip() in ("True", "False"), err
    return out.strip() == "True"


def test_a_database_at_the_head_opens_without_loading_alembic(hub_url):
    """Making the tables needs Alembic; opening them again is two reads and does not."""
    assert loads_alembic(hub_url)  # so the check below can tell
    assert not loads_alembic(hub_url)


def waiting_for_the_hubs_lock(conn: psycopg.Connection) -> int:
    """How many sessions on this database wait for the hub's advisory lock."""
    return conn.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        " AND objid::bigint = %s"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        (WRITE_LOCK,)).fetchone()[0]


def test_two_hubs_opening_a_fresh_postgresql_database_take_turns(pg_url):
    """Both wait for the hub's lock; the first makes the tables, the second finds them made."""
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
        hubs = [open_in_a_process(pg_url) for _ in range(2)]
        try:
            deadline = time.monotonic() + 60
            # Until both wait (or one gave up without waiting: then the lock was not taken).
            while (waiting_for_the_hubs_lock(holder) < 2 and time.monotonic() < deadline
                   and all(hub.poll() is None for hub in hubs)):
                time.sleep(0.05)
            both_waited = waiting_for_the_hubs_lock(holder) == 2
        finally:
            holder.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK,))
            results = [hub.communicate(timeout=120) for hub in hubs]
    assert both_waited, results
    assert [hub.returncode for hub in hubs] == [0, 0], results
    engine = create_engine(pg_url)
    try:
        assert set(inspect(engine).get_table_names()) == {*metadata.tables, VERSION_TABLE}
        with engine.connect() as conn:
            assert conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}")) == HUB_REVISION
    finally:
        engine.dispose()

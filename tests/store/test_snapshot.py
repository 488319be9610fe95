"""The start-up snapshot: the same view as the services, None for anything unexpected."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace

from helpdesk.core.records import VisitDraft
from helpdesk.store.snapshot import favourite_durations, read_startup_state, read_taxonomy


def _visit(services, spot_id, minutes, **fields):
    return services.intake.record_visit(VisitDraft(
        session_id=fields.pop("session_id", None), spot_id=spot_id, staff_id=None,
        question_types=("email",), outcome="solved", duration_minutes=minutes, **fields))


def test_snapshot_matches_the_services_view(ready_services, data_dir):
    """Settings, spots, staff, the open session with its count and the favourites agree."""
    state = ready_services.desk.startup_state()
    spot = state.spots[0]
    ready_services.desk.add_spot("Bibliotheek Laken", "library")
    retired = ready_services.desk.add_staff("Old helper")
    ready_services.desk.update_staff(retired.id, active=False)
    session = ready_services.sessions.open_session(spot.id, [s.id for s in state.staff])
    for minutes in (20, 20, 20, 45, 7, 7):
        _visit(ready_services, spot.id, minutes, session_id=session.id)
    gone = _visit(ready_services, spot.id, 90, session_id=session.id)
    ready_services.intake.delete_visit(gone.id)

    snapshot = read_startup_state(data_dir / "helpdesk.db")
    assert snapshot == ready_services.desk.startup_state()
    assert snapshot.open_session.visit_count == 6
    assert snapshot.duration_favourites == (20, 7, 45, 5, 10, 15)
    assert [s.name for s in snapshot.spots] == ["Bibliotheek Laken", "Buurtbar Kuregem"]
    # The lists, not the sheet presets: those need TOML, and come with the store's first read.
    assert read_taxonomy(data_dir / "helpdesk.db") == replace(
        ready_services.taxonomy.current(), presets=())


def test_snapshot_before_the_first_run_has_no_settings(services, data_dir):
    """A fresh store reads as 'no desk yet', with the default duration buttons."""
    state = read_startup_state(data_dir / "helpdesk.db")
    assert state.settings is None and state.spots == () and state.open_session is None
    assert state.duration_favourites == (5, 10, 15, 30, 45, 60)


def test_snapshot_is_none_for_missing_foreign_or_other_version_files(tmp_path, services, data_dir):
    """No file, not a database, another schema revision: None (the app then waits for the store)."""
    assert read_startup_state(tmp_path / "missing.db") is None
    assert read_taxonomy(tmp_path / "missing.db") is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 1000)
    assert read_startup_state(junk) is None
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert read_startup_state(foreign) is None
    services.close()
    conn = sqlite3.connect(data_dir / "helpdesk.db")
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    assert read_startup_state(data_dir / "helpdesk.db") is None
    assert read_taxonomy(data_dir / "helpdesk.db") is None


def test_snapshot_loads_no_database_layer():
    """Importing and using the snapshot reader pulls in neither SQLAlchemy nor pydantic."""
    code = ("import sys, helpdesk.store.snapshot as s\n"
            "s.read_startup_state('/nonexistent/helpdesk.db')\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in "
            "('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_favourites_rank_by_use_then_fill_with_the_usual_values():
    """Most used first (ties: shorter first), then 5, 10, 15, 30, 45, 60 without repeats."""
    assert favourite_durations([]) == (5, 10, 15, 30, 45, 60)
    assert favourite_durations([30, 30, 12, 12, 12, 5]) == (12, 30, 5, 10, 15, 45)
    assert favourite_durations(list(range(1, 9)) * 2, limit=3) == (1, 2, 3)

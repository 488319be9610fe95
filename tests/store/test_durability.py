"""Nothing saved is lost: a process killed between saves leaves every committed visit.

This is a process crash, not a pulled plug: what survives a power cut is the commit's fsync,
which ``synchronous=FULL`` asks for (tests/store/test_models.py checks it is on); a power cut
itself cannot be made here.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from helpdesk.core.records import VisitDraft, VisitFilter
from helpdesk.services import Services


def test_a_crash_right_after_a_save_loses_no_visit(ready_services, data_dir):
    """Visit 1 saved here, visit 2 saved by a process that dies without closing: both stay."""
    spot = ready_services.desk.spots()[0]
    first = ready_services.intake.record_visit(
        VisitDraft(None, spot.id, None, ("email",), "solved"))
    crash = textwrap.dedent(f"""
        import os
        from helpdesk.core.records import VisitDraft
        from helpdesk.services import Services
        services = Services.open({str(data_dir)!r})
        visit = services.intake.record_visit(
            VisitDraft(None, {spot.id!r}, None, ("print_scan",), "solved"))
        print(visit.id, flush=True)
        os._exit(1)  # no close, no checkpoint: a process crash
    """)
    out = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1, out.stderr
    second_id = out.stdout.strip()
    ready_services.close()

    reopened = Services.open(data_dir)
    try:
        ids = {row.id for row in reopened.visits.page(VisitFilter())}
        assert ids == {first.id, second_id}
        assert reopened.intake.get_visit(second_id).question_types == ("print_scan",)
    finally:
        reopened.close()


def test_a_store_left_with_a_hot_journal_opens_with_every_committed_visit(ready_services,
                                                                           data_dir):
    """A process killed in the middle of a write in rollback-journal mode (as a store is just
    after it is encrypted, before it goes back to WAL) leaves a hot ``-journal``: the next
    start rolls it back and opens, rather than calling the disk read-only."""
    spot = ready_services.desk.spots()[0]
    kept = ready_services.intake.record_visit(VisitDraft(None, spot.id, None, ("email",),
                                                         "solved"))
    ready_services.close()
    crash = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(data_dir / "helpdesk.db")!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA cache_size=1")  # spill the change into the file before commit
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE filler (x)")
        for _ in range(300):
            conn.execute("INSERT INTO filler VALUES (randomblob(4000))")
        conn.execute("UPDATE visit SET outcome = 'half-written'")
        os._exit(1)  # killed mid-transaction: the journal is hot
    """)
    out = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1, out.stderr
    assert (data_dir / "helpdesk.db-journal").stat().st_size > 0

    reopened = Services.open(data_dir)
    try:
        visits = reopened.visits.page(VisitFilter())
        assert [(v.id, v.outcome) for v in visits] == [(kept.id, "solved")]
    finally:
        reopened.close()

"""The audit trail: what is recorded, append-only, and a changed entry breaks the chain."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.exc import IntegrityError

from helpdesk.services.audit import GENESIS


def actions(services) -> list[tuple[str, str | None]]:
    """(action, record id) of every entry, oldest first."""
    return [(e.action, e.record_id) for e in services.audit.entries()]


def test_visits_leave_a_trail_with_the_earlier_values(ready_services, make_draft):
    """Recorded, edited (outcome Partly → Solved, note only marked), deleted and restored."""
    services = ready_services
    visit = services.intake.record_visit(make_draft(outcome="partly", note="Private words"))
    edited = services.intake.update_visit(
        visit.id, replace(visit.as_draft(), outcome="solved", note="Other private words"),
        expected_revision=visit.revision)
    services.intake.delete_visit(visit.id)
    services.intake.restore_visit(visit.id)
    assert actions(services) == [("visit recorded", visit.id), ("visit edited", visit.id),
                                 ("visit deleted", visit.id), ("visit restored", visit.id)]
    edit = services.audit.entries()[1]
    assert edit.details == {"outcome": {"before": "partly", "after": "solved"},
                            "note_changed": True}
    assert edited.revision == visit.revision + 1
    assert services.audit.verify().intact and services.audit.verify().entries == 4


def test_the_trail_refuses_updates_and_deletes(ready_services, make_draft):
    """The table's triggers stop any change to an entry made through SQL."""
    ready_services.intake.record_visit(make_draft())
    with ready_services.engine.begin() as conn:
        with pytest.raises(IntegrityError):
            conn.exec_driver_sql("UPDATE audit_entry SET actor = 'someone'")
    with ready_services.engine.begin() as conn:
        with pytest.raises(IntegrityError):
            conn.exec_driver_sql("DELETE FROM audit_entry")


@pytest.mark.parametrize("tamper", [
    "UPDATE audit_entry SET details = '{\"outcome\":\"solved\"}' WHERE seq = 2",
    "UPDATE audit_entry SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 2",
    "DELETE FROM audit_entry WHERE seq = 2",
])
def test_a_tampered_entry_is_found(ready_services, make_draft, tamper):
    """Someone with the key drops the triggers and changes entry 2: verify names entry 2."""
    for _ in range(3):
        ready_services.intake.record_visit(make_draft())
    assert ready_services.audit.verify().intact
    with ready_services.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        conn.exec_driver_sql(tamper)
    check = ready_services.audit.verify()
    # a deleted entry 2 shows as entry 3 no longer following entry 1
    assert not check.intact and check.first_broken in (2, 3)
    assert check.first_broken == (3 if tamper.startswith("DELETE") else 2)


def test_the_first_entry_starts_from_the_genesis_hash(ready_services, make_draft):
    """The chain starts at a fixed value, so removing the first entry is found too."""
    ready_services.intake.record_visit(make_draft())
    with ready_services.engine.connect() as conn:
        first = conn.exec_driver_sql("SELECT prev_hash FROM audit_entry WHERE seq = 1").scalar()
    assert first == GENESIS


def test_an_export_and_a_sync_run_are_recorded(ready_services, make_draft, tmp_path):
    """A sheet written and a sync asked for each leave one entry, without any visit data."""
    from datetime import date

    from helpdesk.core.report_records import ReportRequest

    ready_services.intake.record_visit(make_draft())
    today = date.today()
    request = ReportRequest(first_day=today.replace(day=1), last_day=today)
    ready_services.reports.export(request, "csv", "en", tmp_path / "sheet.csv")
    ready_services.sync.run()  # no targets: nothing sent, still asked for by someone
    entries = ready_services.audit.entries()
    assert [e.action for e in entries] == ["visit recorded", "sheet exported", "sync run"]
    assert entries[1].details["format"] == "csv" and entries[1].details["visits"] == 1
    assert entries[2].details == {"sent": 0, "targets": [], "problems": 0, "manual": True}
    assert ready_services.audit.verify().intact

"""Device and residence: optional visit fields, checked, synced, counted in the sheets."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import pytest

from helpdesk.core.errors import InputError
from helpdesk.core.report_records import ReportRequest
from helpdesk.services import Services
from helpdesk.store.engine import writing
from helpdesk.store.models import taxonomy_table


@pytest.mark.parametrize("residence", ["0999", "108", "10800", "Brussel", "ABROAD", ""])
def test_a_residence_is_a_belgian_postcode_or_abroad(ready_services, make_draft, residence):
    """Anything else is one sentence on the residence field."""
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(residence=residence))
    assert caught.value.field == "residence"


def test_a_device_must_come_from_the_list(ready_services, make_draft):
    """A code the taxonomy does not have is refused; the list's codes are taken."""
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(device="fax"))
    assert caught.value.field == "device"
    visit = ready_services.intake.record_visit(make_draft(device="own_tablet",
                                                          residence="abroad"))
    assert (visit.device, visit.residence) == ("own_tablet", "abroad")


def test_a_store_from_before_devices_gets_the_list(ready_services, data_dir):
    """The list is added from the default when the store opens; the others stay."""
    with writing(ready_services.engine) as db:
        db.execute(taxonomy_table.delete().where(taxonomy_table.c.list_name == "devices"))
    ready_services.close()
    again = Services.open(data_dir)
    try:
        assert "desk_computer" in again.taxonomy.current().codes("devices")
    finally:
        again.close()


def test_the_sheet_counts_devices_and_postcodes_and_names_brussels(ready_services,
                                                                    make_draft, tmp_path):
    """Counts by device and by postcode, as the visits CSV has them; 1080 is Molenbeek."""
    when = datetime.now(timezone.utc) - timedelta(hours=1)
    for device, residence in (("own_smartphone", "1080"), ("own_smartphone", "1080"),
                              ("desk_computer", "9000"), (None, "abroad"), (None, None)):
        ready_services.intake.record_visit(make_draft(device=device, residence=residence,
                                                      started_at=when))
    today = datetime.now().date()
    request = ReportRequest(first_day=today - timedelta(days=1), last_day=today, by_week=False)
    tables = {t.key: t for t in ready_services.reports.preview(request, "fr").pages[0].tables}
    residences = {r.label: r.count for r in tables["residences"].rows}
    assert residences == {"1080 Molenbeek-Saint-Jean": 2, "9000": 1, "Hors de Belgique": 1,
                          "Inconnu": 1}
    devices = {r.code: r.count for r in tables["devices"].rows if r.count}
    out = tmp_path / "v.csv"
    ready_services.reports.export(request, "csv", "fr", out)
    with open(out, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    from_csv: dict[str, int] = {}
    for row in rows:
        from_csv[row["device"] or "unknown"] = from_csv.get(row["device"] or "unknown", 0) + 1
    assert devices == from_csv == {"own_smartphone": 2, "desk_computer": 1, "unknown": 2}

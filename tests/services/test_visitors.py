"""Visitor codes: only a keyed hash is stored and sent, the network shares one key, and the
sheets count people reached from the hashes."""

from __future__ import annotations

import csv
import hmac
import json
from datetime import datetime, timedelta, timezone
from hashlib import sha256

import pytest
from sqlalchemy import select

from helpdesk.core.errors import InputError
from helpdesk.core.report_records import ReportRequest
from helpdesk.services import Services
from helpdesk.services.visitors import KEY_INFO
from helpdesk.store import keys as keys_module
from helpdesk.store.engine import reading
from helpdesk.store.keys import KdfParams
from helpdesk.store.models import store_info_table, visitor_code_table

CODE = "KUR-4471"


def _key(services: Services) -> bytes:
    with reading(services.engine) as db:
        return bytes.fromhex(db.scalar(select(store_info_table.c.value)
                                       .where(store_info_table.c.key == KEY_INFO)))


def test_a_code_is_stored_as_its_hmac_under_the_desks_own_key(ready_services, make_draft,
                                                                data_dir):
    """Spaces, dashes and case do not matter; the stored value is HMAC-SHA-256 of the code
    under a key the desk made itself, and the code is nowhere in the file."""
    services = ready_services
    digest = services.visitors.code_hash(CODE)
    assert services.visitors.code_hash(" kur 4471 ") == digest
    assert services.visitors.code_hash("KUR4472") != digest
    assert digest == hmac.new(_key(services), b"KUR4471", sha256).hexdigest()
    visit = services.intake.record_visit(make_draft(visitor_hash=digest))
    assert services.intake.get_visit(visit.id).visitor_hash == digest
    services.close()
    stored = b"".join(p.read_bytes() for p in data_dir.glob("helpdesk.db*"))
    assert b"KUR4471" not in stored and b"KUR-4471" not in stored
    assert digest.encode() in stored


@pytest.mark.parametrize("code", ["", "AB", "X" * 25, "KUR#4471", "ÉCOLE1", "12_34"])
def test_a_code_that_is_not_one_is_refused_in_one_sentence(ready_services, code):
    """Too short, too long, or other than letters and digits: InputError on the code field."""
    with pytest.raises(InputError) as caught:
        ready_services.visitors.code_hash(code)
    assert caught.value.field == "visitor_code" and "3 to 24" in str(caught.value)


def test_a_visit_takes_a_keyed_hash_only(ready_services, make_draft):
    """A draft whose visitor_hash is not a keyed hash (a code in clear) is refused."""
    with pytest.raises(InputError) as caught:
        ready_services.intake.record_visit(make_draft(visitor_hash="KUR4471"))
    assert caught.value.field == "visitor_code"


def test_a_plain_store_remembers_no_code(ready_services):
    """Without encryption nothing is kept in clear, so no code is suggested."""
    ready_services.visitors.code_hash(CODE)
    assert not ready_services.visitors.remembers_codes
    assert ready_services.visitors.codes_starting("KUR") == []
    with reading(ready_services.engine) as db:
        assert list(db.execute(select(visitor_code_table))) == []


def test_an_encrypted_store_suggests_codes_by_their_first_characters(ready_services,
                                                                       monkeypatch):
    """Once protected, codes typed here are found by a prefix, most recent first."""
    monkeypatch.setattr(keys_module, "DEFAULT_KDF", KdfParams(time_cost=1, memory_cost=8192))
    ready_services.protect("Fatima", "fatima's passphrase")
    visitors = ready_services.visitors
    assert visitors.remembers_codes
    for code in ("KUR-4471", "KUR-4480", "ANN-0001", "kur 4471"):
        visitors.code_hash(code)
    assert visitors.codes_starting("kur-44") == ["KUR4471", "KUR4480"]
    assert visitors.codes_starting("A") == ["ANN0001"]
    assert visitors.codes_starting("%") == [] and visitors.codes_starting("") == []


def test_two_desks_sharing_the_exported_key_give_the_same_hash(tmp_path, ready_services):
    """Export on one desk, import on another: one code, one hash, one person."""
    other = Services.open(tmp_path / "other")
    try:
        assert other.visitors.code_hash(CODE) != ready_services.visitors.code_hash(CODE)
        key_file = tmp_path / "network.key"
        ready_services.visitors.export_key(key_file)
        assert key_file.stat().st_mode & 0o077 == 0
        assert other.visitors.import_key(key_file) is True
        assert other.visitors.import_key(key_file) is False  # already the network's
        assert other.visitors.code_hash(CODE) == ready_services.visitors.code_hash(CODE)
    finally:
        other.close()


def test_a_key_cannot_replace_one_that_visits_already_use(tmp_path, ready_services,
                                                           make_draft):
    """Visits hashed with this desk's key would stop matching: the import is refused, and
    the key stays as it was."""
    ready_services.intake.record_visit(
        make_draft(visitor_hash=ready_services.visitors.code_hash(CODE)))
    before = _key(ready_services)
    other = Services.open(tmp_path / "other")
    try:
        other.visitors.export_key(tmp_path / "network.key")
    finally:
        other.close()
    with pytest.raises(InputError, match="another key"):
        ready_services.visitors.import_key(tmp_path / "network.key")
    assert _key(ready_services) == before


@pytest.mark.parametrize("content", [b"", b"{}", b"not json", b"x" * 10_000,
                                     json.dumps({"format": "helpdesk-visitor-key", "version": 1,
                                                 "key": "00" * 31}).encode()])
def test_a_file_that_is_not_a_key_is_refused(tmp_path, ready_services, content):
    """Anything but an exported key: one sentence, nothing changed."""
    path = tmp_path / "bad.key"
    path.write_bytes(content)
    with pytest.raises(InputError, match="not a visitor key"):
        ready_services.visitors.import_key(path)


def test_the_sheet_counts_people_reached_from_the_codes(ready_services, make_draft, tmp_path):
    """People reached equals the distinct hashes of the period's visits counted from the
    visits CSV alone; new people are those not seen before the period; a deleted visit's
    code does not count."""
    services = ready_services
    now = datetime.now(timezone.utc).replace(microsecond=0)
    last_week = now - timedelta(days=8)
    hashes = {c: services.visitors.code_hash(c) for c in ("AAA1", "BBB2", "CCC3", "DDD4")}

    def visit(code, when, **fields):
        return services.intake.record_visit(
            make_draft(visitor_hash=hashes[code] if code else None, started_at=when, **fields))

    visit("AAA1", last_week)  # seen before: not new
    for code in ("AAA1", "AAA1", "BBB2", "BBB2", "CCC3", None, None):
        visit(code, now - timedelta(hours=1))
    services.intake.delete_visit(visit("DDD4", now - timedelta(hours=2)).id)
    today = now.date()
    request = ReportRequest(first_day=today - timedelta(days=1), last_day=today, by_week=False)
    view = services.reports.preview(request, "en")
    people = {t.key: t for t in view.pages[0].tables}["people"]
    figures = {row.code: row.count for row in people.rows}
    out = tmp_path / "visits.csv"
    services.reports.export(request, "csv", "en", out)
    with open(out, newline="", encoding="utf-8-sig") as handle:
        coded = [row["visitor"] for row in csv.DictReader(handle) if row["visitor"]]
    assert figures == {"people_reached": len(set(coded)), "people_new": 2,
                       "coded_visits": len(coded)}
    assert figures["people_reached"] == 3 and len(coded) == 5
    assert "1.7 visits per person" in people.note
    assert not any(code in out.read_text(encoding="utf-8-sig") for code in hashes)


def test_a_code_typed_on_the_wrong_visit_can_be_taken_off_it(ready_services, make_draft,
                                                              monkeypatch):
    """An edit without a hash removes the code: a new revision (so it syncs again), the
    sheet's people drop, the trail says "removed" without the hash, and the clear code an
    encrypted store kept is forgotten once no visit carries it (but not before)."""
    from dataclasses import replace

    monkeypatch.setattr(keys_module, "DEFAULT_KDF", KdfParams(time_cost=1, memory_cost=8192))
    s = ready_services
    s.protect("Fatima", "fatima's passphrase")
    digest = s.visitors.code_hash(CODE)
    wrong = s.intake.record_visit(make_draft(visitor_hash=digest))
    right = s.intake.record_visit(make_draft(visitor_hash=digest))
    today = datetime.now(timezone.utc).date()
    request = ReportRequest(first_day=today - timedelta(days=1), last_day=today, by_week=False)

    def coded_visits() -> int:
        people = next(t for t in s.reports.preview(request, "en").pages[0].tables
                      if t.key == "people")
        return next(r.count for r in people.rows if r.code == "coded_visits")

    assert coded_visits() == 2
    edited = s.intake.update_visit(wrong.id, replace(wrong.as_draft(), visitor_hash=None),
                                   expected_revision=wrong.revision)
    assert edited.visitor_hash is None and edited.revision == wrong.revision + 1
    assert coded_visits() == 1
    assert s.visitors.codes_starting("KUR") == ["KUR4471"]  # the right visit still has it
    entry = s.audit.entries(newest_first=True, limit=1)[0]
    assert entry.action == "visit edited" and entry.details == {"visitor_code": "removed"}
    assert digest not in json.dumps(entry.details)
    s.intake.update_visit(right.id, replace(right.as_draft(), visitor_hash=None),
                          expected_revision=right.revision)
    assert s.visitors.codes_starting("KUR") == []
    with reading(s.engine) as db:
        assert list(db.execute(select(visitor_code_table))) == []

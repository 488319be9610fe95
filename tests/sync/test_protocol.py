"""The wire format: the allow-list, JSON and CSV round trips, and what counts as an ack."""

from __future__ import annotations

import json

import pytest

from helpdesk.sync.csv_format import decode_csv, encode_csv
from helpdesk.sync.protocol import (
    Ack,
    Batch,
    ProtocolError,
    decode_ack,
    decode_batch,
    encode_ack,
    encode_batch,
    fields_for,
)

VISIT = {
    "id": "019a0000-0000-7000-8000-000000000001", "revision": 2,
    "desk_id": "019a0000-0000-7000-8000-0000000000d1", "session_id": None,
    "spot_id": "019a0000-0000-7000-8000-0000000000s1", "started_at": "2025-03-30T01:00:00.000000Z",
    "duration_minutes": 15, "outcome": "referred", "autonomy": "together",
    "referral": "social_service", "follow_up": True, "follow_up_date": "2025-04-02",
    "channel": "in_person", "age_band": "65_74", "gender": "f", "help_language": "ar",
    "first_visit": None, "status": "retired", "question_types": ["itsme_eid", "health"],
    "note": 'Said "thanks", came back, with a comma, and\na new line',
    "created_at": "2025-03-30T01:20:00.000000Z", "updated_at": "2025-03-30T02:00:00.000000Z",
    "deleted": False, "visitor_hash": "5e" * 32, "device": "own_smartphone", "residence": "1080",
}


def batch_of(*records, record_type="visit") -> Batch:
    return Batch(batch_id="019a0000-0000-7000-8000-0000000000b1",
                 desk_id="019a0000-0000-7000-8000-0000000000d1", record_type=record_type,
                 records=list(records))


def test_staff_never_leaves_and_notes_only_when_asked():
    """No staff field is on the allow-list; the note only when the target includes notes."""
    assert not any("staff" in f for f in fields_for("visit", True))
    assert "note" not in fields_for("visit", False)
    assert "note" in fields_for("visit", True)


def test_json_round_trip_keeps_every_value():
    """A batch encoded and decoded gives back the same records."""
    batch = batch_of(VISIT)
    assert decode_batch(encode_batch(batch)).records == [VISIT]


def test_csv_round_trip_keeps_every_value_including_awkward_text():
    """Quotes, commas and new lines in a note survive the CSV (RFC 4180 quoting)."""
    data = encode_csv(batch_of(VISIT))
    assert data.startswith(b"id,revision,desk_id,")
    assert b"\r\n" in data
    back = decode_csv(data, batch_id="019a0000-0000-7000-8000-0000000000b1",
                      desk_id="019a0000-0000-7000-8000-0000000000d1", record_type="visit")
    assert back.records == [VISIT]


@pytest.mark.parametrize("field, value", [
    ("started_at", "2025-03-30 01:00"), ("revision", 0), ("revision", "2"),
    ("question_types", []), ("question_types", ["a b"]), ("deleted", "no"),
    ("outcome", None), ("follow_up_date", "02/04/2025"), ("follow_up_date", "2025-02-30"),
    ("note", "x" * 501),
])
def test_a_bad_value_is_refused_with_its_field_named(field, value):
    """Every field is checked; the error names the record and the field."""
    body = encode_batch(batch_of(dict(VISIT, **{field: value})))
    with pytest.raises(ProtocolError, match=f"record 1: {field}"):
        decode_batch(body)


def test_unknown_fields_are_dropped_not_stored():
    """A field outside the allow-list never reaches a table."""
    decoded = decode_batch(encode_batch(batch_of(dict(VISIT, staff_name="Jan Peeters"))))
    assert "staff_name" not in decoded.records[0]


def test_a_repeated_id_in_one_batch_is_refused():
    """One batch cannot carry the same record twice."""
    with pytest.raises(ProtocolError, match="appears twice"):
        decode_batch(encode_batch(batch_of(VISIT, VISIT)))


def test_an_ack_must_cover_every_record():
    """An acknowledgement leaving a record out, or for another batch, is not success."""
    batch = batch_of(VISIT)
    good = json.dumps(encode_ack(Ack(batch.batch_id, [(VISIT["id"], 2)], []))).encode()
    assert decode_ack(good, batch).stored == [(VISIT["id"], 2)]
    partial = json.dumps(encode_ack(Ack(batch.batch_id, [], []))).encode()
    with pytest.raises(ProtocolError, match="leaves out"):
        decode_ack(partial, batch)
    other = json.dumps(encode_ack(Ack("other", [(VISIT["id"], 2)], []))).encode()
    with pytest.raises(ProtocolError, match="another batch"):
        decode_ack(other, batch)
    older = json.dumps(encode_ack(Ack(batch.batch_id, [(VISIT["id"], 1)], []))).encode()
    with pytest.raises(ProtocolError):
        decode_ack(older, batch)


def test_already_had_a_higher_revision_counts_as_acknowledged():
    """A receiver holding a newer revision (come another way) acknowledges the older one."""
    batch = batch_of(VISIT)
    body = json.dumps(encode_ack(Ack(batch.batch_id, [], [(VISIT["id"], 5)]))).encode()
    assert decode_ack(body, batch).already_had == [(VISIT["id"], 5)]


@pytest.mark.parametrize("body", [b"<html>Welcome to the free Wi-Fi</html>", b"", b"{}",
                                  b'{"ok": true}', b"[1, 2]"])
def test_a_captive_portal_page_is_not_an_ack(body):
    """Whatever a 2xx carries, only a real acknowledgement counts."""
    with pytest.raises(ProtocolError):
        decode_ack(body, batch_of(VISIT))

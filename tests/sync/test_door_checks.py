"""One check at every door: impossible times, control characters, sessions ending too soon."""

from __future__ import annotations

import pytest
from test_protocol import VISIT, batch_of

from helpdesk.sync.csv_format import decode_csv, encode_csv
from helpdesk.sync.protocol import ProtocolError, check_record, decode_batch, encode_batch

SESSION = {
    "id": "019a0000-0000-7000-8000-0000000000e1", "revision": 1,
    "desk_id": "019a0000-0000-7000-8000-0000000000d1",
    "spot_id": "019a0000-0000-7000-8000-0000000000s1",
    "opened_at": "2025-03-30T09:00:00.000000Z", "closed_at": "2025-03-30T12:00:00.000000Z",
    "turned_away": 0, "created_at": "2025-03-30T09:00:00.000000Z",
    "updated_at": "2025-03-30T12:00:00.000000Z", "deleted": False,
}

IMPOSSIBLE = [
    ("started_at", "2026-11-31T25:61:61.000000Z"),
    ("created_at", "2026-02-30T10:00:00.000000Z"),
    ("updated_at", "2026-13-01T10:00:00.000000Z"),
    ("started_at", "2026-01-01T24:00:00.000000Z"),
    ("note", "before\x00after"),
    ("note", "bell\x07"),
    ("outcome", "solved\x1b"),
]


@pytest.mark.parametrize("field, value", IMPOSSIBLE)
def test_json_refuses_values_that_do_not_exist_or_cannot_be_stored(field, value):
    """A well-formed but impossible time, or a control character, is refused by name."""
    body = encode_batch(batch_of(dict(VISIT, **{field: value})))
    with pytest.raises(ProtocolError, match=f"record 1: {field}"):
        decode_batch(body)


@pytest.mark.parametrize("field, value", IMPOSSIBLE)
def test_csv_refuses_the_same_values(field, value):
    """The stick's CSV goes through the same check as the HTTP body."""
    data = encode_csv(batch_of(dict(VISIT, **{field: value})))
    with pytest.raises(ProtocolError, match=f"record 1: {field}"):
        decode_csv(data, batch_id="019a0000-0000-7000-8000-0000000000b1",
                   desk_id="019a0000-0000-7000-8000-0000000000d1", record_type="visit")


def test_a_session_closed_before_it_opened_is_refused():
    """closed_at earlier than opened_at cannot be true."""
    ok = decode_batch(encode_batch(batch_of(SESSION, record_type="help_session")))
    assert ok.records[0]["closed_at"] == SESSION["closed_at"]
    early = dict(SESSION, closed_at="2025-03-30T08:59:59.999999Z")
    with pytest.raises(ProtocolError, match="record 1: closed_at .*before"):
        decode_batch(encode_batch(batch_of(early, record_type="help_session")))


def test_a_lone_surrogate_is_refused():
    """Text that cannot be written as UTF-8 never reaches a table."""
    with pytest.raises(ProtocolError, match="note"):
        check_record("visit", dict(VISIT, note="lone \ud800 surrogate"))


def test_tabs_and_new_lines_stay_allowed_in_a_note():
    """Lines and tabs are ordinary text in a note."""
    batch = decode_batch(encode_batch(batch_of(dict(VISIT, note="one\ttwo\r\nthree"))))
    assert batch.records[0]["note"] == "one\ttwo\r\nthree"

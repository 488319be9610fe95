"""The protocol's limits, each on both sides of its edge: what a receiver takes, and the first
thing it refuses."""

from __future__ import annotations

import orjson
import pytest
from test_protocol import VISIT, batch_of

from helpdesk.sync.protocol import (
    MAX_RECORDS,
    VERSION,
    ProtocolError,
    checked_batch,
    decode_batch,
    encode_batch,
)

DESK = "019a0000-0000-7000-8000-0000000000d1"


def _numbered(count: int) -> list[dict]:
    return [dict(VISIT, id=f"019a0000-0000-7000-8000-{n:012d}") for n in range(count)]


def test_only_the_known_protocol_versions_are_taken():
    """Visits travel as version 1, which every receiver reads, and version 2 is read too;
    a batch of any other version is refused, naming it."""
    body = orjson.loads(encode_batch(batch_of(VISIT)))
    assert body["version"] == 1
    assert decode_batch(orjson.dumps(body)).records == [VISIT]
    assert decode_batch(orjson.dumps({**body, "version": VERSION})).records == [VISIT]
    for other in (VERSION + 1, 0, str(VERSION), None, True):
        with pytest.raises(ProtocolError, match="version"):
            decode_batch(orjson.dumps({**body, "version": other}))


def test_a_batch_holds_at_most_max_records():
    """5,000 records are one batch; 5,001 are refused before any record is looked at."""
    assert len(checked_batch("b1", DESK, "visit", _numbered(MAX_RECORDS)).records) == MAX_RECORDS
    with pytest.raises(ProtocolError, match=f"at most {MAX_RECORDS} records"):
        checked_batch("b1", DESK, "visit", _numbered(MAX_RECORDS + 1))


@pytest.mark.parametrize("field", ["duration_minutes", "revision"])
def test_whole_numbers_are_never_negative(field):
    """0 minutes is a value; -1 is refused with the field named (revision: 1 or more)."""
    if field == "duration_minutes":
        assert decode_batch(encode_batch(batch_of(dict(VISIT, duration_minutes=0))))
    with pytest.raises(ProtocolError, match=f"record 1: {field}"):
        decode_batch(encode_batch(batch_of(dict(VISIT, **{field: -1}))))
    too_big = 2**31
    with pytest.raises(ProtocolError, match=f"record 1: {field}"):
        decode_batch(encode_batch(batch_of(dict(VISIT, **{field: too_big}))))
    assert decode_batch(encode_batch(batch_of(dict(VISIT, **{field: too_big - 1}))))


def test_turned_away_is_never_negative():
    """A session's count of people turned away: 0 or more."""
    session = {"id": "s1", "revision": 1, "desk_id": DESK, "spot_id": "spot-1",
               "opened_at": "2025-03-30T09:00:00.000000Z", "closed_at": None,
               "turned_away": 0, "created_at": "2025-03-30T09:00:00.000000Z",
               "updated_at": "2025-03-30T09:00:00.000000Z", "deleted": False}
    assert checked_batch("b1", DESK, "help_session", [session]).records == [session]
    with pytest.raises(ProtocolError, match="turned_away must be a whole number"):
        checked_batch("b1", DESK, "help_session", [dict(session, turned_away=-3)])


@pytest.mark.parametrize("batch_id", ["", "a b", "../../etc/passwd", "x" * 65, "é", 17, None,
                                      "id\n"])
def test_a_batch_id_is_a_short_identifier(batch_id):
    """Batch ids name files on a stick and lines in a log: only [A-Za-z0-9_-], 1 to 64."""
    with pytest.raises(ProtocolError, match="batch_id"):
        checked_batch(batch_id, DESK, "visit", [VISIT])
    with pytest.raises(ProtocolError, match="desk_id"):
        checked_batch("b1", batch_id, "visit", [VISIT])


def test_the_longest_batch_id_is_taken():
    """64 characters of the allowed kind are a batch id."""
    assert checked_batch("a-_" + "x" * 61, DESK, "visit", [VISIT]).batch_id == "a-_" + "x" * 61


def test_a_file_of_exactly_the_limit_is_read_and_one_byte_more_refused(tmp_path):
    """The size limit of a stick's files (manifest, CSV) is inclusive, and says so."""
    from helpdesk.sync.csv_format import _read_regular_file

    path = tmp_path / "helpdesk-x-visit.csv"
    path.write_bytes(b"12345")
    assert _read_regular_file(path, 5) == b"12345"
    with pytest.raises(ProtocolError, match=r"^helpdesk-x-visit\.csv is too large$"):
        _read_regular_file(path, 4)

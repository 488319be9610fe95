"""Each kind of field check and each acknowledgement check, with the exact sentence a receiver
or a desk gets (tests written from `make mutation`'s survivors in `sync/protocol.py`)."""

from __future__ import annotations

import orjson
import pytest
from test_protocol import VISIT, batch_of

from helpdesk.sync.protocol import (
    ACK_FORMAT,
    Ack,
    ProtocolError,
    check_record,
    decode_ack,
    decode_batch,
    decode_visitor_key,
    encode_batch,
    encode_ack,
)

ID = VISIT["id"]
BOOL_FIELDS = ("follow_up", "deleted")


def refusal(field: str, value) -> str:
    with pytest.raises(ProtocolError) as caught:
        check_record("visit", dict(VISIT, **{field: value}))
    return str(caught.value)


@pytest.mark.parametrize("field", BOOL_FIELDS)
@pytest.mark.parametrize("value", [1, 0, "true", "no", [True]])
def test_a_yes_or_no_is_true_or_false_and_nothing_else(field, value):
    """1, 0, "true": refused — a receiver stores booleans, not whatever was sent."""
    assert refusal(field, value) == f"{field} must be true or false"


def test_each_kind_of_field_says_what_it_must_be():
    """The sentence names the field and the shape it needs (the hub answers it, the desk
    keeps it with the batch set aside)."""
    assert refusal("started_at", "2025-02-30T01:00:00.000000Z") == (
        "started_at must be a UTC time that exists, as YYYY-MM-DDTHH:MM:SS.ffffffZ")
    assert refusal("follow_up_date", "2025-02-30") == "follow_up_date must be a date as YYYY-MM-DD"
    assert refusal("duration_minutes", 1.5) == "duration_minutes must be a whole number"
    assert refusal("question_types", ["email", "email"]) == "question_types repeats a code"
    assert refusal("question_types", ["a b"]) == "question_types must be a non-empty list of codes"
    assert refusal("residence", "0999") == (
        "residence must be a Belgian postcode of four digits or abroad")
    assert refusal("visitor_hash", "AB" * 32) == (
        "visitor_hash must be a keyed hash of 64 hexadecimal digits")
    assert refusal("id", "../x") == "id must be a short identifier"
    assert refusal("outcome", "x" * 501) == "outcome must be text of at most 500 characters"
    assert refusal("outcome", "solved\x00") == "outcome must be text without control characters"


@pytest.mark.parametrize("value", [20250402, 2.5, ["2025-04-02"], b"2025-04-02"])
def test_a_date_that_is_not_text_is_refused_not_a_crash(value):
    """A number or a list where a date goes: the protocol's refusal, never a TypeError."""
    assert refusal("follow_up_date", value) == "follow_up_date must be a date as YYYY-MM-DD"


def test_whole_numbers_run_up_to_just_below_two_to_the_31():
    """The largest value a 32-bit column holds is taken; one more is refused; so is a bool."""
    for ok in (0, 61, 62, 100, 2**31 - 1):
        assert check_record("visit", dict(VISIT, duration_minutes=ok))["duration_minutes"] == ok
    for bad in (2**31, 2**32 - 1, -1, True):
        assert refusal("duration_minutes", bad) == "duration_minutes must be a whole number"


def body(**fields) -> bytes:
    ack = {"format": ACK_FORMAT, "version": 1, "batch_id": batch_of(VISIT).batch_id,
           "stored": [{"id": ID, "revision": 2}], "already_had": []}
    return orjson.dumps({**ack, **fields})


def ack_refusal(data: bytes, batch=None) -> str:
    with pytest.raises(ProtocolError) as caught:
        decode_ack(data, batch or batch_of(VISIT))
    return str(caught.value)


def test_the_acknowledgement_document_is_as_the_protocol_says():
    """What a hub answers, field for field (docs/sync-protocol.md), and read back whole."""
    batch = batch_of(VISIT)
    document = encode_ack(Ack(batch.batch_id, [(ID, 2)], [("other", 4)]))
    assert document == {"format": "helpdesk-ack", "version": 1, "batch_id": batch.batch_id,
                        "stored": [{"id": ID, "revision": 2}],
                        "already_had": [{"id": "other", "revision": 4}]}
    ack = decode_ack(orjson.dumps(document), batch)
    assert (ack.batch_id, ack.stored, ack.already_had) == (batch.batch_id, [(ID, 2)],
                                                           [("other", 4)])


def test_each_wrong_acknowledgement_says_what_is_wrong():
    """One sentence per fault; a 2xx with any of these is not success."""
    assert ack_refusal(b"<html>") == "the answer is not an acknowledgement (not JSON)"
    assert ack_refusal(body(format="helpdesk-batch")) == "the answer is not an acknowledgement"
    assert ack_refusal(b"[]") == "the answer is not an acknowledgement"
    assert ack_refusal(body(batch_id="another")) == "the acknowledgement is for another batch"
    assert ack_refusal(body(stored=None)) == "the acknowledgement has no stored list"
    assert ack_refusal(body(already_had={})) == "the acknowledgement has no already_had list"
    assert ack_refusal(body(stored=[{"id": ID}])) == (
        "the acknowledgement's stored list is malformed")
    assert ack_refusal(body(already_had=[{"id": ID, "revision": "two"}])) == (
        "the acknowledgement's already_had list is malformed")


def test_a_record_at_revision_one_left_out_is_not_acknowledged():
    """Nothing said of a revision-1 record (the first a desk sends): it is left out."""
    batch = batch_of(dict(VISIT, revision=1), dict(VISIT, id="second", revision=1))
    assert ack_refusal(body(stored=[{"id": ID, "revision": 1}]), batch) == (
        "the acknowledgement leaves out 1 record(s)")
    assert ack_refusal(body(stored=[], already_had=[{"id": ID, "revision": 0},
                                                    {"id": "second", "revision": 1}]),
                       batch) == "the acknowledgement leaves out 1 record(s)"


def test_stored_and_already_had_together_count_the_higher_revision():
    """A record both stored at 2 and already had at 1 (an odd receiver) is acknowledged at 2."""
    ack = decode_ack(body(already_had=[{"id": ID, "revision": 1}]), batch_of(VISIT))
    assert (ack.stored, ack.already_had) == ([(ID, 2)], [(ID, 1)])


def test_a_visitor_key_answer_is_read_only_when_it_is_one():
    """The hub's key for visitor codes: its 32 bytes; anything else is refused without
    quoting the body (it may hold a key)."""
    key = "0f" * 32
    good = {"format": "helpdesk-visitor-key", "version": 1, "key": key}
    assert decode_visitor_key(orjson.dumps(good)) == bytes.fromhex(key)
    cases = [
        (b"<html>" + key.encode(), "the answer is not a visitor key (not JSON)"),
        (orjson.dumps([good]), "the answer is not a visitor key"),
        (orjson.dumps({**good, "format": "helpdesk-ack"}), "the answer is not a visitor key"),
        (orjson.dumps({**good, "version": 2}), "the answer is not a visitor key"),
        (orjson.dumps({k: v for k, v in good.items() if k != "version"}),
         "the answer is not a visitor key"),
        (orjson.dumps({**good, "key": key.upper()}),
         "the visitor key is not 64 lowercase hex digits"),
        (orjson.dumps({**good, "key": key[:-2]}),
         "the visitor key is not 64 lowercase hex digits"),
        (orjson.dumps({**good, "key": None}), "the visitor key is not 64 lowercase hex digits"),
    ]
    for data, sentence in cases:
        with pytest.raises(ProtocolError) as caught:
            decode_visitor_key(data)
        assert str(caught.value) == sentence


GROUP = {"id": "g1", "revision": 1, "desk_id": "d1", "spot_id": "s1", "title": "Café",
         "started_at": "2026-11-18T18:00:00.000000Z", "duration_minutes": None, "level": None,
         "participants": 1, "created_at": "2026-11-18T18:00:00.000000Z",
         "updated_at": "2026-11-18T18:00:00.000000Z", "deleted": False,
         "questions_covered": None, "facilitators": None, "profile": None}
DETAILS = ("questions_covered", "facilitators", "profile")  # version 3's; read as none in 2


def batch_refusal(data) -> str:
    with pytest.raises(ProtocolError) as caught:
        decode_batch(data if isinstance(data, bytes) else orjson.dumps(data))
    return str(caught.value)


def test_a_group_batch_says_version_3_and_a_group_of_one_is_taken():
    """Encoded, a group session batch says the version that carries its details and reads
    back; one participant is a group; a version-2 batch (no details) is still taken; the same
    batch saying version 1 is refused, naming the need."""
    body = encode_batch(batch_of(GROUP, record_type="group_session"))
    assert orjson.loads(body)["version"] == 3
    assert decode_batch(body).records == [GROUP]
    older = {k: v for k, v in GROUP.items() if k not in DETAILS}
    older_body = encode_batch(batch_of(older, record_type="group_session"))
    assert decode_batch(orjson.dumps({**orjson.loads(older_body), "version": 2})).records == [
        GROUP]
    assert batch_refusal({**orjson.loads(body), "version": 1}) == (
        "group_session records need version 2 or later")
    assert batch_refusal({**orjson.loads(body), "version": 4}) == (
        "version 4 is not supported (only 1, 2, 3)")


def test_each_wrong_batch_says_what_is_wrong():
    """The body, its header fields and its records list: one sentence each."""
    good = orjson.loads(encode_batch(batch_of(VISIT)))
    assert batch_refusal(b"{not json") == "the body is not JSON"
    assert batch_refusal([good]) == "the body is not a helpdesk-batch document"
    assert batch_refusal({**good, "format": "helpdesk-ack"}) == (
        "the body is not a helpdesk-batch document")
    assert batch_refusal({**good, "records": {"0": VISIT}}) == "records must be a list"
    assert batch_refusal({**good, "batch_id": "a b"}) == "batch_id must be a short identifier"
    assert batch_refusal({**good, "desk_id": None}) == "desk_id must be a short identifier"
    assert batch_refusal({**good, "record_type": "staff"}) == (
        "record_type must be one of spot, help_session, visit, group_session")
    assert batch_refusal({**good, "records": [VISIT, "x"]}) == (
        "record 2: a record must be an object")
    assert batch_refusal({**good, "records": [VISIT, dict(VISIT, revision=3)]}) == (
        f"record 2: id {VISIT['id']} appears twice")


def test_a_checked_batch_keeps_its_header():
    """What a receiver stores the records under: the batch's own desk and record type."""
    batch = decode_batch(encode_batch(batch_of(VISIT)))
    assert (batch.batch_id, batch.desk_id, batch.record_type) == (
        "019a0000-0000-7000-8000-0000000000b1", "019a0000-0000-7000-8000-0000000000d1", "visit")


def test_the_longest_text_title_and_largest_group_are_taken():
    """500 characters of text, a 120-character title, 500 participants: on the limit, taken;
    a level outside the list is named with the list."""
    assert check_record("visit", dict(VISIT, note="n" * 500))["note"] == "n" * 500
    record = dict(GROUP, title="t" * 120, participants=500)
    assert check_record("group_session", record) == record
    with pytest.raises(ProtocolError) as caught:
        check_record("group_session", dict(GROUP, level="expert"))
    assert str(caught.value) == "level must be one of beginner, intermediate, advanced"

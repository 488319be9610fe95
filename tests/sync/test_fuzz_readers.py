"""Fuzzing the batch readers (JSON body, CSV body, stick folder): refuse, never crash or store.

Fixed seeds and a bounded number of examples, so CI runs the same inputs every time (the
count is in docs/reliability.md). Every input either gives
a checked Batch whose records pass the protocol's own check again, or a ProtocolError.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from test_protocol import VISIT, batch_of

from helpdesk.core.value_checks import has_forbidden_characters, is_real_utc_text
from helpdesk.sync.csv_format import decode_csv, encode_csv
from helpdesk.sync.protocol import (
    DATETIMES,
    FIELDS,
    ProtocolError,
    check_record,
    decode_batch,
    encode_batch,
)

EXAMPLES = 200
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
BATCH_ID, DESK_ID = "019a0000-0000-7000-8000-0000000000b1", "019a0000-0000-7000-8000-0000000000d1"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**40, 2**40) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=4),
    max_leaves=12)
# Text made to look like the values receivers get: near-valid times, codes, control chars.
tricky_text = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z\Z", fullmatch=True),
    st.sampled_from(["\x00", "a\x00b", "\x1b[31m", "\ufeff", "é", "\u2028", "\r\n"]),
)


def _still_valid(batch) -> None:
    for record in batch.records:
        assert check_record(batch.record_type, record) == record
        for name in DATETIMES & set(record):
            assert record[name] is None or is_real_utc_text(record[name])
        for value in record.values():
            assert not (isinstance(value, str) and has_forbidden_characters(value))


@seed(20261202)
@FUZZ
@given(st.sampled_from(sorted(FIELDS["visit"])), st.one_of(json_values, tricky_text))
def test_one_field_of_a_visit_changed_to_anything(field, value):
    """Any value in any field: a valid batch or one ProtocolError, over JSON and CSV."""
    record = dict(VISIT, **{field: value})
    try:
        body = encode_batch(batch_of(record))
    except TypeError:  # orjson cannot write it (a lone surrogate): nothing to send
        return
    for decode in (decode_batch,
                   lambda b: decode_csv(encode_csv(decode_batch(b)), batch_id=BATCH_ID,
                                        desk_id=DESK_ID, record_type="visit")):
        try:
            _still_valid(decode(body))
        except ProtocolError:
            pass


@seed(20261203)
@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_as_a_body(body):
    """Bytes from nowhere: refused as a body and as a CSV, never an exception of another kind."""
    for decode in (decode_batch,
                   lambda b: decode_csv(b, batch_id=BATCH_ID, desk_id=DESK_ID,
                                        record_type="visit")):
        try:
            _still_valid(decode(body))
        except ProtocolError:
            pass


@seed(20261204)
@FUZZ
@given(json_values)
def test_any_json_document(document):
    """Valid JSON of any shape: a ProtocolError unless it really is a batch."""
    try:
        body = json.dumps(document).encode()
    except (TypeError, ValueError):
        return
    try:
        _still_valid(decode_batch(body))
    except ProtocolError:
        pass


@seed(20261205)
@FUZZ
@given(st.lists(st.lists(tricky_text, max_size=25), max_size=6))
def test_any_csv_table(rows):
    """A CSV with the visit header and rows of anything: checked like a JSON body."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([f for f in FIELDS["visit"]])
    for row in rows:
        writer.writerow(row)
    try:
        _still_valid(decode_csv(out.getvalue().encode("utf-8", "surrogatepass"),
                                batch_id=BATCH_ID, desk_id=DESK_ID, record_type="visit"))
    except ProtocolError:
        pass

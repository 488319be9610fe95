"""A batch's CSV and manifest byte by byte (sync/csv_format.py): what a spreadsheet's CSV must
look like to be taken, the exact sentence for each one that is not, and the files a desk
writes on a stick as docs/sync-protocol.md shows them (tests written from `make mutation`'s
survivors)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
import time

import pytest
from test_protocol import VISIT, batch_of

from helpdesk.sync.csv_format import (
    MANIFEST_SUFFIX,
    batch_of_file,
    columns,
    decode_csv,
    encode_csv,
    write_batch_files,
)
from helpdesk.sync.protocol import Batch, ProtocolError

BATCH_ID = "019a0000-0000-7000-8000-0000000000b1"
DESK = "019a0000-0000-7000-8000-0000000000d1"
HEADER = ",".join(columns("visit"))


def read(data: bytes) -> list[dict]:
    return decode_csv(data, batch_id=BATCH_ID, desk_id=DESK, record_type="visit").records


def refusal(data: bytes) -> str:
    with pytest.raises(ProtocolError) as caught:
        read(data)
    return str(caught.value)


def rows(*records: dict) -> list[str]:
    """The CSV lines (header first) of these visits, without their line ends."""
    return encode_csv(batch_of(*records)).decode("utf-8").split("\r\n")


def test_each_value_is_written_one_way_only():
    """Yes/no as true/false, nothing as an empty cell, a list as codes with one space, numbers
    as digits; every line ends with CRLF, the last one too (RFC 4180)."""
    data = encode_csv(batch_of(VISIT))
    # Two line ends: the header's and the record's; the note's own new line stays as it is.
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 2 and b"and\na new" in data
    [header, row] = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    cells = dict(zip(header, row))
    assert header == list(columns("visit"))
    assert (cells["follow_up"], cells["deleted"]) == ("true", "false")
    assert (cells["session_id"], cells["first_visit"]) == ("", "")
    assert cells["question_types"] == "itsme_eid health"
    assert (cells["revision"], cells["duration_minutes"]) == ("2", "15")
    assert cells["note"] == VISIT["note"]


def test_a_spreadsheets_byte_order_mark_is_read_past():
    """Excel saves "CSV UTF-8" with a BOM: the first column is still "id"."""
    assert read(b"\xef\xbb\xbf" + encode_csv(batch_of(VISIT))) == [VISIT]


def test_a_blank_line_between_records_is_skipped_not_the_end():
    """Both records around a blank line are read."""
    second = dict(VISIT, id="019a0000-0000-7000-8000-000000000002")
    header, first, *_ = rows(VISIT)
    _, other, *_ = rows(second)
    data = "\r\n".join([header, first, "", other, ""]).encode("utf-8")
    assert read(data) == [VISIT, second]


def test_line_ends_inside_a_note_come_back_as_they_were_written():
    """A note's Windows line end stays CRLF and a lone CR stays CR through the CSV."""
    note = "one\r\ntwo\rthree\nfour"
    assert read(encode_csv(batch_of(dict(VISIT, note=note))))[0]["note"] == note


def test_a_csv_with_old_mac_line_ends_is_read():
    """Lines ended by a lone CR (older spreadsheets on a Mac) are lines too."""
    header, row, *_ = rows(dict(VISIT, note="plain"))
    assert read(f"{header}\r{row}\r".encode("utf-8")) == [dict(VISIT, note="plain")]


def test_an_unknown_record_type_is_refused_before_anything_is_read():
    with pytest.raises(ProtocolError) as caught:
        decode_csv(b"\xff", batch_id=BATCH_ID, desk_id=DESK, record_type="staff")
    assert str(caught.value) == (
        "record_type must be one of spot, help_session, visit, group_session")


def test_a_column_outside_the_allow_list_is_dropped():
    """A spreadsheet's extra column (a name, a remark) never reaches a table."""
    header, row, *_ = rows(VISIT)
    data = f"{header},staff_name\r\n{row},Jan Peeters\r\n".encode("utf-8")
    assert read(data) == [VISIT]


@pytest.mark.parametrize(("data", "sentence"), [
    (b"", "the CSV is empty"),
    (b"id,revision\r\n\xff\r\n", "the CSV is not UTF-8"),
    (b"id,desk_id\r\n", "the CSV header has no id or revision column"),
    (b"revision,desk_id\r\n", "the CSV header has no id or revision column"),
    (b"x" * 131073, "the CSV cannot be read: field larger than field limit (131072)"),
    (b"id,revision\r\n" + b"x" * 131073,
     "the CSV cannot be read: field larger than field limit (131072)"),
])
def test_each_unreadable_csv_has_its_own_sentence(data, sentence):
    """The sentence a person gets, whole (the hub answers it; a stick import shows it)."""
    assert refusal(data) == sentence


def test_a_short_line_is_named_by_its_line_number():
    """The header is line 1: the second record is on line 3."""
    header, first, second, *_ = rows(VISIT, dict(VISIT, id="019a0000-0000-7000-8000-0000000009"))
    data = f"{header}\r\n{first}\r\n{second.rsplit(',', 1)[0]}\r\n".encode("utf-8")
    assert refusal(data) == "line 3 has 25 cells, the header 26"


@pytest.mark.parametrize(("field", "cell", "sentence"), [
    ("deleted", "yes", "deleted must be true or false"),
    ("follow_up", "True", "follow_up must be true or false"),
    ("duration_minutes", "15.5", "duration_minutes must be a whole number"),
])
def test_a_cell_of_the_wrong_kind_names_its_column(field, cell, sentence):
    """A yes/no column takes exactly true or false; a number column whole numbers."""
    header, row, *_ = rows(VISIT)
    cells = next(csv.reader([row]))
    cells[columns("visit").index(field)] = cell
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    assert refusal(f"{header}\r\n{out.getvalue()}".encode("utf-8")) == sentence


def test_codes_are_separated_by_exactly_one_space():
    """Two spaces make an empty code, which is refused, never quietly read as one space."""
    header, row, *_ = rows(VISIT)
    data = f"{header}\r\n{row.replace('itsme_eid health', 'itsme_eid  health')}\r\n"
    with pytest.raises(ProtocolError, match="^record 1: question_types"):
        read(data.encode("utf-8"))


def test_the_name_of_a_batch_file_gives_its_batch_id():
    """Only a batch's CSV or manifest name gives one."""
    assert batch_of_file(f"helpdesk-{BATCH_ID}-visit.csv") == BATCH_ID
    assert batch_of_file(f"helpdesk-{BATCH_ID}-spot{MANIFEST_SUFFIX}") == BATCH_ID
    assert batch_of_file(f"helpdesk-{BATCH_ID}-visit.xlsx") is None


def test_the_manifest_is_written_as_the_protocol_shows_it(tmp_path):
    """The documented fields, in the documented order, indented by two; both files readable
    by their owner only (they hold the records of every desk that wrote to the stick)."""
    csv_path = write_batch_files(tmp_path, Batch(BATCH_ID, DESK, "visit", [VISIT, dict(
        VISIT, id="019a0000-0000-7000-8000-000000000002")]))
    manifest_path = tmp_path / f"helpdesk-{BATCH_ID}-visit{MANIFEST_SUFFIX}"
    expected = {
        "format": "helpdesk-csv-batch", "version": 1, "desk_id": DESK, "batch_id": BATCH_ID,
        "record_type": "visit", "records": 2, "file": csv_path.name,
        "sha256": hashlib.sha256(csv_path.read_bytes()).hexdigest(),
        "columns": list(columns("visit")),
    }
    assert manifest_path.read_text(encoding="utf-8") == json.dumps(expected, indent=2)
    assert csv_path.name == f"helpdesk-{BATCH_ID}-visit.csv"
    assert sorted(os.listdir(tmp_path)) == sorted([csv_path.name, manifest_path.name])
    for path in (csv_path, manifest_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_writing_a_batch_leaves_an_old_leftover_to_the_folder_target(tmp_path):
    """A killed writer's hour-old temporary file is not removed by writing the batch: the
    folder target tidies once per run, and only its own desk's leftovers."""
    batch = Batch(BATCH_ID, DESK, "visit", [VISIT])
    leftovers = [tmp_path / f".helpdesk-{BATCH_ID}-visit{end}.0123abcd.part"
                 for end in (".csv", MANIFEST_SUFFIX)]
    old = time.time() - 7200
    for leftover in leftovers:
        leftover.write_bytes(b"half")
        os.utime(leftover, (old, old))
    write_batch_files(tmp_path, batch)
    assert all(leftover.exists() for leftover in leftovers)

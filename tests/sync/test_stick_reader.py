"""How a stick is read (sync/csv_format.py): which order, which file, and the sentence for
each kind of bad manifest."""

from __future__ import annotations

import json

import pytest
from test_protocol import VISIT
from test_protocol_checks import GROUP

from helpdesk.sync.csv_format import MANIFEST_SUFFIX, find_batches, write_batch_files
from helpdesk.sync.protocol import Batch

DESK = VISIT["desk_id"]
SPOT = {"id": VISIT["spot_id"], "revision": 1, "name": "Bib", "kind": "library",
        "active": True, "created_at": VISIT["created_at"], "updated_at": VISIT["updated_at"]}
SESSION = {"id": "019a0000-0000-7000-8000-0000000000e1", "revision": 1, "desk_id": DESK,
           "spot_id": VISIT["spot_id"], "opened_at": VISIT["started_at"],
           "closed_at": VISIT["updated_at"], "turned_away": None,
           "created_at": VISIT["created_at"], "updated_at": VISIT["updated_at"],
           "deleted": False}


def test_spots_then_sessions_then_visits_whatever_the_names_say(tmp_path):
    """Visits written first (older ids) still come after the spots and sessions they need."""
    write_batch_files(tmp_path, Batch("a1", DESK, "visit", [VISIT]))
    write_batch_files(tmp_path, Batch("a2", DESK, "help_session", [SESSION]))
    write_batch_files(tmp_path, Batch("a3", DESK, "spot", [SPOT]))
    write_batch_files(tmp_path, Batch("a4", DESK, "visit", [dict(VISIT, id=SESSION["id"])]))
    found = find_batches(tmp_path)
    assert [(f.batch.record_type, f.batch.batch_id) for f in found] == [
        ("spot", "a3"), ("help_session", "a2"), ("visit", "a1"), ("visit", "a4")]


def test_group_sessions_and_unreadable_batches_come_after_the_visits(tmp_path):
    """The order a run sends them in: visits before group sessions; a batch that cannot be
    read after the visits (it is only reported)."""
    write_batch_files(tmp_path, Batch("a1", DESK, "group_session", [GROUP]))
    write_batch_files(tmp_path, Batch("a3", DESK, "visit", [VISIT]))
    (tmp_path / f"helpdesk-a2-visit{MANIFEST_SUFFIX}").write_text("{}")
    write_batch_files(tmp_path, Batch("a4", DESK, "spot", [SPOT]))
    found = find_batches(tmp_path)
    assert [(f.batch.record_type if f.batch else None, f.path.name) for f in found] == [
        ("spot", "helpdesk-a4-spot.csv"), ("visit", "helpdesk-a3-visit.csv"),
        ("group_session", "helpdesk-a1-group_session.csv"),
        (None, f"helpdesk-a2-visit{MANIFEST_SUFFIX}")]


def test_one_batch_by_its_csv_or_its_manifest(tmp_path):
    """A path naming one batch's CSV (or manifest) reads that batch only."""
    csv_path = write_batch_files(tmp_path, Batch("b1", DESK, "visit", [VISIT]))
    write_batch_files(tmp_path, Batch("b2", DESK, "spot", [SPOT]))
    for path in (csv_path, csv_path.with_name(csv_path.stem + MANIFEST_SUFFIX)):
        [found] = find_batches(path)
        assert found.batch.batch_id == "b1"


def _without(key):
    return lambda m: {k: v for k, v in m.items() if k != key}


@pytest.mark.parametrize(("change", "reason"), [
    (lambda m: ["a list"], "not a Helpdesk batch manifest"),
    (lambda m: dict(m, format="other"), "not a Helpdesk batch manifest"),
    (lambda m: dict(m, version=4), "version 4 is not supported (only 1, 2, 3)"),
    (lambda m: dict(m, file="../elsewhere.csv"), "the manifest names no CSV file"),
    (lambda m: dict(m, file=7), "the manifest names no CSV file"),
    (lambda m: dict(m, sha256="0" * 64),
     "the CSV file is incomplete or was changed after it was written"),
    (lambda m: dict(m, records=2), "the CSV does not hold as many records as its manifest says"),
    (_without("batch_id"), "batch_id must be a short identifier"),
    # A manifest without a desk id is refused, never filed under a made-up desk.
    (_without("desk_id"), "desk_id must be a short identifier"),
    (_without("record_type"), "record_type must be one of spot, help_session, visit, "
                              "group_session"),
])
def test_each_bad_manifest_is_named_with_its_own_sentence(tmp_path, change, reason):
    """Skipped, with a reason a person can act on: the whole sentence, nothing added."""
    csv_path = write_batch_files(tmp_path, Batch("c1", DESK, "visit", [VISIT]))
    manifest_path = csv_path.with_name(csv_path.stem + MANIFEST_SUFFIX)
    manifest_path.write_text(json.dumps(change(json.loads(manifest_path.read_text()))))
    [found] = find_batches(tmp_path)
    assert found.batch is None and found.path == manifest_path
    assert found.problem == reason


def test_a_group_batch_that_says_version_1_is_refused(tmp_path):
    """Group sessions came with version 2: a stick batch of them saying 1 is not taken, even
    though its CSV would read (the version is checked against the manifest's record type)."""
    csv_path = write_batch_files(tmp_path, Batch("g1", DESK, "group_session", [GROUP]))
    manifest_path = csv_path.with_name(csv_path.stem + MANIFEST_SUFFIX)
    assert [f.batch.records for f in find_batches(tmp_path)] == [[GROUP]]
    manifest_path.write_text(json.dumps(dict(json.loads(manifest_path.read_text()), version=1)))
    [found] = find_batches(tmp_path)
    assert found.batch is None
    assert found.problem == "group_session records need version 2 or later"


def test_a_manifest_whose_csv_is_gone_says_so_in_plain_words(tmp_path):
    """The system's own words for the missing file, without the error number or the path."""
    csv_path = write_batch_files(tmp_path, Batch("m1", DESK, "visit", [VISIT]))
    csv_path.unlink()
    [found] = find_batches(tmp_path)
    assert found.batch is None
    assert found.problem == "No such file or directory"

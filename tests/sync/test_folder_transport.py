"""The folder transport on its own, on real folders: which `.part` leftovers it removes, what it
says when the folder is missing or cannot be written, and what a written batch acknowledges."""

from __future__ import annotations

import errno
import os

import pytest

from helpdesk.core.errors import StopTarget
from helpdesk.sync.folder_transport import FOLDER_MISSING, FOLDER_UNWRITABLE, FolderTransport
from helpdesk.sync.protocol import Batch

OURS = "019a0000-0000-7000-8000-0000000000a1"
OTHERS = "019a0000-0000-7000-8000-0000000000b2"


def part_of(folder, batch_id: str, record_type: str = "visit", tag: str = "0123abcd"):
    """The temporary file a writer killed while writing this batch's CSV leaves."""
    part = folder / f".helpdesk-{batch_id}-{record_type}.csv.{tag}.part"
    part.write_bytes(b"id,revis")
    return part


def test_only_the_leftovers_of_the_desks_own_unacknowledged_batches_go(tmp_path):
    """`own` is asked about every batch with a leftover; only its answer's `.part` files go."""
    ours = [part_of(tmp_path, OURS), part_of(tmp_path, OURS, tag="89abcdef"),
            part_of(tmp_path, OURS, "help_session")]
    theirs = part_of(tmp_path, OTHERS)
    strangers = [tmp_path / ".notes.txt.0123abcd.part", tmp_path / "holiday.jpg"]
    for path in strangers:
        path.write_bytes(b"x")
    asked = []

    def own(batch_ids):
        asked.append(set(batch_ids))
        return batch_ids & {OURS}

    assert FolderTransport("stick", str(tmp_path)).remove_leftovers(own) == 3
    assert asked == [{OURS, OTHERS}]
    assert not any(p.exists() for p in ours)
    assert theirs.exists() and all(p.exists() for p in strangers)


def test_no_leftover_asks_nothing_and_one_that_cannot_go_is_left_for_next_time(tmp_path):
    """Without `.part` files the outbox is not asked; one that cannot be removed is skipped."""
    asked = []
    transport = FolderTransport("stick", str(tmp_path))
    assert transport.remove_leftovers(lambda ids: asked.append(ids) or ids) == 0
    assert asked == []
    stuck = tmp_path / f".helpdesk-{OURS}-visit.csv.0123abcd.part"
    stuck.mkdir()  # unlink() fails on it
    # More leftovers of the same batch until one is listed after the stuck one: the rest of
    # the batch's leftovers still go (whatever order this file system lists them in).
    gone = [part_of(tmp_path, OURS, "spot", tag=f"{n:08x}") for n in range(3)]
    while os.listdir(tmp_path)[-1] == stuck.name:
        gone.append(part_of(tmp_path, OURS, "spot", tag=f"{len(gone):08x}"))
    assert transport.remove_leftovers(lambda ids: ids) == len(gone)
    assert stuck.exists() and not any(p.exists() for p in gone)


def test_a_missing_or_unwritable_folder_stops_the_target_with_its_own_sentence(tmp_path):
    """Missing: the stick is not plugged in. Unwritable: the reason is named. Nothing written."""
    batch = Batch(batch_id=OURS, desk_id="desk-1", record_type="spot", records=[])
    missing = FolderTransport("stick", str(tmp_path / "gone"))
    for call in (missing.check, lambda: missing.send(batch)):
        with pytest.raises(StopTarget) as caught:
            call()
        assert caught.value.message == FOLDER_MISSING
        assert caught.value.args_ == {"target": "stick", "folder": str(tmp_path / "gone")}
    assert missing.remove_leftovers(lambda ids: ids) == 0
    # A file the batch's CSV cannot replace (a folder of that name): the folder is there
    # but cannot take the batch — not "plug the stick in".
    (tmp_path / f"helpdesk-{OURS}-spot.csv").mkdir()
    share = FolderTransport("share", str(tmp_path))
    with pytest.raises(StopTarget) as caught:
        share.send(batch)
    assert caught.value.message == FOLDER_UNWRITABLE
    assert caught.value.args_ == {"target": "share", "folder": str(tmp_path),
                                  "reason": os.strerror(errno.EISDIR)}
    assert sorted(os.listdir(tmp_path)) == [f"helpdesk-{OURS}-spot.csv"]


def test_a_stick_pulled_out_while_the_batch_is_written_is_said_as_missing(tmp_path,
                                                                          monkeypatch):
    """The folder vanishes between the check and the write (the stick pulled out): "plug
    the stick in", naming the target and folder — not "cannot be written"."""
    from helpdesk.sync import folder_transport

    stick = tmp_path / "stick"
    stick.mkdir()
    real_write = folder_transport.write_batch_files

    def pulled_out_first(folder, batch, key=None):
        stick.rmdir()
        return real_write(folder, batch, key)

    monkeypatch.setattr(folder_transport, "write_batch_files", pulled_out_first)
    batch = Batch(batch_id=OURS, desk_id="desk-1", record_type="spot", records=[])
    with pytest.raises(StopTarget) as caught:
        FolderTransport("stick", str(stick)).send(batch)
    assert (caught.value.message, caught.value.args_) == (
        FOLDER_MISSING, {"target": "stick", "folder": str(stick)})


def test_the_check_writes_a_file_into_the_folder_itself(tmp_path):
    """A folder that is there but where no file can be made (here: its path leaves no room
    for a file name) fails the check with the system's reason."""
    room = os.pathconf("/", "PC_PATH_MAX") - 10  # a folder path the system still takes
    deep = tmp_path
    while len(str(deep)) < room:
        deep = deep / ("d" * min(200, room - len(str(deep)) - 1))
    deep.mkdir(parents=True)
    with pytest.raises(StopTarget) as caught:
        FolderTransport("deep", str(deep)).check()
    assert caught.value.message == FOLDER_UNWRITABLE
    assert caught.value.args_ == {"target": "deep", "folder": str(deep),
                                  "reason": os.strerror(errno.ENAMETOOLONG)}


def test_a_desk_with_a_key_signs_its_manifests(tmp_path):
    """The manifest of a batch written with the desk's key carries a signature that fits
    its public half; without a key, none."""
    import json

    from helpdesk.sync.signing import is_signed, new_private_key, public_key_text, \
        signature_fits

    key = new_private_key()
    batch = Batch(batch_id=OURS, desk_id="desk-1", record_type="spot", records=[])
    for name, signing_key in (("signed", key), ("plain", None)):
        (tmp_path / name).mkdir()
        FolderTransport("stick", str(tmp_path / name), signing_key=signing_key).send(batch)
    signed = json.loads((tmp_path / "signed" / f"helpdesk-{OURS}-spot.manifest.json").read_text())
    plain = json.loads((tmp_path / "plain" / f"helpdesk-{OURS}-spot.manifest.json").read_text())
    assert is_signed(signed) and signature_fits(signed, public_key_text(key))
    assert not is_signed(plain)


def test_a_written_batch_acknowledges_each_record_at_its_revision(tmp_path):
    """Once its files are written, every record of the batch counts as stored, none as had."""
    records = [{"id": "spot-1", "revision": 3, "name": "Library", "kind": "library",
                "active": True, "created_at": "2025-03-30T09:00:00.000000Z",
                "updated_at": "2025-03-30T09:00:00.000000Z"},
               {"id": "spot-2", "revision": 1, "name": "Town hall", "kind": "other",
                "active": False, "created_at": "2025-03-30T09:00:00.000000Z",
                "updated_at": "2025-03-30T09:00:00.000000Z"}]
    batch = Batch(batch_id=OURS, desk_id="desk-1", record_type="spot", records=records)
    transport = FolderTransport("stick", str(tmp_path))
    transport.check()
    ack = transport.send(batch)
    assert (ack.batch_id, ack.stored, ack.already_had) == (OURS, [("spot-1", 3), ("spot-2", 1)],
                                                           [])
    assert sorted(os.listdir(tmp_path)) == [f"helpdesk-{OURS}-spot.csv",
                                            f"helpdesk-{OURS}-spot.manifest.json"]

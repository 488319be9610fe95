"""Batches as CSV (RFC 4180, UTF-8, header row, stable column order) and their manifests.

Used for the CSV folder target, for the ``text/csv`` HTTP body, and by both importers (the
hub's and a desk's). Column order is the protocol's field order, ``note`` included (empty when
notes stay on the desk), so a spreadsheet opened on any batch lines up with any other.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from helpdesk.core.atomic_files import write_bytes_atomically
from helpdesk.sync.protocol import (
    BOOLS,
    FIELDS,
    INTS,
    LISTS,
    RECORD_TYPES,
    Batch,
    ProtocolError,
    check_version,
    checked_batch,
    version_for,
)

MANIFEST_FORMAT = "helpdesk-csv-batch"
MANIFEST_SUFFIX = ".manifest.json"
_BATCH_FILE = re.compile(r"helpdesk-(?P<batch>[A-Za-z0-9_\-]{1,64})-(?:%s)(?:\.csv|%s)\Z"
                         % ("|".join(RECORD_TYPES), re.escape(MANIFEST_SUFFIX)))
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024  # a manifest is a few hundred bytes


def columns(record_type: str) -> tuple[str, ...]:
    """The CSV header of a record type: always the same columns in the same order."""
    return FIELDS[record_type]


def _cell(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def encode_csv(batch: Batch) -> bytes:
    """The batch's records as CSV bytes (CRLF line ends, as RFC 4180 says)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    header = columns(batch.record_type)
    writer.writerow(header)
    for record in batch.records:
        writer.writerow([_cell(record.get(name)) for name in header])
    return out.getvalue().encode("utf-8")


def _value(name: str, text: str):
    if text == "":
        return None
    if name in BOOLS:
        if text not in ("true", "false"):
            raise ProtocolError(f"{name} must be true or false")
        return text == "true"
    if name in INTS:
        try:
            return int(text)
        except ValueError:
            raise ProtocolError(f"{name} must be a whole number") from None
    if name in LISTS:
        return text.split(" ")
    return text


def decode_csv(body: bytes, *, batch_id: str, desk_id: str, record_type: str) -> Batch:
    """Read and check a CSV batch; ProtocolError says what is wrong."""
    if record_type not in FIELDS:
        raise ProtocolError(f"record_type must be one of {', '.join(FIELDS)}")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProtocolError("the CSV is not UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ProtocolError("the CSV is empty") from None
    except csv.Error as exc:
        raise ProtocolError(f"the CSV cannot be read: {exc}") from None
    known = set(FIELDS[record_type])
    if "id" not in header or "revision" not in header:
        raise ProtocolError("the CSV header has no id or revision column")
    records = []
    try:
        for line, row in enumerate(reader, start=2):
            if not row:
                continue
            if len(row) != len(header):
                raise ProtocolError(f"line {line} has {len(row)} cells, the header {len(header)}")
            record = {}
            for name, text in zip(header, row):
                if name in known:
                    record[name] = _value(name, text)
            records.append(record)
    except csv.Error as exc:
        raise ProtocolError(f"the CSV cannot be read: {exc}") from None
    return checked_batch(batch_id, desk_id, record_type, records)


# -- the folder: one CSV per batch plus its manifest, each written atomically -------------


def batch_file_name(batch: Batch) -> str:
    """``helpdesk-<batch id>-<type>.csv``: batch ids are time-ordered, so names sort by time."""
    return f"helpdesk-{batch.batch_id}-{batch.record_type}.csv"


def batch_of_file(name: str) -> str | None:
    """The batch id in the name of a batch's CSV or manifest; None for any other name."""
    match = _BATCH_FILE.match(name)
    return match["batch"] if match else None


def write_batch_files(folder: Path, batch: Batch, signing_key: bytes | None = None) -> Path:
    """Write the batch's CSV, then its manifest (the manifest says the CSV is complete).

    ``signing_key``: the desk's private key, to sign the manifest (docs/sync-protocol.md).
    Leftovers of a killed writer are the folder target's to remove, once per run."""
    data = encode_csv(batch)
    csv_path = folder / batch_file_name(batch)
    write_bytes_atomically(csv_path, data, private=True, tidy=False)
    manifest = {
        "format": MANIFEST_FORMAT, "version": version_for(batch.record_type),
        "desk_id": batch.desk_id,
        "batch_id": batch.batch_id, "record_type": batch.record_type,
        "records": len(batch.records), "file": csv_path.name,
        "sha256": hashlib.sha256(data).hexdigest(), "columns": list(columns(batch.record_type)),
    }
    if signing_key is not None:
        from helpdesk.sync.signing import sign_manifest  # cryptography: only when writing

        manifest = sign_manifest(manifest, signing_key)
    write_bytes_atomically(csv_path.with_name(csv_path.stem + MANIFEST_SUFFIX),
                           json.dumps(manifest, indent=2).encode("utf-8"), private=True,
                           tidy=False)
    return csv_path


@dataclass(frozen=True)
class FolderBatch:
    """A batch found in a folder, or why it cannot be read."""

    path: Path
    batch: Batch | None = None
    problem: str = ""
    manifest: dict | None = None  # as read, signature included: for the hub to check


def _read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    Opened without blocking and checked on the open file: a FIFO named by a manifest would
    otherwise make the import wait for ever, and a device would be read without end.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ProtocolError(f"{path.name} is not an ordinary file (a FIFO, a device or a "
                                "folder), so it was not read")
        if info.st_size > limit:
            raise ProtocolError(f"{path.name} is too large")
        return fh.read(limit + 1)


def read_manifest_batch(manifest_path: Path) -> FolderBatch:
    """Read one manifest and the CSV it names; a problem (in English) instead of a batch."""
    try:
        manifest = json.loads(_read_regular_file(manifest_path, MAX_MANIFEST_BYTES))
        if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
            raise ProtocolError("not a Helpdesk batch manifest")
        check_version(manifest.get("version"), manifest.get("record_type"))
        name = manifest.get("file")
        if not isinstance(name, str) or Path(name).name != name:
            raise ProtocolError("the manifest names no CSV file")
        csv_path = manifest_path.with_name(name)
        data = _read_regular_file(csv_path, MAX_CSV_BYTES)
        if hashlib.sha256(data).hexdigest() != manifest.get("sha256"):
            raise ProtocolError("the CSV file is incomplete or was changed after it was written")
        # A missing value reads as "", which decode_csv refuses with the same sentence as None
        batch = decode_csv(data, batch_id=manifest.get("batch_id", ""),
                           desk_id=manifest.get("desk_id", ""),
                           record_type=manifest.get("record_type", ""))
        if len(batch.records) != manifest.get("records"):
            raise ProtocolError("the CSV does not hold as many records as its manifest says")
        return FolderBatch(path=csv_path, batch=batch, manifest=manifest)
    except (OSError, ValueError) as exc:  # ProtocolError and JSON errors are ValueErrors
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return FolderBatch(path=manifest_path, problem=reason)


def find_batches(path: Path) -> list[FolderBatch]:
    """Every batch in a folder (or the one a CSV/manifest path names), spots first.

    Order: spots, then sessions, then visits, each oldest first, so a desk importing them
    finds a visit's spot already there.
    """
    path = Path(path)
    if path.is_dir():
        manifests = sorted(path.glob("*" + MANIFEST_SUFFIX))
    elif path.name.endswith(MANIFEST_SUFFIX):
        manifests = [path]
    else:
        manifests = [path.with_name(path.stem + MANIFEST_SUFFIX)]
    found = [read_manifest_batch(m) for m in manifests]
    order = {"spot": 0, "help_session": 1, "visit": 2}
    return sorted(found, key=lambda f: (order.get(f.batch.record_type, 3) if f.batch else 3,
                                        f.path.name))

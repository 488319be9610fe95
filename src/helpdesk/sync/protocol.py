"""The batch format on the wire: which fields leave the desk, and how they are checked.

One batch carries records of one type (``spot``, ``help_session`` or ``visit``). Values use
the store's own formats: datetimes as fixed-width UTC text, dates as ``YYYY-MM-DD``, codes
(never labels). The same definitions serve the JSON body, the CSV body and the CSV folder,
and the receivers (hub, desk import) check every incoming record against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import orjson

from helpdesk.core.group_details import DetailsError, read_profile, read_questions
from helpdesk.core.records import GROUP_LEVELS
from helpdesk.core.value_checks import ends_before_start, has_forbidden_characters, is_real_utc_text
from helpdesk.core.visit_fields import NOTE, RESIDENCE_ABROAD, SYNCED_FIELDS, Kind

BATCH_FORMAT = "helpdesk-batch"
ACK_FORMAT = "helpdesk-ack"
# ``GET /v1/visitor-key``'s answer: the network's key for visitor codes, to desk tokens only.
VISITOR_KEY_FORMAT = "helpdesk-visitor-key"
# Version 2 added group sessions; version 3 their details (question types covered, the
# number of facilitators, the participants' profile counts). A batch says the lowest version
# that can read it, so spots, sessions and visits still travel as version 1 and an older
# receiver keeps taking them; group sessions travel as 3. A version-2 receiver refuses them
# (and the desk keeps them pending) rather than store them without their details, which it
# would drop in silence. Receivers take every version in ACCEPTED_VERSIONS: a version-2
# group record is one without details.
VERSION = 3
ACCEPTED_VERSIONS = (1, 2, 3)
# An HTTP header with the desk's Ed25519 public key (sync/signing.py): how a hub learns it.
DESK_KEY_HEADER = "Helpdesk-Desk-Key"
RECORD_TYPES = ("spot", "help_session", "visit", "group_session")  # the order a run sends them

# The allow-list: only these fields leave the desk. Staff (names are personal data) and
# which helper handled a visit never do; ``note`` only for targets with "include notes".
# A visit's come from its declaration (``core.visit_fields``), in its order.
FIELDS: dict[str, tuple[str, ...]] = {
    "spot": ("id", "revision", "name", "kind", "active", "created_at", "updated_at"),
    "help_session": ("id", "revision", "desk_id", "spot_id", "opened_at", "closed_at",
                     "turned_away", "created_at", "updated_at", "deleted"),
    "visit": tuple(f.name for f in SYNCED_FIELDS),
    # A workshop, info session or training: counted as participants, apart from visits.
    # Its facilitators leave only as a number: helpers' names never leave the desk. Question
    # types covered and the profile counts are text (``GROUP_QUESTIONS``, ``GROUP_PROFILE``),
    # the same in the store, in JSON and in a CSV cell. Added in version 3, so last.
    "group_session": ("id", "revision", "desk_id", "spot_id", "title", "started_at",
                      "duration_minutes", "level", "participants", "created_at", "updated_at",
                      "deleted", "questions_covered", "facilitators", "profile"),
}
MAX_TITLE = 120
MAX_PARTICIPANTS = 500
MAX_FACILITATORS = 50
NOTE_FIELD = NOTE


def _visit(kind: Kind) -> set[str]:
    return {f.name for f in SYNCED_FIELDS if f.kind == kind}


# The kind of each field, by name. A visit's come from its declaration; spots and sessions
# add their own (what they share with a visit, such as ``created_at``, is of the same kind).
DATETIMES = {"opened_at", "closed_at"} | _visit("datetime")
DATES = _visit("date")
BOOLS = {"active"} | _visit("bool")
INTS = {"turned_away", "participants", "facilitators"} | _visit("int")
LISTS = _visit("codes")
# Fields a record may leave empty (null); every other field must have a value. A note that
# stays on the desk is left out.
NULLABLE = {"closed_at", "turned_away", "level", "questions_covered", "facilitators", "profile",
            NOTE_FIELD} | {
    f.name for f in SYNCED_FIELDS if f.optional}

MAX_TEXT = 500  # the longest text field (a note); codes and names are far shorter
MAX_RECORDS = 5000  # per batch: a receiver may refuse more
UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z\Z")
_DATE_TEXT = re.compile(r"\d{4}-\d\d-\d\d\Z")
_CODE = re.compile(r"[A-Za-z0-9_\-]{1,64}\Z")
_HASH = re.compile(r"[0-9a-f]{64}\Z")
_RESIDENCE = re.compile(rf"([1-9][0-9]{{3}}|{RESIDENCE_ABROAD})\Z")


class ProtocolError(ValueError):
    """An incoming batch or acknowledgement does not follow the protocol (English text)."""


def fields_for(record_type: str, include_notes: bool) -> tuple[str, ...]:
    """The fields of ``record_type`` that leave the desk."""
    fields = FIELDS[record_type]
    return fields if include_notes else tuple(f for f in fields if f != NOTE_FIELD)


# -- batches -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """A batch as sent: records are wire dicts (text datetimes, codes)."""

    batch_id: str
    desk_id: str
    record_type: str
    records: list[dict]

    def keys(self) -> set[tuple[str, int]]:
        """(id, revision) of every record it carries."""
        return {(r["id"], r["revision"]) for r in self.records}


# The first version that carried each record type: the lowest a receiver takes for it.
_FIRST_VERSION = {"group_session": 2}


def version_for(record_type: str) -> int:
    """The lowest protocol version that carries ``record_type``: what its batches say."""
    return 3 if record_type == "group_session" else 1


def check_version(version, record_type) -> None:
    """ProtocolError unless ``version`` is accepted and carries ``record_type``."""
    if type(version) is not int or version not in ACCEPTED_VERSIONS:
        raise ProtocolError(f"version {version!r} is not supported (only "
                            f"{', '.join(map(str, ACCEPTED_VERSIONS))})")
    first = _FIRST_VERSION.get(record_type, 1)
    if record_type in FIELDS and version < first:
        raise ProtocolError(f"{record_type} records need version {first} or later")


def encode_batch(batch: Batch) -> bytes:
    """The JSON body of a batch."""
    return orjson.dumps({
        "format": BATCH_FORMAT, "version": version_for(batch.record_type),
        "desk_id": batch.desk_id,
        "batch_id": batch.batch_id, "record_type": batch.record_type,
        "records": batch.records,
    })


def decode_batch(body: bytes) -> Batch:
    """Read and check a JSON batch body; ProtocolError says what is wrong."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ProtocolError("the body is not JSON") from None
    if not isinstance(data, dict) or data.get("format") != BATCH_FORMAT:
        raise ProtocolError(f"the body is not a {BATCH_FORMAT} document")
    check_version(data.get("version"), data.get("record_type"))
    records = data.get("records")
    if not isinstance(records, list):
        raise ProtocolError("records must be a list")
    return checked_batch(data.get("batch_id"), data.get("desk_id"), data.get("record_type"),
                         records)


def checked_batch(batch_id, desk_id, record_type, records: list) -> Batch:
    """A Batch whose header and every record are checked (used by all receivers)."""
    if not isinstance(batch_id, str) or not _CODE.match(batch_id):
        raise ProtocolError("batch_id must be a short identifier")
    if not isinstance(desk_id, str) or not _CODE.match(desk_id):
        raise ProtocolError("desk_id must be a short identifier")
    if record_type not in FIELDS:
        raise ProtocolError(f"record_type must be one of {', '.join(FIELDS)}")
    if len(records) > MAX_RECORDS:
        raise ProtocolError(f"a batch holds at most {MAX_RECORDS} records")
    seen: set[str] = set()
    checked = []
    for n, record in enumerate(records):
        try:
            record = check_record(record_type, record)
        except ProtocolError as exc:
            raise ProtocolError(f"record {n + 1}: {exc}") from None
        if record["id"] in seen:
            raise ProtocolError(f"record {n + 1}: id {record['id']} appears twice")
        seen.add(record["id"])
        checked.append(record)
    return Batch(batch_id=batch_id, desk_id=desk_id, record_type=record_type, records=checked)


def check_record(record_type: str, record) -> dict:
    """One wire record checked field by field; unknown fields are dropped, never stored."""
    if not isinstance(record, dict):
        raise ProtocolError("a record must be an object")
    out: dict = {}  # the same plain dict the signature promises
    get = record.get
    for name, check, nullable in _checks(record_type):
        value = get(name)  # a missing note: notes stay on the desk
        if value is None:
            if not nullable:
                raise ProtocolError(f"{name} is missing")
            out[name] = None
        else:
            out[name] = check(value)
    if out["revision"] < 1:
        raise ProtocolError("revision must be 1 or more")
    if record_type == "help_session" and ends_before_start(out["opened_at"], out["closed_at"]):
        raise ProtocolError("closed_at must not be before opened_at")
    if record_type == "group_session":
        if not 1 <= out["participants"] <= MAX_PARTICIPANTS:
            raise ProtocolError(f"participants must be between 1 and {MAX_PARTICIPANTS}")
        if out["level"] is not None and out["level"] not in GROUP_LEVELS:
            raise ProtocolError(f"level must be one of {', '.join(GROUP_LEVELS)}")
        if not out["title"].strip() or len(out["title"]) > MAX_TITLE:
            raise ProtocolError(f"title must be text of 1 to {MAX_TITLE} characters")
        if out["facilitators"] is not None and out["facilitators"] > MAX_FACILITATORS:
            raise ProtocolError(f"facilitators must be at most {MAX_FACILITATORS}")
        try:
            read_questions(out["questions_covered"])
            read_profile(out["profile"], out["participants"])
        except DetailsError as exc:
            raise ProtocolError(str(exc)) from None
    return out


def _checker(name: str):
    """The check of one field, chosen once (a receiver checks every value of every record)."""
    def fail(what: str):
        raise ProtocolError(f"{name} must be {what}")

    if name in BOOLS:
        def check(value):
            return value if value is True or value is False else fail("true or false")
    elif name in INTS:
        def check(value):
            if type(value) is not int or not 0 <= value < 2**31:
                fail("a whole number")
            return value
    elif name in DATETIMES:
        def check(value):
            # The shape is not enough: 2026-02-30 has it, and breaks every reader later.
            if not is_real_utc_text(value):
                fail("a UTC time that exists, as YYYY-MM-DDTHH:MM:SS.ffffffZ")
            return value
    elif name in DATES:
        def check(value):
            if type(value) is not str or not _DATE_TEXT.match(value):
                fail("a date as YYYY-MM-DD")
            try:
                date.fromisoformat(value)  # stored as this text: it must be a real day
            except ValueError:
                fail("a date as YYYY-MM-DD")
            return value
    elif name in LISTS:
        def check(value):
            if type(value) is not list or not value or \
                    not all(type(c) is str and _CODE.match(c) for c in value):
                fail("a non-empty list of codes")
            if len(set(value)) != len(value):
                raise ProtocolError(f"{name} repeats a code")
            return value
    elif name == "residence":
        def check(value):
            if type(value) is not str or not _RESIDENCE.match(value):
                fail("a Belgian postcode of four digits or abroad")
            return value
    elif name == "visitor_hash":
        def check(value):
            # A keyed hash as lowercase hex, nothing else: never a code in clear.
            if type(value) is not str or not _HASH.match(value):
                fail("a keyed hash of 64 hexadecimal digits")
            return value
    elif name == "id":
        def check(value):
            if type(value) is not str or not _CODE.match(value):
                raise ProtocolError("id must be a short identifier")
            return value
    else:
        def check(value):
            if type(value) is not str or len(value) > MAX_TEXT:
                fail(f"text of at most {MAX_TEXT} characters")
            if has_forbidden_characters(value):
                fail("text without control characters")
            return value
    return check


# Built on first use, not at import: the checks are then made by the code as it runs (a
# mutation test that switches a change on after import reaches them), and importing the
# protocol costs nothing for the many who never receive a batch.
_CHECKERS: dict[str, tuple] = {}


def _checks(record_type: str) -> tuple:
    """(field, check, may be empty) for each field of ``record_type``, made once."""
    checks = _CHECKERS.get(record_type)
    if checks is None:
        checks = _CHECKERS[record_type] = tuple(
            (name, _checker(name), name in NULLABLE) for name in FIELDS[record_type])
    return checks


# -- acknowledgements ----------------------------------------------------------------------


@dataclass(frozen=True)
class Ack:
    """What a receiver says it did with a batch."""

    batch_id: str
    stored: list[tuple[str, int]]
    already_had: list[tuple[str, int]]


def encode_ack(ack: Ack) -> dict:
    """The acknowledgement body (as a JSON-ready dict)."""
    return {
        "format": ACK_FORMAT, "version": 1, "batch_id": ack.batch_id,
        "stored": [{"id": i, "revision": r} for i, r in ack.stored],
        "already_had": [{"id": i, "revision": r} for i, r in ack.already_had],
    }


def decode_visitor_key(body: bytes) -> bytes:
    """The 32-byte key of a ``GET /v1/visitor-key`` answer; ProtocolError if it is not one.

    The message never quotes the body: it may hold the key.
    """
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ProtocolError("the answer is not a visitor key (not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != VISITOR_KEY_FORMAT \
            or data.get("version") != 1:
        raise ProtocolError("the answer is not a visitor key")
    key = data.get("key")
    if not isinstance(key, str) or not _HASH.match(key):
        raise ProtocolError("the visitor key is not 64 lowercase hex digits")
    return bytes.fromhex(key)


def decode_ack(body: bytes, batch: Batch) -> Ack:
    """Check that ``body`` acknowledges every record of ``batch``; ProtocolError if not.

    A 2xx answer is success only with this: a captive Wi-Fi portal answers 200 to anything.
    """
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ProtocolError("the answer is not an acknowledgement (not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != ACK_FORMAT:
        raise ProtocolError("the answer is not an acknowledgement")
    if data.get("batch_id") != batch.batch_id:
        raise ProtocolError("the acknowledgement is for another batch")
    lists = []
    for key in ("stored", "already_had"):
        items = data.get(key)
        if not isinstance(items, list):
            raise ProtocolError(f"the acknowledgement has no {key} list")
        try:
            lists.append([(str(i["id"]), int(i["revision"])) for i in items])
        except (TypeError, KeyError, ValueError):
            raise ProtocolError(f"the acknowledgement's {key} list is malformed") from None
    stored, already = lists
    # "already had" may name a higher revision that reached the receiver another way.
    covered = {i: r for i, r in stored}
    for i, r in already:
        covered[i] = max(r, covered.get(i, 0))
    missing = [i for i, r in batch.keys() if covered.get(i, 0) < r]
    if missing:
        raise ProtocolError(f"the acknowledgement leaves out {len(missing)} record(s)")
    return Ack(batch_id=batch.batch_id, stored=stored, already_had=already)

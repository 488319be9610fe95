"""Visitor codes: people counted once across the network without a name.

A visitor code is the number of a card the desk hands out, or a word the visitor makes up.
It is normalised (letters upper case; spaces, dots, dashes and slashes dropped) and only its
HMAC-SHA-256 under the network's key is stored on a visit and sent. The key belongs to the
network: a hub hands it to its desks with their token (services/sync.py), a desk without
a hub makes its own on first use, and a coordinator copies one desk's key to the
others with ``helpdesk visitor-key export/import``, so the same code gives the same hash on
every desk. Keyed hashes are pseudonymous, not anonymous (``docs/privacy.md``): whoever holds
the key can test a guessed code.

Finding a returning visitor's code by its first characters needs the codes in clear, and a
hash cannot be searched by prefix. So a desk remembers the codes typed on it, in the
``visitor_code`` table, only while its store is encrypted (with staff accounts); a plain
store remembers none, and there the helper types the whole code.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timezone
from dataclasses import replace
from hashlib import sha256
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session

from helpdesk.core.access import SignedIn
from helpdesk.core.atomic_files import write_bytes_atomically
from helpdesk.core.errors import QT_TRANSLATE_NOOP, InputError
from helpdesk.core.records import VisitDraft
from helpdesk.services import audit
from helpdesk.services.input_checks import HASH_TEXT
from helpdesk.store.engine import reading, writing
from helpdesk.store.models import store_info_table, visit_table, visitor_code_table

KEY_INFO = "visitor_key"  # the store_info row holding the network's key, hex
KEY_FILE_FORMAT = "helpdesk-visitor-key"
KEY_BYTES = 32
MIN_CODE, MAX_CODE = 3, 24
MAX_KEY_FILE = 4096  # a key file is about 150 bytes: anything far larger is not one
SUGGESTIONS = 8
_DROPPED = re.compile(r"[\s.\-/]+")
_CODE = re.compile(r"[A-Z0-9]+\Z")


def forget_unused_code(db: Session, digest: str) -> None:
    """Forget the clear code of ``digest`` once no visit carries it (a code typed on the
    wrong visit and taken off it): it is no longer suggested, nor kept in clear."""
    still_used = db.scalar(select(func.count()).select_from(visit_table)
                           .where(visit_table.c.visitor_hash == digest))
    if not still_used:
        db.execute(delete(visitor_code_table).where(visitor_code_table.c.code_hash == digest))


def normalised_code(code: str) -> str:
    """``code`` as it is hashed: upper case, without spaces, dots, dashes or slashes."""
    text = _DROPPED.sub("", unicodedata.normalize("NFKC", code or "")).upper()
    if not MIN_CODE <= len(text) <= MAX_CODE or not _CODE.match(text) or not text.isascii():
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "A visitor code has 3 to 24 letters or digits; check the code."),
            field="visitor_code")
    return text


def code_hash_with(key: bytes, code: str) -> str:
    """The keyed hash (hex) of ``code`` under ``key``."""
    return hmac.new(key, normalised_code(code).encode("ascii"), sha256).hexdigest()


def read_key(db: Session) -> bytes | None:
    """The network's key as this desk holds it, or None before the first code."""
    value = db.scalar(select(store_info_table.c.value).where(store_info_table.c.key == KEY_INFO))
    return bytes.fromhex(value) if value else None


def _key_for_writing(db: Session) -> bytes:
    key = read_key(db)
    if key is None:  # a desk without a network key yet makes its own
        key = secrets.token_bytes(KEY_BYTES)
        db.execute(insert(store_info_table).values(key=KEY_INFO, value=key.hex()))
    return key


def _coded_visits(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(visit_table)
                     .where(visit_table.c.visitor_hash.is_not(None))) or 0


class VisitorService:
    """Hash visitor codes, suggest remembered ones, and move the network's key."""

    def __init__(self, engine: Engine, signed_in: SignedIn, *, encrypted: bool) -> None:
        self._engine = engine
        self._signed_in = signed_in
        self._encrypted = encrypted

    @property
    def remembers_codes(self) -> bool:
        """Whether codes typed here are kept (in clear, inside the encrypted store)."""
        return self._encrypted

    def code_hash(self, code: str) -> str:
        """The keyed hash to store on a visit for ``code`` (InputError for a bad code).

        On an encrypted store the code is remembered for ``codes_starting``.
        """
        text = normalised_code(code)
        with writing(self._engine) as db:
            digest = code_hash_with(_key_for_writing(db), text)
            if self._encrypted:
                db.execute(delete(visitor_code_table)
                           .where(visitor_code_table.c.code_hash == digest))
                db.execute(insert(visitor_code_table).values(
                    code_hash=digest, code=text, last_used_at=datetime.now(timezone.utc)))
        return digest

    def code_hashes(self, codes: Iterable[str]) -> dict[str, str]:
        """``code_hash`` of many codes in one transaction (the demo's returning visitors)."""
        texts = {code: normalised_code(code) for code in codes}
        if not texts:
            return {}
        with writing(self._engine) as db:
            key = _key_for_writing(db)
            digests = {code: code_hash_with(key, text) for code, text in texts.items()}
            if self._encrypted:
                db.execute(delete(visitor_code_table)
                           .where(visitor_code_table.c.code_hash.in_(list(digests.values()))))
                now = datetime.now(timezone.utc)
                remembered = {digests[code]: text for code, text in texts.items()}
                db.execute(insert(visitor_code_table), [
                    {"code_hash": digest, "code": text, "last_used_at": now}
                    for digest, text in remembered.items()])
        return digests

    def with_code(self, draft: VisitDraft, code: str) -> VisitDraft:
        """``draft`` carrying the keyed hash of ``code``; as it was when ``code`` is empty."""
        return replace(draft, visitor_hash=self.code_hash(code)) if code.strip() else draft

    def codes_starting(self, prefix: str, limit: int = SUGGESTIONS) -> list[str]:
        """Remembered codes that start with ``prefix``, most recently used first.

        Always empty on a plain store, which remembers no code.
        """
        text = _DROPPED.sub("", unicodedata.normalize("NFKC", prefix or "")).upper()
        if not self._encrypted or not text or not _CODE.match(text):
            return []
        with reading(self._engine) as db:
            # Codes hold only A-Z and 0-9, so the range [text, text + "~") is the prefix.
            return list(db.scalars(
                select(visitor_code_table.c.code)
                .where(visitor_code_table.c.code >= text, visitor_code_table.c.code < text + "~")
                .order_by(visitor_code_table.c.last_used_at.desc()).limit(limit)))

    def export_key(self, path: Path) -> None:
        """Write the network's key to ``path`` (owner-only), to import on the other desks."""
        self._signed_in.require("settings")
        with writing(self._engine) as db:
            key = _key_for_writing(db)
            audit.append(db, self._signed_in, "visitor key exported")
        data = json.dumps({"format": KEY_FILE_FORMAT, "version": 1, "key": key.hex()})
        try:
            write_bytes_atomically(Path(path), data.encode("ascii"), private=True)
        except OSError:
            raise InputError(QT_TRANSLATE_NOOP(
                "errors", "The key file cannot be written there; choose another folder."),
                field="path") from None

    def import_key(self, path: Path) -> bool:
        """Take the network's key from ``path``; False when this desk already had it.

        Refused when visits here already carry hashes made with another key: they would
        no longer match the network's, and the codes behind them are not known.
        """
        self._signed_in.require("settings")
        key = _read_key_file(Path(path))
        with writing(self._engine) as db:
            outcome = _take_key(db, key)
            if outcome == KEY_OTHER:
                raise InputError(QT_TRANSLATE_NOOP(
                    "errors", "Visits on this desk already carry codes made with another "
                              "key; import the network's key before the first code is "
                              "recorded."), field="path")
            if outcome == KEY_TAKEN:
                audit.append(db, self._signed_in, "visitor key imported")
        return outcome == KEY_TAKEN


# What became of a key offered by a file or a hub.
KEY_SAME, KEY_TAKEN, KEY_OTHER = "same", "taken", "other"


def _take_key(db: Session, key: bytes) -> str:
    """Make ``key`` this desk's key for visitor codes, unless visits carry another's.

    KEY_SAME: it was already; KEY_TAKEN: it is now (codes remembered before, carried by no
    visit, follow it); KEY_OTHER: refused, the desk keeps its own, so two keys never mix.
    """
    held = read_key(db)
    if held is not None and hmac.compare_digest(held, key):
        return KEY_SAME
    if held is not None and _coded_visits(db):
        return KEY_OTHER
    remembered = list(db.scalars(select(visitor_code_table.c.code)))
    db.execute(delete(store_info_table).where(store_info_table.c.key == KEY_INFO))
    db.execute(insert(store_info_table).values(key=KEY_INFO, value=key.hex()))
    db.execute(delete(visitor_code_table))
    now = datetime.now(timezone.utc)
    for code in remembered:
        db.execute(insert(visitor_code_table).values(
            code_hash=code_hash_with(key, code), code=code, last_used_at=now))
    return KEY_TAKEN


def adopt_network_key(engine: Engine, signed_in: SignedIn, key: bytes, hub: str) -> str:
    """Take the key a hub handed over with this desk's token (a sync run; no one signed in
    needs the "settings" right: the coordinator gave the desk its token). KEY_SAME,
    KEY_TAKEN (audited) or KEY_OTHER (refused; the sync status says so)."""
    with writing(engine) as db:
        outcome = _take_key(db, key)
        if outcome == KEY_TAKEN:
            audit.append(db, signed_in, "visitor key received", None, target=hub)
    return outcome


def _read_key_file(path: Path) -> bytes:
    bad = InputError(QT_TRANSLATE_NOOP(
        "errors", "This file is not a visitor key exported by Helpdesk; choose the file "
                  "the coordinator exported."), field="path")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE + 1)
    except OSError:
        raise InputError(QT_TRANSLATE_NOOP(
            "errors", "The key file cannot be read; check its name and folder."),
            field="path") from None
    if len(raw) > MAX_KEY_FILE:
        raise bad
    try:
        data = json.loads(raw.decode("ascii"))
        text = data["key"]
        ok = data.get("format") == KEY_FILE_FORMAT and data.get("version") == 1
    except (ValueError, TypeError, KeyError, AttributeError):
        raise bad from None
    if not ok or not isinstance(text, str) or not HASH_TEXT.match(text):
        raise bad
    return bytes.fromhex(text)

"""Key slots: the database key wrapped once per account, like LUKS, in ``keys.json``.

The store is encrypted with one random 256-bit key. Each account keeps its own copy of that
key, wrapped (AES-256-GCM, ``cryptography``) by a key derived from the person's passphrase
with Argon2id (``argon2-cffi``); one more copy is wrapped by the recovery code. Adding or
removing a person writes this file only, never re-encrypts the store.

The file sits beside the store because the store cannot be read before it is unlocked. It
names nobody: each slot keeps a keyed hash of its account's name (``name_tag``), which the
name typed on the lock screen is checked against. It reveals the number of accounts, staff
ids, salts and Argon2 parameters; each wrapped key is useless without a passphrase (see
``docs/security.md``). The roles are not here: they are read from the encrypted store. A
file of the first format (names in clear) still opens, and is rewritten without them at
its next change.

Reading it is light (``json`` only); the crypto modules load when a slot is opened.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from helpdesk.core.atomic_files import remove_leftovers, write_bytes_atomically

KEYS_FILENAME = "keys.json"
FORMAT = 1
RECOVERY_ID = "recovery"
_AAD_PREFIX = b"helpdesk key slot v1:"  # binds a wrapped key to its slot's staff id


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: about half a second and 64 MiB per guess (measured in docs/security.md).

    Kept in each slot, so raising it later applies to slots written afterwards, and the
    older slots still open.
    """

    time_cost: int = 4
    memory_cost: int = 65536  # KiB
    parallelism: int = 1


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the database key."""

    staff_id: str  # RECOVERY_ID for the recovery code's slot
    # Known only when the slot was just made (or read from a key file of the first format);
    # the file keeps ``name_tag`` instead, so it names nobody.
    name: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams = DEFAULT_KDF
    name_tag: bytes = b""  # name_tag(salt, name): how a typed name finds its slot

    def __post_init__(self) -> None:
        if not self.name_tag and self.staff_id != RECOVERY_ID:
            object.__setattr__(self, "name_tag", name_tag(self.salt, self.name))

    def is_named(self, name: str) -> bool:
        """Whether ``name`` (case and spacing ignored) is this slot's account's name."""
        from hmac import compare_digest

        return self.staff_id != RECOVERY_ID and compare_digest(self.name_tag,
                                                              name_tag(self.salt, name))


def name_tag(salt: bytes, name: str) -> bytes:
    """HMAC-SHA-256 of the compared form of ``name`` under the slot's salt.

    A public PC's key file must not list the staff by name (``strings keys.json``); the lock
    screen asks for the name instead of offering it. A tag is pseudonymous, not secret: a
    guessed name can be checked against it (docs/security.md).
    """
    import hashlib  # here, not at start-up: the lock screen reads this file before anything
    import hmac

    return hmac.new(salt, same_name(name).encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class KeyFile:
    """Every slot of a store: the accounts' and the recovery code's."""

    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def account(self, name: str) -> Slot | None:
        """The slot of the account called ``name`` (case and spacing ignored)."""
        return next((s for s in self.slots if s.is_named(name)), None)

    def recovery(self) -> Slot | None:
        """The recovery code's slot."""
        return next((s for s in self.slots if s.staff_id == RECOVERY_ID), None)

    def names(self) -> tuple[str, ...]:
        """The accounts' names the file still holds in clear (only a key file of the first
        format, until its next change); a file written now names nobody."""
        return tuple(sorted((s.name for s in self.slots if s.staff_id != RECOVERY_ID and s.name),
                            key=str.casefold))

    def with_slot(self, slot: Slot) -> KeyFile:
        """This file with ``slot`` added, replacing the slot of the same staff id."""
        return replace(self, slots=tuple(s for s in self.slots if s.staff_id != slot.staff_id)
                       + (slot,))

    def without(self, staff_id: str) -> KeyFile:
        """This file without the slot of ``staff_id``."""
        return replace(self, slots=tuple(s for s in self.slots if s.staff_id != staff_id))


def same_name(name: str) -> str:
    """A name as compared: case, accents' encoding and surrounding spaces ignored."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def keys_path(data_dir: Path) -> Path:
    """Where the key file of the store in ``data_dir`` lives."""
    return Path(data_dir) / KEYS_FILENAME


def read_key_file(data_dir: Path) -> KeyFile | None:
    """The key file, or None when there is none. ValueError when it is not one."""
    try:
        raw = keys_path(data_dir).read_bytes()
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a Helpdesk key file")
    return KeyFile(slots=tuple(_slot_from(item) for item in data["slots"]))


def write_key_file(data_dir: Path, keys: KeyFile) -> None:
    """Replace the key file atomically, owner-only.

    Every caller holds the store's write lock (or converts a store no one else has open), so
    no other writer of this file is running: a temporary copy beside it, however fresh, was
    left by a writer that was killed, and goes now rather than in an hour.
    """
    data = {"format": FORMAT, "slots": [_slot_to(s) for s in keys.slots]}
    remove_leftovers(Path(data_dir), lambda name: name == KEYS_FILENAME)
    write_bytes_atomically(keys_path(data_dir), json.dumps(data, indent=1).encode(),
                           private=True, tidy=False)


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return os.urandom(32)


def make_slot(db_key: bytes, secret: str, *, staff_id: str, name: str,
              kdf: KdfParams | None = None) -> Slot:
    """Wrap ``db_key`` under a key derived from ``secret`` (a passphrase or recovery code)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = kdf or DEFAULT_KDF
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapping = _derive(secret, salt, kdf)
    wrapped = AESGCM(wrapping).encrypt(nonce, db_key, _AAD_PREFIX + staff_id.encode())
    return Slot(staff_id=staff_id, name=name, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf)


def open_slot(slot: Slot, secret: str) -> bytes | None:
    """The database key ``slot`` holds, or None when ``secret`` is not the one it was made with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapping = _derive(secret, slot.salt, slot.kdf)
    try:
        return AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped,
                                        _AAD_PREFIX + slot.staff_id.encode())
    except InvalidTag:
        return None


def new_recovery_code() -> str:
    """160 random bits as eight groups of four base32 letters and digits, e.g. ``ABCD-EF23-…``."""
    text = base64.b32encode(os.urandom(20)).decode()
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normal_recovery_code(code: str) -> str:
    """A recovery code as typed, in the form it was made: upper case, grouped by dashes.

    Spaces and dashes are ignored, and the digits people confuse with letters that base32
    does not use (0, 1, 8) are read as O, I, B.
    """
    letters = "".join(c for c in code.upper() if c.isalnum())
    letters = letters.translate(str.maketrans("018", "OIB"))
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(unicodedata.normalize("NFC", secret).encode(), salt,
                           time_cost=kdf.time_cost, memory_cost=kdf.memory_cost,
                           parallelism=kdf.parallelism, hash_len=32, type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _slot_to(slot: Slot) -> dict[str, Any]:
    return {"staff_id": slot.staff_id, "name_tag": _b64(slot.name_tag), "salt": _b64(slot.salt),
            "nonce": _b64(slot.nonce), "wrapped": _b64(slot.wrapped),
            "kdf": {"algorithm": "argon2id", "time_cost": slot.kdf.time_cost,
                    "memory_cost_kib": slot.kdf.memory_cost,
                    "parallelism": slot.kdf.parallelism},
            "cipher": "aes-256-gcm"}


def _slot_from(item: dict[str, Any]) -> Slot:
    kdf = item["kdf"]
    if kdf.get("algorithm") != "argon2id" or item.get("cipher") != "aes-256-gcm":
        raise ValueError("unknown key slot")
    return Slot(staff_id=str(item["staff_id"]), name=str(item.get("name", "")),
                name_tag=base64.b64decode(item.get("name_tag", "")),
                salt=base64.b64decode(item["salt"]), nonce=base64.b64decode(item["nonce"]),
                wrapped=base64.b64decode(item["wrapped"]),
                kdf=KdfParams(time_cost=int(kdf["time_cost"]),
                              memory_cost=int(kdf["memory_cost_kib"]),
                              parallelism=int(kdf["parallelism"])))

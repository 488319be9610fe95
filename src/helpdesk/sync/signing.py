"""Stick batches that prove which desk made them: an Ed25519 signature over the manifest.

Each desk has its own Ed25519 key pair. Its folder target signs every manifest it writes;
the manifest already holds the CSV's SHA-256, record count, desk id, batch id and type, so
one signature covers the whole batch. The hub holds each desk's public key (sent with the
desk's token over HTTP, or registered by the coordinator from ``helpdesk desk-key``) and
refuses a stick batch of a desk it holds a key for unless the signature fits. Ed25519 from
``cryptography``: small keys and signatures, no parameters to get wrong, deterministic.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

SIGNATURE_FIELD = "signature"
SIGNATURE_PREFIX = "ed25519:"
# Signed text starts with what it is, so a signature can never pass for another use's.
_DOMAIN = b"helpdesk-csv-batch-signature-v1\n"
# "hdk1.<desk id>.<public key>": one line the coordinator copies from a desk to the hub.
KEY_LINE_PREFIX = "hdk1"
_KEY_LINE = re.compile(r"hdk1\.(?P<desk>[A-Za-z0-9_\-]{1,64})\.(?P<key>[A-Za-z0-9_\-]{43})\Z")
_PUBLIC_KEY = re.compile(r"[A-Za-z0-9_\-]{43}\Z")


def new_private_key() -> bytes:
    """32 random bytes: a new desk's Ed25519 private key (raw)."""
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def public_key_text(private: bytes) -> str:
    """The desk's public key as 43 base64url characters (what the hub holds)."""
    public = Ed25519PrivateKey.from_private_bytes(private).public_key()
    return _b64(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def is_public_key_text(text: str) -> bool:
    """``text`` is 43 base64url characters decoding to a valid Ed25519 public key."""
    if not _PUBLIC_KEY.match(text):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(text))
    except (ValueError, binascii.Error):
        return False
    return True


def _message(manifest: dict) -> bytes:
    # Canonical JSON of every field but the signature: key order and spacing do not matter.
    unsigned = {k: v for k, v in manifest.items() if k != SIGNATURE_FIELD}
    return _DOMAIN + json.dumps(unsigned, sort_keys=True, separators=(",", ":"),
                                ensure_ascii=True).encode("ascii")


def sign_manifest(manifest: dict, private: bytes) -> dict:
    """The manifest with its ``signature`` field (over every other field)."""
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(_message(manifest))
    return {**manifest, SIGNATURE_FIELD: SIGNATURE_PREFIX + _b64(signature)}


def signature_fits(manifest: dict, public: str) -> bool:
    """Whether the manifest carries a signature made with the private key of ``public``."""
    signature = manifest.get(SIGNATURE_FIELD)
    if not isinstance(signature, str) or not signature.startswith(SIGNATURE_PREFIX):
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(_unb64(public))
        key.verify(_unb64(signature[len(SIGNATURE_PREFIX):]), _message(manifest))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def is_signed(manifest: dict) -> bool:
    """The manifest has a signature field at all (checked or not)."""
    return SIGNATURE_FIELD in manifest


def key_line(desk_id: str, public: str) -> str:
    """``hdk1.<desk id>.<public key>``: what a desk shows for its coordinator to register."""
    return f"{KEY_LINE_PREFIX}.{desk_id}.{public}"


def parse_key_line(text: str) -> tuple[str, str] | None:
    """(desk id, public key) of a key line; None when it is not one."""
    match = _KEY_LINE.match(text.strip())
    if match is None or not is_public_key_text(match["key"]):
        return None
    return match["desk"], match["key"]

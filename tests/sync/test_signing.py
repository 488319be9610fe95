"""Signatures of stick batches (sync/signing.py): what fits and what never does."""

from __future__ import annotations

import pytest

from helpdesk.sync.signing import (
    is_public_key_text,
    key_line,
    new_private_key,
    parse_key_line,
    public_key_text,
    sign_manifest,
    signature_fits,
)

MANIFEST = {"format": "helpdesk-csv-batch", "version": 1, "desk_id": "019a-d1",
            "batch_id": "019a-b1", "record_type": "visit", "records": 2,
            "file": "helpdesk-019a-b1-visit.csv", "sha256": "ab" * 32, "columns": ["id"]}


def test_a_signature_fits_its_key_only_and_survives_reordering():
    """Key order in the file does not matter; another key, or a changed field, never fits."""
    key = new_private_key()
    signed = sign_manifest(MANIFEST, key)
    public = public_key_text(key)
    assert signature_fits(dict(reversed(list(signed.items()))), public)
    assert not signature_fits(signed, public_key_text(new_private_key()))
    assert not signature_fits(dict(signed, records=3), public)


@pytest.mark.parametrize("signature", [None, 5, ["ed25519:x"], "", "rsa:AAAA", "ed25519:",
                                       "ed25519:!!!", "ed25519:" + "A" * 86])
def test_a_missing_or_malformed_signature_never_fits(signature):
    """Not a text, another scheme, not base64, the wrong length: False, never an error."""
    key = new_private_key()
    signed = sign_manifest(MANIFEST, key)
    # The right signature under another scheme's name is no Ed25519 signature either.
    if signature == "rsa:AAAA":
        signature = "rsa:" + signed["signature"].split(":", 1)[1]
    manifest = dict(MANIFEST, signature=signature)
    if signature is None:
        manifest.pop("signature")
    assert signature_fits(manifest, public_key_text(key)) is False


def test_public_keys_and_key_lines():
    """43 base64url characters of a real key; a line parses back to (desk id, key)."""
    public = public_key_text(new_private_key())
    assert len(public) == 43 and is_public_key_text(public)
    assert not is_public_key_text(public[:-1]) and not is_public_key_text(public + "A")
    assert not is_public_key_text("not a key at all, not a key at all, not a ke")
    line = key_line("019a-d1", public)
    assert line == f"hdk1.019a-d1.{public}"
    assert parse_key_line(f"  {line}\n") == ("019a-d1", public)
    for wrong in (line + "x", "hdk2" + line[4:], f"hdk1..{public}", f"hdk1.019a-d1.{public[:-1]}",
                  f"hdk1.a b.{public}"):
        assert parse_key_line(wrong) is None, wrong


def test_the_signed_bytes_are_the_documented_canonical_json():
    """What is signed is a contract between a desk and a hub of other versions: the domain
    line, then the manifest without its signature as JSON with sorted keys, no spaces and
    every non-ASCII character escaped. Checked with the cryptography library against bytes
    written out here by hand, so a change of spacing or escaping cannot pass unseen."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = bytes(range(32))
    manifest = {"version": 1, "desk_id": "019a-d1", "note": "Bibliothèque — Şişli",
                "columns": ["id", "spot"]}
    signature = sign_manifest(manifest, key)["signature"].removeprefix("ed25519:")
    message = (b"helpdesk-csv-batch-signature-v1\n"
               b'{"columns":["id","spot"],"desk_id":"019a-d1",'
               b'"note":"Biblioth\\u00e8que \\u2014 \\u015ei\\u015fli","version":1}')
    public = base64.urlsafe_b64decode(public_key_text(key) + "=")
    Ed25519PublicKey.from_public_bytes(public).verify(
        base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)), message)

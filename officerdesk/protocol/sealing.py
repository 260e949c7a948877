"""Sealing a secret to an X25519 public key: how a laptop deposits its key in escrow at HQ.

A sealed box is `sender's one-time public key (32) || nonce (12) || AES-256-GCM ciphertext`, the
AES key being HKDF-SHA256 of the X25519 shared secret, salted with both public keys. `context`
(what is sealed and for which device) is bound as associated data, so a box sealed for one
purpose or device never opens as another's. Only the holder of the private key opens it.
"""

from __future__ import annotations

import base64
import os
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PUBLIC_KEY_BYTES = 32
_NONCE = 12
_OVERHEAD = PUBLIC_KEY_BYTES + _NONCE + 16
_B64 = re.compile(r"[A-Za-z0-9_-]*")

ESCROW = "escrow"  # a laptop's database key, sealed to HQ's escrow key


class SealError(ValueError):
    """The box does not open: wrong key, wrong context, or damaged."""


def context(purpose: str, device_id: str) -> bytes:
    return f"officerdesk {purpose} v1|{device_id}".encode()


def _kek(shared: bytes, sender: bytes, recipient: bytes, ctx: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=sender + recipient, info=ctx).derive(shared)


def seal(recipient: bytes, plaintext: bytes, ctx: bytes) -> bytes:
    one_time = X25519PrivateKey.generate()
    sender = one_time.public_key().public_bytes_raw()
    kek = _kek(one_time.exchange(X25519PublicKey.from_public_bytes(recipient)), sender, recipient, ctx)
    nonce = os.urandom(_NONCE)
    return sender + nonce + AESGCM(kek).encrypt(nonce, plaintext, ctx)


def open_sealed(private: X25519PrivateKey, box: bytes, ctx: bytes) -> bytes:
    if len(box) < _OVERHEAD:
        raise SealError("the sealed box is too short")
    sender, nonce, body = box[:PUBLIC_KEY_BYTES], box[PUBLIC_KEY_BYTES:_OVERHEAD - 16], box[_OVERHEAD - 16:]
    recipient = private.public_key().public_bytes_raw()
    try:
        kek = _kek(private.exchange(X25519PublicKey.from_public_bytes(sender)), sender, recipient, ctx)
        return AESGCM(kek).decrypt(nonce, body, ctx)
    except (InvalidTag, ValueError) as exc:
        raise SealError("the sealed box does not open with this key") from exc


def b64(data: bytes) -> str:
    """URL-safe base64 without padding: how keys and boxes travel in JSON (and recovery boxes too)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    if _B64.fullmatch(text) is None or len(text) % 4 == 1:
        raise ValueError("not URL-safe base64")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public: bytes) -> str:
    """A short public name for an escrow key: which key a deposit was sealed to."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(b"officerdesk escrow key id\0" + public)
    return digest.finalize().hex()[:16]

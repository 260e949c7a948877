"""What a recovery code derives, on the laptop and at HQ alike, so the code itself never travels.

An administrator's one-time code (20 symbols of 32: 100 bits) is read by two separate HKDF-SHA256
derivations that share nothing but the code:
- the *lookup*: a public name for the code, sent to HQ to fetch the recovery box. HQ keeps only
  its SHA-256; it does not lead back to the code, nor to the box's key.
- the *box key*: AES-256-GCM over the device's database key, a one-time *spend secret* and the
  device's next token, with the device id as associated data. Only the code opens it; HQ never
  has it after the admin's command ends.
The laptop proves it opened the box by sending the spend secret (HQ holds its SHA-256); only then
does HQ make the token in the box the device's own and erase the box (docs/hq.md, "Key escrow").
A party that sees every request of a recovery has the lookup, the box and a spent secret: no key,
no token.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from officerdesk.protocol.sealing import SealError, b64, unb64

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over a phone
RECOVERY_CODE_LENGTH = 20
DATABASE_KEY_BYTES = 32
SPEND_SECRET_BYTES = 32
_SALT, _NONCE = 16, 12


def normalise_code(code: str) -> str:
    """A code as typed ("abcd-efgh …") read as HQ printed it: upper case, letters and digits only."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def well_formed(code: str) -> bool:
    plain = normalise_code(code)
    return len(plain) == RECOVERY_CODE_LENGTH and all(ch in CODE_ALPHABET for ch in plain)


def _derive(code: str, info: str, salt: bytes | None = None) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=salt, info=info.encode()).derive(normalise_code(code).encode("ascii"))


def lookup(code: str) -> str:
    """The code's public name (64 hex): what the laptop sends instead of the code."""
    return _derive(code, "officerdesk recovery lookup v2").hex()


@dataclass(frozen=True)
class RecoveryBox:
    """What the code opens: the database key, the secret that spends the code, the next token."""

    key: bytes
    spend_secret: bytes
    token: str

    @property
    def proof(self) -> str:
        """What the laptop sends to spend the code (HQ keeps its SHA-256)."""
        return self.spend_secret.hex()


def _aad(device_id: str) -> bytes:
    return f"officerdesk recovery box v2|{device_id}".encode()


def seal(code: str, device_id: str, box: RecoveryBox) -> str:
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    key = _derive(code, f"officerdesk recovery box key v2|{device_id}", salt)
    plain = box.key + box.spend_secret + box.token.encode("ascii")
    return b64(salt + nonce + AESGCM(key).encrypt(nonce, plain, _aad(device_id)))


def open_box(code: str, device_id: str, sealed: str) -> RecoveryBox:
    """The box's contents, or SealError: another code, another device's box, or damaged."""
    try:
        raw = unb64(sealed)
    except ValueError as exc:
        raise SealError("the recovery box is not URL-safe base64") from exc
    salt, nonce, body = raw[:_SALT], raw[_SALT:_SALT + _NONCE], raw[_SALT + _NONCE:]
    try:
        key = _derive(code, f"officerdesk recovery box key v2|{device_id}", salt)
        plain = AESGCM(key).decrypt(nonce, body, _aad(device_id))
    except (InvalidTag, ValueError) as exc:
        raise SealError("the recovery box does not open with this code") from exc
    head = DATABASE_KEY_BYTES + SPEND_SECRET_BYTES
    token = plain[head:]
    if len(plain) <= head or not token.isascii():
        raise SealError("the recovery box does not hold a key, a spend secret and a token")
    return RecoveryBox(plain[:DATABASE_KEY_BYTES], plain[DATABASE_KEY_BYTES:head], token.decode("ascii"))

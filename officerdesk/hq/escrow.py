"""Key escrow at HQ: sealed database keys per device, one-time recovery codes, the recovery itself.

What HQ holds at rest, and why none of it opens a laptop's key alone (docs/hq.md, "Key escrow"):
- `hq_escrow.sealed`: the key sealed to the escrow public key; its private key is offline.
- `hq_recovery_code`: the code's SHA-256, and the key sealed with AES-GCM under a key derived from
  the code (about 100 bits, so neither the hash nor the box can be searched); the box is erased when
  the code is spent or found expired.
A recovery opens the box with the code the laptop sends, re-seals the key (and a new device token)
to the laptop's one-time public key, and forgets it: the key is unwrapped only in that request's memory.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import update
from sqlalchemy.orm import Session

from officerdesk.hq import audit
from officerdesk.hq.auth import (
    CODE_ALPHABET,
    DeviceContext,
    code_hash,
    new_token,
    normalise_code,
    sha256_hex,
)
from officerdesk.hq.errors import HQError
from officerdesk.hq.escrow_key import EscrowPublic
from officerdesk.hq.store import Device, EscrowedKey, Officer, Post, RecoveryCode, utcnow
from officerdesk.protocol import sealing
from officerdesk.protocol.wire import (
    EscrowDeposit,
    EscrowReceipt,
    RecoveryRequest,
    RecoveryResponse,
    RetirementReceipt,
)

RECOVERY_CODE_LENGTH = 20          # 20 of 32 symbols: 100 bits
DEFAULT_RECOVERY_TTL = dt.timedelta(hours=24)
MAX_RECOVERY_TTL = dt.timedelta(hours=72)
DATABASE_KEY_BYTES = 32


class EscrowError(Exception):
    """An administrator's request that cannot be done; the message says why."""


def deposit(session: Session, device: DeviceContext, body: EscrowDeposit, escrow: EscrowPublic | None) -> EscrowReceipt:
    """Keep (or replace) the device's sealed key. HQ cannot check what is inside; it checks the
    box is sealed to its current escrow key and has the size of a sealed database key."""
    if escrow is None:
        raise HQError(404, "no_escrow_key", "HQ has no escrow key yet; an administrator runs `admin escrow-init`")
    if body.key_id != escrow.key_id:
        raise HQError(409, "escrow_key_changed", f"HQ's escrow key is now {escrow.key_id}; fetch it and seal again")
    try:
        box = sealing.unb64(body.sealed)
    except ValueError:
        raise HQError(422, "bad_sealed_key", "the sealed key is not URL-safe base64") from None
    if len(box) != 60 + DATABASE_KEY_BYTES:
        raise HQError(422, "bad_sealed_key", "the sealed key does not have the size of a sealed database key")
    now = utcnow()
    row = session.get(EscrowedKey, device.device_id)
    if row is None:
        session.add(EscrowedKey(device_id=device.device_id, key_id=body.key_id, sealed=body.sealed, stored_at=now))
    else:
        row.key_id, row.sealed, row.stored_at = body.key_id, body.sealed, now
    audit.append(session, actor=device.actor, action="escrow_stored", post_id=device.post_id,
                 device_id=device.device_id, key_id=body.key_id, replaced=row is not None)
    return EscrowReceipt(key_id=body.key_id, stored_at=now)


# ---- the administrator's side: issuing a code (with the escrow private key at hand) ----------------


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, RECOVERY_CODE_LENGTH, 4))


def _code_key(code: str, salt: bytes, device_id: str) -> bytes:
    info = f"officerdesk recovery code v1|{device_id}".encode()
    return HKDF(hashes.SHA256(), 32, salt=salt, info=info).derive(normalise_code(code).encode("ascii"))


def _seal_with_code(code: str, key: bytes, device_id: str) -> str:
    salt, nonce = os.urandom(16), os.urandom(12)
    box = AESGCM(_code_key(code, salt, device_id)).encrypt(nonce, key, device_id.encode())
    return sealing.b64(salt + nonce + box)


def _open_with_code(code: str, sealed: str, device_id: str) -> bytes | None:
    raw = sealing.unb64(sealed)
    salt, nonce, box = raw[:16], raw[16:28], raw[28:]
    try:
        return AESGCM(_code_key(code, salt, device_id)).decrypt(nonce, box, device_id.encode())
    except InvalidTag:
        return None


def escrowed_key(session: Session, device_id: str, private: X25519PrivateKey) -> bytes:
    """The device's database key, opened with the escrow private key (in the admin's process only)."""
    row = session.get(EscrowedKey, device_id)
    if session.get(Device, device_id) is None:
        raise EscrowError(f"no device {device_id}")
    if row is None:
        raise EscrowError(f"device {device_id} has no escrowed key (it never deposited one)")
    mine = sealing.key_id(private.public_key().public_bytes_raw())
    if row.key_id != mine:
        raise EscrowError(f"device {device_id}'s key is sealed to escrow key {row.key_id}, not to {mine}: "
                          "use that key's file (or re-seal it with `admin rotate-escrow-key`)")
    try:
        return sealing.open_sealed(private, sealing.unb64(row.sealed), sealing.context(sealing.ESCROW, device_id))
    except (sealing.SealError, ValueError):
        raise EscrowError(f"device {device_id}'s escrowed key does not open: it was damaged or not sealed by "
                          "that device; the officer's recovery file is the way left") from None


def issue_recovery_code(session: Session, *, device_id: str, private: X25519PrivateKey,
                        ttl: dt.timedelta = DEFAULT_RECOVERY_TTL, actor: str) -> str:
    if not dt.timedelta(0) < ttl <= MAX_RECOVERY_TTL:
        raise EscrowError(f"a recovery code is valid for at most {MAX_RECOVERY_TTL.total_seconds() / 3600:g} hours")
    key = escrowed_key(session, device_id, private)
    _forget_expired(session)
    code = new_recovery_code()
    device = session.get(Device, device_id)
    assert device is not None
    session.add(RecoveryCode(code_hash=code_hash(code), device_id=device_id, sealed=_seal_with_code(code, key, device_id),
                             expires_at=utcnow() + ttl))
    audit.append(session, actor=actor, action="issue_recovery_code", post_id=device.post_id, device_id=device_id,
                 expires_hours=round(ttl.total_seconds() / 3600, 2))
    return code


def rewrap_all(session: Session, *, old: X25519PrivateKey, new_public: bytes, actor: str) -> int:
    """Re-seal every escrowed key from the old escrow key to the new one (rotation)."""
    old_id, new_id = sealing.key_id(old.public_key().public_bytes_raw()), sealing.key_id(new_public)
    count = 0
    for row in session.query(EscrowedKey).filter(EscrowedKey.key_id == old_id):
        ctx = sealing.context(sealing.ESCROW, row.device_id)
        try:
            key = sealing.open_sealed(old, sealing.unb64(row.sealed), ctx)
        except (sealing.SealError, ValueError):
            continue  # a box that never opened cannot be re-sealed; verify-escrow names it
        row.sealed, row.key_id = sealing.b64(sealing.seal(new_public, key, ctx)), new_id
        count += 1
    audit.append(session, actor=actor, action="escrow_key_rotated", old=old_id, new=new_id, rewrapped=count)
    return count


def _forget_expired(session: Session) -> None:
    session.execute(update(RecoveryCode).where(RecoveryCode.expires_at <= utcnow(), RecoveryCode.sealed.is_not(None))
                    .values(sealed=None))


# ---- the laptop's side: spending a code ------------------------------------------------------------


def recover(session: Session, body: RecoveryRequest, *, ip: str) -> RecoveryResponse | None:
    """The device's key and a new token, sealed to the laptop's one-time key; None for a code that
    is unknown, spent or expired (the caller refuses and counts the failure)."""
    now = utcnow()
    # every recovery (not only an issuance or a refusal) erases expired boxes, so an unspent code's
    # sealed key leaves the database soon after its expiry, not at the next refused attempt
    _forget_expired(session)
    row = session.get(RecoveryCode, code_hash(body.code))
    if row is None or row.used_at is not None or row.expires_at <= now or row.sealed is None:
        return None
    if body.device_id is not None and body.device_id != row.device_id:
        raise HQError(409, "wrong_device", "this recovery code is for another device; nothing was spent")
    key = _open_with_code(body.code, row.sealed, row.device_id)
    if key is None:
        return None
    device = session.get(Device, row.device_id)
    assert device is not None
    officer, post = session.get(Officer, device.officer_id), session.get(Post, device.post_id)
    assert officer is not None and post is not None
    token = new_token()
    was_revoked = device.revoked_at is not None
    # the recovering laptop becomes the device: the token the lost keyring held (or a thief's copy) is dead
    device.token_hash, device.revoked_at = sha256_hex(token), None
    row.used_at, row.sealed = now, None
    audit.append(session, actor=f"ip:{ip}", action="key_recovered", post_id=device.post_id, device_id=device.id,
                 code_hash=row.code_hash[:16], was_revoked=was_revoked)
    ctx = sealing.context(sealing.RECOVERY, device.id)
    box = sealing.seal(sealing.unb64(body.public_key), key + token.encode("ascii"), ctx)
    return RecoveryResponse(device_id=device.id, post_code=post.code, officer_name=officer.name,
                            sealed=sealing.b64(box))


# ---- device replacement: the old device retired once its backup is taken in -----------------------


def retire(session: Session, device: DeviceContext, successor_id: str) -> RetirementReceipt:
    """Revoke the calling (old) device in favour of a live device of the same officer. Only the
    holder of the old device's current token can ask, and after a recovery that is the laptop that
    spent the admin's code; the successor must be the officer's own, so a stray token cannot name
    another officer's laptop as heir in the audit trail."""
    successor = session.get(Device, successor_id)
    if (successor is None or successor.revoked_at is not None or successor.id == device.device_id
            or successor.officer_id != device.officer_id):
        raise HQError(409, "not_successor", "the successor must be another live device of the same officer")
    old = session.get(Device, device.device_id)
    assert old is not None
    old.revoked_at = utcnow()
    audit.append(session, actor=device.actor, action="device_retired", post_id=device.post_id,
                 device_id=device.device_id, successor=successor.id)
    return RetirementReceipt(device_id=device.device_id, successor_device_id=successor.id, retired_at=old.revoked_at)

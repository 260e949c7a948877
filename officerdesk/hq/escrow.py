"""Key escrow at HQ: sealed database keys per device, one-time recovery codes, the recovery itself.

What HQ holds at rest, and why none of it opens a laptop's key alone (docs/hq.md, "Key escrow"):
- `hq_escrow.sealed`: the key sealed to the escrow public key; its private key is offline.
- `hq_recovery_code`: the SHA-256 of the code's lookup, and the key, a spend secret and the
  device's next token sealed with AES-GCM under a key derived from the code (about 100 bits, so
  neither the hash nor the box can be searched); the box is erased when the code is spent or found
  expired. The SHA-256s of the next token and of the spend secret.
HQ never sees the code nor the key again after the admin's command: a recovery hands the box to
whoever names the lookup, and the laptop opens it; the code is spent when the laptop sends the
spend secret from inside (protocol/recovery_code.py).
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import secrets

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import update
from sqlalchemy.orm import Session

from officerdesk.hq import audit
from officerdesk.hq.auth import DeviceContext, new_token, sha256_hex
from officerdesk.hq.errors import HQError
from officerdesk.hq.escrow_key import EscrowPublic
from officerdesk.hq.store import Device, EscrowedKey, Officer, Post, RecoveryCode, utcnow
from officerdesk.protocol import recovery_code, sealing
from officerdesk.protocol.recovery_code import (
    CODE_ALPHABET,
    DATABASE_KEY_BYTES,
    RECOVERY_CODE_LENGTH,
)
from officerdesk.protocol.wire import (
    EscrowDeposit,
    EscrowReceipt,
    RecoveryBox,
    RecoveryReceipt,
    RecoveryRequest,
    RecoverySpend,
    RetirementReceipt,
)

DEFAULT_RECOVERY_TTL = dt.timedelta(hours=24)
MAX_RECOVERY_TTL = dt.timedelta(hours=72)


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


def lookup_hash(lookup: str) -> str:
    """How HQ keys a code: the SHA-256 of its lookup, so the table alone does not even name a box."""
    return sha256_hex(lookup)


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
    # the device's next token is made now and sealed with the key, so the recovery itself needs no
    # secret from the laptop but the proof that it opened the box
    box = recovery_code.RecoveryBox(key, os.urandom(recovery_code.SPEND_SECRET_BYTES), new_token())
    session.add(RecoveryCode(lookup_hash=lookup_hash(recovery_code.lookup(code)), device_id=device_id,
                             sealed=recovery_code.seal(code, device_id, box), token_hash=sha256_hex(box.token),
                             spend_hash=sha256_hex(box.proof), expires_at=utcnow() + ttl))
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


def _live(row: RecoveryCode | None, now: dt.datetime) -> bool:
    return row is not None and row.used_at is None and row.expires_at > now and row.sealed is not None


def recovery_box(session: Session, body: RecoveryRequest, *, ip: str) -> RecoveryBox | None:
    """The sealed box of a live code, to whoever names its lookup: it opens only with the code.
    Spends nothing. None for a lookup that is unknown, spent or expired (the caller refuses and
    counts the failure)."""
    now = utcnow()
    # every recovery (not only an issuance or a refusal) erases expired boxes, so an unspent code's
    # sealed key leaves the database soon after its expiry, not at the next refused attempt
    _forget_expired(session)
    row = session.get(RecoveryCode, lookup_hash(body.lookup))
    if row is None or not _live(row, now):
        return None
    if body.device_id is not None and body.device_id != row.device_id:
        raise HQError(409, "wrong_device", "this recovery code is for another device; nothing was spent")
    device = session.get(Device, row.device_id)
    assert device is not None and row.sealed is not None
    officer, post = session.get(Officer, device.officer_id), session.get(Post, device.post_id)
    assert officer is not None and post is not None
    # audited: the box is harmless without the code, but who fetched it is worth knowing afterwards
    audit.append(session, actor=f"ip:{ip}", action="recovery_box_sent", post_id=device.post_id,
                 device_id=device.id, lookup_hash=row.lookup_hash[:16])
    return RecoveryBox(device_id=device.id, post_code=post.code, officer_name=officer.name, sealed=row.sealed,
                       expires_at=row.expires_at)


def spend(session: Session, body: RecoverySpend, *, ip: str) -> RecoveryReceipt | None:
    """The laptop opened the box: the token sealed in it becomes the device's, the box is erased.
    None when the lookup is unknown, spent or expired, or the proof is not the box's secret.
    The same proof again, while that token is still the device's, gets the same receipt (a laptop
    whose first answer was lost may ask again; the receipt holds no secret)."""
    now = utcnow()
    row = session.get(RecoveryCode, lookup_hash(body.lookup))
    if row is None or not hmac.compare_digest(sha256_hex(body.proof), row.spend_hash):
        return None
    device = session.get(Device, row.device_id)
    assert device is not None
    if row.used_at is not None:
        done = device.token_hash == row.token_hash and device.revoked_at is None
        return RecoveryReceipt(device_id=device.id, recovered_at=row.used_at) if done else None
    if not _live(row, now):
        return None
    was_revoked = device.revoked_at is not None
    # the recovering laptop becomes the device: the token the lost keyring held (or a thief's copy) is dead
    device.token_hash, device.revoked_at = row.token_hash, None
    row.used_at, row.sealed = now, None
    audit.append(session, actor=f"ip:{ip}", action="key_recovered", post_id=device.post_id, device_id=device.id,
                 lookup_hash=row.lookup_hash[:16], was_revoked=was_revoked)
    return RecoveryReceipt(device_id=device.id, recovered_at=now)


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

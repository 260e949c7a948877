"""Device tokens and one-time enrollment codes. HQ keeps only SHA-256 hashes of either.

A token is 32 random bytes (urlsafe base64): its SHA-256 is a safe lookup key, no slow KDF is
needed for a secret with 256 bits of entropy. An enrollment code is short enough to read over the
phone (12 characters from an alphabet without look-alikes, about 60 bits), expires, and is spent
by the first enrollment that uses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.hq.store import Device, EnrollCode, Officer, Post, utcnow

# enrolment codes are written and read as recovery codes are (the laptop derives from the latter)
from officerdesk.protocol.recovery_code import CODE_ALPHABET as CODE_ALPHABET
from officerdesk.protocol.recovery_code import normalise_code as normalise_code

CODE_LENGTH = 12
DEFAULT_CODE_TTL = dt.timedelta(hours=72)
READ_ALL_ROLES = frozenset({"hq_analyst", "admin"})


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def code_hash(code: str) -> str:
    return sha256_hex(normalise_code(code))


@dataclass(frozen=True)
class DeviceContext:
    """Who is calling: the device, its officer and post, and what they may read."""

    device_id: str
    officer_id: str
    officer_name: str
    role: str
    post_id: str
    post_code: str
    leaves_on: dt.date | None = None  # the officer's handover day (hq/handover.py)
    post_tz: str = "UTC"

    @property
    def reads_all(self) -> bool:
        return self.role in READ_ALL_ROLES

    @property
    def actor(self) -> str:
        return f"device:{self.device_id}"


def device_for_token(session: Session, token: str) -> tuple[DeviceContext, bool] | None:
    """The device a token belongs to and whether it is revoked, or None (unknown token).

    A revoked device is returned too, so a refusal can say why when the reason is a handover."""
    # columns, not entities: this runs for every request
    row = session.execute(
        select(Device.id, Officer.id, Officer.name, Officer.role, Post.id, Post.code, Officer.leaves_on, Post.tz,
               Device.revoked_at)
        .join(Officer, Officer.id == Device.officer_id)
        .join(Post, Post.id == Device.post_id)
        .where(Device.token_hash == sha256_hex(token))
    ).first()
    if row is None:
        return None
    return DeviceContext(*row[:8]), row[8] is not None


def spend_code(session: Session, code: str, now: dt.datetime | None = None) -> EnrollCode | None:
    """The code's row, marked used, when it is known, unexpired and unused; else None."""
    now = now or utcnow()
    row = session.get(EnrollCode, code_hash(code))
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    row.used_at = now
    return row

"""What an HQ administrator does: posts, officers, enrollment codes, devices, the audit chain.

Keyword-only functions taking the session of a `Database.write()`; the CLI and the demo call them.
Posts and officers are also published to the change log so laptops pull them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import enums, kinds
from officerdesk.core.ids import uuid7
from officerdesk.core.models import RECORD_TYPES
from officerdesk.core.services.validation import synced_cleaner
from officerdesk.core.write.changes import encode_value
from officerdesk.errors import ValidationError
from officerdesk.hq import audit
from officerdesk.hq.auth import DEFAULT_CODE_TTL, code_hash, new_code
from officerdesk.hq.database import meta_row, new_epoch
from officerdesk.hq.records import Writer, server_stamp
from officerdesk.hq.store import Device, EnrollCode, Officer, Post, utcnow

ADMIN = "admin:cli"
_CODE = re.compile(r"^[A-Z]{2,8}$")


class AdminError(Exception):
    """A request the administrator can fix; the message says how."""


def _published(record_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values as every laptop's pull will check them: by the fields' own validators (a value
    they refuse would stop every laptop's sync at that record)."""
    cls = RECORD_TYPES[record_type]
    try:
        return {name: encode_value(synced_cleaner(cls, name)(value)) for name, value in values.items()}
    except ValidationError as exc:
        raise AdminError(f"the {record_type}'s {exc}") from None


def _check_tz(tz: str) -> None:
    if re.fullmatch(r"[+-]\d\d:\d\d", tz):
        return
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise AdminError(f"unknown time zone {tz!r}; use an IANA name such as Asia/Seoul") from None


def post_by_code(session: Session, code: str) -> Post | None:
    return session.scalar(select(Post).where(Post.code == code.upper()))


def create_post(session: Session, *, code: str, name_en: str, name_ko: str, country: str, tz: str,
                city: str = "", actor: str = ADMIN) -> Post:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise AdminError(f"post code {code!r} must be 2-8 letters, e.g. WAS")
    if post_by_code(session, code) is not None:
        raise AdminError(f"post {code} already exists")
    _check_tz(tz)
    values = _published("post", {"code": code, "name_ko": name_ko, "name_en": name_en, "country": country,
                                 "city": city, "tz": tz, "classification": "internal", "deleted": False})
    post = Post(id=uuid7(), **{k: values[k] for k in ("code", "name_en", "name_ko", "country", "city", "tz")})
    session.add(post)
    session.flush()
    Writer(session).publish(kinds.POST.name, post.id, post.id, values, server_stamp())
    audit.append(session, actor=actor, action="create_post", post_id=post.id, code=code)
    return post


def create_officer(session: Session, *, post_code: str, name: str, role: str = "officer",
                   language: str = "ko", email: str = "", actor: str = ADMIN) -> Officer:
    post = post_by_code(session, post_code)
    if post is None:
        raise AdminError(f"no post {post_code.upper()}; create it first with create-post")
    if not name.strip():
        raise AdminError("the officer's name is empty")
    if role not in enums.ROLE:
        raise AdminError(f"role must be one of {', '.join(enums.ROLE)}")
    values = _published("officer", {"name": name, "role": role, "language": language, "email": email,
                                    "classification": "internal", "deleted": False})
    officer = Officer(id=uuid7(), post_id=post.id, **{k: values[k] for k in ("name", "role", "language", "email")})
    session.add(officer)
    session.flush()
    Writer(session).publish(kinds.OFFICER.name, officer.id, post.id, values, server_stamp())
    audit.append(session, actor=actor, action="create_officer", post_id=post.id, officer_id=officer.id, role=role)
    return officer


def issue_enroll_code(session: Session, *, officer_id: str, ttl: dt.timedelta = DEFAULT_CODE_TTL,
                      actor: str = ADMIN) -> str:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise AdminError(f"no officer {officer_id}")
    code = new_code()
    session.add(EnrollCode(code_hash=code_hash(code), officer_id=officer.id, expires_at=utcnow() + ttl))
    audit.append(session, actor=actor, action="issue_enroll_code", post_id=officer.post_id,
                 officer_id=officer.id, expires_hours=round(ttl.total_seconds() / 3600, 2))
    return code


def revoke_device(session: Session, *, device_id: str, actor: str = ADMIN) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"no device {device_id}")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        audit.append(session, actor=actor, action="revoke_device", post_id=device.post_id, device_id=device.id)
    return device


@dataclass(frozen=True)
class DeviceRow:
    id: str
    post_code: str
    officer_name: str
    role: str
    name: str
    enrolled: str
    last_push: str
    revoked: str
    last_seq: int


def list_devices(session: Session) -> list[DeviceRow]:
    rows = session.execute(
        select(Device, Officer, Post).join(Officer, Officer.id == Device.officer_id)
        .join(Post, Post.id == Device.post_id).order_by(Post.code, Device.created_at)
    ).all()
    return [DeviceRow(d.id, p.code, o.name, o.role, d.name, _when(d.created_at), _when(d.last_push_at),
                      _when(d.revoked_at), d.last_seq) for d, o, p in rows]


def _when(at: dt.datetime | None) -> str:
    return at.isoformat(timespec="seconds") if at else ""


def reset_epoch(session: Session, *, actor: str = ADMIN) -> str:
    """After restoring HQ from a backup: laptops re-pull from 0 and restart their push numbering."""
    meta = meta_row(session)
    old, meta.epoch = meta.epoch, new_epoch()
    audit.append(session, actor=actor, action="reset_epoch", old=old, new=meta.epoch)
    return meta.epoch

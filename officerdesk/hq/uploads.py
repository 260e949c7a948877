"""Partial uploads at HQ: a per-device quota on the bytes they hold, and their expiry.

A resumable upload keeps its chunks between requests, so a device that starts files and never
finishes them (a broken laptop, a stolen token) could otherwise fill HQ's database. Two rules:

- Quota: the bytes a device holds in its incomplete uploads stay within `quota`. A chunk that
  would take them past it is refused (413 `upload_quota`) and changes nothing; so is one that
  would start a device's 101st unfinished upload. The chunk that completes a file is never
  refused: its bytes leave the partial pool the moment they arrive.
- Expiry: an incomplete upload whose last chunk is older than `expiry` is discarded, by HQ's
  housekeeping (`sweep`) and when its device next uploads; HEAD then answers 404, so the laptop
  starts that file again from offset 0. One audit row per discarding pass, not one per file.

A complete blob is never discarded here: attachment records and filed briefs point at it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from officerdesk.hq import audit
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.database import Database
from officerdesk.hq.errors import HQError
from officerdesk.hq.store import Blob, BlobChunk, utcnow

DEFAULT_QUOTA = 256 << 20
DEFAULT_EXPIRY = dt.timedelta(hours=24)
# a laptop sends one file at a time, so it has one unfinished upload, a few after failures; the
# cap keeps uploads started with empty chunks (no bytes, so no quota) from piling up rows
MAX_UNFINISHED = 100
SWEEP_LIMIT = 500  # uploads discarded per transaction; the next pass takes the rest
HOUSEKEEPER = "hq:housekeeping"


@dataclass(frozen=True)
class UploadRules:
    quota: int = DEFAULT_QUOTA
    expiry: dt.timedelta = DEFAULT_EXPIRY
    clock: Callable[[], dt.datetime] = field(default=utcnow, compare=False)  # naive UTC, as stored

    def stale_before(self) -> dt.datetime:
        """An incomplete upload last touched before this has expired."""
        return self.clock() - self.expiry


def is_stale(blob: Blob, rules: UploadRules) -> bool:
    return not blob.complete and blob.touched_at < rules.stale_before()


def held(session: Session, device_id: str) -> tuple[int, int]:
    """How many incomplete uploads the device has at HQ, and the bytes they hold."""
    row = session.execute(select(func.count(), func.coalesce(func.sum(Blob.received), 0)).where(
        Blob.device_id == device_id, Blob.complete.is_(False))).one()
    return int(row[0]), int(row[1])


def check_quota(session: Session, ctx: DeviceContext, blob: Blob | None, chunk: int, rules: UploadRules) -> None:
    """Refuse a chunk that would take the device's partial bytes past its quota, or that would start
    one unfinished upload too many. An upload another device of the post started becomes this
    device's with the chunk, so its bytes count here."""
    count, holding = held(session, ctx.device_id)
    if blob is None or blob.device_id != ctx.device_id:
        count += 1
        holding += blob.received if blob is not None else 0
    hours = f"{rules.expiry.total_seconds() / 3600:g}"
    if holding + chunk > rules.quota:
        raise HQError(413, "upload_quota",
                      f"this device's unfinished uploads hold {holding} bytes at HQ and may hold at most "
                      f"{rules.quota}: finish them first (an unfinished upload is discarded after {hours} "
                      "hours untouched)")
    if count > MAX_UNFINISHED:
        raise HQError(413, "upload_quota",
                      f"this device has {MAX_UNFINISHED} unfinished uploads at HQ, the most it may have: finish "
                      f"them first (an unfinished upload is discarded after {hours} hours untouched)")


def discard(session: Session, blob: Blob) -> None:
    """Delete an incomplete upload and its chunks (never a complete blob: records point at those)."""
    if blob.complete:
        raise ValueError(f"refusing to discard the complete blob {blob.sha256}")
    session.execute(delete(BlobChunk).where(BlobChunk.post_id == blob.post_id, BlobChunk.sha256 == blob.sha256))
    session.delete(blob)


def expire(session: Session, rules: UploadRules, *, actor: str, among: ColumnElement[bool] | None = None) -> int:
    """Discard up to SWEEP_LIMIT expired incomplete uploads (those matching `among`, if given),
    with one audit row for all of them; how many. Call inside `Database.write()`."""
    query = select(Blob).where(Blob.complete.is_(False), Blob.touched_at < rules.stale_before())
    if among is not None:
        query = query.where(among)
    stale = session.scalars(query.order_by(Blob.touched_at).limit(SWEEP_LIMIT)).all()
    if not stale:
        return 0
    for blob in stale:
        discard(session, blob)
    session.flush()
    audit.append(session, actor=actor, action="uploads_expired", uploads=len(stale),
                 bytes=sum(b.received for b in stale), devices=len({b.device_id for b in stale}),
                 untouched_hours=rules.expiry.total_seconds() / 3600)
    return len(stale)


def sweep(db: Database, rules: UploadRules) -> int:
    """Housekeeping's pass: discard expired partial uploads of every device; how many. A read
    first, so a pass with nothing to do never takes the server-wide write lock."""
    with db.read() as s:
        if s.scalar(select(Blob.sha256).where(
                Blob.complete.is_(False), Blob.touched_at < rules.stale_before()).limit(1)) is None:
            return 0
    with db.write() as s:
        return expire(s, rules, actor=HOUSEKEEPER)

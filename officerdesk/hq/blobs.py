"""Attachment files at HQ: resumable, content-addressed uploads into a post's own area, stored
as chunks in the database (so a PostgreSQL backup holds everything), and downloads that need a
visible attachment record pointing at the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.hq import audit, uploads
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.database import Database
from officerdesk.hq.errors import HQError
from officerdesk.hq.store import Blob, BlobChunk, Record
from officerdesk.hq.uploads import UploadRules
from officerdesk.protocol.wire import MAX_BLOB_BYTES


@dataclass(frozen=True)
class UploadState:
    offset: int
    size: int
    complete: bool

    @property
    def headers(self) -> dict[str, str]:
        return {"Upload-Offset": str(self.offset), "Upload-Length": str(self.size),
                "Upload-Complete": "1" if self.complete else "0", "Cache-Control": "no-store"}


def state(session: Session, post_id: str, sha: str, rules: UploadRules) -> UploadState | None:
    """What HQ has of the post's file `sha`; None (HEAD's 404) also for an expired partial upload,
    whether or not housekeeping has discarded it yet: the laptop starts again from 0."""
    blob = session.get(Blob, (post_id, sha))
    if blob is None or uploads.is_stale(blob, rules):
        return None
    return UploadState(blob.received, blob.size, blob.complete)


def receive(session: Session, ctx: DeviceContext, sha: str, offset: int, length: int, chunk: bytes,
            rules: UploadRules) -> UploadState | None:
    """Store one chunk at `offset`; on the last one, check the SHA-256. None: the bytes did not
    hash to `sha` and were all discarded (the caller commits that, then refuses)."""
    if length > MAX_BLOB_BYTES:
        raise HQError(413, "too_large", f"a file may be at most {MAX_BLOB_BYTES} bytes")
    # the device's own expired uploads (and this one, whoever sent it) go first, so neither a
    # stale offset nor stale bytes against the quota outlive their expiry
    uploads.expire(session, rules, actor=ctx.actor, among=or_(
        Blob.device_id == ctx.device_id, and_(Blob.post_id == ctx.post_id, Blob.sha256 == sha)))
    blob = session.get(Blob, (ctx.post_id, sha))
    if blob is not None and blob.complete:
        return UploadState(blob.size, blob.size, True)  # already here: nothing to do
    if blob is not None and blob.size != length:
        raise HQError(400, "length_mismatch", f"this upload was started with Upload-Length {blob.size}")
    have = blob.received if blob else 0
    if offset != have:
        raise HQError(409, "wrong_offset", f"HQ has {have} bytes of this file; send from there",
                      UploadState(have, length, False).headers)
    if offset + len(chunk) > length:
        raise HQError(400, "beyond_length", "the chunk goes past Upload-Length")
    if offset + len(chunk) < length:  # the chunk that completes a file leaves the partial pool
        uploads.check_quota(session, ctx, blob, len(chunk), rules)
    if blob is None:
        blob = Blob(post_id=ctx.post_id, sha256=sha, size=length, received=0, complete=False)
        session.add(blob)
    blob.device_id, blob.touched_at = ctx.device_id, rules.clock()  # whose partial bytes, and since when
    if chunk:
        session.add(BlobChunk(post_id=ctx.post_id, sha256=sha, offset=offset, data=chunk))
        blob.received = offset + len(chunk)
    if blob.received == blob.size:
        session.flush()
        if _digest(session, ctx.post_id, sha) != sha:
            uploads.discard(session, blob)
            audit.append(session, actor=ctx.actor, action="blob_refused", post_id=ctx.post_id, sha256=sha)
            return None
        blob.complete = True
        audit.append(session, actor=ctx.actor, action="blob_received", post_id=ctx.post_id, sha256=sha, size=blob.size)
    return UploadState(blob.received, blob.size, blob.complete)


def _chunks(session: Session, post_id: str, sha: str, start: int = 0) -> Iterator[tuple[int, bytes]]:
    """(offset, bytes) of each stored chunk from the one holding `start` on, one query each."""
    first = session.scalar(select(BlobChunk.offset).where(
        BlobChunk.post_id == post_id, BlobChunk.sha256 == sha, BlobChunk.offset <= start,
    ).order_by(BlobChunk.offset.desc()).limit(1)) or 0
    offset = first
    while True:
        row = session.execute(select(BlobChunk.offset, BlobChunk.data).where(
            BlobChunk.post_id == post_id, BlobChunk.sha256 == sha, BlobChunk.offset >= offset,
        ).order_by(BlobChunk.offset).limit(1)).first()
        if row is None:
            return
        yield row.offset, row.data
        offset = row.offset + len(row.data)


def complete_size(session: Session, post_id: str, sha: str) -> int | None:
    """The size of the post's complete blob `sha`; None while HQ does not have all of it."""
    blob = session.get(Blob, (post_id, sha))
    return blob.size if blob is not None and blob.complete else None


def head(session: Session, post_id: str, sha: str, length: int) -> bytes:
    """The blob's first `length` bytes (fewer when it is shorter), however it was chunked."""
    got = b""
    for _, data in _chunks(session, post_id, sha):
        got += data[:length - len(got)]
        if len(got) >= length:
            break
    return got


def _digest(session: Session, post_id: str, sha: str) -> str:
    h = hashlib.sha256()
    for _, data in _chunks(session, post_id, sha):
        h.update(data)
    return h.hexdigest()


def readable_post(session: Session, ctx: DeviceContext, sha: str) -> tuple[str, int] | None:
    """The post area (and size) the device may download `sha` from: a complete blob that a live
    attachment record visible to the device points at; None otherwise."""
    query = select(Record.post_id).where(Record.sha256 == sha, Record.type == kinds.ATTACHMENT.name, Record.deleted.is_(False))
    if not ctx.reads_all:
        query = query.where(Record.post_id == ctx.post_id)
    for post_id in session.scalars(query.distinct()):
        blob = session.get(Blob, (post_id, sha))
        if blob is not None and blob.complete:
            return post_id, blob.size
    return None


def stream(db: Database, post_id: str, sha: str, start: int, end: int) -> Iterator[bytes]:
    """Bytes start..end (inclusive), one chunk per short read transaction."""
    position = start
    while position <= end:
        with db.read() as s:
            got = next(_chunks(s, post_id, sha, position), None)
        if got is None:
            return
        offset, data = got
        piece = data[position - offset:end + 1 - offset]
        if not piece:
            return
        yield piece
        position += len(piece)

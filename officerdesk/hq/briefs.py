"""Finalised briefs at HQ: a post files a brief whose PDF it has uploaded as a blob.

The PDF travels like an attachment's file (HEAD/PATCH /v1/blobs/{sha256}: resumable, in chunks
below the request body limit, its SHA-256 checked on the last chunk), so a brief of any size up
to MAX_BLOB_BYTES reaches HQ; filing it then only links the post's complete blob to the brief's
metadata. Kept once per (post, SHA-256), like the blobs, so no post learns what another holds.
A document number is held by one brief of a post: filing another brief under it is refused.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from officerdesk.hq import audit, blobs
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.errors import HQError
from officerdesk.hq.store import BriefFile
from officerdesk.protocol.wire import BriefFiling, BriefReceipt, is_record_id

_KIND = re.compile(r"^[a-z_]{1,32}$")
CLASSIFICATIONS = ("public", "internal", "restricted")
PDF_MAGIC = b"%PDF-"


def _check(filing: BriefFiling) -> None:
    if not is_record_id(filing.id) or not _KIND.match(filing.kind) or filing.classification not in CLASSIFICATIONS \
            or len(filing.language) > 8 or len(filing.period) > 32:
        raise HQError(422, "invalid", "id, kind, classification, language or period is malformed")


def _number_taken(number: str, holder: str) -> HQError:
    return HQError(409, "doc_number_taken",
                   f"document number {number} is already held by brief {holder} of this post")


def file_brief(session: Session, ctx: DeviceContext, filing: BriefFiling) -> BriefReceipt:
    """Link the post's uploaded PDF to the brief; "duplicate" when the post filed it before."""
    _check(filing)
    sha = filing.sha256.lower()
    if session.get(BriefFile, (ctx.post_id, sha)) is not None:
        return BriefReceipt(sha256=sha, status="duplicate")
    if filing.doc_number:
        holder = session.scalar(select(BriefFile.brief_id).where(
            BriefFile.post_id == ctx.post_id, BriefFile.doc_number == filing.doc_number))
        if holder is not None:
            raise _number_taken(filing.doc_number, holder)
    size = blobs.complete_size(session, ctx.post_id, sha)
    if size is None:
        raise HQError(409, "pdf_missing", f"HQ does not have all of this PDF yet: upload it to /v1/blobs/{sha} first")
    if blobs.head(session, ctx.post_id, sha, len(PDF_MAGIC)) != PDF_MAGIC:
        raise HQError(400, "not_pdf", "the file is not a PDF")
    try:
        with session.begin_nested():  # two laptops filing one number at once: the index decides
            session.add(BriefFile(post_id=ctx.post_id, sha256=sha, brief_id=filing.id, kind=filing.kind,
                                  title=filing.title[:500], period=filing.period, language=filing.language,
                                  classification=filing.classification, device_id=ctx.device_id,
                                  officer_id=ctx.officer_id, size=size, doc_number=filing.doc_number))
    except IntegrityError:
        raise _number_taken(filing.doc_number, "another") from None
    audit.append(session, actor=ctx.actor, action="brief_received", post_id=ctx.post_id,
                 sha256=sha, brief_id=filing.id, kind=filing.kind, size=size)
    return BriefReceipt(sha256=sha, status="stored")


def readable(session: Session, ctx: DeviceContext, sha: str) -> tuple[str, int] | None:
    """The post (and size) whose filed brief `sha` the device may read: its own post's, or any
    post's for HQ roles; None otherwise."""
    query = select(BriefFile.post_id, BriefFile.size).where(BriefFile.sha256 == sha)
    if not ctx.reads_all:
        query = query.where(BriefFile.post_id == ctx.post_id)
    row = session.execute(query.order_by(BriefFile.received_at).limit(1)).first()
    return (row.post_id, row.size) if row is not None else None

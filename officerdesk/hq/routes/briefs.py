"""POST /v1/briefs: a finalised brief's PDF, idempotent by SHA-256; GET to list and fetch them."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from pydantic import BaseModel
from sqlalchemy import select

from officerdesk.core.ids import is_uuid
from officerdesk.hq import audit
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.limits import clean_json
from officerdesk.hq.routes import BYTES, ERRORS, ETAG, TRANSPORT, errors, refusal
from officerdesk.hq.store import BriefFile
from officerdesk.protocol.wire import MAX_BLOB_BYTES, BriefReceipt, BriefUpload, UtcDateTime

router = APIRouter()
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
_KIND = re.compile(r"^[a-z_]{1,32}$")


class BriefInfo(BaseModel):
    sha256: str
    id: str
    post_id: str
    kind: str
    title: str
    period: str
    language: str
    classification: str
    size: int
    received_at: UtcDateTime


def _pdf(upload: BriefUpload) -> bytes:
    try:
        pdf = base64.b64decode(upload.pdf_base64, validate=True)
    except (binascii.Error, ValueError):
        raise HQError(400, "bad_base64", "pdf_base64 is not valid base64") from None
    if len(pdf) > MAX_BLOB_BYTES:
        raise HQError(413, "too_large", f"a brief may be at most {MAX_BLOB_BYTES} bytes")
    if hashlib.sha256(pdf).hexdigest() != upload.sha256.lower():
        raise HQError(400, "hash_mismatch", "the PDF does not hash to the given sha256")
    if not pdf.startswith(b"%PDF-"):
        raise HQError(400, "not_pdf", "the file is not a PDF")
    if not is_uuid(upload.id) or not _KIND.match(upload.kind) or upload.classification not in (
            "public", "internal", "restricted") or len(upload.language) > 8 or len(upload.period) > 32:
        raise HQError(422, "invalid", "id, kind, classification, language or period is malformed")
    return pdf


@router.post("/briefs", response_model=BriefReceipt, responses={**ERRORS, 400: refusal(
    400, "`bad_base64`, `hash_mismatch` (the PDF does not hash to `sha256`), `not_pdf`, or a malformed body")},
             dependencies=[Depends(clean_json(max_string=MAX_BLOB_BYTES * 2))])
def receive_brief(body: BriefUpload, device: Device, db: DB) -> BriefReceipt:
    pdf, sha = _pdf(body), body.sha256.lower()
    with db.write() as s:
        if s.get(BriefFile, (device.post_id, sha)) is not None:
            return BriefReceipt(sha256=sha, status="duplicate")
        s.add(BriefFile(post_id=device.post_id, sha256=sha, brief_id=body.id, kind=body.kind, title=body.title[:500],
                        period=body.period, language=body.language, classification=body.classification,
                        device_id=device.device_id, officer_id=device.officer_id, size=len(pdf), pdf=pdf))
        audit.append(s, actor=device.actor, action="brief_received", post_id=device.post_id,
                     sha256=sha, brief_id=body.id, kind=body.kind, size=len(pdf))
    return BriefReceipt(sha256=sha, status="stored")


@router.get("/briefs", response_model=list[BriefInfo], responses=errors(*TRANSPORT, 401, 429))
def list_briefs(device: Device, db: DB) -> list[BriefInfo]:
    """The briefs of the device's post (every post's, for HQ analysts), newest first."""
    cols = [c for c in BriefFile.__table__.columns if c.key != "pdf"]
    query = select(*cols).order_by(BriefFile.received_at.desc()).limit(1000)
    if not device.reads_all:
        query = query.where(BriefFile.post_id == device.post_id)
    with db.read() as s:
        rows = s.execute(query).mappings().all()
    return [BriefInfo(id=r["brief_id"], **{k: v for k, v in r.items() if k in BriefInfo.model_fields}) for r in rows]


@router.get("/briefs/{sha256}", response_class=Response, responses={
    200: {"description": "the brief's PDF", "content": {"application/pdf": BYTES}, "headers": {"ETag": ETAG}},
    **ERRORS, 404: refusal(404, "no such brief for this device")})
def fetch_brief(sha256: Sha, device: Device, db: DB) -> Response:
    query = select(BriefFile.pdf).where(BriefFile.sha256 == sha256)
    if not device.reads_all:
        query = query.where(BriefFile.post_id == device.post_id)
    with db.read() as s:
        pdf = s.scalar(query.limit(1))
    if pdf is None:
        raise HQError(404, "not_found", "no such brief for this device")
    return Response(pdf, media_type="application/pdf", headers={"ETag": f'"{sha256}"'})

"""POST /v1/briefs: file a finalised brief whose PDF was uploaded as a blob; GET to list and fetch them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import select

from officerdesk.hq import blobs, briefs
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.limits import clean_json
from officerdesk.hq.routes import BYTES, ERRORS, ETAG, TRANSPORT, errors, refusal
from officerdesk.hq.store import BriefFile
from officerdesk.protocol.wire import BriefFiling, BriefReceipt, UtcDateTime

router = APIRouter()
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]


class BriefInfo(BaseModel):
    sha256: str
    id: str
    post_id: str
    kind: str
    title: str
    period: str
    language: str
    classification: str
    doc_number: str
    size: int
    received_at: UtcDateTime


@router.post("/briefs", response_model=BriefReceipt, responses={**ERRORS, 400: refusal(
    400, "`not_pdf` (the file HQ holds under `sha256` is not a PDF), or a malformed body"), 409: refusal(
    409, "`pdf_missing`: the PDF is not yet complete at HQ as a blob of the device's post; "
    "`doc_number_taken`: another brief of the post already holds `doc_number`")},
             dependencies=[Depends(clean_json())])
def file_brief(body: BriefFiling, device: Device, db: DB) -> BriefReceipt:
    """409 `pdf_missing` until the PDF is complete at HQ as the blob `sha256` of the device's post;
    409 `doc_number_taken` when another brief of the post holds the same document number."""
    with db.write() as s:
        return briefs.file_brief(s, device, body)


@router.get("/briefs", response_model=list[BriefInfo], responses=errors(*TRANSPORT, 401, 426, 429))
def list_briefs(device: Device, db: DB) -> list[BriefInfo]:
    """The briefs of the device's post (every post's, for HQ analysts), newest first."""
    query = select(*BriefFile.__table__.columns).order_by(BriefFile.received_at.desc()).limit(1000)
    if not device.reads_all:
        query = query.where(BriefFile.post_id == device.post_id)
    with db.read() as s:
        rows = s.execute(query).mappings().all()
    return [BriefInfo(id=r["brief_id"], **{k: v for k, v in r.items() if k in BriefInfo.model_fields}) for r in rows]


@router.get("/briefs/{sha256}", response_class=StreamingResponse, responses={
    200: {"description": "the brief's PDF", "content": {"application/pdf": BYTES}, "headers": {"ETag": ETAG}},
    **ERRORS, 404: refusal(404, "no such brief for this device")})
def fetch_brief(sha256: Sha, device: Device, db: DB) -> Response:
    """The PDF, streamed chunk by chunk (a brief may be far larger than one answer should hold)."""
    with db.read() as s:
        found = briefs.readable(s, device, sha256)
    if found is None:
        raise HQError(404, "not_found", "no such brief for this device")
    post_id, size = found
    return StreamingResponse(blobs.stream(db, post_id, sha256, 0, size - 1), media_type="application/pdf",
                             headers={"ETag": f'"{sha256}"', "Content-Length": str(size)})

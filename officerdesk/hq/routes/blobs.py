"""HEAD/PATCH/GET /v1/blobs/{sha256}: resumable upload into the device's post, scoped download."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from officerdesk.hq import blobs
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.routes import ERRORS
from officerdesk.protocol.wire import ascii_decimal

router = APIRouter()
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="the file's SHA-256, lowercase hex")]
_RANGE = re.compile(r"^bytes=([0-9]{1,15})-([0-9]{0,15})$")  # ASCII digits only, as every header number


@router.head("/blobs/{sha256}", responses={404: {"description": "HQ has no bytes of this file from this post"}})
def upload_state(sha256: Sha, device: Device, db: DB) -> Response:
    with db.read() as s:
        state = blobs.state(s, device.post_id, sha256)
    if state is None:
        return Response(status_code=404)
    return Response(status_code=200, headers=state.headers)


def _header_int(value: str, name: str) -> int:
    number = ascii_decimal(value, max_digits=15)
    if number is None:
        raise HQError(400, "bad_header", f"{name} must be a whole number of bytes in ASCII digits")
    return number


@router.patch("/blobs/{sha256}", status_code=204, responses=ERRORS)
async def upload_chunk(
    sha256: Sha,
    request: Request,
    device: Device,
    db: DB,
    upload_offset: Annotated[str, Header()] = "",
    upload_length: Annotated[str, Header()] = "",
) -> Response:
    """Append the body at `Upload-Offset` (409 with HQ's offset when that is not where HQ is)."""
    offset, length = _header_int(upload_offset, "Upload-Offset"), _header_int(upload_length, "Upload-Length")
    chunk = await request.body()

    def store() -> blobs.UploadState | None:
        with db.write() as s:
            return blobs.receive(s, device, sha256, offset, length, chunk)

    state = await run_in_threadpool(store)
    if state is None:
        raise HQError(400, "hash_mismatch", "the file's bytes do not hash to its name; HQ discarded them: "
                      "upload it again from offset 0")
    return Response(status_code=204, headers=state.headers)


@router.get("/blobs/{sha256}", response_class=StreamingResponse, responses={
    200: {"content": {"application/octet-stream": {}}}, 206: {"description": "a byte range"},
    404: {"description": "no visible attachment points at this file, or HQ does not have it yet"}})
def download(sha256: Sha, device: Device, db: DB, range_: Annotated[str, Header(alias="range")] = "") -> Response:
    with db.read() as s:
        found = blobs.readable_post(s, device, sha256)
    if found is None:
        raise HQError(404, "not_found", "no such file for this device")
    post_id, size = found
    start, end, status = 0, size - 1, 200
    match = _RANGE.match(range_.strip()) if range_ else None
    if match:
        start = int(match.group(1))
        end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        if start >= size or end < start:
            raise HQError(416, "bad_range", f"the file has {size} bytes",
                          {"Content-Range": f"bytes */{size}"})
        status = 206
    headers = {"Content-Length": str(end - start + 1), "Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
    if status == 206:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return StreamingResponse(blobs.stream(db, post_id, sha256, start, end), status_code=status,
                             media_type="application/octet-stream", headers=headers)

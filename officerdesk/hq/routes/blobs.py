"""HEAD/PATCH/GET /v1/blobs/{sha256}: resumable upload into the device's post, scoped download."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from officerdesk.hq import blobs
from officerdesk.hq.deps import DB, Device, Uploads
from officerdesk.hq.errors import HQError
from officerdesk.hq.routes import BYTE_COUNT, BYTES, ERRORS, ETAG, bodiless, refusal
from officerdesk.protocol.wire import ascii_decimal

router = APIRouter()
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="the file's SHA-256, lowercase hex")]
# ASCII digits only: `\d` and str.isdigit() also take other scripts' digits, and isdigit() takes
# "²" (byte 0xB2 of a Latin-1 header), which int() then refuses: a 500 instead of a 400
_RANGE = re.compile(r"^bytes=([0-9]{1,15})-([0-9]{0,15})$")
_BYTES = re.compile(r"^[0-9]{1,15}$")
_BYTES_HEADER = {"json_schema_extra": {"pattern": _BYTES.pattern}}

UPLOAD_STATE = {
    "Upload-Offset": {"description": "the bytes HQ has of the file", "required": True, "schema": BYTE_COUNT},
    "Upload-Length": {"description": "the file's size, as the upload declared it", "required": True,
                      "schema": BYTE_COUNT},
    "Upload-Complete": {"description": "1 once HQ has the whole file and checked its hash", "required": True,
                        "schema": {"type": "string", "enum": ["0", "1"]}},
}
_BINARY = {"application/octet-stream": BYTES}
_NO_FILE = "no visible attachment points at this file, or HQ does not have it yet"


@router.head("/blobs/{sha256}", response_class=Response, responses={
    200: {"description": "HQ has (some of) this file from this post", "headers": UPLOAD_STATE},
    **bodiless(ERRORS), 404: {"description": "HQ has no bytes of this file from this post (an unfinished upload "
                                             "untouched for a day, by default, is discarded): send it from 0"}})
def upload_state(sha256: Sha, device: Device, db: DB, rules: Uploads) -> Response:
    with db.read() as s:
        state = blobs.state(s, device.post_id, sha256, rules)
    if state is None:
        return Response(status_code=404)
    return Response(status_code=200, headers=state.headers)


def _header_int(value: str, name: str) -> int:
    number = ascii_decimal(value, max_digits=15)
    if number is None:
        raise HQError(400, "bad_header", f"{name} must be a whole number of bytes in ASCII digits")
    return number


_CHUNK = {"requestBody": {"required": True, "description": "the bytes from `Upload-Offset` on", "content": {
    "application/offset+octet-stream": BYTES, **_BINARY}}}


@router.patch("/blobs/{sha256}", status_code=204, response_class=Response, openapi_extra=_CHUNK, responses={
    204: {"description": "the chunk is stored", "headers": UPLOAD_STATE}, **ERRORS,
    400: refusal(400, "`bad_header`: Upload-Offset or Upload-Length is not a whole number in ASCII digits; "
                 "`length_mismatch`: the upload was started with another Upload-Length; `beyond_length`: the "
                 "chunk goes past it; `hash_mismatch`: the whole file does not hash to its name (HQ discarded "
                 "it); or any malformed body (broken gzip)."),
    409: refusal(409, "`wrong_offset`: HQ has a different number of bytes of this file; send from "
                 "`Upload-Offset`", UPLOAD_STATE),
    # 413, not 429: waiting does not help until the device finishes an upload or one expires
    # (a day), and a laptop retries a 429 at once; 413 makes it set this file aside and go on
    413: refusal(413, "`too_large`: Upload-Length is beyond HQ's limit for one file, or the body is beyond "
                 "the request limit; `upload_quota`: the chunk would take the bytes this device holds in "
                 "unfinished uploads past its quota (finish those first, or wait until they expire)")})
async def upload_chunk(
    sha256: Sha,
    request: Request,
    device: Device,
    db: DB,
    rules: Uploads,
    upload_offset: Annotated[str, Header(description="where this chunk starts in the file", **_BYTES_HEADER)],
    upload_length: Annotated[str, Header(description="the whole file's size in bytes", **_BYTES_HEADER)],
) -> Response:
    """Append the body at `Upload-Offset` (409 with HQ's offset when that is not where HQ is)."""
    offset, length = _header_int(upload_offset, "Upload-Offset"), _header_int(upload_length, "Upload-Length")
    chunk = await request.body()

    def store() -> blobs.UploadState | None:
        with db.write() as s:
            return blobs.receive(s, device, sha256, offset, length, chunk, rules)

    state = await run_in_threadpool(store)
    if state is None:
        raise HQError(400, "hash_mismatch", "the file's bytes do not hash to its name; HQ discarded them: "
                      "upload it again from offset 0")
    return Response(status_code=204, headers=state.headers)


_FILE_HEADERS = {
    "Content-Length": {"required": True, "schema": BYTE_COUNT},
    "Accept-Ranges": {"required": True, "schema": {"type": "string", "enum": ["bytes"]}},
    "ETag": ETAG,
}


@router.get("/blobs/{sha256}", response_class=StreamingResponse, responses={
    200: {"description": "the whole file", "content": _BINARY, "headers": _FILE_HEADERS},
    206: {"description": "the byte range asked for", "content": _BINARY, "headers": {
        **_FILE_HEADERS, "Content-Range": {"required": True, "schema": {"type": "string"}}}},
    **ERRORS, 404: refusal(404, _NO_FILE),
    416: refusal(416, headers={"Content-Range": {"description": "`bytes */<size>`", "required": True,
                                                 "schema": {"type": "string"}}})})
def download(sha256: Sha, device: Device, db: DB,
             range_: Annotated[str, Header(alias="range", description="`bytes=<start>-[<end>]`")] = "") -> Response:
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

"""POST /v1/enroll: a one-time code -> a device token (HQ keeps only its hash)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from officerdesk.core.clock import wall_ms_now
from officerdesk.core.ids import uuid7
from officerdesk.hq import audit
from officerdesk.hq.auth import new_token, sha256_hex, spend_code
from officerdesk.hq.database import meta_row
from officerdesk.hq.deps import DB, client_address, refusals
from officerdesk.hq.errors import HQError
from officerdesk.hq.limits import clean_json
from officerdesk.hq.refusals import failure_keys
from officerdesk.hq.routes import TRANSPORT, errors
from officerdesk.hq.store import Device, Officer, Post
from officerdesk.protocol.wire import EnrollRequest, EnrollResponse

router = APIRouter()


@router.post("/enroll", response_model=EnrollResponse, responses=errors(*TRANSPORT, 401, 422, 429),
             dependencies=[Depends(clean_json())])
def enroll(body: EnrollRequest, request: Request, db: DB) -> EnrollResponse:
    client = client_address(request)
    keys = failure_keys(client, code=body.code)
    refusals(request).check(keys)
    with db.write() as s:
        code = spend_code(s, body.code)
        if code is not None:
            officer = s.get(Officer, code.officer_id)
            assert officer is not None
            post = s.get(Post, officer.post_id)
            assert post is not None
            token = new_token()
            device = Device(id=uuid7(), token_hash=sha256_hex(token), officer_id=officer.id, post_id=post.id,
                            name=body.device_name, client_version=body.client_version, last_seq=0, seq_epoch="")
            s.add(device)
            code.device_id = device.id
            audit.append(s, actor=f"officer:{officer.id}", action="enroll", post_id=post.id,
                         device_id=device.id, device_name=body.device_name, ip=client)
            answer = EnrollResponse(
                device_id=device.id, token=token, post_id=post.id, post_code=post.code, officer_id=officer.id,
                officer_name=officer.name, role=officer.role,  # type: ignore[arg-type]
                epoch=meta_row(s).epoch, server_time_ms=wall_ms_now(),
            )
    if code is None:
        refusals(request).failed(db, keys, actor=f"ip:{client}", action="enroll_refused", reason="unknown code",
                                 code_hash=sha256_hex(body.code)[:16])
        raise HQError(401, "enrollment_refused", "the enrollment code is unknown, expired or already used; "
                      "ask HQ for a new one", {"WWW-Authenticate": "Bearer"})
    return answer

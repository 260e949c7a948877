"""POST /v1/push: a batch of mutations, applied exactly once, in one transaction."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from officerdesk.hq import audit
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.limits import clean_json
from officerdesk.hq.push import prepare_push
from officerdesk.hq.push import push as apply_push
from officerdesk.hq.routes import ERRORS, refusal
from officerdesk.protocol.wire import PushRequest, PushResponse

router = APIRouter()


@router.post("/push", response_model=PushResponse, dependencies=[Depends(clean_json())], responses={
    **ERRORS, 409: refusal(409, "`mutation_gap`: the batch does not follow the device's last mutation; "
                           "`seq_reused`: a mutation number HQ holds with other content. Nothing was applied.")})
def push(body: PushRequest, device: Device, db: DB) -> Response:
    try:
        batch = prepare_push(body)  # no database: before the write lock
        with db.write(lock_late=True) as s:
            answer = apply_push(s, device, batch)
    except HQError as exc:
        if exc.status == 409:  # the push changed nothing; the refusal itself is worth keeping
            with db.write() as s:
                audit.append(s, actor=device.actor, action="push_refused", post_id=device.post_id,
                             error=exc.error, detail=exc.detail[:300])
        raise
    # built here from validated parts: serialised once, not validated again on the way out
    return Response(answer.model_dump_json(), media_type="application/json")


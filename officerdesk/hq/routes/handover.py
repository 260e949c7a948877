"""POST /v1/handover: an administrator (or the departing officer) starts a handover from the app."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from officerdesk.hq import handover
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.limits import clean_json
from officerdesk.hq.routes import ERRORS, refusal
from officerdesk.protocol.wire import HandoverOrder, HandoverReceipt

router = APIRouter()


@router.post("/handover", response_model=HandoverReceipt, responses={
    **ERRORS,
    403: refusal(403, "`not_allowed`: only an administrator or the departing officer starts a handover"),
    404: refusal(404, "`unknown_officer`: no officer with that id"),
    409: refusal(409, "`same_officer`, `another_post`, `successor_leaving` or `day_passed` (see `detail`)"),
}, dependencies=[Depends(clean_json())])
def start_handover(body: HandoverOrder, device: Device, db: DB) -> HandoverReceipt:
    try:
        with db.write() as s:
            done = handover.start(s, from_id=body.from_officer_id, to_id=body.to_officer_id, on=body.on,
                                  actor=device.actor, caller=device)
    except handover.HandoverRefused as exc:
        raise HQError(exc.status, exc.error, str(exc)) from None
    return done

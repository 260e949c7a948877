"""Key escrow: GET/PUT /v1/escrow (a device deposits its sealed database key), POST
/v1/escrow/recover (a recovery code's lookup -> the box only the code opens: the key and the next
token), POST /v1/escrow/recover/spend (proof the box was opened -> the code is spent, the token
live), POST /v1/device/retire (a replaced device revokes itself once its backup is taken in)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from officerdesk.hq import escrow
from officerdesk.hq.deps import DB, Device, client_address, refusals
from officerdesk.hq.errors import HQError
from officerdesk.hq.escrow_key import EscrowPublic
from officerdesk.hq.limits import clean_json
from officerdesk.hq.refusals import failure_keys
from officerdesk.hq.routes import ERRORS, TRANSPORT, errors, refusal
from officerdesk.protocol import sealing
from officerdesk.protocol.wire import (
    DeviceRetirement,
    EscrowDeposit,
    EscrowKey,
    EscrowReceipt,
    RecoveryBox,
    RecoveryReceipt,
    RecoveryRequest,
    RecoverySpend,
    RetirementReceipt,
)

router = APIRouter()
_NO_KEY = refusal(404, "`no_escrow_key`: HQ has no escrow key yet (`officerdesk-hq admin escrow-init`)")


def _escrow_key(request: Request) -> EscrowPublic | None:
    found: EscrowPublic | None = request.app.state.escrow
    return found


@router.get("/escrow", response_model=EscrowKey, responses={**ERRORS, 404: _NO_KEY})
def escrow_key(request: Request, _device: Device) -> EscrowKey:
    found = _escrow_key(request)
    if found is None:
        raise HQError(404, "no_escrow_key", "HQ has no escrow key yet; an administrator runs `admin escrow-init`")
    return EscrowKey(key_id=found.key_id, public_key=sealing.b64(found.public))


@router.put("/escrow", response_model=EscrowReceipt, responses={**ERRORS, 404: _NO_KEY, 409: refusal(
    409, "`escrow_key_changed`: the deposit is sealed to an escrow key HQ no longer uses")},
            dependencies=[Depends(clean_json())])
def deposit(body: EscrowDeposit, request: Request, device: Device, db: DB) -> EscrowReceipt:
    with db.write() as s:
        return escrow.deposit(s, device, body, _escrow_key(request))


def _refused() -> HQError:
    return HQError(401, "recovery_refused", "the recovery code is unknown, expired or already used; "
                   "ask HQ for a new one", {"WWW-Authenticate": "Bearer"})


@router.post("/escrow/recover", response_model=RecoveryBox, responses={
    **errors(*TRANSPORT, 401, 422, 429),
    409: refusal(409, "`wrong_device`: the code is for another device than the one named; it is not spent")},
             dependencies=[Depends(clean_json())])
def recovery_box(body: RecoveryRequest, request: Request, db: DB) -> RecoveryBox:
    client = client_address(request)
    # counted per address and lookup prefix, as enrolment codes per code prefix: guessing a lookup
    # is guessing the 100-bit code
    keys = failure_keys(client, code=body.lookup)
    refusals(request).check(keys)
    with db.write() as s:
        answer = escrow.recovery_box(s, body, ip=client)
    if answer is None:
        refusals(request).failed(db, keys, actor=f"ip:{client}", action="recovery_refused", reason="unknown code",
                                 lookup_hash=escrow.lookup_hash(body.lookup)[:16])
        raise _refused()
    return answer


@router.post("/escrow/recover/spend", response_model=RecoveryReceipt, responses={
    **errors(*TRANSPORT, 401, 422, 429)}, dependencies=[Depends(clean_json())])
def spend(body: RecoverySpend, request: Request, db: DB) -> RecoveryReceipt:
    client = client_address(request)
    keys = failure_keys(client, code=body.lookup)
    refusals(request).check(keys)
    with db.write() as s:
        receipt = escrow.spend(s, body, ip=client)
    if receipt is None:
        refusals(request).failed(db, keys, actor=f"ip:{client}", action="recovery_refused", reason="not spent",
                                 lookup_hash=escrow.lookup_hash(body.lookup)[:16])
        raise _refused()
    return receipt


@router.post("/device/retire", response_model=RetirementReceipt, responses={**ERRORS, 409: refusal(
    409, "`not_successor`: the successor is not another live device of the same officer")},
             dependencies=[Depends(clean_json())])
def retire(body: DeviceRetirement, device: Device, db: DB) -> RetirementReceipt:
    with db.write() as s:
        return escrow.retire(s, device, body.successor_device_id)

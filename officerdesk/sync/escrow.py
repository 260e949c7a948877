"""The laptop's side of key escrow: deposit the database key sealed to HQ's escrow key, and
recover it (with a new device token) from a one-time recovery code (docs/hq.md, "Key escrow").
The code never leaves the laptop: HQ is sent a lookup derived from it and answers with a box the
code opens here (protocol/recovery_code.py).

Nothing here reads or writes the keyring: the callers (officerdesk/recovery.py, enrolment) decide
where the key and token go, after proving the key opens the database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import httpx

from officerdesk.core.clock import wall_ms_now
from officerdesk.core.store.db import Store
from officerdesk.errors import AuthError, NetworkError, UserError
from officerdesk.protocol import recovery_code, sealing
from officerdesk.protocol import wire as p
from officerdesk.sync.client import HQClient, ProtocolRefused, ServerError, check_url
from officerdesk.sync.enrolment import hq_settings, save_hq_settings

RECHECK_MS = 24 * 3600 * 1000  # how often to ask an HQ that had no escrow key again
log = logging.getLogger("officerdesk.sync")
T = TypeVar("T")


@dataclass(frozen=True)
class RecoveredDevice:
    device_id: str
    post_code: str
    officer_name: str
    key: bytes
    token: str


def deposit(client: HQClient, device_id: str, key: bytes) -> str:
    """Seal the key to HQ's escrow key and deposit it; the escrow key's id, or "" when HQ has none."""
    escrow = client.escrow_key()
    if escrow is None:
        return ""
    public = sealing.unb64(escrow.public_key)
    if sealing.key_id(public) != escrow.key_id:
        raise ServerError("HQ's escrow key does not match its id; nothing was deposited")
    box = sealing.seal(public, key, sealing.context(sealing.ESCROW, device_id))
    receipt = client.escrow_deposit(p.EscrowDeposit(key_id=escrow.key_id, sealed=sealing.b64(box)))
    return receipt.key_id


def escrow_if_due(store: Store, client: HQClient, device_id: Callable[[], str]) -> str:
    """Deposit the key unless HQ already holds it (hq.json says under which escrow key); an HQ
    without an escrow key is asked again a day later. Never fails the caller: a laptop that could
    not deposit tries again after its next sync."""
    settings = hq_settings(store.paths)
    if settings.get("escrow_key_id") or wall_ms_now() - int(settings.get("escrow_checked_ms") or 0) < RECHECK_MS:
        return str(settings.get("escrow_key_id") or "")
    try:
        key_id = deposit(client, device_id(), store.key)
    except (NetworkError, UserError) as exc:
        log.warning("the database key was not escrowed at HQ this time: %s", exc)
        return ""
    save_hq_settings(store.paths, escrow_key_id=key_id, escrow_checked_ms=wall_ms_now())
    return key_id


def recover(hq_url: str, code: str, *, device_id: str | None = None, ca_bundle: str | None = None,
            transport: httpx.BaseTransport | None = None,
            check: Callable[[RecoveredDevice], None] | None = None) -> RecoveredDevice:
    """Fetch the box the code names, open it here, then spend the code. `check` sees what the box
    holds before the code is spent and may refuse it (raise), leaving the code for another try."""
    if not recovery_code.well_formed(code):
        raise UserError("The recovery code is the 20 letters and digits HQ gave you (XXXX-XXXX-XXXX-XXXX-XXXX); "
                        "nothing was sent to HQ.",
                        "복구 코드는 본부에서 받은 영문자와 숫자 20자입니다(XXXX-XXXX-XXXX-XXXX-XXXX). "
                        "본부에 아무것도 보내지 않았습니다.")
    lookup = recovery_code.lookup(code)
    try:
        request = p.RecoveryRequest(lookup=lookup, device_id=device_id or None)
    except ValueError:
        raise UserError(f"This profile's hq.json names a device id that is not one ({device_id!r}); "
                        "nothing was sent to HQ.",
                        f"이 프로필의 hq.json에 있는 기기 ID({device_id!r})가 올바르지 않습니다. "
                        "본부에 아무것도 보내지 않았습니다.") from None
    with HQClient(check_url(hq_url), ca_bundle=ca_bundle, transport=transport) as client:
        answer = _with_refusals(lambda: client.recovery_box(request))
        if device_id and answer.device_id != device_id:
            raise ServerError("HQ answered for another device than the one asked")
        try:  # the device id is the box's associated data: an answer relabelled on the way does not open
            box = recovery_code.open_box(code, answer.device_id, answer.sealed)
        except sealing.SealError:
            raise ServerError("HQ's recovery box does not open with this code; nothing was spent") from None
        got = RecoveredDevice(answer.device_id, answer.post_code, answer.officer_name, box.key, box.token)
        if check is not None:
            check(got)
        _with_refusals(lambda: client.spend_recovery(p.RecoverySpend(lookup=lookup, proof=box.proof)))
    return got


def _with_refusals(call: Callable[[], T]) -> T:
    try:
        return call()
    except AuthError:
        raise UserError("HQ refused the recovery code: it is unknown, expired or already used. Ask HQ for a new one.",
                        "본부 서버가 복구 코드를 거부했습니다(없거나 만료되었거나 이미 사용됨). 새 코드를 요청하십시오.") from None
    except ProtocolRefused as exc:
        if exc.code != "wrong_device":
            raise
        raise UserError("This recovery code was issued for another device than this laptop; it was not spent. "
                        "Ask HQ for a code for this laptop's device.",
                        "이 복구 코드는 다른 기기용입니다(사용되지 않음). 이 노트북 기기용 코드를 요청하십시오.") from None

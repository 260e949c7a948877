"""The laptop's side of key escrow: deposit the database key sealed to HQ's escrow key, and
recover it (with a new device token) from a one-time recovery code (docs/hq.md, "Key escrow").

Nothing here reads or writes the keyring: the callers (officerdesk/recovery.py, enrolment) decide
where the key and token go, after proving the key opens the database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from officerdesk.core.clock import wall_ms_now
from officerdesk.core.store.db import Store
from officerdesk.errors import AuthError, NetworkError, UserError
from officerdesk.protocol import sealing
from officerdesk.protocol import wire as p
from officerdesk.sync.client import HQClient, ProtocolRefused, ServerError, check_url
from officerdesk.sync.enrolment import hq_settings, save_hq_settings

KEY_BYTES = 32
RECHECK_MS = 24 * 3600 * 1000  # how often to ask an HQ that had no escrow key again
log = logging.getLogger("officerdesk.sync")


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
            transport: httpx.BaseTransport | None = None) -> RecoveredDevice:
    """Spend a recovery code: the key and a new token arrive sealed to a key made for this call only."""
    one_time = X25519PrivateKey.generate()
    public = sealing.b64(one_time.public_key().public_bytes_raw())
    try:
        p.RecoveryRequest(code=code.strip(), public_key=public)
    except ValueError:
        raise UserError("The recovery code must be the 4 to 64 characters HQ gave you.",
                        "복구 코드는 본부에서 받은 4~64자여야 합니다.") from None
    try:
        request = p.RecoveryRequest(code=code.strip(), public_key=public, device_id=device_id or None)
    except ValueError:
        raise UserError(f"This profile's hq.json names a device id that is not one ({device_id!r}); "
                        "nothing was sent to HQ.",
                        f"이 프로필의 hq.json에 있는 기기 ID({device_id!r})가 올바르지 않습니다. "
                        "본부에 아무것도 보내지 않았습니다.") from None
    with HQClient(check_url(hq_url), ca_bundle=ca_bundle, transport=transport) as client:
        try:
            answer = client.recover(request)
        except AuthError:
            raise UserError("HQ refused the recovery code: it is unknown, expired or already used. Ask HQ for a new one.",
                            "본부 서버가 복구 코드를 거부했습니다(없거나 만료되었거나 이미 사용됨). 새 코드를 요청하십시오.") from None
        except ProtocolRefused as exc:
            if exc.code != "wrong_device":
                raise
            raise UserError("This recovery code was issued for another device than this laptop; it was not spent. "
                            "Ask HQ for a code for this laptop's device.",
                            "이 복구 코드는 다른 기기용입니다(사용되지 않음). 이 노트북 기기용 코드를 요청하십시오.") from None
    if device_id and answer.device_id != device_id:
        raise ServerError("HQ answered for another device than the one asked")
    try:
        plain = sealing.open_sealed(one_time, sealing.unb64(answer.sealed),
                                    sealing.context(sealing.RECOVERY, answer.device_id))
    except (sealing.SealError, ValueError):
        raise ServerError("HQ's answer does not open with this laptop's one-time key") from None
    key, token = plain[:KEY_BYTES], plain[KEY_BYTES:].decode("ascii", "replace")
    if len(key) != KEY_BYTES or not token:
        raise ServerError("HQ's answer does not hold a database key and a token")
    return RecoveredDevice(answer.device_id, answer.post_code, answer.officer_name, key, token)

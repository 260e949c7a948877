"""The recovery code never leaves the laptop (docs/hq.md, "Threats"): every request of a real
recovery against a real HQ on loopback is recorded as a TLS-terminating proxy would see it, and
neither the code nor the key nor the new token is in any of them; another party replaying them, or
acting on the lookup before the laptop, gets nothing it can use and spends nothing."""

from __future__ import annotations

import base64
import gzip
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hq_harness import HQ
from sqlalchemy import select

from officerdesk import recovery, secrets
from officerdesk.errors import UserError
from officerdesk.hq.store import AuditEntry, Device
from officerdesk.paths import profile_paths
from officerdesk.profiles import open_store
from officerdesk.protocol import recovery_code, sealing
from officerdesk.protocol import wire as p
from tests.hq.escrow_hq import EscrowHQ, audit_rows, enrolled_laptop, hq_db, start
from tests.hq.escrow_hq import recovery_code as issue

OTHER_CODE = "AAAA-BBBB-CCCC-DDDD-EEEE"


@pytest.fixture(scope="module")
def escrow_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EscrowHQ]:
    yield from start(tmp_path_factory.mktemp("code-stays"), free_failures=50)


class Recorder(httpx.BaseTransport):
    """The laptop's transport, keeping each request whole as it leaves (the proxy's view)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _as_seen(request: httpx.Request) -> str:
    body = request.content
    if request.headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    headers = "\n".join(f"{k}: {v}" for k, v in request.headers.items())
    return f"{request.method} {request.url}\n{headers}\n\n{body.decode('utf-8', 'replace')}".lower()


def _secret_forms(code: str, key: bytes, token: str) -> list[str]:
    """The code whole or any 8 of its symbols in a row (40 bits: never there by chance), the key's
    bytes as hex or base64, the token."""
    plain = recovery_code.normalise_code(code)
    pieces = [plain[i:i + 8] for i in range(len(plain) - 7)]
    return [s.lower() for s in (code, *pieces, key.hex(), token,
                                base64.urlsafe_b64encode(key).decode()[:40], base64.b64encode(key).decode()[:40])]


def _token_is(hq: EscrowHQ, device_id: str, token: str) -> bool:
    db = hq_db(hq)
    try:
        with db.read() as s:
            device = s.get(Device, device_id)
            assert device is not None
            return device.token_hash == hashlib.sha256(token.encode()).hexdigest() and device.revoked_at is None
    finally:
        db.dispose()


def _locked(hq: EscrowHQ, root: Path, name: str) -> tuple[str, str, bytes]:
    profile_id, device_id = enrolled_laptop(hq, root, name)
    key = secrets.database_key(profile_id)
    assert key is not None
    secrets.forget_database_key(profile_id)
    secrets.forget_device_token(profile_id)
    return profile_id, device_id, key


def test_no_request_of_a_recovery_carries_the_code_and_a_replay_of_them_gets_nothing_usable(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    hq = escrow_hq
    root = tmp_path / "laptop"
    profile_id, device_id, key = _locked(hq, root, "김민수")
    code = issue(hq, device_id)
    wire = Recorder()
    recovery.recover_with_code(root, code, transport=wire)
    token = secrets.device_token(profile_id)
    assert secrets.database_key(profile_id) == key and token

    assert [(r.method, r.url.path) for r in wire.sent] == [
        ("POST", "/v1/escrow/recover"), ("POST", "/v1/escrow/recover/spend")]
    forms = _secret_forms(code, key, token)
    for request in wire.sent:
        seen = _as_seen(request)
        assert not [form for form in forms if form in seen], f"{request.url.path} carries a secret"
        assert "authorization" not in seen  # no token of any kind goes with a recovery

    # another party replays what it recorded, in order, from its own client
    with httpx.Client() as other:
        answers = [other.request(r.method, str(r.url), headers={"Content-Type": "application/json"},
                                 content=r.content) for r in wire.sent]
    box_again, spend_again = answers
    assert box_again.status_code == 401 and box_again.json()["error"] == "recovery_refused"  # the box is erased
    assert spend_again.status_code == 200  # the same proof's receipt: no key, no token
    assert p.RecoveryReceipt.model_validate(spend_again.json()).device_id == device_id
    for answer in answers:
        assert not [form for form in forms if form in answer.text.lower()]
    assert _token_is(hq, device_id, token), "the laptop's token is still the device's"
    open_store(root).close()  # and the key opens the profile


def test_a_party_holding_the_lookup_before_the_laptop_gets_a_box_it_cannot_open_and_spends_nothing(
        escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    hq = escrow_hq
    root = tmp_path / "laptop"
    profile_id, device_id, key = _locked(hq, root, "이영희")
    code = issue(hq, device_id)
    lookup = recovery_code.lookup(code)  # what a proxy would read in the laptop's first request
    with httpx.Client(base_url=hq.url) as other:
        fetched = other.post("/v1/escrow/recover", json={"lookup": lookup})
        assert fetched.status_code == 200
        box = p.RecoveryBox.model_validate(fetched.json())
        raw = sealing.unb64(box.sealed)
        assert key not in raw and key.hex() not in fetched.text
        with pytest.raises(sealing.SealError):
            recovery_code.open_box(OTHER_CODE, device_id, box.sealed)
        with pytest.raises(sealing.SealError):  # nor moved to another device's name
            recovery_code.open_box(code, "0" * 8 + "-0000-4000-8000-" + "0" * 12, box.sealed)
        forged = other.post("/v1/escrow/recover/spend", json={"lookup": lookup, "proof": "0" * 64})
        assert forged.status_code == 401 and forged.json()["error"] == "recovery_refused"
        bad = other.post("/v1/escrow/recover", json={"lookup": lookup, "code": code})
        assert bad.status_code == 422 and code not in bad.text  # the old request's field is refused, not echoed
    assert audit_rows(hq, "recovery_box_sent"), "who fetched a box is on record"

    done = recovery.recover_with_code(root, code)  # nothing was spent: the laptop still recovers
    assert done.device_id == device_id and secrets.database_key(profile_id) == key
    token = secrets.device_token(profile_id)
    assert token and _token_is(hq, device_id, token)


def test_a_key_that_does_not_open_this_database_leaves_the_code_unspent(escrow_hq: EscrowHQ, tmp_path: Path) -> None:
    hq = escrow_hq
    a, b = tmp_path / "a", tmp_path / "b"
    profile_a, device_a, key_a = _locked(hq, a, "박지훈")
    enrolled_laptop(hq, b, "정수진")
    database = profile_paths(a).database
    kept = tmp_path / "a.db"
    shutil.copyfile(database, kept)
    shutil.copyfile(profile_paths(b).database, database)  # another laptop's database under a's profile
    code = issue(hq, device_a)
    with pytest.raises(UserError, match="does not open"):
        recovery.recover_with_code(a, code)
    assert secrets.database_key(profile_a) is None
    shutil.copyfile(kept, database)
    recovery.recover_with_code(a, code)
    assert secrets.database_key(profile_a) == key_a


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_wrong_lookups_and_forged_proofs_count_towards_the_same_back_off(hq: HQ) -> None:
    for i in range(6):  # BackoffRules.free, and the failure beyond it; alternating the two steps
        path, body = (("/v1/escrow/recover", {"lookup": f"{i:064x}"}) if i % 2 else
                      ("/v1/escrow/recover/spend", {"lookup": f"{i:064x}", "proof": "0" * 64}))
        refused = hq.http.post(path, json=body)
        assert refused.status_code == 401 and refused.json()["error"] == "recovery_refused", path
    held = hq.http.post("/v1/escrow/recover", json={"lookup": "f" * 64})
    assert held.status_code == 429 and int(held.headers["Retry-After"]) >= 1
    with hq.db.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "recovery_refused")))
    assert rows and all(len(r.detail["lookup_hash"]) == 16 for r in rows)

"""HQ stays up under abuse: real `officerdesk-hq serve` processes, flooded and stalled from loopback."""

from __future__ import annotations

import json
import secrets
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from flood import Served, meta_seconds, raise_own_limit, serve, stalled_uploads
from hq_harness import HQ
from sqlalchemy import select

from officerdesk.hq.errors import HQError
from officerdesk.hq.refusals import BackoffRules, Refusals, failure_keys
from officerdesk.hq.store import AuditEntry
from officerdesk.protocol.wire import ascii_decimal, is_json_media_type

FLOOD = 1500


def _answer(sock: socket.socket, limit: float = 10.0) -> tuple[int, dict[str, str]]:
    """Read one response until HQ closes the connection: (status, JSON body)."""
    sock.settimeout(limit)
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


@pytest.fixture(autouse=True)
def _enough_descriptors() -> None:
    raise_own_limit(FLOOD + 256)


def test_stalled_uploads_from_one_address_leave_meta_answering(tmp_path: Path) -> None:
    with serve(tmp_path, "--max-per-address", "50") as hq, stalled_uploads(hq.port, FLOOD):
        seconds = meta_seconds(hq.url)
        assert seconds < 3, seconds
        assert hq.descriptors() < 50 + 100  # the flood's 50, plus the process's own
        assert hq.process.poll() is None


def test_the_total_cap_alone_keeps_meta_answering(tmp_path: Path) -> None:
    """No per-address cap, and the flood comes from the same address as the laptop: the oldest
    stalled connection makes room for the newcomer, and descriptors stay under the limit."""
    with serve(tmp_path, "--max-per-address", "0") as hq, stalled_uploads(hq.port, FLOOD, source="127.0.0.1"):
        for _ in range(3):
            seconds = meta_seconds(hq.url)
            assert seconds < 3, seconds
        assert 1024 - 128 - 10 < hq.descriptors() < 1024
        assert hq.process.poll() is None


def test_silent_and_stalled_connections_get_408_and_are_closed(tmp_path: Path) -> None:
    with serve(tmp_path, "--header-seconds", "1", "--body-seconds", "1") as hq:
        silent = socket.create_connection(("127.0.0.1", hq.port))
        half_headers = socket.create_connection(("127.0.0.1", hq.port))
        half_headers.sendall(b"GET /v1/meta HTTP/1.1\r\nHost: hq\r\n")
        stalled = socket.create_connection(("127.0.0.1", hq.port))
        stalled.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: hq\r\nContent-Type: application/json\r\n"
                        b"Content-Length: 100\r\n\r\n{\"code\": ")
        start = time.monotonic()
        assert _answer(silent) == (408, {"error": "header_timeout", "detail": pytest.approx(
            "the request's headers did not arrive within 1 seconds")})
        assert _answer(half_headers)[1]["error"] == "header_timeout"
        assert _answer(stalled) == (408, {"error": "body_timeout",
                                          "detail": "the request body did not arrive within 1 seconds"})
        assert time.monotonic() - start < 5
        for sock in (silent, half_headers, stalled):
            sock.close()


def test_a_non_ascii_content_length_is_a_400_error_body(tmp_path: Path) -> None:
    with serve(tmp_path) as hq, socket.create_connection(("127.0.0.1", hq.port)) as sock:
        sock.sendall(b"POST /v1/enroll HTTP/1.1\r\nHost: hq\r\nContent-Type: application/json\r\n"
                     b"Content-Length: \xb2\r\n\r\n{}")
        status, body = _answer(sock)
        assert status == 400 and body["error"] == "bad_request"


def test_header_numbers_and_media_types_follow_one_rule() -> None:
    assert [ascii_decimal(t) for t in ("0", "42", " 7\t", "²", "\uff11", "\u0661", "-1", "+1", "1_0", "", "1" * 19)] == [
        0, 42, 7, None, None, None, None, None, None, None, None]
    assert all(map(is_json_media_type, ("application/json", "Application/JSON; charset=UTF-8",
                                        "application/problem+JSON", " application/json ")))
    assert not any(map(is_json_media_type, ("text/json", "application/jsonx", "application/json-seq",
                                            "text/plain", "", "application/")))


def _enrolled(hq: Served, name: str) -> str:
    officer = hq.admin("create-officer", "--post", "WAS", "--name", name)
    code = hq.admin("enroll-code", "--officer", officer)
    resp = httpx.post(hq.url + "/v1/enroll", json={"code": code, "device_name": name})
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


def test_failed_tokens_back_off_per_address_and_spare_known_devices(tmp_path: Path) -> None:
    """From 127.0.0.2 (one embassy's NAT): a laptop that synced before keeps working while a
    guesser backs off; a newly enrolled one waits out the back-off; 127.0.0.1 is not affected."""
    with serve(tmp_path) as hq:
        hq.admin("create-post", "WAS", "--name-en", "Washington", "--name-ko", "워싱턴", "--country", "US",
                 "--tz", "America/New_York")
        known, new = _enrolled(hq, "known"), _enrolled(hq, "new")
        nat = httpx.Client(base_url=hq.url, transport=httpx.HTTPTransport(local_address="127.0.0.2"), timeout=5)
        with nat:
            def pull(token: str) -> httpx.Response:
                return nat.get("/v1/pull", headers={"Authorization": f"Bearer {token}"})

            assert pull(known).status_code == 200
            statuses = [pull(secrets.token_urlsafe(32)).status_code for _ in range(7)]
            assert statuses[:6] == [401] * 6 and statuses[6] == 429
            refused = pull(new)
            assert refused.status_code == 429 and refused.json()["error"] == "too_many_failures"
            wait = int(refused.headers["Retry-After"])
            assert 1 <= wait <= 60
            assert pull(known).status_code == 200  # a token HQ accepted before is not held back
            other = httpx.get(hq.url + "/v1/pull", headers={"Authorization": f"Bearer {secrets.token_urlsafe(32)}"})
            assert other.status_code == 401  # another address is not backed off
            time.sleep(wait + 0.2)
            assert pull(new).status_code == 200
        audit = hq.admin("verify-audit")
        assert "intact" in audit


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _audit_rows(hq: HQ) -> list[tuple[str, dict[str, Any]]]:
    with hq.db.read() as s:
        return [(a.action, a.detail) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
                if a.action.startswith("auth_failed")]


def _retry_after(refusals: Refusals, keys: list[str]) -> str | None:
    try:
        refusals.check(keys)
    except HQError as refused:
        assert refused.status == 429
        return refused.headers["Retry-After"]
    return None


def test_back_off_doubles_to_its_cap_and_repeats_are_summarised(hq: HQ) -> None:
    clock = FakeClock()
    refusals = Refusals(BackoffRules(free=2, first_wait=1, longest_wait=4, forget_after=100, window=10), clock)
    keys = failure_keys("192.0.2.7", token="A" * 43)
    waits = []
    for _ in range(6):
        refusals.failed(hq.db, keys, actor="ip:192.0.2.7", action="auth_failed", reason="unknown token")
        waits.append(_retry_after(refusals, keys))
        clock.now += 0.5
    assert waits == [None, None, "1", "2", "4", "4"]
    refusals.check(failure_keys("192.0.2.8"))  # another address, another token prefix: no wait
    assert _audit_rows(hq) == [("auth_failed", {"reason": "unknown token"})]  # the first, at once
    clock.now += 10
    assert refusals.flush(hq.db) == 1
    [_first, (action, summary)] = _audit_rows(hq)
    assert action == "auth_failed_summary" and summary["count"] == 5 and summary["first"] <= summary["last"]
    clock.now += 101  # quiet for longer than forget_after: a fresh start
    refusals.failed(hq.db, keys, actor="ip:192.0.2.7", action="auth_failed", reason="unknown token")
    assert _retry_after(refusals, keys) is None


def test_a_flood_of_bad_tokens_writes_one_audit_row(hq: HQ) -> None:
    for _ in range(20):
        assert hq.http.get("/v1/pull", headers={"Authorization": "Bearer " + "B" * 43}).status_code in (401, 429)
    assert len(_audit_rows(hq)) == 1

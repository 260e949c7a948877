"""HQ stays up under abuse: real `officerdesk-hq serve` processes, flooded and stalled from loopback."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from flood import meta_seconds, raise_own_limit, serve, stalled_uploads

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

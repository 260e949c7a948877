"""The HQ client against scripted servers: retries, refusals, hostile answers, stalls, TLS rules."""

from __future__ import annotations

import gzip
import json
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest

from officerdesk.errors import AuthError, NetworkError, UserError
from officerdesk.protocol import wire as p
from officerdesk.sync.client import HQClient, Retry, ServerError, check_url
from tests.certs import self_signed

META = {"server_time_ms": 1_700_000_000_000, "epoch": "e1", "min_client_version": "0.1.0"}
PAGE = {"changes": [], "next_cursor": 0, "has_more": False, "epoch": "e1"}


def client_for(handler: Callable[[httpx.Request], httpx.Response], **kw: object) -> tuple[HQClient, list[float]]:
    sleeps: list[float] = []
    client = HQClient("http://127.0.0.1:9", "tok", transport=httpx.MockTransport(handler),
                      sleep=sleeps.append, **kw)  # type: ignore[arg-type]
    return client, sleeps


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:80", "https://hq.example.org"])
def test_loopback_http_and_any_https_are_accepted(url: str) -> None:
    assert check_url(url + "/") == url


@pytest.mark.parametrize("url", ["http://hq.example.org", "http://10.0.0.5:8765", "ftp://127.0.0.1", "hq.example.org"])
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(UserError) as err:
        HQClient(url, "tok")
    assert "http" in str(err.value)
    assert err.value.message_ko != err.value.message


def test_transient_failures_are_retried_with_jittered_backoff() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused")
        if len(calls) in (2, 3):
            return httpx.Response(503 if len(calls) == 2 else 429, json={"error": "busy"})
        return httpx.Response(200, json=PAGE)

    client, sleeps = client_for(handler, retry=Retry(attempts=5, base=1.0, cap=10.0))
    page = client.pull(0)
    assert page.next_cursor == 0 and len(calls) == 4
    assert len(sleeps) == 3
    assert all(0 <= s <= 10.0 for s in sleeps)
    assert sleeps[0] <= 1.0 and sleeps[1] <= 2.0  # full jitter under an exponential cap
    assert calls[0].headers["Authorization"] == "Bearer tok"


def test_retries_are_bounded() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(502, text="bad gateway")

    client, sleeps = client_for(handler, retry=Retry(attempts=3))
    with pytest.raises(NetworkError, match="502"):
        client.meta()
    assert len(calls) == 3 and len(sleeps) == 2


def test_enrolment_is_not_repeated_after_it_reached_hq() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ReadTimeout("no answer")

    client, _ = client_for(handler)
    with pytest.raises(NetworkError):
        client.enroll("ABCD-1234")
    assert len(calls) == 1, "a one-time code may have been spent: never send it twice"


def test_401_is_an_auth_error_and_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(401, json={"error": "unauthorized", "detail": "device revoked"})

    client, _ = client_for(handler)
    with pytest.raises(AuthError, match="revoked"):
        client.pull(0)
    assert len(calls) == 1


def test_large_request_bodies_travel_gzipped() -> None:
    seen: dict[str, object] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["encoding"] = request.headers.get("Content-Encoding")
        body = json.loads(gzip.decompress(request.content))
        seen["n"] = len(body["mutations"])
        return httpx.Response(200, json={"results": [{"seq": m["seq"], "status": "applied"} for m in body["mutations"]],
                                         "last_seq": 50, "server_time_ms": 1})

    client, _ = client_for(handler)
    muts = [p.Mutation(seq=i, name="upsert", args={"type": "contact", "id": str(i), "fields": {"notes": "x" * 50}}, hlc="0" * 17)
            for i in range(1, 51)]
    answer = client.push(muts)
    assert seen == {"encoding": "gzip", "n": 50}
    assert answer.last_seq == 50


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>captive portal</html>"),
        httpx.Response(200, json={"changes": "nope", "next_cursor": 1, "has_more": False, "epoch": "e"}),
        httpx.Response(200, json={**PAGE, "unexpected": 1}),
        httpx.Response(200, json={"changes": [{"seq": 5, "type": "contact", "id": "x", "post_id": "p", "field": "name",
                                               "value": "a", "hlc": "0" * 17, "site_id": "s"}],
                                  "next_cursor": 3, "has_more": False, "epoch": "e"}),
        httpx.Response(200, content=b"[" * 100_000),
    ],
    ids=["html", "wrong-shape", "extra-field", "cursor-backwards", "deep-nesting"],
)
def test_malformed_answers_are_a_clear_error(response: httpx.Response) -> None:
    client, _ = client_for(lambda r: response)
    with pytest.raises(ServerError) as err:
        client.pull(0)
    assert "nothing on this laptop was changed" in str(err.value)


def test_huge_and_bomb_answers_stop_at_the_limit() -> None:
    huge = b'{"x":"' + b"a" * (p.MAX_BODY_BYTES * 4 + 10) + b'"}'
    client, _ = client_for(lambda r: httpx.Response(200, content=huge))
    with pytest.raises(ServerError, match="large"):
        client.meta()
    bomb = gzip.compress(b" " * (p.MAX_BODY_BYTES * 4 + 10))
    assert len(bomb) < 200_000
    client, _ = client_for(lambda r: httpx.Response(200, content=bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(ServerError, match="large"):
        client.meta()


def test_push_answer_naming_unsent_mutations_is_refused() -> None:
    client, _ = client_for(lambda r: httpx.Response(200, json={"results": [{"seq": 99, "status": "applied"}], "last_seq": 99, "server_time_ms": 1}))
    with pytest.raises(ServerError):
        client.push([p.Mutation(seq=1, name="upsert", args={}, hlc="0" * 17)])


@pytest.fixture
def stalling_server() -> Iterator[int]:
    """A real loopback server that answers with headers and part of a body, then goes silent."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    stop = threading.Event()
    conns: list[socket.socket] = []

    def serve() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            conns.append(conn)
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"serv")

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield srv.getsockname()[1]
    stop.set()
    t.join()
    for c in conns:
        c.close()
    srv.close()


def test_a_stalled_answer_fails_on_the_stall_timeout(stalling_server: int) -> None:
    client = HQClient(f"http://127.0.0.1:{stalling_server}", "tok", stall_timeout=0.3,
                      retry=Retry(attempts=2, base=0.01, cap=0.01))
    with pytest.raises(NetworkError, match="stopped answering"):
        client.meta()
    assert client.round_trips == 2


def test_a_refused_connection_is_a_network_error() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    client = HQClient(f"http://127.0.0.1:{port}", "tok", retry=Retry(attempts=2, base=0.01, cap=0.01))
    with pytest.raises(NetworkError, match="cannot connect"):
        client.meta()


class _Meta(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.requestline)
        body = json.dumps(META).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def meta_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Meta)
    _Meta.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_tls_is_verified_and_a_ca_bundle_is_trusted(meta_server: ThreadingHTTPServer, tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path, common_name="embassy proxy CA", cert_file="ca.pem")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    meta_server.socket = ctx.wrap_socket(meta_server.socket, server_side=True)
    url = f"https://127.0.0.1:{meta_server.server_address[1]}"
    with pytest.raises(NetworkError, match=r"(?i)certificate"):
        HQClient(url, "tok", retry=Retry(attempts=1)).meta()
    assert HQClient(url, "tok", ca_bundle=str(cert), retry=Retry(attempts=1)).meta().epoch == "e1"
    with pytest.raises(UserError, match="cannot be read"):
        HQClient(url, "tok", ca_bundle=str(tmp_path / "missing.pem"))


def test_proxies_from_the_environment_are_used(meta_server: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{meta_server.server_address[1]}")
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    client = HQClient("http://127.0.0.1:9", "tok", retry=Retry(attempts=1))
    assert client.meta().epoch == "e1"
    assert _Meta.seen == ["GET http://127.0.0.1:9/v1/meta HTTP/1.1"], "the request went through the proxy"


def test_a_broken_gzip_answer_is_a_clear_error() -> None:
    client, _ = client_for(lambda r: httpx.Response(200, content=b"\x1f\x8b not gzip at all", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(ServerError, match="compression"):
        client.meta()

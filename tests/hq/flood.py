"""A real `officerdesk-hq serve` under a small descriptor limit, and stalled-upload floods at it."""

from __future__ import annotations

import contextlib
import os
import resource
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from hq_process import COMMAND

from officerdesk.sync.local_hq import LocalHQ, free_port

STALLED_UPLOAD = (b"PATCH /v1/blobs/" + b"a" * 64 + b" HTTP/1.1\r\nHost: hq\r\n"
                  b"Content-Type: application/offset+octet-stream\r\nContent-Length: 8000000\r\n\r\n" + b"x" * 100)


@dataclass
class Served(LocalHQ):
    """The demo's LocalHQ (its admin() and stop()), started by serve() below under a descriptor limit."""

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def descriptors(self) -> int:
        assert self.process is not None
        return len(os.listdir(f"/proc/{self.process.pid}/fd"))


@contextlib.contextmanager
def serve(folder: Path, *flags: str, nofile: int = 1024) -> Iterator[Served]:
    """`officerdesk-hq serve` with RLIMIT_NOFILE = nofile, answering /v1/meta when yielded. Not
    start_local_hq: the limit must hold from the child's first instruction (HQ sizes its connection
    caps from it at start), and that runner has no hook to set it."""
    port = free_port()

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    log = (folder / "hq.log").open("ab")
    db_url = f"sqlite:///{folder / 'hq.db'}"
    proc = subprocess.Popen([*COMMAND, "serve", "--db", db_url, "--port", str(port),
                             "--log-level", "warning", *flags], stdout=log, stderr=log, preexec_fn=limit)
    log.close()
    served = Served(f"http://127.0.0.1:{port}", db_url, folder, process=proc, env=dict(os.environ))
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, (folder / "hq.log").read_text()[-2000:]
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(served.url + "/v1/meta", timeout=2).status_code == 200:
                    break
            time.sleep(0.1)
        yield served
    finally:
        served.stop()


def raise_own_limit(needed: int) -> None:
    """The flooding test holds `needed` sockets itself."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard), hard))


@contextlib.contextmanager
def stalled_uploads(port: int, count: int, source: str = "127.0.0.2") -> Iterator[list[socket.socket]]:
    """`count` connections from `source` that send an upload's headers and 100 of its 8,000,000
    bytes, then nothing; all closed on exit. Yields the ones HQ had not closed when all were sent."""
    opened: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket()
            opened.append(sock)
            sock.settimeout(5)
            sock.bind((source, 0))
            with contextlib.suppress(OSError):  # HQ may close it at once: that is the point
                sock.connect(("127.0.0.1", port))
                sock.sendall(STALLED_UPLOAD)
        yield opened
    finally:
        for sock in opened:
            sock.close()


def meta_seconds(url: str, source: str = "127.0.0.1", attempts: int = 3) -> float:
    """Seconds for a fresh connection's GET /v1/meta to answer 200 (each try on a new connection)."""
    start = time.monotonic()
    for attempt in range(attempts):
        with contextlib.suppress(httpx.TransportError), httpx.Client(
                transport=httpx.HTTPTransport(local_address=source), timeout=5) as http:
            assert http.get(url + "/v1/meta").status_code == 200
            return time.monotonic() - start
        time.sleep(0.2 * (attempt + 1))
    raise AssertionError(f"/v1/meta did not answer in {attempts} tries ({time.monotonic() - start:.1f} s)")

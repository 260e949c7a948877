"""Connections before any request is read: how many HQ holds from one address and in all, and
how long a peer may take to send a request's headers.

uvicorn's h11 server holds an accepted connection for as long as the peer stays silent (it has
no header-read timeout), `limit_concurrency` answers 503 only once headers have arrived, and
asyncio accepts a whole backlog (2,048) in one go: a thousand stalled uploads use up the
process's descriptors (the database's included) before any authentication runs, and asyncio
then stops accepting for a second at a time, logging a traceback per refused accept.

So HQ listens on a `GuardedListener`, whose accept() counts the sockets it hands out (each one
reports its own close) and decides before asyncio sees a connection:
- past the per-address cap, or the total cap, the oldest connection that is *waiting on its peer*
  (TLS handshake, a request's headers or body, or idle between requests) is closed to make
  room: of the same address for the per-address cap, of the address holding the most
  connections for the total. A connection whose request HQ is working on is never closed; when
  nothing is waiting, the newcomer is closed at once. So a flood from one address costs that
  address its own connections, and a flood from many still leaves room for the next laptop.
- while closed connections still hold their descriptors (they go on the next loop turn), new
  ones wait in the kernel's queue, so descriptors never exceed the cap plus a small margin.
`GuardedH11Protocol` (uvicorn's `http` class) then gives a peer `header_seconds` for a request's
headers after connecting or after the first byte of a next request (408, then closed; an idle
kept-alive connection is uvicorn's `timeout_keep_alive`'s; the body's limit is
`limits.BodyLimit`'s), and answers a request h11 cannot parse with a 400 `ErrorBody`.
The caps are per process; the limits travel in the environment, so `--workers N` processes get
them too.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
from dataclasses import dataclass
from multiprocessing.reduction import DupFd, ForkingPickler
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.supervisors import Multiprocess

from officerdesk.protocol.wire import ErrorBody, ascii_decimal

try:
    import resource
except ImportError:  # not on Windows; HQ is deployed on Linux
    resource = None  # type: ignore[assignment]

ENV_TOTAL, ENV_PER_ADDRESS, ENV_HEADER_SECONDS = (
    "OFFICERDESK_HQ_MAX_CONNECTIONS", "OFFICERDESK_HQ_MAX_PER_ADDRESS", "OFFICERDESK_HQ_HEADER_SECONDS")
RESERVED_FDS = 128  # descriptors kept for the database pool, log files and the listening socket
_WAITING = (h11.IDLE, h11.SEND_BODY)


@dataclass(frozen=True)
class ConnectionLimits:
    total: int = 0             # 0: the process's descriptor limit less RESERVED_FDS
    per_address: int = 64      # 0: no per-address cap (behind a proxy every peer is the proxy)
    header_seconds: float = 10.0

    def total_cap(self) -> int:
        room = 1 << 16
        if resource is not None:
            soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
            if soft != resource.RLIM_INFINITY:
                room = max(16, soft - RESERVED_FDS)
        return min(self.total, room) if self.total else room

    def to_env(self) -> dict[str, str]:
        return {ENV_TOTAL: str(self.total), ENV_PER_ADDRESS: str(self.per_address),
                ENV_HEADER_SECONDS: repr(self.header_seconds)}

    @classmethod
    def from_env(cls) -> ConnectionLimits:
        default = cls()
        total = ascii_decimal(os.environ.get(ENV_TOTAL, ""))
        per_address = ascii_decimal(os.environ.get(ENV_PER_ADDRESS, ""))
        try:
            seconds = float(os.environ.get(ENV_HEADER_SECONDS, "") or default.header_seconds)
        except ValueError:
            seconds = default.header_seconds
        return cls(default.total if total is None else total,
                   default.per_address if per_address is None else per_address, seconds)


class CountedSocket(socket.socket):
    """An accepted connection that tells the registry when its descriptor closes."""

    address = ""
    protocol: GuardedH11Protocol | None = None
    closing = False  # closed by HQ to make room; its descriptor goes on the next loop turn

    def close(self) -> None:
        registry().release(self)
        super().close()

    def waiting_on_peer(self) -> bool:
        return self.protocol is None or self.protocol.waiting_on_peer()

    def make_room(self) -> None:
        self.closing = True
        if self.protocol is not None and self.protocol.transport is not None:
            self.protocol.transport.abort()
        else:  # no HTTP yet (TLS handshake, or asyncio has not wrapped it): end it under asyncio
            with contextlib.suppress(OSError):
                self.shutdown(socket.SHUT_RDWR)


class _Registry:
    """This process's accepted connections, oldest first."""

    def __init__(self) -> None:
        self.limits = ConnectionLimits.from_env()
        self.total = self.limits.total_cap()
        self.ceiling = self.total + RESERVED_FDS // 2  # counting the ones still closing
        self.held: dict[CountedSocket, None] = {}       # every open descriptor
        self.active: dict[CountedSocket, None] = {}     # those not being closed
        self.by_address: dict[str, dict[CountedSocket, None]] = {}
        self.by_fd: dict[int, CountedSocket] = {}

    def must_wait(self) -> bool:
        return len(self.held) >= self.ceiling

    def admit(self, conn: CountedSocket) -> bool:
        same = self.by_address.get(conn.address, {})
        if self.limits.per_address and len(same) >= self.limits.per_address and not self._close_oldest_waiting(same):
            return False
        if len(self.active) >= self.total:
            busiest = max(self.by_address.values(), key=len)
            if not (self._close_oldest_waiting(busiest) or self._close_oldest_waiting(self.active)):
                return False
        for table in (self.held, self.active, self.by_address.setdefault(conn.address, {})):
            table[conn] = None
        self.by_fd[conn.fileno()] = conn
        return True

    def release(self, conn: CountedSocket) -> None:
        if conn in self.held:
            del self.held[conn]
            self._retire(conn)
            self.by_fd.pop(conn.fileno(), None)

    def _retire(self, conn: CountedSocket) -> None:
        self.active.pop(conn, None)
        same = self.by_address.get(conn.address)
        if same is not None:
            same.pop(conn, None)
            if not same:
                del self.by_address[conn.address]

    def _close_oldest_waiting(self, conns: dict[CountedSocket, None]) -> bool:
        victim = next((c for c in conns if c.waiting_on_peer()), None)
        if victim is None:
            return False
        self._retire(victim)
        victim.make_room()
        return True


_registry: _Registry | None = None


def registry() -> _Registry:
    global _registry
    if _registry is None:
        _registry = _Registry()
    return _registry


class GuardedListener(socket.socket):
    """The listening socket: accept() admits, makes room, or closes the newcomer (see above)."""

    def accept(self) -> tuple[socket.socket, Any]:
        guard = registry()
        while True:
            if guard.must_wait():
                raise BlockingIOError  # asyncio tries again on its next loop turn
            fd, address = self._accept()  # type: ignore[attr-defined]  # BlockingIOError: queue empty
            conn = CountedSocket(self.family, self.type, self.proto, fileno=fd)
            conn.address = address[0] if isinstance(address, tuple) else ""
            if guard.admit(conn):
                return conn, address
            conn.close()

    @classmethod
    def adopt(cls, sock: socket.socket) -> GuardedListener:
        return cls(sock.family, sock.type, sock.proto, fileno=sock.detach())


def _rebuild_listener(fd: Any, family: int, kind: int, proto: int) -> GuardedListener:
    return GuardedListener(family, kind, proto, fileno=fd.detach())


def _reduce_listener(sock: GuardedListener) -> tuple[Any, tuple[Any, ...]]:
    return _rebuild_listener, (DupFd(sock.fileno()), sock.family, sock.type, sock.proto)


# `--workers N` hands the listening socket to spawned processes; they keep listening guarded
ForkingPickler.register(GuardedListener, _reduce_listener)


def _raw_error(status: int, reason: str, error: str, detail: str) -> bytes:
    """A whole response written without h11 (which answers only after a request)."""
    body = json.dumps(ErrorBody(error=error, detail=detail).model_dump()).encode()
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\nconnection: close\r\n"
            f"content-length: {len(body)}\r\n\r\n").encode() + body


class GuardedH11Protocol(H11Protocol):
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        raw = transport.get_extra_info("socket")
        counted = registry().by_fd.get(raw.fileno()) if raw is not None else None
        if counted is not None:
            counted.protocol = self
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm_header_timer()  # the headers are in
        elif self._header_timer is None and not self.transport.is_closing():
            # part of a next request: uvicorn's keep-alive timer stopped at its first byte
            self._arm_header_timer()

    def waiting_on_peer(self) -> bool:
        """True when the peer owes HQ bytes (headers, body) or is idle: closing costs no work."""
        return self.conn.their_state in _WAITING or self.transport.is_closing()

    def send_400_response(self, msg: str) -> None:
        self.transport.write(_raw_error(400, "Bad Request", "bad_request",
                                        "the request is not valid HTTP/1.1 (malformed or oversize headers)"))
        self.transport.close()

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._header_timer = self.loop.call_later(registry().limits.header_seconds, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        seconds = registry().limits.header_seconds
        self.transport.write(_raw_error(408, "Request Timeout", "header_timeout",
                                        f"the request's headers did not arrive within {seconds:g} seconds"))
        self.transport.close()


def run(app: Any, limits: ConnectionLimits, **options: Any) -> None:
    """`uvicorn.run`, listening on a GuardedListener with GuardedH11Protocol connections."""
    os.environ.update(limits.to_env())
    config = uvicorn.Config(app, http=f"{__name__}:{GuardedH11Protocol.__name__}",
                            h11_max_incomplete_event_size=16 * 1024,  # request line and headers
                            **options)
    listener = GuardedListener.adopt(config.bind_socket())
    if config.workers > 1:
        Multiprocess(config, sockets=[listener]).run()
    else:
        uvicorn.Server(config).run(sockets=[listener])

"""A TCP proxy on loopback that can add latency and be cut, to play a bad embassy network.

    link = Link(target_port, one_way_delay=0.15)   # 300 ms round trip
    link.cut_after(50_000)                         # die once 50 kB have flowed towards the laptop
    link.cut(); link.restore()

Used by the sync tests (a network that dies mid-page or mid-file) and bench/bench_sync.py (a slow link).
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time


class Link:
    def __init__(self, target_port: int, *, one_way_delay: float = 0.0, host: str = "127.0.0.1") -> None:
        self.target = (host, target_port)
        self.delay = one_way_delay
        self.down = False
        self.bytes_down = 0  # server -> client, since start
        self.bytes_up = 0  # client -> server
        self._cut_up = False
        self.connections = 0
        self._cut_at: int | None = None
        self._severed = False
        self._stay_down = False
        self._lock = threading.Lock()
        self._socks: set[socket.socket] = set()
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind((host, 0))
        self._server.listen(64)
        self.port: int = self._server.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut_after(self, n_bytes: int, *, stay_down: bool = True, upstream: bool = False) -> None:
        """Cut every connection once `n_bytes` more have flowed towards the client (or the server)."""
        with self._lock:
            self._cut_up = upstream
            self._cut_at = (self.bytes_up if upstream else self.bytes_down) + n_bytes
            self._stay_down = stay_down

    def cut(self, *, stay_down: bool = True) -> None:
        with self._lock:
            self.down = stay_down
            self._severed = False
            socks, self._socks = list(self._socks), set()
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def restore(self) -> None:
        with self._lock:
            self.down = False
            self._cut_at = None

    def close(self) -> None:
        self._closed = True
        self.cut()
        with contextlib.suppress(OSError):
            self._server.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._socks.update((client, upstream))
                self.connections += 1
            for src, dst, down in ((client, upstream, False), (upstream, client, True)):
                threading.Thread(target=self._pump, args=(src, dst, down), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, towards_client: bool) -> None:
        chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()
        writer = threading.Thread(target=self._write, args=(chunks, dst), daemon=True)
        writer.start()
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if data:
                data = self._count(data, towards_client)
                if not data:
                    continue  # severed: nothing more gets through until the cut lands
            chunks.put((time.monotonic() + self.delay, data))
            if not data:
                return

    def _count(self, data: bytes, towards_client: bool) -> bytes:
        cut = False
        with self._lock:
            if self._severed:
                return b""
            watched = self._cut_at is not None and towards_client != self._cut_up
            sent = self.bytes_down if towards_client else self.bytes_up
            if watched and self._cut_at is not None and sent + len(data) >= self._cut_at:
                data = data[: max(0, self._cut_at - sent)]
                cut, self._cut_at, self._severed = True, None, True
            if towards_client:
                self.bytes_down += len(data)
            else:
                self.bytes_up += len(data)
        if cut:
            threading.Timer(self.delay + 0.05, self.cut, kwargs={"stay_down": self._stay_down}).start()
        return data

    @staticmethod
    def _write(chunks: queue.Queue[tuple[float, bytes]], dst: socket.socket) -> None:
        while True:
            due, data = chunks.get()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            if not data:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)
                return
            try:
                dst.sendall(data)
            except OSError:
                return

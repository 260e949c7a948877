"""A real `officerdesk-hq serve` process on loopback, for tests and the benchmark."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx

HQ = [sys.executable, "-m", "officerdesk.hq.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hq_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*HQ, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


class ServerProcess:
    """`officerdesk-hq serve` as a child process; `base_url` is ready when the constructor returns."""

    def __init__(self, db_url: str, workdir: Path, *, tls: tuple[Path, Path] | None = None) -> None:
        self.db_url, self.port = db_url, free_port()
        args = [*HQ, "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning"]
        if tls:
            args += ["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])]
        self.log = (workdir / f"hq-{self.port}.log").open("w")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        self.base_url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=str(tls[0])) if tls else True
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"officerdesk-hq serve exited with {self.proc.returncode}: {self.output()}")
            try:
                if httpx.get(f"{self.base_url}/v1/meta", timeout=2, verify=self.verify).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"officerdesk-hq serve did not start: {self.output()}")

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def admin(self, *args: str) -> str:
        done = hq_cli("admin", "--db", self.db_url, *args)
        if done.returncode != 0:
            raise RuntimeError(f"officerdesk-hq admin {' '.join(args)}: {done.stderr}")
        return done.stdout.strip()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

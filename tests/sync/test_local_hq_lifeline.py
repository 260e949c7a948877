"""The demo's local HQ ends when the app that started it ends, also after `kill -9`."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from officerdesk.protocol.wire import API

# stands in for the desktop app: starts the local HQ, says where it is, then waits to be killed
APP = """
import sys, time
from officerdesk.sync.local_hq import start_local_hq
hq = start_local_hq(sys.argv[1], wait=60)
print(hq.process.pid, hq.url, flush=True)
time.sleep(300)
"""


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(proc.stdout.readline() if proc.stdout else ""))
    reader.start()
    reader.join(timeout)
    return line[0] if line else ""


def _running(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    if sys.platform.startswith("linux"):
        # an exited child of a dead parent may wait as a zombie for a reaper that never comes
        return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
    return True  # elsewhere the address going quiet is the evidence


def _answers(url: str) -> bool:
    try:
        return httpx.get(url + API + "/meta", timeout=1.0, trust_env=False).status_code == 200
    except httpx.HTTPError:
        return False


def test_the_local_hq_exits_when_its_app_is_killed(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", APP, str(tmp_path / "hq")],
                           stdout=subprocess.PIPE, text=True)
    hq_pid = 0
    try:
        line = _first_line(app, timeout=90)
        assert line, "the app did not start its local HQ"
        pid_text, url = line.split()
        hq_pid = int(pid_text)
        assert _answers(url) and _running(hq_pid)

        app.kill()  # SIGKILL: the app gets no chance to stop its server
        app.wait(timeout=10)

        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and (_answers(url) or _running(hq_pid)):
            time.sleep(0.2)
        assert not _answers(url), "the local HQ still answers after its app was killed"
        assert not _running(hq_pid), "the local HQ process outlived its app"
    finally:
        if app.poll() is None:
            app.kill()
        if hq_pid and os.name == "posix" and _running(hq_pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(hq_pid, signal.SIGKILL)
        if app.stdout is not None:
            app.stdout.close()

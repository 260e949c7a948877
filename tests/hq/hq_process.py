"""Real `officerdesk-hq` processes for tests: the server (via the demo's local HQ runner in
officerdesk/sync/local_hq.py) and the admin command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from officerdesk.sync.local_hq import LocalHQ, start_local_hq

COMMAND = [sys.executable, "-m", "officerdesk.hq.cli"]


def hq_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def serve(db_url: str, folder: Path) -> LocalHQ:
    """`officerdesk-hq serve --db db_url` on a free loopback port, answering when returned."""
    return start_local_hq(folder / "hq", db_url=db_url)

"""`serve --exit-with-parent`: the server ends when the program that started it ends.

The demo's local HQ is a child of the desktop app. The app keeps the write end of a pipe to the
server's standard input open and never writes to it; when the app ends in any way (a crash,
`kill -9`, Task Manager) its operating system closes that pipe, and reading standard input here
returns end-of-file. That works the same on Linux, macOS and Windows, where PR_SET_PDEATHSIG
(Linux only) or polling the parent's pid (reused pids, reparenting) would not.
"""

from __future__ import annotations

import os
import signal
import threading
from typing import BinaryIO

# How long a graceful shutdown may take before the process ends regardless: with the app gone
# no request is coming, and SQLite's journal keeps an interrupted write whole.
GRACE_SECONDS = 10.0


def exit_when_closed(stream: BinaryIO, *, grace: float = GRACE_SECONDS) -> threading.Thread:
    """Watch `stream` on a daemon thread; at end-of-file stop this process (gracefully first)."""

    def watch() -> None:
        while stream.read(1 << 12):
            pass  # nothing is ever sent; bytes someone typed at a terminal are not a reason to stop
        # uvicorn shuts down on SIGTERM in the main thread; on Windows this ends the process at once
        os.kill(os.getpid(), signal.SIGTERM)
        threading.Event().wait(grace)
        os._exit(0)

    thread = threading.Thread(target=watch, name="exit-with-parent", daemon=True)
    thread.start()
    return thread

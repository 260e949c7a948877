"""What the tests that run the whole app (`officerdesk`, `officerdesk demo`) share: the event
loop replaced by a wait for a condition, and the window the app builds kept for the asserts."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

Seen = dict[str, Any]


def exec_until(qtbot: Any, ready: Callable[[Seen], bool], seen: Seen) -> Callable[..., int]:
    """A stand-in for QApplication.exec: process events until ready(seen), then close the window."""

    def fake_exec(_app: Any = None) -> int:
        qtbot.waitUntil(lambda: ready(seen), timeout=20000)
        seen["window"].close()
        return 0

    return fake_exec


def capture_window(qtbot: Any, monkeypatch: Any, ready: Callable[[Seen], bool]) -> Seen:
    """Run the app's next start until ready(seen); seen["window"] is the MainWindow it built."""
    from PySide6.QtWidgets import QApplication

    from officerdesk.ui import app as desk

    seen: Seen = {}
    real_build = desk.build_window

    def build(*args: Any, **kwargs: Any) -> Any:
        seen["window"] = real_build(*args, **kwargs)
        return seen["window"]

    monkeypatch.setattr(desk, "build_window", build)
    monkeypatch.setattr(QApplication, "exec", exec_until(qtbot, ready, seen))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the app's own
    return seen


def without_hq(seen: Seen) -> bool:
    """The demo is up: it says in the status bar that it runs without a local HQ."""
    return "without a local HQ" in seen["window"].status.currentMessage()

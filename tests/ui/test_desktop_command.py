"""`officerdesk demo` and `officerdesk --profile`: the commands that open the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from officerdesk.cli import build_parser


def _exec_until(qtbot, ready, seen):
    def fake_exec(_app=None):
        qtbot.waitUntil(lambda: ready(seen), timeout=20000)
        seen["window"].close()
        return 0

    return fake_exec


def test_demo_seeds_on_first_use_and_runs_without_hq(tmp_path, qtbot, monkeypatch):
    from officerdesk.ui import app as desk

    seen: dict = {}
    real_build = desk.build_window

    def build(*args, **kwargs):
        seen["window"] = real_build(*args, **kwargs)
        return seen["window"]

    def ready(s):
        return "without a local HQ" in s["window"].status.currentMessage()

    monkeypatch.setattr(desk, "build_window", build)
    monkeypatch.setattr(QApplication, "exec", _exec_until(qtbot, ready, seen))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    args = build_parser().parse_args(["demo", "--profile", str(tmp_path / "demo"), "--records", "120", "--no-hq", "--lang", "en"])
    assert args.func(args) == 0
    window = seen["window"]
    assert window.windowTitle() == "OfficerDesk — WAS · Kim Minsu"
    from officerdesk.core.db import open_store
    from officerdesk.core.health import stats

    store = open_store(tmp_path / "demo", create=False)
    try:
        with store.session_factory.begin() as s:
            assert sum(stats(s).counts.values()) >= 120
    finally:
        store.close()


def test_plain_command_opens_the_profile(store, qtbot, monkeypatch):
    from officerdesk.ui import app as desk

    seen: dict = {}
    real_build = desk.build_window

    def build(*args, **kwargs):
        seen["window"] = real_build(*args, **kwargs)
        return seen["window"]

    monkeypatch.setattr(desk, "build_window", build)
    monkeypatch.setattr(QApplication, "exec", _exec_until(qtbot, lambda s: s["window"].isVisible(), seen))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = store.paths.root
    store.close()
    args = build_parser().parse_args(["--profile", str(root), "--lang", "en"])
    from officerdesk.commands.desktop import open_app

    assert open_app(args) == 0
    assert seen["window"].windowTitle() == "OfficerDesk — WAS · 김민수"

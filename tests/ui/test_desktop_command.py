"""`officerdesk demo` and `officerdesk --profile`: the commands that open the app."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton

from officerdesk.cli import build_parser
from tests.ui.app_support import capture_window, without_hq


def _demo(tmp_path, *extra: str) -> int:  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(["demo", "--profile", str(tmp_path / "demo"), *extra, "--no-hq", "--lang", "en"])
    return int(args.func(args))


def test_demo_seeds_on_first_use_and_runs_without_hq(tmp_path, qtbot, monkeypatch):
    from officerdesk.core.demo import seed as core_demo
    from officerdesk.ui.main_window import MainWindow
    from officerdesk.ui.ops import OpRunner

    states: list[str | None] = []
    seeded_on: list[threading.Thread] = []
    messages: list[str] = []
    shown: list[str] = []
    real_seed, real_preparing, real_progress = core_demo.seed, MainWindow.set_preparing, OpRunner._progress

    def seed(*args, **kwargs):
        seeded_on.append(threading.current_thread())
        report = kwargs["progress"]

        def progress(fraction, message=""):
            messages.append(message)
            report(fraction, "demo data")  # the core's English words never reach the dialog

        return real_seed(*args, **{**kwargs, "progress": progress})

    def preparing(self, text):
        states.append(text if text is None else f"{text}|nav={self.nav.isEnabled()}|new={self.new_action.isEnabled()}")
        real_preparing(self, text)

    def progressed(self, job, fraction, message):
        shown.append(message)
        real_progress(self, job, fraction, message)

    monkeypatch.setattr(OpRunner, "_progress", progressed)
    monkeypatch.setattr(core_demo, "seed", seed)
    monkeypatch.setattr(MainWindow, "set_preparing", preparing)
    seen = capture_window(qtbot, monkeypatch, without_hq)
    assert _demo(tmp_path, "--records", "120") == 0
    window = seen["window"]
    assert window.windowTitle() == "OfficerDesk — WAS · Kim Minsu"
    # seeded off the UI thread, the window in a "preparing" state meanwhile, then usable
    assert len(seeded_on) == 1 and seeded_on[0] is not threading.main_thread()
    assert states[0] is not None and states[0].startswith("Preparing the demo data") and states[-1] is None
    assert window.nav.isEnabled() and window.new_action.isEnabled() is False  # the dashboard has no "new"
    assert window.current_key() == "dashboard" and window.preparing is None
    assert messages and shown and set(shown) == {""}  # progress was reported, without English words
    from officerdesk.core.health import stats
    from officerdesk.profiles import open_store

    store = open_store(tmp_path / "demo", create=False)
    try:
        with store.session_factory.begin() as s:
            assert sum(stats(s).counts.values()) >= 120
    finally:
        store.close()


def test_plain_command_opens_the_profile(store, qtbot, monkeypatch):
    seen = capture_window(qtbot, monkeypatch, lambda s: s["window"].isVisible())
    root = store.paths.root
    store.close()
    args = build_parser().parse_args(["--profile", str(root), "--lang", "en"])
    from officerdesk.commands.desktop import open_app

    assert open_app(args) == 0
    assert seen["window"].windowTitle() == "OfficerDesk — WAS · 김민수"


def _prepared(store):  # type: ignore[no-untyped-def]
    """The demo's start-up write, on a lane of its own (as the app's start runs it)."""
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.demo import prepare_demo

    ctx = AppContext(store, lang="en")
    try:
        return prepare_demo(ctx)
    finally:
        ctx.runner.shutdown()


def test_a_seeded_demo_profile_opens_without_seeding_again(tmp_path, qtbot, monkeypatch):
    from officerdesk.core.demo import seed as core_demo
    from officerdesk.profiles import open_store

    store = open_store(tmp_path / "demo")
    try:
        assert _prepared(store) is True  # first use: the officer is set up, records wanted
        with store.session_factory.begin() as s:
            core_demo.seed(s, post_code="WAS", records=60, seed=1)
        assert _prepared(store) is False
    finally:
        store.close()

    def no_seed(*_args, **_kwargs):
        raise AssertionError("seeded twice")

    monkeypatch.setattr(core_demo, "seed", no_seed)
    seen = capture_window(qtbot, monkeypatch, without_hq)
    assert _demo(tmp_path) == 0
    assert seen["window"].preparing is None and seen["window"].nav.isEnabled()


def test_cancelling_the_demo_seeding_leaves_it_for_the_next_start(tmp_path, qtbot, monkeypatch):
    from officerdesk.core.demo import seed as core_demo
    from officerdesk.profiles import open_store
    from officerdesk.ui.main_window import MainWindow

    started = threading.Event()
    said: list[str] = []
    real_preparing = MainWindow.set_preparing

    def endless_seed(*_args, progress, cancel, **_kwargs):
        started.set()
        while True:  # until the officer cancels: progress() raises Cancelled then
            progress(0.1, "")
            cancel.wait(0.01)

    def preparing(self, text):
        real_preparing(self, text)
        if text is not None:  # the officer presses Cancel in the progress dialog once it shows
            self.status.messageChanged.connect(said.append)
            runner = self.ctx.runner
            runner.progress_shown.connect(lambda job_id: runner.progress_dialog(job_id).findChild(QPushButton).click())

    monkeypatch.setattr(core_demo, "seed", endless_seed)
    monkeypatch.setattr(MainWindow, "set_preparing", preparing)
    seen = capture_window(qtbot, monkeypatch, without_hq)
    assert _demo(tmp_path) == 0
    window = seen["window"]
    assert started.is_set() and window.preparing is None and window.nav.isEnabled()  # started anyway
    assert "The demo data was not prepared; it will be prepared at the next start" in said
    store = open_store(tmp_path / "demo", create=False)
    try:
        assert _prepared(store) is True  # nothing was half-written: seeded at the next start
    finally:
        store.close()

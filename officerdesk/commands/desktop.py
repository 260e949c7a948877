"""`officerdesk [--profile DIR] [--lang ko|en]` and `officerdesk demo`: the desktop app.

The demo profile (default: a `demo` folder in the user data dir) is seeded on first use with a
year of a post's work, and a local HQ is started on loopback in the background so "Sync now"
works; if the HQ cannot start, the app runs without it and says so in the status bar.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from officerdesk.paths import APP

if TYPE_CHECKING:
    from officerdesk.core.db import Store
    from officerdesk.ui.main_window import MainWindow

DEMO_RECORDS = 3000
DEMO_POST = "WAS"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="the desktop app on a demo profile with a local HQ")
    p.add_argument("--lang", choices=("ko", "en"), help="language of the app")
    p.add_argument("--records", type=int, default=DEMO_RECORDS, help="records to seed on first use")
    p.add_argument("--no-hq", action="store_true", help="do not start the local HQ")
    p.set_defaults(func=open_demo)


def open_app(args: argparse.Namespace) -> int:
    from officerdesk.ui.app import run

    return run(args.profile, getattr(args, "lang", None))


def demo_profile_dir(args: argparse.Namespace) -> Path:
    if args.profile:
        return Path(args.profile).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "demo"


def open_demo(args: argparse.Namespace) -> int:
    from officerdesk.ui.app import run

    root = demo_profile_dir(args)
    hq: dict[str, Any] = {}

    def prepare(store: Store, lang: str) -> None:
        seed_demo(store, lang, records=args.records)

    def after_show(window: MainWindow) -> None:
        if args.no_hq:
            window.status.showMessage(window.tr("Demo without a local HQ"), 0)
            return
        start_demo_hq(window, root, hq)

    try:
        return run(str(root), getattr(args, "lang", None), prepare=prepare, after_show=after_show)
    finally:
        server = hq.get("server")
        if server is not None:
            server.stop()


def seed_demo(store: Store, lang: str, *, records: int) -> None:
    """First use only: an officer, the post and a year of records, with a progress dialog."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from officerdesk.core import demo
    from officerdesk.core.services import identity

    with store.session_factory.begin() as s:
        if identity.current(s) is not None:
            return
        identity.set_up(s, officer_name="김민수" if lang == "ko" else "Kim Minsu", post_code=DEMO_POST, language=lang)
    dialog = QProgressDialog("Preparing the demo profile…" if lang == "en" else "데모 프로필을 준비하는 중…", "", 0, 1000)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle("OfficerDesk")
    dialog.show()

    def progress(fraction: float, _message: str = "") -> None:
        dialog.setValue(int(fraction * 1000))
        QApplication.processEvents()

    with store.session_factory.begin() as s:
        demo.seed(s, post_code=DEMO_POST, records=records, seed=7, progress=progress)
    dialog.close()


def start_demo_hq(window: MainWindow, root: Path, hq: dict[str, Any]) -> None:
    """Start the local HQ and enrol the demo profile, in the background."""
    import threading

    def work(_progress: Any, _cancel: threading.Event) -> str:
        try:
            from officerdesk.sync.local_hq import enroll_demo, start_local_hq
        except ImportError:
            return ""
        server = start_local_hq(root / "hq")
        hq["server"] = server
        enroll_demo(root, server)
        return str(server.url)

    def done(url: str) -> None:
        if not url:
            window.status.showMessage(window.tr("Demo without a local HQ: it is not part of this build"), 0)
            return
        from officerdesk.core.services import identity

        window.status.showMessage(window.tr("Local HQ running at %1").replace("%1", url), 15000)
        window.ctx.runner.query(identity.current, on_done=lambda ident: _adopt(window, ident))

    def finished(ok: bool) -> None:
        if not ok:
            window.status.showMessage(window.tr("Demo without a local HQ: it did not start"), 0)

    window.ctx.runner.task(work, label=window.tr("Starting the local HQ…"), on_done=done, on_finished=finished,
                           cancellable=False, show_progress=False)


def _adopt(window: MainWindow, ident: Any) -> None:
    """Enrolment gave the post and officer HQ's ids: every view reloads."""
    from officerdesk.ui.main_window import window_title

    window.ctx.identity = ident
    window.setWindowTitle(window_title(window.ctx))
    window.status.set_online(None)
    window.after_sync(True)

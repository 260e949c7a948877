"""The demo's desktop side: seed the profile on first use (in the background, with progress),
start the local HQ."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.db import Store
    from officerdesk.ui.main_window import MainWindow
    from officerdesk.ui.ops import Progress

DEMO_POST = "WAS"


def prepare_demo(store: Store, lang: str) -> bool:
    """Before the window: the demo officer and post (one quick write); True when the demo
    records still have to be seeded (first use, or a first use that was cancelled). It runs
    before the window and its op runner exist, so it opens its own session."""
    from officerdesk.core import demo

    name = "김민수" if lang == "ko" else "Kim Minsu"
    with store.session_factory.begin() as s:
        return demo.prepare(s, officer_name=name, post_code=DEMO_POST, language=lang)


def seed_in_background(window: MainWindow, *, records: int, then: Callable[[], None]) -> int:
    """Seed the demo records on the database lane (progress dialog with Cancel); the window
    shows a "preparing" state meanwhile and starts for real when the seeding has finished."""
    from officerdesk.core import demo

    label = QCoreApplication.translate("Demo", "Preparing the demo data…")

    def work(session: Session, progress: Progress, cancel: threading.Event) -> None:
        def fraction(done: float, _message: str = "") -> None:
            progress(done, "")  # the core's own words are English; the dialog's label says it all

        demo.seed(session, post_code=DEMO_POST, records=records, seed=7, progress=fraction, cancel=cancel)

    def finished(ok: bool) -> None:
        window.set_preparing(None)
        if not ok:
            window.status.showMessage(QCoreApplication.translate(
                "Demo", "The demo data was not prepared; it will be prepared at the next start"), 0)
        then()

    window.set_preparing(label)
    return window.ctx.runner.lane_task(work, label=label, on_finished=finished, cancellable=True)


def start_demo_hq(window: MainWindow, root: Path, hq: dict[str, Any]) -> int:
    """Start the local HQ and enrol the demo profile in the background; the status bar tells."""

    store, lane = window.ctx.store, window.ctx.runner.lane

    def work(_progress: Any, _cancel: threading.Event) -> str:
        try:
            from officerdesk.sync.local_hq import enroll_demo, start_local_hq
        except ImportError:
            return ""
        server = start_local_hq(root / "hq")
        hq["server"] = server
        enroll_demo(store, server, lane=lane)
        return str(server.url)

    def done(url: str) -> None:
        if not url:
            window.status.showMessage(QCoreApplication.translate("Demo", "Demo without a local HQ: it is not part of this build"), 0)
            return
        from officerdesk.core.services import identity

        window.status.showMessage(QCoreApplication.translate("Demo", "Local HQ running at %1").replace("%1", url), 15000)
        window.ctx.runner.query(identity.current, on_done=lambda ident: adopt_identity(window, ident))

    def finished(ok: bool) -> None:
        if not ok:
            window.status.showMessage(QCoreApplication.translate("Demo", "Demo without a local HQ: it did not start"), 0)

    return window.ctx.runner.task(work, label=QCoreApplication.translate("Demo", "Starting the local HQ…"),
                                  on_done=done, on_finished=finished, cancellable=False, show_progress=False)


def without_hq(window: MainWindow) -> None:
    window.status.showMessage(QCoreApplication.translate("Demo", "Demo without a local HQ"), 0)


def adopt_identity(window: MainWindow, ident: Any) -> None:
    """Enrolment gave the post and officer HQ's ids: the title follows and every view reloads."""
    from officerdesk.ui.main_window import window_title

    window.ctx.identity = ident
    window.setWindowTitle(window_title(window.ctx))
    window.status.set_online(None)
    window.after_sync(True)

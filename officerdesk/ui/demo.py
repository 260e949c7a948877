"""The demo's desktop side: seed the profile on first use (with progress), start the local HQ."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QProgressDialog

if TYPE_CHECKING:
    from officerdesk.core.db import Store
    from officerdesk.ui.main_window import MainWindow

DEMO_POST = "WAS"


def seed_demo(store: Store, lang: str, *, records: int) -> None:
    """First use only: an officer, the post and a year of records, with a progress dialog."""
    from officerdesk.core import demo
    from officerdesk.core.services import identity

    with store.session_factory.begin() as s:
        if identity.current(s) is not None:
            return
        identity.set_up(s, officer_name="김민수" if lang == "ko" else "Kim Minsu", post_code=DEMO_POST, language=lang)
    dialog = QProgressDialog(QCoreApplication.translate("Demo", "Preparing the demo profile…"), "", 0, 1000)
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


def start_demo_hq(window: MainWindow, root: Path, hq: dict[str, Any]) -> int:
    """Start the local HQ and enrol the demo profile in the background; the status bar tells."""

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

"""The demo's desktop side: seed the profile on first use (in the background, with progress),
start the local HQ."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.main_window import MainWindow

from officerdesk.ui.operations import demo as operations
from officerdesk.ui.operations.hq import current_identity


def prepare_demo(ctx: AppContext) -> bool:
    """Before the window, on the lane: the demo officer and post (one quick write); True when the
    demo records still have to be seeded (first use, or a first use that was cancelled)."""
    from officerdesk.ui.operations.start import prepare_demo

    return prepare_demo(ctx=ctx, lang=ctx.lang)


def seed_in_background(window: MainWindow, *, records: int, then: Callable[[], None]) -> int:
    """Seed the demo records on the database lane (progress dialog with Cancel); the window
    shows a "preparing" state meanwhile and starts for real when the seeding has finished."""

    def finished(ok: bool) -> None:
        window.set_preparing(None)
        if not ok:
            window.status.showMessage(QCoreApplication.translate(
                "Demo", "The demo data was not prepared; it will be prepared at the next start"), 0)
        then()

    window.set_preparing(operations.seeding_label())
    return operations.seed_demo(ctx=window.ctx, records=records, on_finished=finished)


def start_demo_hq(window: MainWindow, root: Path, hq: dict[str, Any]) -> int:
    """Start the local HQ and enrol the demo profile in the background; the status bar tells."""

    def done(url: str) -> None:
        if not url:
            window.status.showMessage(QCoreApplication.translate("Demo", "Demo without a local HQ: it is not part of this build"), 0)
            return
        window.status.showMessage(QCoreApplication.translate("Demo", "Local HQ running at %1").replace("%1", url), 15000)
        current_identity(ctx=window.ctx, on_done=lambda ident: adopt_identity(window, ident))

    def finished(ok: bool) -> None:
        if not ok:
            window.status.showMessage(QCoreApplication.translate("Demo", "Demo without a local HQ: it did not start"), 0)

    return operations.start_demo_hq(ctx=window.ctx, root=root, hq=hq, on_done=done, on_finished=finished)


def without_hq(window: MainWindow) -> None:
    window.status.showMessage(QCoreApplication.translate("Demo", "Demo without a local HQ"), 0)


def adopt_identity(window: MainWindow, ident: Any) -> None:
    """Enrolment gave the post and officer HQ's ids: the title follows and every view reloads."""
    from officerdesk.ui.main_window import window_title

    window.ctx.identity = ident
    window.setWindowTitle(window_title(window.ctx))
    window.status.set_online(None)
    window.after_sync(True)

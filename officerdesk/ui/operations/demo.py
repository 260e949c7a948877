"""The demo: seeding its records on the database lane, starting its local HQ on the pool."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import Progress

DEMO_POST = "WAS"
SEED = 7  # the same demo on every laptop


def seed_demo(*, ctx: AppContext, records: int, on_finished: Callable[[bool], None] | None = None) -> int:
    """Seed `records` demo records in one transaction, with progress and Cancel (a cancelled
    seeding writes nothing, and the next start seeds again)."""
    from officerdesk.core.demo import seed as demo

    def work(session: Session, progress: Progress, cancel: threading.Event) -> None:
        def fraction(done: float, _message: str = "") -> None:
            progress(done, "")  # the core's own words are English; the dialog's label says it all

        demo.seed(session, post_code=DEMO_POST, records=records, seed=SEED, progress=fraction, cancel=cancel)

    return ctx.runner.lane_task(work, label=seeding_label(), on_finished=on_finished, cancellable=True)


def seeding_label() -> str:
    return QCoreApplication.translate("Demo", "Preparing the demo data…")


def start_demo_hq(*, ctx: AppContext, root: Path, hq: dict[str, Any], on_done: Callable[[str], None],
                  on_finished: Callable[[bool], None] | None = None) -> int:
    """Start the local HQ under root/hq (kept in hq["server"], for stopping it at the end) and
    enrol the demo profile; on_done gets its address, "" when this build has no local HQ."""
    store, lane = ctx.store, ctx.runner.lane

    def work(_progress: Progress, _cancel: threading.Event) -> str:
        try:
            from officerdesk.sync.local_hq import enroll_demo, start_local_hq
        except ImportError:
            return ""
        server = start_local_hq(root / "hq")
        hq["server"] = server
        enroll_demo(store, server, lane=lane)
        return str(server.url)

    return ctx.runner.task(work, label=QCoreApplication.translate("Demo", "Starting the local HQ…"),
                           on_done=on_done, on_finished=on_finished, cancellable=False, show_progress=False)


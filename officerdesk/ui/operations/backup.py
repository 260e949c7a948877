"""Backups and restores, on the database lane: a backup never copies a half-made write, and a
restore replaces the files only once every connection to them is closed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import Progress


def back_up(*, ctx: AppContext, on_done: Callable[[Path], None] | None = None) -> int:
    """A verified backup now."""
    from officerdesk.core.store import backup

    store = ctx.store

    def work(_session: Session, _progress: Progress, _cancel: threading.Event) -> Path:
        return backup.make_backup(store, reason="manual")

    return ctx.runner.lane_task(work, label=QCoreApplication.translate("SettingsDialog", "Backing up…"),
                                on_done=on_done, cancellable=False)


def back_up_if_due(*, ctx: AppContext) -> int:
    """The automatic daily backup, quietly."""
    from officerdesk.core.store import backup

    store = ctx.store

    def work(_session: Session, _progress: Progress, _cancel: threading.Event) -> Path | None:
        return backup.backup_if_due(store)

    return ctx.runner.lane_task(work, label="", cancellable=False, show_progress=False)


def restore(*, ctx: AppContext, path: Path, on_done: Callable[[Path], None] | None = None) -> int:
    """Replace the database with the verified backup at `path`; on_done gets where the previous
    database was saved. The app must close afterwards (the next start opens the restored file)."""
    from officerdesk.core.store import backup

    store = ctx.store

    def work(_progress: Progress, _cancel: threading.Event) -> Path:
        return backup.restore(store, path)

    return ctx.runner.exclusive(work, label=QCoreApplication.translate("SettingsDialog", "Restoring…"), on_done=on_done)

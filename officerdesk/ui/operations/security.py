"""Settings -> Security: the officer's recovery file, written on the database lane (scrypt takes a
fraction of a second; the key it wraps is the open profile's)."""

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


def export_recovery_file(*, ctx: AppContext, target: Path, passphrase: str,
                         on_done: Callable[[Path], None] | None = None) -> int:
    from officerdesk import recovery

    store = ctx.store

    def work(_session: Session, _progress: Progress, _cancel: threading.Event) -> Path:
        return recovery.export_file(store, target, passphrase)

    return ctx.runner.lane_task(work, label=QCoreApplication.translate("SettingsDialog", "Writing the recovery file…"),
                                on_done=on_done, cancellable=False)

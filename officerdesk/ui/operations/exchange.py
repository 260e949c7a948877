"""Importing records from a file: the whole file in one transaction on the database lane."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from officerdesk.core import kinds
from officerdesk.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import Progress


def import_records(*, ctx: AppContext, path: Path,
                   on_done: Callable[[dict[str, int]], None] | None = None) -> int | None:
    """Import `path` (its format from its name); a bad line rolls the whole file back. None
    (after saying why) when the file's name names no format."""
    from officerdesk.core import exchange

    fmt = exchange.EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        names = ", ".join(sorted(exchange.EXTENSIONS))
        ctx.errors.report(UserError(f"{path.name}: OfficerDesk imports {names} files",
                                    f"{path.name}: 가져올 수 있는 파일은 {names}입니다"))
        return None

    def work(session: Session, progress: Progress, cancel: threading.Event) -> dict[str, int]:
        def fraction(done: float, _message: str = "") -> None:
            progress(done, "")  # the core's words are English; the dialog's label says it all

        return exchange.import_file(session, path, fmt, progress=fraction, cancel=cancel)

    def done(counts: dict[str, int]) -> None:
        # the import writes in bulk, below the ORM's flush: its own counts say what changed
        ctx.notify(*(kinds.record_type(kind) for kind, n in counts.items() if n))
        if on_done is not None:
            on_done(counts)

    label = QCoreApplication.translate("Import", "Importing %1…").replace("%1", path.name)
    return ctx.runner.lane_task(work, label=label, on_done=done)

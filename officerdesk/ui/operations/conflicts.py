"""Conflicts: the open ones, and the officer's decision on one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core import dto as d
    from officerdesk.core.services.conflicts import Keep
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone


def list_conflicts(*, ctx: AppContext, on_done: Callable[[list[d.RecordDTO]], None]) -> int:
    def work(s: Session) -> list[d.RecordDTO]:
        from officerdesk.core.services import conflicts

        return conflicts.list_open(s)

    return ctx.runner.query(work, on_done=on_done)


def resolve_conflict(*, ctx: AppContext, conflict_id: str, keep: Keep, text: str | None = None,
                     on_done: OnDone = None) -> int:
    """Keep mine, keep theirs, or keep `text` (merged); the record takes the kept value."""
    def work(s: Session) -> None:
        from officerdesk.core.services import conflicts

        conflicts.resolve(s, conflict_id, keep=keep, text=text)

    return ctx.runner.write(work, on_done=on_done)

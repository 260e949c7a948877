"""Deadlines off the database lane: what to remind of, and the calendar file of every deadline."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from officerdesk.errors import UserError
from officerdesk.ui.operations.overview import dashboard_scope

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.services.dashboard import DashboardItem
    from officerdesk.ui.context import AppContext


def due_soon(*, ctx: AppContext, today: dt.date,
             on_done: Callable[[tuple[DashboardItem, ...]], None]) -> int:
    """Open follow-ups and requests overdue or due within the reminders' few days."""
    post_id = dashboard_scope(ctx=ctx)

    def work(s: Session) -> tuple[DashboardItem, ...]:
        from officerdesk.core.services.reminders import deadlines

        return deadlines(s, post_id=post_id, today=today)

    return ctx.runner.query(work, on_done=on_done)


def export_calendar(*, ctx: AppContext, path: Path, on_done: Callable[[int], None] | None = None) -> int:
    """Every open deadline (any date) as an .ics file at `path`; on_done gets the events written."""
    post_id, lang = dashboard_scope(ctx=ctx), ctx.lang

    def work(s: Session) -> int:
        from officerdesk.core.exchange import deadlines as calendar
        from officerdesk.core.services.dashboard import open_follow_ups, open_requests

        items = (*open_requests(s, post_id, None, dt.date.max, limit=None),
                 *open_follow_ups(s, post_id, None, dt.date.max, limit=None))
        tmp = path.with_name(path.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = calendar.write(out, items, lang=lang)
            os.replace(tmp, path)  # a half-written calendar never replaces a good one
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(f"Cannot write {path}: {exc.strerror or exc}",
                            f"{path}에 쓸 수 없습니다: {exc.strerror or exc}") from exc
        return count

    return ctx.runner.query(work, on_done=on_done)

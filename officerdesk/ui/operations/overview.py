"""What the window shows about the profile as a whole: the dashboard, search everywhere, the
status bar's sync figures, and the posts to filter by."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from officerdesk.core.dto import SearchHit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.board import Dashboard
    from officerdesk.core.dto import RecordDTO, Stats
    from officerdesk.ui.context import AppContext


def dashboard_scope(*, ctx: AppContext) -> str | None:
    """The post the dashboard and the reminders cover: the officer's own; HQ roles see every post."""
    return None if ctx.identity and ctx.identity.role != "officer" else ctx.post_id or None


def dashboard(*, ctx: AppContext, post_id: str | None, on_done: Callable[[Dashboard], None],
              on_finished: Callable[[bool], None] | None = None) -> int:
    """Overdue, due soon, open requests and this week's meetings: of one post, or of all (None).
    While the ORM is still loading (the app reopened on the dashboard) it is read on a plain
    connection from the same statements compiled ahead, so it fills without waiting for it."""
    if not ctx.runner.orm_loaded:
        from officerdesk.core.store import quick

        return ctx.runner.query_plain(lambda c: quick.dashboard(c, post_id), on_done=on_done, on_finished=on_finished)

    def work(s: Session) -> Dashboard:
        from officerdesk.core.services.dashboard import (
            dashboard,  # the ORM behind it loads on the lane
        )

        return dashboard(s, post_id=post_id)

    return ctx.runner.query(work, on_done=on_done, on_finished=on_finished)


@dataclass(frozen=True)
class Found:
    """A search's best hits and how many records of each type it finds in all."""

    hits: list[SearchHit]
    totals: dict[str, int]


def search(*, ctx: AppContext, text: str, limit: int, types: Sequence[str] = (),
           on_done: Callable[[Found], None], on_finished: Callable[[bool], None] | None = None) -> int:
    """Records matching `text` anywhere (the search index), best first, with the real totals."""

    def work(s: Session) -> Found:
        from officerdesk.core.search import index

        return Found(index.search(s, text, limit=limit, types=types), index.totals(s, text, types=types))

    return ctx.runner.query(work, on_done=on_done, on_finished=on_finished)


def sync_figures(*, ctx: AppContext, on_done: Callable[[Stats], None]) -> int:
    """Changes waiting to be sent, the last sync and its error."""

    def work(s: Session) -> Stats:
        from officerdesk.core import health

        return health.stats(s)

    return ctx.runner.query(work, on_done=on_done)


def list_posts(*, ctx: AppContext, on_done: Callable[[list[RecordDTO]], None]) -> int:
    def work(s: Session) -> list[RecordDTO]:
        from officerdesk.core.services import identity

        return identity.posts(s)

    return ctx.runner.query(work, on_done=on_done)


def refresh_statistics(*, ctx: AppContext) -> int:
    """The query planner's statistics, on a plain connection: first on the lane at start, as the
    lists' first pages are planned with them."""
    from officerdesk.core.store.planner import refresh_statistics_on

    return ctx.runner.query_plain(refresh_statistics_on)

"""What the window shows about the profile as a whole: the dashboard, search everywhere, the
status bar's sync figures, and the posts to filter by."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.dto import RecordDTO, SearchHit, Stats
    from officerdesk.core.services.dashboard import Dashboard
    from officerdesk.ui.context import AppContext


def dashboard_scope(*, ctx: AppContext) -> str | None:
    """The post the dashboard and the reminders cover: the officer's own; HQ roles see every post."""
    return None if ctx.identity and ctx.identity.role != "officer" else ctx.post_id or None


def dashboard(*, ctx: AppContext, post_id: str | None, on_done: Callable[[Dashboard], None]) -> int:
    """Overdue, due soon, open requests and recent meetings: of one post, or of all (None)."""

    def work(s: Session) -> Dashboard:
        from officerdesk.core.services.dashboard import (
            dashboard,  # the ORM behind it loads on the lane
        )

        return dashboard(s, post_id=post_id)

    return ctx.runner.query(work, on_done=on_done)


def search(*, ctx: AppContext, text: str, limit: int, on_done: Callable[[list[SearchHit]], None]) -> int:
    """Records matching `text` anywhere (the search index), best first."""

    def work(s: Session) -> list[SearchHit]:
        from officerdesk.core.search.index import search

        return search(s, text, limit=limit)

    return ctx.runner.query(work, on_done=on_done)


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

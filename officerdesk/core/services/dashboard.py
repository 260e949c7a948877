"""What the dashboard shows: today's work, counted (its shape and figures: `core/board.py`).

Fast on a 100,000-record profile because it reads only what is open: one query for the open
requests (the status index) and one for the open follow-ups (the done index), counted and sorted
in `board.assemble`; the planner's own choice (every live record through the deleted index) took
~0.6 s each. These statements are also compiled for the app's start (`store/quick_gen.py`), so
the dashboard fills before the ORM is loaded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from officerdesk.core.board import (
    LIMIT,
    SOON,
    Counted,
    Dashboard,
    DashboardItem,
    assemble,
    is_overdue,
    week_window,
)
from officerdesk.core.enums import OPEN_STATUSES
from officerdesk.core.models import CompanyRequest, FollowUp, Meeting, Outbox, SyncRecord, SyncState

__all__ = ["LIMIT", "SOON", "Counted", "Dashboard", "DashboardItem", "dashboard", "is_overdue", "open_follow_ups",
           "open_requests", "statements"]


def _scoped(stmt: Any, cls: type[SyncRecord], post_id: str | None, *, by_deleted: bool = True) -> Any:
    # by_deleted=False: the tombstone test wrapped so no index on `deleted` can serve it; with
    # one, SQLite read every live request (via the deleted index) to find the open ones: ~0.5 s
    # on 100,000 records, against ~0.08 s through the status (done) index
    live = cls.deleted.is_(False) if by_deleted else func.coalesce(cls.deleted, False).is_(False)
    stmt = stmt.where(live)
    return stmt.where(cls.post_id == post_id) if post_id else stmt


def statements(post_id: str | None, start: dt.datetime, week_end: dt.datetime) -> dict[str, Any]:
    """The dashboard's queries, by name: what `assemble` is given."""
    c, f, m = CompanyRequest, FollowUp, Meeting
    meetings = _scoped(select(m.id, m.title, m.starts_at, m.tz), m, post_id).where(m.starts_at >= start)
    return {
        "requests": _scoped(select(c.id, c.title, c.due, c.status, c.category).where(c.status.in_(OPEN_STATUSES)),
                            c, post_id, by_deleted=False),
        "follow_ups": _scoped(select(f.id, f.text, f.due, f.owner).where(f.done.is_(False)), f, post_id, by_deleted=False),
        "meetings": meetings.order_by(m.starts_at, m.id).limit(LIMIT),
        "this_week": meetings.where(m.starts_at < week_end).with_only_columns(func.count()),
        "pending": select(func.count()).select_from(Outbox).where(Outbox.state == "pending"),
        "last_sync": select(SyncState.last_sync_at).where(SyncState.id == 1),
    }


def dashboard(session: Session, *, post_id: str | None = None, today: dt.date | None = None) -> Dashboard:
    """The dashboard for one post (or every post, for HQ: post_id None)."""
    today = today or dt.date.today()
    q = statements(post_id, *week_window(today))
    rows = {name: session.execute(q[name]).all() for name in ("requests", "follow_ups", "meetings")}
    return assemble(today, **rows, this_week=int(session.scalar(q["this_week"]) or 0),
                    pending=int(session.scalar(q["pending"]) or 0), last_sync=session.scalar(q["last_sync"]))


def open_follow_ups(session: Session, post_id: str | None, lo: dt.date | None, hi: dt.date,
                    limit: int | None = LIMIT) -> tuple[DashboardItem, ...]:
    """Follow-ups not done, due in [lo, hi) (lo None: any time before hi), soonest first: the
    reminders' and the calendar export's deadlines."""
    stmt = _scoped(select(FollowUp), FollowUp, post_id).where(FollowUp.done.is_(False), FollowUp.due < hi)
    if lo is not None:
        stmt = stmt.where(FollowUp.due >= lo)
    rows = session.scalars(stmt.order_by(FollowUp.due, FollowUp.id).limit(limit)).all()
    return tuple(DashboardItem(FollowUp.record_type, r.id, r.text, r.due, r.owner) for r in rows if isinstance(r, FollowUp))


def open_requests(session: Session, post_id: str | None, lo: dt.date | None, hi: dt.date,
                  limit: int | None = LIMIT) -> tuple[DashboardItem, ...]:
    """Requests still open (OPEN_STATUSES), due in [lo, hi), soonest first."""
    stmt = _scoped(select(CompanyRequest), CompanyRequest, post_id).where(
        CompanyRequest.status.in_(OPEN_STATUSES), CompanyRequest.due < hi)
    if lo is not None:
        stmt = stmt.where(CompanyRequest.due >= lo)
    rows = session.scalars(stmt.order_by(CompanyRequest.due, CompanyRequest.id).limit(limit)).all()
    return tuple(DashboardItem(CompanyRequest.record_type, r.id, r.title, r.due, r.status)
                 for r in rows if isinstance(r, CompanyRequest))

"""What the dashboard shows: deadlines, open requests by status and category, recent meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from officerdesk.core.enums import OPEN_STATUSES
from officerdesk.core.models import CompanyRequest, FollowUp, Meeting, SyncRecord
from officerdesk.core.write.changes import pending_count, sync_state

SOON = dt.timedelta(days=14)
LIMIT = 8


@dataclass(frozen=True)
class DashboardItem:
    """One line on the dashboard; `type` and `id` open the record."""

    type: str
    id: str
    title: str
    date: dt.date | None
    detail: str = ""  # a status, meeting time zone or the like, as a code


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    overdue_follow_ups: tuple[DashboardItem, ...]
    upcoming_follow_ups: tuple[DashboardItem, ...]
    overdue_requests: tuple[DashboardItem, ...]
    upcoming_requests: tuple[DashboardItem, ...]
    open_by_status: dict[str, int]
    open_by_category: dict[str, int]
    recent_meetings: tuple[DashboardItem, ...]
    pending_sync: int
    last_sync: dt.datetime | None


def _scoped(stmt: Select[Any], cls: type[SyncRecord], post_id: str | None) -> Select[Any]:
    stmt = stmt.where(cls.deleted.is_(False))
    return stmt.where(cls.post_id == post_id) if post_id else stmt


def is_overdue(due: dt.date | None, today: dt.date) -> bool:
    """The overdue rule: due before today (due today is still on time). The queries below say
    the same in SQL (`due < today`); the reminders classify with this."""
    return due is not None and due < today


def open_follow_ups(session: Session, post_id: str | None, lo: dt.date | None, hi: dt.date,
                    limit: int | None = LIMIT) -> tuple[DashboardItem, ...]:
    """Follow-ups not done, due in [lo, hi) (lo None: any time before hi), soonest first."""
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


def _open_counts(session: Session, post_id: str | None, column: str) -> dict[str, int]:
    col = getattr(CompanyRequest, column)
    stmt = select(col, func.count()).where(CompanyRequest.deleted.is_(False), CompanyRequest.status.in_(OPEN_STATUSES))
    if post_id:
        stmt = stmt.where(CompanyRequest.post_id == post_id)
    return {str(code): int(n) for code, n in session.execute(stmt.group_by(col)).all()}


def _recent_meetings(session: Session, post_id: str | None, now: dt.datetime) -> tuple[DashboardItem, ...]:
    stmt = _scoped(select(Meeting), Meeting, post_id).where(Meeting.starts_at <= now)
    rows = session.scalars(stmt.order_by(Meeting.starts_at.desc()).limit(LIMIT)).all()
    return tuple(DashboardItem(Meeting.record_type, r.id, r.title, r.starts_at.date(), r.tz)
                 for r in rows if isinstance(r, Meeting))


def dashboard(session: Session, *, post_id: str | None = None, today: dt.date | None = None) -> Dashboard:
    """The dashboard for one post (or every post, for HQ: post_id None)."""
    today = today or dt.date.today()
    soon = today + SOON
    now = dt.datetime.combine(today, dt.time(23, 59))
    return Dashboard(
        today=today,
        overdue_follow_ups=open_follow_ups(session, post_id, None, today),
        upcoming_follow_ups=open_follow_ups(session, post_id, today, soon),
        overdue_requests=open_requests(session, post_id, None, today),
        upcoming_requests=open_requests(session, post_id, today, soon),
        open_by_status=_open_counts(session, post_id, "status"),
        open_by_category=_open_counts(session, post_id, "category"),
        recent_meetings=_recent_meetings(session, post_id, now),
        pending_sync=pending_count(session),
        last_sync=sync_state(session).last_sync_at,
    )

"""Activity figures for a post and period: exact counts straight from SQL (one query each)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, distinct, func, select
from sqlalchemy.orm import Session

from officerdesk.core import enums, timepolicy
from officerdesk.core.models import CompanyRequest, FollowUp, Meeting, Post, StatusChange, TrendNote
from officerdesk.core.report_dto import ActivityFigures, Period
from officerdesk.core.services import local_dates

# A request counts as closed in a period when it moved into one of these within it.
DONE_STATUSES = ("resolved", "closed", "rejected", "duplicate")


def bounds(period: Period, tz_name: str = "UTC") -> tuple[dt.datetime, dt.datetime]:
    """The period's local days in `tz_name` as naive UTC datetimes, for datetime columns."""
    return timepolicy.utc_bounds(period.start, period.end, tz_name)


def overdue_as_of(period: Period, today: dt.date | None = None) -> dt.date:
    """A request is overdue when still open and due before this day."""
    return min(period.end, today or dt.date.today())


def _scalar(session: Session, stmt: Select[Any]) -> int:
    return int(session.scalar(stmt) or 0)


def _grouped(session: Session, column: Any, *where: ColumnElement[bool]) -> tuple[tuple[str, int], ...]:
    rows = session.execute(select(column, func.count()).where(*where).group_by(column)).all()
    return tuple(sorted(((str(r[0]), int(r[1])) for r in rows), key=lambda r: (-r[1], r[0])))


def request_filters(post_id: str, period: Period) -> tuple[ColumnElement[bool], ...]:
    return (
        CompanyRequest.post_id == post_id,
        CompanyRequest.deleted.is_(False),
        CompanyRequest.received >= period.start,
        CompanyRequest.received < period.end,
    )


def overdue_filters(post_id: str, as_of: dt.date) -> tuple[ColumnElement[bool], ...]:
    return (
        CompanyRequest.post_id == post_id,
        CompanyRequest.deleted.is_(False),
        CompanyRequest.status.in_(enums.OPEN_STATUSES),
        CompanyRequest.due.is_not(None),
        CompanyRequest.due < as_of,
    )


def meeting_filters(session: Session, post_id: str, period: Period) -> tuple[ColumnElement[bool], ...]:
    """Meetings of the post held in the period, by their local date."""
    live = (Meeting.post_id == post_id, Meeting.deleted.is_(False))
    return (*live, local_dates.meetings_on_local_dates(period.start, period.end))


def follow_up_filters(post_id: str, period: Period) -> tuple[ColumnElement[bool], ...]:
    return (FollowUp.post_id == post_id, FollowUp.deleted.is_(False), FollowUp.due >= period.start, FollowUp.due < period.end)


def trend_filters(post_id: str, period: Period) -> tuple[ColumnElement[bool], ...]:
    return (TrendNote.post_id == post_id, TrendNote.deleted.is_(False), TrendNote.date >= period.start, TrendNote.date < period.end)


def _post_zone(session: Session, post_id: str) -> str:
    return timepolicy.record_zone(None, session.scalar(select(Post.tz).where(Post.id == post_id)))


def _closed(session: Session, post_id: str, period: Period) -> int:
    # a status change is dated on its post's calendar
    start, end = bounds(period, _post_zone(session, post_id))
    stmt = (
        select(func.count(distinct(StatusChange.request_id)))
        .join(CompanyRequest, CompanyRequest.id == StatusChange.request_id)
        .where(
            CompanyRequest.post_id == post_id,
            CompanyRequest.deleted.is_(False),
            StatusChange.deleted.is_(False),
            StatusChange.to_status.in_(DONE_STATUSES),
            StatusChange.at >= start,
            StatusChange.at < end,
        )
    )
    return _scalar(session, stmt)


def activity_figures(session: Session, post_id: str, period: Period, *, today: dt.date | None = None) -> ActivityFigures:
    count = func.count()
    requests = request_filters(post_id, period)
    follow_ups = follow_up_filters(post_id, period)
    meetings = meeting_filters(session, post_id, period)
    return ActivityFigures(
        requests_opened=_scalar(session, select(count).select_from(CompanyRequest).where(*requests)),
        requests_closed=_closed(session, post_id, period),
        requests_overdue=_scalar(
            session, select(count).select_from(CompanyRequest).where(*overdue_filters(post_id, overdue_as_of(period, today)))
        ),
        requests_open=_scalar(
            session,
            select(count).select_from(CompanyRequest).where(
                CompanyRequest.post_id == post_id,
                CompanyRequest.deleted.is_(False),
                CompanyRequest.status.in_(enums.OPEN_STATUSES),
            ),
        ),
        meetings_held=_scalar(session, select(count).select_from(Meeting).where(*meetings)),
        follow_ups_due=_scalar(session, select(count).select_from(FollowUp).where(*follow_ups)),
        follow_ups_done=_scalar(session, select(count).select_from(FollowUp).where(*follow_ups, FollowUp.done.is_(True))),
        trend_notes=_scalar(session, select(count).select_from(TrendNote).where(*trend_filters(post_id, period))),
        by_category=_grouped(session, CompanyRequest.category, *requests),
        by_status=_grouped(session, CompanyRequest.status, *requests),
        by_meeting_kind=_grouped(session, Meeting.kind, *meetings),
    )


def _add_pairs(a: tuple[tuple[str, int], ...], b: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    merged: dict[str, int] = dict(a)
    for key, n in b:
        merged[key] = merged.get(key, 0) + n
    return tuple(sorted(merged.items(), key=lambda r: (-r[1], r[0])))


def add(a: ActivityFigures, b: ActivityFigures) -> ActivityFigures:
    """The sum of two posts' figures (for the roll-up's total column)."""
    return ActivityFigures(
        requests_opened=a.requests_opened + b.requests_opened,
        requests_closed=a.requests_closed + b.requests_closed,
        requests_overdue=a.requests_overdue + b.requests_overdue,
        requests_open=a.requests_open + b.requests_open,
        meetings_held=a.meetings_held + b.meetings_held,
        follow_ups_due=a.follow_ups_due + b.follow_ups_due,
        follow_ups_done=a.follow_ups_done + b.follow_ups_done,
        trend_notes=a.trend_notes + b.trend_notes,
        by_category=_add_pairs(a.by_category, b.by_category),
        by_status=_add_pairs(a.by_status, b.by_status),
        by_meeting_kind=_add_pairs(a.by_meeting_kind, b.by_meeting_kind),
    )


def previous_period(period: Period) -> Period:
    """The period a brief compares against (전월·전분기·전년 대비): the one of the same kind just
    before; for a free range, the same number of days just before it."""
    start = period.start
    if period.kind == "month":
        first = dt.date(start.year - (start.month == 1), 12 if start.month == 1 else start.month - 1, 1)
        return Period(f"{first.year}-{first.month:02d}", "month", first, start)
    if period.kind == "quarter":
        first = dt.date(start.year - (start.month == 1), 10 if start.month == 1 else start.month - 3, 1)
        return Period(f"{first.year}-Q{(first.month - 1) // 3 + 1}", "quarter", first, start)
    if period.kind == "year":
        return Period(str(start.year - 1), "year", dt.date(start.year - 1, 1, 1), start)
    days = period.end - start
    first = start - days
    if period.kind == "week":
        year, week, _ = first.isocalendar()
        return Period(f"{year}-W{week:02d}", "week", first, start)
    return Period(f"{first.isoformat()}..{(start - dt.timedelta(days=1)).isoformat()}", "range", first, start)

"""The time policy in SQL: meetings selected by their local date, for figures and lists alike.

A meeting's date is its local date in its own zone, else its post's (`timepolicy.record_zone`).
Stored instants are naive UTC and SQLite knows no zones, so the comparison calls
`timepolicy.sql_local_date` (registered on every connection as `timepolicy.SQL_LOCAL_DATE`); an
outer UTC window, the range widened by the widest offset, keeps the index on starts_at in play.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, func, select, true

from officerdesk.core import timepolicy
from officerdesk.core.models import Meeting, Post

ZONE_SPAN = timepolicy.ZONE_SPAN


def meeting_zone() -> ColumnElement[str]:
    """The zone a meeting's date is read in (SQL): its own, else its post's, else UTC."""
    post_zone = select(Post.tz).where(Post.id == Meeting.post_id).scalar_subquery()
    return func.coalesce(func.nullif(Meeting.tz, ""), post_zone, "UTC")


def meeting_local_date() -> ColumnElement[str]:
    """A meeting's local date as ISO text (SQL)."""
    return getattr(func, timepolicy.SQL_LOCAL_DATE)(Meeting.starts_at, meeting_zone())  # type: ignore[no-any-return]


def meetings_on_local_dates(first: dt.date | None, end: dt.date | None) -> ColumnElement[bool]:
    """Meetings whose local date is in [first, end); a missing bound is open."""
    where: list[ColumnElement[bool]] = []
    if first is not None:
        where += [Meeting.starts_at >= dt.datetime.combine(first, dt.time()) - ZONE_SPAN, meeting_local_date() >= first.isoformat()]
    if end is not None:
        where += [Meeting.starts_at < dt.datetime.combine(end, dt.time()) + ZONE_SPAN, meeting_local_date() < end.isoformat()]
    return and_(true(), *where)

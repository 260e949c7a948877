"""Records as interchange dicts: the DOMAIN.md field names, ISO dates, links also by name.

What `Intake` reads back: an export imported into a fresh profile gives the same records (same
ids, same fields, the same status history).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.exchange.intake import IMPORTABLE, NAME_LINKS
from officerdesk.core.models import RECORD_TYPES, StatusChange, user_fields

BATCH = 1000
SKIPPED = {"deleted"}
Period = tuple[dt.date | None, dt.date | None]  # first and last day, either end open
OPEN_START, OPEN_END = dt.date(1900, 1, 1), dt.date(2999, 12, 30)  # an open end, for the meetings' zone windows


def value(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.replace(tzinfo=dt.UTC).isoformat() if v.tzinfo is None else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def records(session: Session, types: Sequence[str] = (), *, include_restricted: bool = False,
            period: Period | None = None) -> Iterator[dict[str, Any]]:
    """Every live record of these types (all importable ones by default), in import order;
    with a period, those whose own date (the list's date: a meeting's start, a request's
    receipt ...) falls in it; kinds without a date (organizations, companies) are all written."""
    for kind in [t for t in IMPORTABLE if not types or t in types]:
        cls = RECORD_TYPES[kind]
        fields = ["id", *(f for f in user_fields(cls) if f not in SKIPPED)]
        extra = _extras(session, kind)
        with_history = bool(kinds.named(kind).workflow)  # a workflow's moves travel as its history
        stmt = select(*(getattr(cls, f) for f in fields)).where(cls.deleted.is_(False), *in_period(session, kind, period))
        stmt = stmt.order_by(cls.id)
        if not include_restricted:
            stmt = stmt.where(cls.classification != "restricted")
        for part in session.execute(stmt.execution_options(yield_per=BATCH)).partitions(BATCH):
            histories = _histories(session, [r[0] for r in part]) if with_history else {}
            for row in part:
                item: dict[str, Any] = {"type": kind}
                item.update((f, value(v)) for f, v in zip(fields, row, strict=True))
                extra(item)
                if with_history:
                    item["history"] = histories.get(item["id"], [])
                yield item


def restricted(session: Session, types: Sequence[str] = (), period: Period | None = None) -> int:
    """How many live restricted records of these types an export without them leaves out."""
    return count(session, types, period=period, restricted_only=True)


def count(session: Session, types: Sequence[str] = (), *, include_restricted: bool = False,
          period: Period | None = None, restricted_only: bool = False) -> int:
    """How many records `records` gives for the same choice (an export's progress), or with
    restricted_only how many restricted ones it would give."""
    total = 0
    for kind in [t for t in IMPORTABLE if not types or t in types]:
        cls = RECORD_TYPES[kind]
        stmt = select(func.count()).select_from(cls).where(cls.deleted.is_(False), *in_period(session, kind, period))
        if restricted_only:
            stmt = stmt.where(cls.classification == "restricted")
        elif not include_restricted:
            stmt = stmt.where(cls.classification != "restricted")
        total += int(session.scalar(stmt) or 0)
    return total


def in_period(session: Session, kind: str, period: Period | None) -> list[ColumnElement[bool]]:
    """The conditions that keep a kind's records to the period's days (none for a kind without a
    date). A meeting's day is its local date in its own zone, as in the briefs' figures."""
    field_name = kinds.named(kind).date
    if period is None or field_name is None or period == (None, None):
        return []
    first, last = period
    if kind == kinds.MEETING.name:
        from officerdesk.core.services.local_dates import meetings_on_local_dates

        return [meetings_on_local_dates(first, last + dt.timedelta(days=1) if last is not None else None)]
    column = getattr(RECORD_TYPES[kind], field_name)
    conditions: list[ColumnElement[bool]] = []
    if first is not None:
        conditions.append(column >= first)
    if last is not None:
        conditions.append(column <= last)
    return conditions


def _extras(session: Session, kind: str) -> Any:
    """Adds a contact's organization name and a request's company name (found again on import)."""
    link = NAME_LINKS.get(kind)
    if link is None:
        return lambda item: None
    linked = kinds.named(link.kind).model()
    names = {r[0]: r[1] for r in session.execute(select(linked.id, getattr(linked, link.name)))}
    return lambda item: item.__setitem__(link.kind, names.get(item.get(link.column) or "", ""))


def _histories(session: Session, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    stmt = (
        select(StatusChange.request_id, StatusChange.from_status, StatusChange.to_status, StatusChange.at, StatusChange.note)
        .where(StatusChange.request_id.in_(ids), StatusChange.deleted.is_(False))
        .order_by(StatusChange.request_id, StatusChange.at, StatusChange.created_hlc)
    )
    for request_id, from_status, to_status, at, note in session.execute(stmt):
        out.setdefault(request_id, []).append({"from": from_status, "to": to_status, "at": value(at), "note": note})
    return out

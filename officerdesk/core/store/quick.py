"""The desktop's start-up reads on a plain SQLCipher connection, before SQLAlchemy is imported.

Importing SQLAlchemy and the mapped models costs more than everything else the app does before
its window shows (about 0.3 s of CPU), so the window's first rows do not wait for it: the op
runner's database thread answers the first page of the list the window reopens on, its count
and the profile's identity here, then imports the ORM for everything else.

The SQL is not written here: it is what SQLAlchemy compiles for the ORM's own queries
(`services.records.list_statement`, `count_statement`, `names_statement`), generated into
`quick_sql.py` by `quick_gen.py`, and tests compare both the text and the rows with the ORM's.
Each function answers None for anything it does not cover (a filter, an order compiled ahead
for no index, a profile without an identity yet); the caller then asks the ORM.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from officerdesk.core import board, kinds, saved_views, timepolicy
from officerdesk.core import dto as d
from officerdesk.core.listing import NO_FILTER, Filter, order_of
from officerdesk.core.store import quick_sql as q


class Connection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...




def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


# How SQLAlchemy's SQLite types hand a stored value to Python (None stays None).
DECODE: dict[str, Callable[[Any], Any]] = {
    "str": lambda v: v,
    "int": int,
    "bytes": bytes,
    "bool": bool,
    "datetime": dt.datetime.fromisoformat,
    "date": dt.date.fromisoformat,
    "json": _json,
}


def _default_day(record_type: str, flt: Filter) -> dt.date | None:
    """The day a list's default view was made for, when `flt` is that view; else None."""
    if record_type not in q.DEFAULT_PAGE:
        return None
    day = flt.date_from or dt.date.today()
    return day if flt == saved_views.default_filter(record_type, day) else None


def covers(record_type: str, flt: Filter) -> bool:
    """True when a list of this type with this filter is read here: every live record in an order
    compiled ahead, or the list's default view (what it opens on)."""
    unfiltered = dataclasses.replace(flt, order_by=None, descending=None) == NO_FILTER
    if unfiltered and (record_type, *order_of(record_type, flt)) in q.FIRST_PAGE:
        return True
    return _default_day(record_type, flt) is not None


def _fill(parameters: tuple[tuple[str, Any], ...], day: dt.date | None, limit: int = 0) -> list[Any]:
    values = {"limit": limit, "offset": 0, "day": day.isoformat() if day else None,
              "day_utc_from": _stamp(dt.datetime.combine(day, dt.time()) - timepolicy.ZONE_SPAN) if day else None}
    return [value if how == "value" else values[how] for how, value in parameters]


def _page(record_type: str, flt: Filter, limit: int) -> tuple[str, list[Any]]:
    day = _default_day(record_type, flt)
    if day is not None:
        sql, parameters = q.DEFAULT_PAGE[record_type]
        return sql, _fill(parameters, day, limit)
    return q.FIRST_PAGE[(record_type, *order_of(record_type, flt))], [limit, 0]


def first_page(conn: Connection, record_type: str, flt: Filter, limit: int) -> list[d.RecordDTO] | None:
    """The list's first `limit` records as `records.list_records` gives them; None: not covered."""
    if not covers(record_type, flt):
        return None
    sql, parameters = _page(record_type, flt, limit)
    cls = kinds.named(record_type).dto
    fields = [f.name for f in dataclasses.fields(cls)]
    link = q.NAMES.get(record_type)
    wanted_columns = {*fields, *(link[:1] if link else ())}  # a DTO has no field clocks: not decoded
    decoders = [(i, name, DECODE[kind]) for i, (name, kind) in enumerate(q.COLUMNS[record_type]) if name in wanted_columns]
    rows = [
        {name: (None if raw[i] is None else decode(raw[i])) for i, name, decode in decoders}
        for raw in conn.execute(sql, parameters).fetchall()
    ]
    extra: dict[int, dict[str, Any]] = {}
    if link is not None and rows:
        id_attr, field, names_sql = link
        wanted = sorted({str(r[id_attr]) for r in rows if r[id_attr]})
        names: dict[str, str] = {}
        if wanted:
            found = conn.execute(names_sql.replace(q.POSTCOMPILE, ", ".join("?" * len(wanted))), wanted)
            names = {row[0]: row[1] for row in found.fetchall()}
        extra = {i: {field: names.get(r[id_attr] or "", "")} for i, r in enumerate(rows)}
    out: list[d.RecordDTO] = []
    for i, row in enumerate(rows):
        values = {**row, **extra.get(i, {})}
        kwargs: dict[str, Any] = {name: (tuple(values[name]) if isinstance(values[name], list) else values[name])
                                  for name in fields if name in values}
        out.append(cls(**kwargs))
    return out


def count(conn: Connection, record_type: str, flt: Filter) -> int | None:
    """`records.count` for a covered list; None: not covered."""
    if not covers(record_type, flt):
        return None
    day = _default_day(record_type, flt)
    if day is not None:
        sql, parameters = q.DEFAULT_COUNT[record_type]
        return int(conn.execute(sql, _fill(parameters, day)).fetchone()[0] or 0)
    return int(conn.execute(q.COUNT[record_type]).fetchone()[0] or 0)


def _stamp(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy's SQLite DateTime stores it


def dashboard(conn: Connection, post_id: str | None, today: dt.date | None = None) -> board.Dashboard:
    """`services.dashboard.dashboard` from its compiled statements: the dashboard the app reopens
    on fills while the ORM is still loading."""
    today = today or dt.date.today()
    start, week_end = board.week_window(today)
    values = {"post": post_id, "start": _stamp(start), "week_end": _stamp(week_end)}
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for name in ("requests", "follow_ups", "meetings", "this_week", "pending", "last_sync"):
        sql, parameters, kinds_ = q.BOARD[(name, bool(post_id))]
        filled = [value if how == "value" else values[how] for how, value in parameters]
        decoders = [DECODE[k] for k in kinds_]
        rows[name] = [tuple(None if v is None else decode(v) for v, decode in zip(raw, decoders, strict=True))
                      for raw in conn.execute(sql, filled).fetchall()]
    last = rows["last_sync"]
    return board.assemble(today, requests=rows["requests"], follow_ups=rows["follow_ups"], meetings=rows["meetings"],
                          this_week=int(rows["this_week"][0][0]), pending=int(rows["pending"][0][0]),
                          last_sync=last[0][0] if last else None)


def identity(conn: Connection) -> d.Identity | None:
    """`services.identity.current` when the profile has one; None when it has none yet (the
    first-run set-up, through the ORM, creates it)."""
    row = conn.execute(q.SYNC_STATE, (1,)).fetchone()
    if row is None:
        return None
    state = dict(zip(q.IDENTITY_COLUMNS, row, strict=True))
    if not state["post_id"]:
        return None
    post = conn.execute(q.POST_CODE, (state["post_id"],)).fetchone()
    return d.Identity(
        post_id=state["post_id"],
        post_code=post[0] if post else "",
        officer_id=state["officer_id"],
        officer_name=state["officer_name"],
        role=state["role"],
        site_id=state["site_id"],
        enrolled=bool(state["device_id"]),
    )

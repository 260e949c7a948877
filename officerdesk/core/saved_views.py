"""Saved views of a list: the ones every officer has, and the filters an officer saves.

A view is a named `listing.Filter`. The built-in ones are made for a day (`today`), so "this
week's meetings" moves with the calendar; an officer's own are kept as the filter they saved
(`to_json` / `from_json`; the app keeps them in the profile's settings). Stdlib only, like
`listing`: a list's first page at start-up is described before the ORM loads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from officerdesk.core import kinds
from officerdesk.core.listing import Filter


@dataclass(frozen=True)
class View:
    key: str  # "default", a built-in view's key, or "user:<name>"
    record_type: str
    name: str  # English source text of a built-in view (translated when shown); an officer's own name
    make: Callable[[dt.date, str | None], Filter]  # (today, my officer id) -> the filter


def _week(today: dt.date) -> tuple[dt.date, dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


MEETING, REQUEST, FOLLOW_UP = kinds.MEETING.name, kinds.COMPANY_REQUEST.name, kinds.FOLLOW_UP.name

# What a list opens on: today's work, not its history. Meetings from today on, soonest first;
# open requests and follow-ups by due date (a request without one last).
DEFAULTS: dict[str, View] = {
    MEETING: View("default", MEETING, "Upcoming meetings",
                  lambda today, _me: Filter(date_from=today, order_by="starts_at", descending=False)),
    REQUEST: View("default", REQUEST, "Open requests",
                  lambda _today, _me: Filter(open_only=True, order_by="due", descending=False)),
    FOLLOW_UP: View("default", FOLLOW_UP, "Open follow-ups",
                    lambda _today, _me: Filter(open_only=True, order_by="due", descending=False)),
}

BUILT_IN: tuple[View, ...] = (
    View("mine", REQUEST, "My open requests",
         lambda _today, me: Filter(open_only=True, assignee=me, order_by="due", descending=False)),
    View("overdue", REQUEST, "Overdue",
         lambda today, _me: Filter(due_before=today, order_by="due", descending=False)),
    View("this_week", MEETING, "This week's meetings",
         lambda today, _me: Filter(date_from=_week(today)[0], date_to=_week(today)[1], order_by="starts_at",
                                   descending=False)),
    View("overdue", FOLLOW_UP, "Overdue",
         lambda today, _me: Filter(due_before=today, order_by="due", descending=False)),
)


def default_filter(record_type: str, today: dt.date, me: str | None = None) -> Filter:
    """The filter a list opens on (every live record for a type without a default view)."""
    view = DEFAULTS.get(record_type)
    return view.make(today, me) if view else Filter()


def built_in(record_type: str) -> list[View]:
    """The views every officer has for this type: its default first ("All" is the view without one)."""
    out = [DEFAULTS[record_type]] if record_type in DEFAULTS else []
    return out + [v for v in BUILT_IN if v.record_type == record_type]


def find(record_type: str, key: str) -> View | None:
    return next((v for v in built_in(record_type) if v.key == key), None)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return list(value) if isinstance(value, tuple | list) else value


DATES = ("date_from", "date_to", "due_before")


def to_json(flt: Filter) -> str:
    """An officer's saved filter as text (only what differs from no filter)."""
    plain = {f.name: _plain(getattr(flt, f.name)) for f in dataclasses.fields(Filter)
             if getattr(flt, f.name) != f.default}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> Filter:
    """A saved filter back; fields this version does not know (a newer app's) are left out."""
    raw = json.loads(text)
    known = {f.name for f in dataclasses.fields(Filter)}
    values: dict[str, Any] = {}
    for name, value in raw.items() if isinstance(raw, dict) else ():
        if name not in known:
            continue
        if name in DATES and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return Filter(**values)

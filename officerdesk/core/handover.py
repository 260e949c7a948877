"""What a handover (인수인계) moves from a departing officer to the successor: one rule, on field
values as they travel (`encode_value`: dates and times as ISO text), so HQ (on its stored JSON) and
the laptop (offline, on its rows) move exactly the same records.

Open work only: a request still open and assigned to the departing officer, a follow-up not done
whose owner is the departing officer (owners are free text: matched on the officer's name), and
a meeting not yet begun that the departing officer attends. Closed work keeps its history as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from officerdesk.core import enums, kinds, timepolicy

HANDED_OVER = (kinds.COMPANY_REQUEST.name, kinds.FOLLOW_UP.name, kinds.MEETING.name)
# the field that says whose work a record is (its clock tells who last gave it to whom)
ASSIGNING = {kinds.COMPANY_REQUEST.name: "assignee_id", kinds.FOLLOW_UP.name: "owner", kinds.MEETING.name: "officer_ids"}


@dataclass(frozen=True)
class Parties:
    """The departing officer and the successor, as the records name them."""

    from_id: str
    from_name: str
    to_id: str
    to_name: str


def _same_name(a: Any, b: str) -> bool:
    return isinstance(a, str) and bool(b.strip()) and a.strip().casefold() == b.strip().casefold()


def _upcoming(starts_at: Any, now: dt.datetime) -> bool:
    if not isinstance(starts_at, str) or not starts_at:
        return False
    try:
        start = dt.datetime.fromisoformat(starts_at)
    except ValueError:
        return False
    start = start.replace(tzinfo=dt.UTC) if start.tzinfo is None else start.astimezone(dt.UTC)
    return start >= now.astimezone(dt.UTC)


def moves(record_type: str, values: Mapping[str, Any], parties: Parties, now: dt.datetime) -> dict[str, Any]:
    """The field values that hand this record over (empty: it stays as it is).

    `values` are the record's fields as they travel; `now` is aware (meetings from now on move)."""
    if values.get("deleted"):
        return {}
    if record_type == kinds.COMPANY_REQUEST.name:
        if values.get("assignee_id") == parties.from_id and values.get("status") in enums.OPEN_STATUSES:
            return {"assignee_id": parties.to_id}
    elif record_type == kinds.FOLLOW_UP.name:
        if not values.get("done") and _same_name(values.get("owner"), parties.from_name):
            return {"owner": parties.to_name}
    elif record_type == kinds.MEETING.name:
        officers = values.get("officer_ids") or []
        if isinstance(officers, list) and parties.from_id in officers and _upcoming(values.get("starts_at"), now):
            swapped = [parties.to_id if o == parties.from_id else o for o in officers]
            return {"officer_ids": list(dict.fromkeys(swapped))}  # the successor once, where the departing stood
    return {}


def assigned_to(record_type: str, values: Mapping[str, Any], officer_id: str, officer_name: str,
                now: dt.datetime) -> bool:
    """Whether this record is the officer's open work (what a handover would move; the successor's
    card lists these)."""
    return bool(moves(record_type, values, Parties(officer_id, officer_name, "", ""), now))


def leaving_day_reached(on: dt.date, post_tz: str, now: dt.datetime) -> bool:
    """True from the start of `on` in the post's own time zone (the day the officer hands over)."""
    return timepolicy.local_date(now, post_tz) >= on

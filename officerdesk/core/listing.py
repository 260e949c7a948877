"""What a record list asks for (`Filter`) and how lists are ordered by default.

Kept free of SQLAlchemy so the desktop app can describe a list before the ORM is imported
(`core/quick.py` reads a list's first page at start-up); `services/records.py` builds the
queries from these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

# What a list is sorted by when the caller does not say.
DEFAULT_ORDER: dict[str, tuple[str, bool]] = {
    "meeting": ("starts_at", True),
    "company_request": ("received", True),
    "contact": ("name", False),
    "organization": ("name", False),
    "company": ("name_ko", False),
    "follow_up": ("due", False),
    "trend_note": ("date", True),
    "brief": ("updated_at", True),
    "conflict": ("updated_at", True),
}


@dataclasses.dataclass(frozen=True)
class Filter:
    """What a list shows. Text matches the title/name with LIKE; full-text search is search.py."""

    text: str = ""
    post_id: str | None = None
    status: Sequence[str] = ()
    category: Sequence[str] = ()
    priority: Sequence[str] = ()
    kind: Sequence[str] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    open_only: bool = False
    include_deleted: bool = False
    order_by: str | None = None
    descending: bool | None = None


NO_FILTER = Filter()  # every live record, in the default order

TITLE_FIELD = {
    "meeting": "title", "company_request": "title", "contact": "name", "organization": "name",
    "company": "name_ko", "follow_up": "text", "trend_note": "title", "brief": "title",
    "conflict": "field", "post": "code", "officer": "name", "attachment": "filename",
}
DATE_FIELD = {
    "meeting": "starts_at", "company_request": "received", "follow_up": "due", "trend_note": "date",
    "contact": "last_contacted",
}


def order_of(record_type: str, flt: Filter) -> tuple[str, bool]:
    """The column a list is sorted by and whether descending (the filter's, else the default)."""
    order, desc = DEFAULT_ORDER.get(record_type, ("updated_at", True))
    if flt.order_by:
        order = flt.order_by
    if flt.descending is not None:
        desc = flt.descending
    return order, desc

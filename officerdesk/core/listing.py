"""What a record list asks for (`Filter`) and how lists are ordered by default.

Kept free of SQLAlchemy so the desktop app can describe a list before the ORM is imported
(`core/store/quick.py` reads a list's first page at start-up); `services/records.py` builds the
queries from these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from officerdesk.core import kinds

# What a list is sorted by when the caller does not say.
DEFAULT_ORDER: dict[str, tuple[str, bool]] = {k.name: k.order for k in kinds.KINDS}


@dataclasses.dataclass(frozen=True)
class Filter:
    """What a list shows. Text is matched by the search index (`search.index.matching_ids`)."""

    text: str = ""
    post_id: str | None = None
    status: Sequence[str] = ()
    category: Sequence[str] = ()
    priority: Sequence[str] = ()
    kind: Sequence[str] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    open_only: bool = False
    due_before: dt.date | None = None  # open requests / follow-ups due before this day: overdue
    assignee: str | None = None  # requests of this officer, and those nobody has taken
    include_deleted: bool = False
    order_by: str | None = None
    descending: bool | None = None


NO_FILTER = Filter()  # every live record, in the default order

TITLE_FIELD: dict[str, str] = {k.name: k.title for k in kinds.KINDS}
DATE_FIELD: dict[str, str] = {k.name: k.date for k in kinds.KINDS if k.date}


def order_of(record_type: str, flt: Filter) -> tuple[str, bool]:
    """The column a list is sorted by and whether descending (the filter's, else the default)."""
    order, desc = DEFAULT_ORDER.get(record_type, kinds.RECENT_FIRST)
    if flt.order_by:
        order = flt.order_by
    if flt.descending is not None:
        desc = flt.descending
    return order, desc

"""A record list's pages and its count.

`plain=True` reads on a plain connection (`core.quick`), answered before the ORM is loaded: a
list's first load at start, when quick covers its filter (`quick.covers`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from officerdesk.core.dto import RecordDTO
    from officerdesk.core.listing import Filter
    from officerdesk.ui.context import AppContext

Finished = Callable[[bool], None] | None


def list_page(*, ctx: AppContext, kind: str, flt: Filter, limit: int, offset: int = 0, plain: bool = False,
              on_done: Callable[[list[RecordDTO]], None], on_finished: Finished = None) -> int:
    """One page of records of `kind` under `flt`, in its order."""
    if plain:
        from officerdesk.core.store import quick

        return ctx.runner.query_plain(lambda c: quick.first_page(c, kind, flt, limit),
                                      on_done=on_done, on_finished=on_finished)
    return ctx.runner.query(lambda s: _records().list_records(s, kind, flt, offset=offset, limit=limit),
                            on_done=on_done, on_finished=on_finished)


def count_records(*, ctx: AppContext, kind: str, flt: Filter, plain: bool = False,
                  on_done: Callable[[int], None]) -> int:
    """How many records of `kind` `flt` lets through."""
    if plain:
        from officerdesk.core.store import quick

        return ctx.runner.query_plain(lambda c: quick.count(c, kind, flt), on_done=on_done)
    return ctx.runner.query(lambda s: _records().count(s, kind, flt), on_done=on_done)


def _records() -> Any:
    """The records service, imported on the database thread when a query first needs it."""
    from officerdesk.core.services import records

    return records

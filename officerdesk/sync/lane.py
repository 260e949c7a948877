"""How sync code runs a unit of database work: through the caller's lane, or on its own.

The desktop app has one database thread (one SQLite writer); it passes a `Lane` that runs
fn(session) there and waits for the result, so a sync's HTTP round trips stay on a worker
thread while every read and write of the profile happens on the app's database thread. The
command line passes none: each unit then opens its own session where it is called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from officerdesk.core.store.db import Store

T = TypeVar("T")
Lane = Callable[[Callable[["Session"], Any]], Any]


def run_unit(store: Store, lane: Lane | None, fn: Callable[[Session], T], *, remote: bool = True) -> T:
    """fn(session) as one local transaction; `remote` sessions write no outbox rows."""

    def unit(s: Session) -> T:
        s.info["remote"] = remote
        return fn(s)

    if lane is None:
        with store.session_factory.begin() as s:
            return unit(s)
    return cast(T, lane(unit))

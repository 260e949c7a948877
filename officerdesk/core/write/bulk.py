"""Writing many new records fast, with exactly the rows a normal edit makes.

Flushing mapped objects through the ORM's unit of work costs about 300 us a record; this path
costs a fraction of that. Records are built as mapped objects but written with one `executemany`
per table and batch, after being stamped by the same functions the before_flush hook in
`changes.py` uses (defaults, field clocks, upsert and transition mutations), and indexed by the
same `search.reindex`. A request is written as `received` and then walked along its status
moves, as `requests.transition` would: one StatusChange and one `transition` mutation a move.
The caller owns the transaction, so a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import Table
from sqlalchemy.orm import Session
from sqlalchemy.orm.instrumentation import manager_of_class

from officerdesk.core.ids import uuid7
from officerdesk.core.models import (
    CompanyRequest,
    Outbox,
    StatusChange,
    SyncRecord,
    user_fields,
    utcnow,
)
from officerdesk.core.store.planner import refresh_statistics
from officerdesk.core.write import changes, rows
from officerdesk.core.write.stamp import Stamper
from officerdesk.errors import Cancelled
from officerdesk.protocol import rules

BATCH = 2000
BULK_CACHE_KIB = 64 * 1024

Progress = Callable[[float, str], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


# One status move: (to_status, when, note).
Move = tuple[str, dt.datetime, str]

R = TypeVar("R", bound=SyncRecord)


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk write runs.

    A batch keeps thousands of new dicts and lists alive until it is written, so the collector
    ran often and walked all of them (and everything else the process holds) each time: a fifth
    of an import's CPU time, for no garbage, since records form no reference cycles (their ORM
    state points back at them weakly). Reference counting still frees everything as usual; any
    cycle made meanwhile is collected once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def new_record(cls: type[R], values: dict[str, Any]) -> R:
    """A new record for a BatchWriter, its values set without the ORM's attribute events.

    The same object `cls(**values)` makes, at a third of the cost: a bulk write never hands it to
    a session (Batch reads and stamps its `__dict__`), so there is no history to keep.
    """
    manager = manager_of_class(cls)
    obj: R = manager.new_instance()
    obj.__dict__.update(values)
    return obj


class BatchWriter:
    """Collects new records and writes them `batch` at a time inside the caller's transaction."""

    def __init__(
        self,
        session: Session,
        *,
        total: int = 0,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
        message: str = "",
        batch: int = BATCH,
        position: Callable[[], int] | None = None,
    ) -> None:
        self.session = session
        self.total = total
        # how far the work has got, in the units of `total` (an import: bytes of its file read);
        # without it, the number of records written
        self.position = position
        self.progress = progress
        self.cancel = cancel
        self.message = message
        self.batch = batch
        self.counts: Counter[str] = Counter()
        self._pending: list[tuple[SyncRecord, Sequence[Move]]] = []
        self._cache_size: int | None = None

    def add(self, obj: SyncRecord, moves: Sequence[Move] = ()) -> None:
        """Queue a new record (not added to the session); a request starts as `received`."""
        if isinstance(obj, CompanyRequest):
            for name, value in rules.REQUEST_INITIAL.items():
                setattr(obj, name, value)
        self._pending.append((obj, moves))
        if len(self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        if not self._pending:
            return
        self.session.flush()  # anything the caller left pending goes first, through the hooks
        if self._cache_size is None:
            conn = self.session.connection()
            self._cache_size = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
            # a big insert spills fewer (encrypted) pages mid-transaction with a roomier page cache
            conn.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        batch = Batch(self.session)
        for obj, moves in self._pending:
            batch.create(obj)
            for move in moves:
                batch.move(obj, move)  # type: ignore[arg-type]
            self.counts[obj.record_type] += 1
        batch.write()
        self._pending = []
        if self.progress is not None and self.total:
            done = self.position() if self.position is not None else sum(self.counts.values())
            self.progress(min(done / self.total, 1.0), self.message)

    def close(self) -> dict[str, int]:
        self.flush()
        if self._cache_size is not None:
            self.session.connection().exec_driver_sql(f"PRAGMA cache_size = {self._cache_size}")
            self._cache_size = None
            # Tables just grew by thousands of rows: without statistics SQLite reads a meeting's
            # follow-ups through the (deleted, due) index, all of them (110 ms a save on 100,000
            # records instead of 2 ms). ANALYZE when there are none, else PRAGMA optimize.
            refresh_statistics(self.session)
        return dict(self.counts)


class Batch:
    """One batch of stamped rows and their mutations, in the order a user would have made them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.stamper = Stamper(session, changes.sync_state(session))
        self.records: list[SyncRecord] = []
        self.outbox: list[dict[str, Any]] = []

    def _stamp(self, obj: SyncRecord, fields: list[str], now: dt.datetime | None = None) -> str:
        """The one stamp (`stamp.Stamper`), on the new object's own dict (no session ever sees it
        before the INSERT)."""
        values = obj.__dict__
        hlc, stamped = self.stamper.stamp(values.get, fields, now or utcnow())
        values.update(stamped)
        return hlc

    def _queue(self, name: str, args: dict[str, Any], hlc: str) -> None:
        self.outbox.append({"name": name, "args": args, "hlc": hlc, "state": "pending", "reason": ""})

    def create(self, obj: SyncRecord) -> None:
        now = utcnow()
        values = obj.__dict__
        values.update(rows.missing_defaults(type(obj), values, now))
        fields = _fields(type(obj))
        hlc = self._stamp(obj, fields, now)
        pushed = _pushed(obj.record_type, tuple(fields))  # conflicts are HQ-made; no local-only fields
        if pushed:
            self._queue("upsert", changes.upsert_args(obj, pushed, values.get), hlc)
        if isinstance(obj, StatusChange):
            self._queue("transition", changes.transition_args(obj, values.get), hlc)
        self.records.append(obj)

    def move(self, request: CompanyRequest, move: Move) -> None:
        to_status, at, note = move
        values = request.__dict__
        change = new_record(StatusChange, {
            "id": uuid7(), "post_id": values["post_id"], "classification": values["classification"],
            "request_id": values["id"], "from_status": values["status"], "to_status": to_status, "at": at, "note": note})
        self.create(change)
        values["status"] = to_status
        fields = ["status"]
        if to_status == "escalated" and not values.get("escalated"):
            values["escalated"] = True
            fields.append("escalated")
        self._stamp(request, fields)

    def write(self) -> None:
        tables: dict[Table, list[SyncRecord]] = {}
        for obj in self.records:
            tables.setdefault(obj.__table__, []).append(obj)  # type: ignore[arg-type]
        conn = self.session.connection()
        for table, objs in tables.items():
            # the objects' own dicts, read without the ORM's descriptors (no session ever saw them)
            rows.insert_plan(table, conn.dialect).write(conn, [vars(obj) for obj in objs])
        if self.outbox:
            rows.insert_plan(Outbox.__table__, conn.dialect).write(conn, self.outbox)  # type: ignore[arg-type]
        self.stamper.close()
        from officerdesk.core.search import index as search

        indexed = [o for o in self.records if o.record_type in search.INDEXED_TYPES]
        if indexed:
            search.reindex(self.session, indexed)


@functools.cache
def _fields(cls: type[SyncRecord]) -> list[str]:
    return user_fields(cls)


@functools.cache
def _pushed(record_type: str, fields: tuple[str, ...]) -> list[str]:
    """What a new record's upsert carries (`rules.pushed_fields`, once per type)."""
    return rules.pushed_fields(record_type, list(fields), new=True)


def legal_path(to_status: str, start: str = "received") -> list[str]:
    """The shortest run of allowed moves from `start` to `to_status` (empty when already there)."""
    from officerdesk.core.enums import TRANSITIONS

    paths: dict[str, list[str]] = {start: []}
    queue = [start]
    while queue:
        here = queue.pop(0)
        if here == to_status:
            return paths[here]
        for nxt in TRANSITIONS.get(here, ()):
            if nxt not in paths:
                paths[nxt] = [*paths[here], nxt]
                queue.append(nxt)
    raise ValueError(f"no legal path from {start} to {to_status}")


def is_legal(moves: Sequence[str], start: str = "received") -> bool:
    from officerdesk.core.enums import TRANSITIONS

    here = start
    for nxt in moves:
        if nxt not in TRANSITIONS.get(here, ()):
            return False
        here = nxt
    return True

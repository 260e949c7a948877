"""The generic record store at HQ: field values, field clocks and the change log, written together.

A field clock is `[hlc, site_id, seq, device_id, author]`: the last accepted write of that field,
`seq` being the change number it got. Every accepted write appends one `hq_change` row in the
same transaction, numbered from `hq_meta.next_seq` under the server-wide write lock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from officerdesk.core.clock import HybridClock, decode, encode
from officerdesk.hq.database import meta_row
from officerdesk.hq.store import Change, Record, ServerMeta
from officerdesk.protocol import rules

EVERY_POST = "*"          # the scope of records HQ publishes to every post
PUBLISHED_TYPES = rules.EVERY_POST_TYPES
HQ_SITE = "hq"
_server_clock = HybridClock()


@dataclass(frozen=True)
class Stamp:
    """Who wrote a value and when: the clock every field of one write gets."""

    hlc: str
    site: str
    device: str = ""
    author: str = ""


def server_stamp(author: str = "HQ") -> Stamp:
    """A stamp for what HQ itself writes (published posts and officers, conflict records)."""
    return Stamp(_server_clock.now(), HQ_SITE, "", author)


def after(hlc: str, floor: str | None) -> str:
    """`hlc`, or the tick just after `floor` when that is later: a clock that only moves forward."""
    if not floor or hlc > floor:
        return hlc
    wall, counter = decode(floor)
    return encode(wall, counter + 1) if counter < 0xFFFF else encode(wall + 1, 0)


def scope_of(record_type: str, post_id: str) -> str:
    return EVERY_POST if record_type in PUBLISHED_TYPES else post_id


def load(session: Session, ids: Iterable[str]) -> dict[str, Record]:
    wanted = list(set(ids))
    found: dict[str, Record] = {}
    for i in range(0, len(wanted), 500):
        found.update((r.id, r) for r in session.scalars(select(Record).where(Record.id.in_(wanted[i:i + 500]))))
    return found


def write_fields(pending: list[dict[str, Any]], record: tuple[str, str, str], data: dict[str, Any],
                 clocks: dict[str, Any], values: dict[str, Any], stamp: Stamp, seq: int) -> int:
    """Set `values` into a record's `data` and `clocks`, numbered from `seq` one field after another,
    and queue their change rows on `pending`; returns the next free seq. `record` is (type, id, post)."""
    record_type, record_id, post_id = record
    scope = scope_of(record_type, post_id)
    author = stamp.author[:200]
    for name, value in values.items():
        pending.append({
            "seq": seq, "type": record_type, "record_id": record_id, "post_id": post_id, "scope": scope,
            "field": name, "value": value, "hlc": stamp.hlc, "site_id": stamp.site, "device_id": stamp.device,
            "author": author,
        })
        data[name] = value
        clocks[name] = [stamp.hlc, stamp.site, seq, stamp.device, author]
        seq += 1
    return seq


class Writer:
    """Writes fields of records and their change rows inside one `Database.write()` transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.meta = meta_row(session)
        # change rows go in with one INSERT when the transaction commits: each statement inside
        # the server-wide write lock is a round trip every other writer waits for
        self.pending: list[dict[str, Any]] = []
        event.listen(session, "before_commit", self._insert_pending)

    def _insert_pending(self, _session: Session) -> None:
        rows, self.pending = self.pending, []
        if rows:
            self.session.execute(insert(Change), rows)

    def new_record(self, record_type: str, record_id: str, post_id: str) -> Record:
        rec = Record(id=record_id, type=record_type, post_id=post_id, data={}, clocks={}, deleted=False)
        self.session.add(rec)
        return rec

    def set_fields(self, rec: Record, values: dict[str, Any], stamp: Stamp) -> None:
        if not values:
            return
        data, clocks = dict(rec.data or {}), dict(rec.clocks or {})
        seq = write_fields(self.pending, (rec.type, rec.id, rec.post_id), data, clocks, values, stamp,
                           self.meta.next_seq)
        if not rec.created_seq:
            rec.created_seq = self.meta.next_seq
        self.meta.next_seq = seq
        rec.updated_seq = seq - 1
        rec.data, rec.clocks = data, clocks
        if "deleted" in values:
            rec.deleted = bool(values["deleted"])
        if isinstance(values.get("sha256"), str):
            rec.sha256 = values["sha256"] or None

    def publish(self, record_type: str, record_id: str, post_id: str, values: dict[str, Any], stamp: Stamp) -> Record:
        """Create or update a record HQ itself owns, with every given field as a change."""
        rec = self.session.get(Record, record_id) or self.new_record(record_type, record_id, post_id)
        self.set_fields(rec, values, stamp)
        return rec


# ---- the push path: plain rows and Core statements -------------------------------------------


@dataclass(slots=True, eq=False)
class Row:
    """One `hq_record` row as plain values: what a push reads, decides on and writes back."""

    id: str
    type: str
    post_id: str
    data: dict[str, Any]
    clocks: dict[str, Any]
    deleted: bool
    created_seq: int = 0
    updated_seq: int = 0
    sha256: str | None = None
    new: bool = False


_ROW_COLUMNS = (Record.id, Record.type, Record.post_id, Record.data, Record.clocks, Record.deleted,
                Record.created_seq, Record.updated_seq, Record.sha256)
_RECORD, _CHANGE, META = (cast(Table, m.__table__) for m in (Record, Change, ServerMeta))
# built once: an IN list given as a value is not coerced id by id on every call
_LOAD = select(*_ROW_COLUMNS).where(Record.id.in_(bindparam("ids", expanding=True)))


def load_rows(session: Session, ids: Iterable[str]) -> dict[str, Row]:
    """The records with these ids, one SELECT per 500."""
    wanted = list(set(ids))
    found: dict[str, Row] = {}
    for i in range(0, len(wanted), 500):
        for r in session.execute(_LOAD, {"ids": wanted[i:i + 500]}):
            found[r[0]] = Row(r[0], r[1], r[2], r[3] or {}, r[4] or {}, bool(r[5]), r[6] or 0, r[7] or 0, r[8])
    return found


@dataclass(eq=False)
class RowWriter:
    """`Writer` for a push: decides on `Row`s and writes them with a few Core statements.

    Change numbers are handed out from 1 while the push is decided (`renumber` moves them after
    HQ's head once the server-wide lock is held); `flush` then writes new records with one
    INSERT, changed ones with one executemany UPDATE and the change rows with one INSERT."""

    session: Session
    rows: dict[str, Row]
    next_seq: int = 1
    pending: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    clocks: list[list[Any]] = dataclasses.field(default_factory=list)   # the clocks written, to renumber
    dirty: dict[str, Row] = dataclasses.field(default_factory=dict)
    created: set[str] = dataclasses.field(default_factory=set)          # rows whose created_seq is this push's

    def new_record(self, record_type: str, record_id: str, post_id: str) -> Row:
        row = Row(record_id, record_type, post_id, {}, {}, False, new=True)
        self.rows[record_id] = row
        return row

    def set_fields(self, row: Row, values: dict[str, Any], stamp: Stamp) -> None:
        if not values:
            return
        first = self.next_seq
        seq = write_fields(self.pending, (row.type, row.id, row.post_id), row.data, row.clocks, values, stamp, first)
        self.clocks.extend(row.clocks[name] for name in values)
        if not row.created_seq:
            row.created_seq = first
            self.created.add(row.id)
        self.next_seq = seq
        row.updated_seq = seq - 1
        if "deleted" in values:
            row.deleted = bool(values["deleted"])
        if isinstance(values.get("sha256"), str):
            row.sha256 = values["sha256"] or None
        self.dirty[row.id] = row

    def publish(self, record_type: str, record_id: str, post_id: str, values: dict[str, Any], stamp: Stamp) -> Row:
        row = self.rows.get(record_id) or self.new_record(record_type, record_id, post_id)
        self.set_fields(row, values, stamp)
        return row

    @property
    def count(self) -> int:
        """How many change numbers this push takes."""
        return self.next_seq - 1

    def renumber(self, head: int) -> None:
        """Move this push's change numbers after `head` (HQ's last change number)."""
        if not head:
            return
        for change in self.pending:
            change["seq"] += head
        for clock in self.clocks:
            clock[2] += head
        for row in self.dirty.values():
            row.updated_seq += head
            if row.id in self.created:
                row.created_seq += head
        self.next_seq += head

    def flush(self) -> None:
        """New and changed records with one INSERT ... ON CONFLICT (id) DO UPDATE, then the change rows."""
        if self.dirty:
            self.session.execute(_upsert(self.session), [
                {"id": r.id, "type": r.type, "post_id": r.post_id, "data": r.data, "clocks": r.clocks,
                 "deleted": r.deleted, "created_seq": r.created_seq, "updated_seq": r.updated_seq, "sha256": r.sha256}
                for r in self.dirty.values()])
        if self.pending:
            self.session.execute(insert(_CHANGE), self.pending)
        for r in self.dirty.values():
            r.new = False
        self.dirty, self.pending, self.clocks, self.created = {}, [], [], set()


_UPSERTS: dict[str, Any] = {}


def _upsert(session: Session) -> Any:
    """INSERT of whole records that updates what a record's row may change when it exists."""
    dialect = session.get_bind().dialect.name
    stmt = _UPSERTS.get(dialect)
    if stmt is None:
        names = ("data", "clocks", "deleted", "created_seq", "updated_seq", "sha256")
        if dialect == "postgresql":
            pg = postgresql.insert(_RECORD)
            stmt = pg.on_conflict_do_update(index_elements=[_RECORD.c.id], set_={n: pg.excluded[n] for n in names})
        else:
            lite = sqlite.insert(_RECORD)
            stmt = lite.on_conflict_do_update(index_elements=[_RECORD.c.id], set_={n: lite.excluded[n] for n in names})
        _UPSERTS[dialect] = stmt
    return stmt


def take_numbers(session: Session, count: int) -> int:
    """Reserve `count` change numbers (0 too: the lock is the point); returns HQ's head before them.

    One UPDATE of `hq_meta` that also takes its row lock (PostgreSQL) when `Database.write()` has
    not already: from here to the commit, this transaction is the only writer, so change numbers
    follow commit order, and the audit chain stays a single line."""
    # (only what the UPDATE itself computes is read here: on PostgreSQL a statement that waited for
    # the lock still sees other tables as they were when it started)
    head = int(session.execute(update(META).where(META.c.id == 1).values(next_seq=META.c.next_seq + count)
                               .returning(META.c.next_seq)).scalar_one()) - count - 1
    _loaded(session, head + 1 + count)
    return head


def give_back(session: Session, head: int) -> None:
    """Undo `take_numbers` (the lock stays): the push is decided again and takes its numbers then."""
    session.execute(update(META).where(META.c.id == 1).values(next_seq=head + 1))
    _loaded(session, head + 1)


def _loaded(session: Session, next_seq: int) -> None:
    meta = session.info.get("hq_meta")
    if meta is not None:  # keep the row loaded by `Database.write()` in step, without a second UPDATE
        set_committed_value(meta, "next_seq", next_seq)

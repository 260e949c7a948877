"""The generic record store at HQ: field values, field clocks and the change log, written together.

A field clock is `[hlc, site_id, seq, device_id, author]`: the last accepted write of that field,
`seq` being the change number it got. Every accepted write appends one `hq_change` row in the
same transaction, numbered from `hq_meta.next_seq` under the server-wide write lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from officerdesk.core.clock import HybridClock, decode, encode
from officerdesk.hq.database import meta_row
from officerdesk.hq.store import Change, Record

EVERY_POST = "*"          # the scope of records HQ publishes to every post
PUBLISHED_TYPES = frozenset({"post"})
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
        scope = scope_of(rec.type, rec.post_id)
        seq = self.meta.next_seq
        author = stamp.author[:200]
        for field, value in values.items():
            self.pending.append({
                "seq": seq, "type": rec.type, "record_id": rec.id, "post_id": rec.post_id, "scope": scope,
                "field": field, "value": value, "hlc": stamp.hlc, "site_id": stamp.site, "device_id": stamp.device,
                "author": author,
            })
            data[field] = value
            clocks[field] = [stamp.hlc, stamp.site, seq, stamp.device, author]
            seq += 1
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

"""Applying one pulled page of HQ's changes to the laptop (docs/sync.md, "Pull").

Called inside the one local transaction that also saves the new cursor, on a session flagged
`remote` so no outbox rows are made. Per field: the change wins when its (hlc, site) is later
than the field's local clock; otherwise the local value stays and only the seen seq advances.
A request's status (and escalated flag) is HQ's to decide, so HQ's value always wins there.
Every value is checked first by its field's one validator (core/services/validation.py, the one
a form, an import and HQ use): a malformed page raises ServerError and the transaction is
rolled back, leaving the laptop exactly as it was.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    Table,
    bindparam,
    select,
    update,
)
from sqlalchemy.orm import Session

from officerdesk.core.clock import MAX_DRIFT_MS, STAMP, HybridClock, decode, is_stamp, wall_ms_now
from officerdesk.core.enums import HQ_ROLES
from officerdesk.core.models import (
    RECORD_TYPES,
    Conflict,
    SyncRecord,
    SyncState,
    user_fields,
    utcnow,
)
from officerdesk.core.services.merging import SIGNALS, pulled_contacts
from officerdesk.core.services.validation import synced_cleaners
from officerdesk.core.write.bulk import new_record
from officerdesk.core.write.rows import PLACEHOLDER, JSONText, blank_row, insert_plan, made_defaults
from officerdesk.errors import ValidationError
from officerdesk.protocol import rules
from officerdesk.protocol import wire as p
from officerdesk.sync.client import ServerError, _bad_answer


@dataclass
class PageResult:
    applied: int = 0          # changes that came from another site
    new_conflicts: int = 0
    skipped: int = 0          # unknown types/fields or out of scope: ignored, never stored
    touched: set[tuple[str, str]] = field(default_factory=set)
    contacts: set[str] = field(default_factory=set)  # tombstones and linked contacts: a merge to follow


def apply_page(session: Session, state: SyncState, page: p.PullResponse) -> PageResult:
    """Apply every change of the page and move the cursor; the caller commits once."""
    if page.snapshot:
        return apply_snapshot(session, state, page)
    result = PageResult()
    clock = HybridClock.from_state(state.clock, state.clock_offset_ms)
    horizon = wall_ms_now() + state.clock_offset_ms + MAX_DRIFT_MS
    by_record: dict[tuple[str, str], list[p.Change]] = {}
    for change in page.changes:
        if not _in_scope(state, change):
            result.skipped += 1
            continue
        _check_hlc(change)
        if change.field in SIGNALS.get(change.type, ()):
            result.contacts.update(pulled_contacts(change.type, change.id, {change.field: change.value}))
        by_record.setdefault((change.type, change.id), []).append(change)
        if decode(change.hlc)[0] <= horizon:
            clock.observe(change.hlc)
    for kind, group in _by_type(by_record).items():
        cls = RECORD_TYPES[kind]
        fresh = _apply_group(session, cls, group, state.site_id, result, _made(cls))
        if fresh:
            _insert(session, cls, fresh, result)
    state.clock = clock.state
    state.pull_cursor = page.next_cursor
    if page.epoch:
        state.epoch = page.epoch
    session.flush()
    return result


def apply_snapshot(session: Session, state: SyncState, page: p.PullResponse) -> PageResult:
    """Apply one snapshot page (whole records, docs/sync.md "Snapshot") and move the snapshot's
    position; on its last page the change cursor becomes the seq the snapshot started at.

    Records this laptop does not have are inserted with one executemany per type, with their
    field clocks and search index entries; records it has (its own edits, or a snapshot resumed
    after a restored HQ) go through the same per-field last-writer-wins as a change page."""
    result = PageResult()
    clock = HybridClock.from_state(state.clock, state.clock_offset_ms)
    horizon = f"{wall_ms_now() + state.clock_offset_ms + MAX_DRIFT_MS:013x}\uffff"
    latest = ""
    by_type: dict[str, list[p.SnapshotRecord]] = {}
    for record in page.records:
        cls = RECORD_TYPES.get(record.type)
        if cls is None or not _visible(state, record.type, record.post_id):
            result.skipped += 1
            continue
        if len(record.id) > 64 or len(record.post_id) > 64:
            raise _bad_answer(f"record {record.id[:64]} has an oversize id")
        by_type.setdefault(record.type, []).append(record)
    for kind, records in by_type.items():
        cls = RECORD_TYPES[kind]
        known = _known_ids(session, cls, [r.id for r in records])
        fresh: list[dict[str, Any]] = []
        present: list[tuple[str, list[p.Change]]] = []
        made = _made(cls)
        fields = _fields(cls)
        if kind in SIGNALS:
            for record in records:
                result.contacts.update(pulled_contacts(kind, record.id, record.fields))
        for record in records:
            if record.id not in known and record.author and record.clocks.keys() <= fields:
                row = _plain_row(cls, record, state.site_id, result, made)
                if row is not None:
                    fresh.append(row)
                    result.touched.add((kind, record.id))
                    top = row["updated_hlc"]
                    if top > horizon:  # stamps beyond the future limit do not move this laptop's clock
                        top = max((c[0] for c in record.clocks.values() if c[0] <= horizon), default="")
                    latest = max(latest, top)
                    continue
            clocks = _snapshot_clocks(cls, record)
            for entry in clocks.values():
                if entry[0] > latest and entry[0] <= horizon:
                    latest = entry[0]
            if record.id in known:
                present.append((record.id, _as_changes(record, clocks)))
            else:
                fresh.append(_snapshot_row(cls, record, clocks, state.site_id, result, made))
                result.touched.add((kind, record.id))
        if present:
            fresh.extend(_apply_group(session, cls, present, state.site_id, result, made))
        if fresh:
            _insert(session, cls, fresh, result)
    if latest:
        clock.observe(latest)
    state.clock = clock.state
    if page.has_more:
        state.snapshot_after, state.snapshot_seq = page.snapshot_after, page.snapshot_seq
    else:
        state.snapshot_after, state.snapshot_seq = "", 0
        state.pull_cursor = page.next_cursor
    if page.epoch:
        state.epoch = page.epoch
    session.flush()
    return result


def _made(cls: type[SyncRecord]) -> dict[str, Any]:
    """The page's values of the defaults made at a write (the local write time); ids come from HQ."""
    made = made_defaults(cls, utcnow())
    made.pop("id", None)
    return made


def _known_ids(session: Session, cls: type[SyncRecord], ids: list[str]) -> set[str]:
    known: set[str] = set()
    for i in range(0, len(ids), 1000):
        known.update(session.scalars(select(cls.id).where(cls.id.in_(ids[i:i + 1000]))))
    return known


_STAMPS = re.compile(f"(?:{STAMP})*")  # a run of strict stamps (core/clock.py), checked in one match
_PLAIN = re.compile(r"[A-Za-z0-9._:-]*")  # site ids that need no JSON escaping


def _snapshot_clocks(cls: type[SyncRecord], record: p.SnapshotRecord) -> dict[str, tuple[str, str, int, str]]:
    """The record's field clocks as (hlc, site, seq, author), checked; unknown fields are left out."""
    fields = _fields(cls)
    out: dict[str, tuple[str, str, int, str]] = {}
    for name, entry in record.clocks.items():
        if name not in fields:
            continue  # a newer HQ may know more fields; this laptop ignores them
        if len(entry) < 3:
            raise _bad_answer(f"record {record.id} has a malformed clock for {name}")
        hlc, site, seq = entry[0], entry[1], entry[2]
        if type(hlc) is not str or len(hlc) != 17 or type(site) is not str or len(site) > 64 or type(seq) is not int:
            raise _bad_answer(f"record {record.id} has a malformed clock for {name}")
        author = entry[4] if len(entry) > 4 and type(entry[4]) is str else ""
        out[name] = (hlc, site, seq, author)
    if not _STAMPS.fullmatch("".join(c[0] for c in out.values())):
        raise _bad_answer(f"record {record.id} has a malformed clock stamp")
    return out


def _clocks_json(clocks: dict[str, tuple[str, str, int, str]]) -> str:
    """The laptop's clocks column, `{field: [hlc, site, seq]}`, as JSON text (a quarter of
    json.dumps' time: field names are column names, stamps are checked hex)."""
    if not _PLAIN.fullmatch("".join(c[1] for c in clocks.values())):
        return json.dumps({name: [c[0], c[1], c[2]] for name, c in clocks.items()})
    return _plain_clocks_text(clocks)


def _plain_clocks_text(clocks: Mapping[str, Sequence[Any]]) -> str:
    """`{field: [hlc, site, seq]}` as the JSON json.dumps writes, when no value needs escaping."""
    return "{" + ", ".join(f'"{name}": ["{c[0]}", "{c[1]}", {c[2]}]' for name, c in clocks.items()) + "}"


def _as_changes(record: p.SnapshotRecord, clocks: dict[str, tuple[str, str, int, str]]) -> list[p.Change]:
    """A record the laptop already has, as the changes that would have brought it, in seq order."""
    changes = [p.Change.model_construct(seq=seq, type=record.type, id=record.id, post_id=record.post_id, field=name,
                                        value=record.fields.get(name), hlc=hlc, site_id=site, author=author)
               for name, (hlc, site, seq, author) in clocks.items()]
    changes.sort(key=lambda ch: ch.seq)
    return changes


# the laptop's clocks of an ordinary record as `_plain_row` writes them, checked in one match
_PLAIN_CLOCKS = re.compile(r'\{(?:"[A-Za-z0-9_]+": \["' + STAMP + r'", "[A-Za-z0-9._:-]{0,64}", [0-9]{1,18}\](?:, (?=")|(?=\})))*\}')


def _plain_row(cls: type[SyncRecord], record: p.SnapshotRecord, site: str, result: PageResult,
               made: dict[str, Any]) -> dict[str, Any] | None:
    """`_snapshot_row` for the usual record (known fields, plain stamps and site ids, an author),
    with one regular expression checking every clock instead of a dozen checks a field; None for
    any other record, which then takes `_snapshot_clocks` and `_snapshot_row` (and their errors)."""
    clocks = record.clocks
    try:
        text = _plain_clocks_text(clocks)
    except IndexError:
        return None
    if not _PLAIN_CLOCKS.fullmatch(text):
        return None
    result.applied += len(clocks) - text.count(f'", "{site}", ')
    return _record_row(cls, record, clocks, made, record.author, text)


def _snapshot_row(cls: type[SyncRecord], record: p.SnapshotRecord, clocks: dict[str, tuple[str, str, int, str]],
                  site: str, result: PageResult, made: dict[str, Any]) -> dict[str, Any]:
    """The row of a record new here, as `_new_row` makes it from the record's changes: `author`
    and `created_hlc` come from its first change (HQ sends them), else from its fields' clocks.
    `made` holds the page's values of callable defaults (the local write time)."""
    result.applied += sum(1 for c in clocks.values() if c[1] != site)
    author = record.author or next((c[3] for c in sorted(clocks.values(), key=lambda c: c[2]) if c[3]), "")
    return _record_row(cls, record, clocks, made, author, _clocks_json(clocks))


def _record_row(cls: type[SyncRecord], record: p.SnapshotRecord, clocks: Mapping[str, Sequence[Any]],
                made: dict[str, Any], author: str, clocks_text: str) -> dict[str, Any]:
    """The insert row of a snapshot record new here: its values checked by their fields' own
    validators, its first and last stamps, its author and its clocks as text (encoded once;
    `_insert` writes them as the clocks column)."""
    row = _blank_row(cls, record.id, record.post_id)
    row.update(made)
    values, cleaners = record.fields, synced_cleaners(cls)
    for name in clocks:
        try:
            row[name] = cleaners[name](values.get(name))
        except ValidationError as exc:
            raise _wrong_value(cls, exc, f"record {record.id}") from None
    created = record.created_hlc if is_stamp(record.created_hlc) else ""
    if clocks:
        stamps = [c[0] for c in clocks.values()]
        row["updated_hlc"] = max(stamps)
        first = min(stamps)
        created = created if created and created < first else first
    row["created_hlc"] = created
    row["author"] = author[:200]
    row["clocks"] = JSONText(clocks_text)
    return row


def _apply_group(session: Session, cls: type[SyncRecord], group: list[tuple[str, list[p.Change]]],
                 site: str, result: PageResult, made: dict[str, Any]) -> list[dict[str, Any]]:
    """Apply one type's changes to its known records; returns the rows of records new here.

    A record whose changes only advance seen seqs (the echo of this laptop's own edit, or a change
    that lost to a later local one) is never loaded as an object: its clocks are updated in bulk."""
    ids = [rid for rid, _ in group]
    known = {r.id: r for r in session.execute(select(*_light_columns(cls)).where(cls.id.in_(ids)))}
    fresh: list[dict[str, Any]] = []
    full: dict[str, list[p.Change]] = {}
    seen: list[dict[str, Any]] = []
    for rid, changes in group:
        row = known.get(rid)
        if row is None:
            fresh.append(_new_row(cls, rid, changes, site, result, made))
        elif (clocks := _seen_only(cls.record_type, row, changes)) is None:
            full[rid] = changes
        else:
            result.applied += sum(1 for ch in changes if ch.site_id != site)
            if clocks != row.clocks:
                seen.append({"b_id": rid, "b_clocks": clocks})
        result.touched.add((cls.record_type, rid))
    if seen:
        table = cast(Table, cls.__table__)
        stmt = update(table).where(table.c.id == bindparam("b_id")).values(clocks=bindparam("b_clocks"))
        session.execute(stmt, seen)
    if full:
        for obj in session.scalars(select(cls).where(cls.id.in_(list(full)))):
            _apply_record(obj, full[obj.id], site, result)
    return fresh


def _light_columns(cls: type[SyncRecord]) -> tuple[Any, ...]:
    return cls.id, cls.clocks, cls.updated_hlc, cls.created_hlc, cls.author


def _valid_local(local: Sequence[Any]) -> bool:
    """A local clock that can be compared. An HQ from before the strict contract could hand a
    laptop a stamp such as full-width digits, which sorts after every real stamp and would freeze
    the field here: such a clock counts as none, so HQ's (repaired) value wins."""
    return bool(local[0]) and is_stamp(str(local[0]))


def _seen_only(record_type: str, row: Any, changes: Iterable[p.Change]) -> dict[str, Any] | None:
    """The record's new clocks when these changes only advance seen seqs, else None (a value,
    a record clock or the author would change: the record goes through `_apply_record`)."""
    clocks = dict(row.clocks or {})
    for ch in changes:
        local = clocks.get(ch.field) or [None, None, 0]
        if not _valid_local(local) or rules.hq_decides(record_type, ch.field):
            return None
        if (ch.hlc, ch.site_id) > (str(local[0]), str(local[1] or "")):
            return None
        if ch.hlc > (row.updated_hlc or "") or not row.created_hlc or ch.hlc < row.created_hlc:
            return None
        if ch.author and not row.author:
            return None
        clocks[ch.field] = [local[0], local[1], max(int(local[2] or 0), ch.seq)]
    return clocks


def _by_type(by_record: dict[tuple[str, str], list[p.Change]]) -> dict[str, list[tuple[str, list[p.Change]]]]:
    out: dict[str, list[tuple[str, list[p.Change]]]] = {}
    for (kind, rid), changes in by_record.items():
        out.setdefault(kind, []).append((rid, changes))
    return out


def _in_scope(state: SyncState, change: p.Change) -> bool:
    cls = RECORD_TYPES.get(change.type)
    if cls is None or change.field not in _fields(cls):
        return False  # a newer HQ may know more types or fields; this laptop ignores them
    return _visible(state, change.type, change.post_id)


def _visible(state: SyncState, record_type: str, post_id: str) -> bool:
    """Whether this laptop keeps a record: HQ's published records whatever post they name, and
    every record for HQ's own staff; anything else only of this laptop's post."""
    return record_type in rules.HQ_OWNED_TYPES or state.role in HQ_ROLES or post_id == state.post_id


@functools.cache
def _fields(cls: type[SyncRecord]) -> frozenset[str]:
    return frozenset(user_fields(cls))


def _check_hlc(change: p.Change) -> None:
    try:
        decode(change.hlc)
    except ValueError:
        raise _bad_answer(f"change {change.seq} has a malformed clock stamp") from None
    if len(change.id) > 64 or len(change.post_id) > 64 or len(change.site_id) > 64:
        raise _bad_answer(f"change {change.seq} has an oversize id")


def _new_row(cls: type[SyncRecord], rid: str, changes: list[p.Change], site: str, result: PageResult,
             made: dict[str, Any]) -> dict[str, Any]:
    """The row of a record first seen in this page. Required columns whose values come in a later
    page get placeholders with no clock (`blank_row`), so the real values always overwrite them."""
    row = _blank_row(cls, rid, changes[0].post_id)
    clocks: dict[str, Any] = {}
    for ch in changes:
        row[ch.field] = _value(cls, ch)
        clocks[ch.field] = [ch.hlc, ch.site_id, ch.seq]
        if ch.site_id != site:
            result.applied += 1
        if ch.hlc > row["updated_hlc"]:
            row["updated_hlc"] = ch.hlc
        if not row["created_hlc"] or ch.hlc < row["created_hlc"]:
            row["created_hlc"] = ch.hlc
        if ch.author and not row["author"]:
            row["author"] = ch.author[:200]
    for key, value in made.items():
        if key not in clocks:
            row[key] = value
    row["clocks"] = JSONText(json.dumps(clocks))  # encoded once here, written as it is
    return row


def _blank_row(cls: type[SyncRecord], rid: str, post_id: str) -> dict[str, Any]:
    row = dict(blank_row(cls))
    row.update(id=rid, post_id=post_id, author="", created_hlc="", updated_hlc="")
    return row


def _insert(session: Session, cls: type[SyncRecord], rows: list[dict[str, Any]], result: PageResult) -> None:
    """Write new records with one executemany, then index them for search like any flush does;
    an open conflict among them counts as new.

    The clocks arrive already encoded (`JSONText`, see `_new_row`) and the index is fed the rows
    themselves, so nothing is read back; no autoflush runs (and reindexes) in between."""
    for key in _UNIQUE.get(cls, ()):
        for row in rows:
            if row.get(key) == PLACEHOLDER:
                row[key] = f"~{row['id'][-7:]}"  # a unique column's placeholder must be unique
    with session.no_autoflush:
        conn = session.connection()
        insert_plan(cast(Table, cls.__table__), conn.dialect).write(conn, rows)
        from officerdesk.core.search import index as search

        if cls.record_type in search.DEPENDENTS:  # its names are in other records' index rows too
            search.reindex(session, [_transient(cls, row) for row in rows])
        elif cls.record_type in search.INDEXED_TYPES:  # what reindex does for new records, without objects
            search._write(conn, search._docs(conn, cls.record_type, [_Row(row) for row in rows]))
    if cls is Conflict:
        result.new_conflicts += sum(1 for row in rows if not row["resolved"] and not row["deleted"])


class _Row(dict[str, Any]):
    """A row that search's document builder reads by key or by attribute."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _transient(cls: type[SyncRecord], row: dict[str, Any]) -> SyncRecord:
    """The row as a never-added object carrying every indexed field, as `core/write/bulk.py` makes them."""
    values = {k: v for k, v in row.items() if k != "clocks"}
    return new_record(cls, values)


_UNIQUE: dict[type[SyncRecord], tuple[str, ...]] = {
    cls: tuple(c.key for c in cls.__table__.columns if c.unique) for cls in RECORD_TYPES.values()
}


def _apply_record(obj: SyncRecord, changes: Iterable[p.Change], site: str, result: PageResult) -> None:
    cls = type(obj)
    clocks = dict(obj.clocks or {})
    for ch in changes:
        local = clocks.get(ch.field) or [None, None, 0]
        hq_decides = rules.hq_decides(obj.record_type, ch.field)
        wins = not _valid_local(local) or hq_decides or (ch.hlc, ch.site_id) > (str(local[0]), str(local[1] or ""))
        if wins:
            setattr(obj, ch.field, _value(cls, ch))
            clocks[ch.field] = [ch.hlc, ch.site_id, ch.seq]
        else:
            clocks[ch.field] = [local[0], local[1], max(int(local[2] or 0), ch.seq)]
        if ch.site_id != site:
            result.applied += 1
        if ch.hlc > (obj.updated_hlc or ""):
            obj.updated_hlc = ch.hlc
        if not obj.created_hlc or ch.hlc < obj.created_hlc:
            obj.created_hlc = ch.hlc
        if ch.author and not obj.author:
            obj.author = ch.author[:200]
    obj.clocks = clocks


def _value(cls: type[SyncRecord], ch: p.Change) -> Any:
    """HQ's JSON value as the column's value, checked by the field's one validator (the one a
    form, an import and HQ use), or ServerError: every value HQ stores passed it already."""
    try:
        return synced_cleaners(cls)[ch.field](ch.value)
    except ValidationError as exc:
        raise _wrong_value(cls, exc, f"change {ch.seq}") from None


def _wrong_value(cls: type[SyncRecord], exc: ValidationError, where: str) -> ServerError:
    return _bad_answer(f"{where} has a wrong value for {cls.record_type}.{exc}")


__all__ = ["PageResult", "ServerError", "apply_page", "apply_snapshot"]

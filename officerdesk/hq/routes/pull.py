"""GET /v1/pull: a page of changes in the device's scope, in commit order; or, for a first pull
(cursor 0, `snapshot=1`), a page of whole records from `hq_record` in id order (docs/sync.md,
"Snapshot")."""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _str  # C: a str as json.dumps(ensure_ascii=False)
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy import ColumnElement, Select, Text, cast, false, or_, select, true
from sqlalchemy.orm import Session

from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.database import Database, meta_row
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.records import EVERY_POST, PUBLISHED_TYPES
from officerdesk.hq.routes import ERRORS, refusal
from officerdesk.hq.store import Change as ChangeRow
from officerdesk.hq.store import Record
from officerdesk.protocol.wire import MAX_PAGE, MAX_SNAPSHOT, PullResponse

PAGE_BYTES = 4 << 20  # a page stops growing at about this much JSON, whatever the limit
SNAPSHOT_BYTES = 6 << 20  # a snapshot page likewise (the laptop accepts 4 x MAX_BODY_BYTES)
_FETCH = 200

router = APIRouter()


@router.get("/pull", response_model=PullResponse, responses={
    **ERRORS, 409: refusal(409, "`epoch_changed` or `cursor_ahead`: HQ was restored; pull again from cursor 0.")})
def pull_route(
    device: Device,
    db: DB,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1)] = MAX_PAGE,
    x_epoch: Annotated[str, Header(max_length=64, description="the epoch of the laptop's cursor")] = "",
    snapshot: bool = False,
    after: Annotated[str, Query(max_length=64)] = "",
    since: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    if snapshot and cursor == 0:
        return Response(snapshot_page(device, db, after, since, limit, x_epoch), media_type="application/json")
    return Response(pull(device, db, cursor, limit, x_epoch), media_type="application/json")


def _check_epoch(s: Session, x_epoch: str, cursor: int) -> tuple[str, int]:
    """HQ's epoch and head; 409 when the laptop's epoch or cursor is not this HQ's."""
    meta = meta_row(s)
    if x_epoch and x_epoch != meta.epoch:
        raise HQError(409, "epoch_changed", f"HQ's epoch is now {meta.epoch}; pull again from cursor 0")
    head = meta.next_seq - 1
    if cursor > head:
        raise HQError(409, "cursor_ahead", f"cursor {cursor} is beyond HQ's last change {head}; "
                      "HQ was restored: pull again from cursor 0")
    return meta.epoch, head


def pull(device: DeviceContext, db: Database, cursor: int, limit: int, x_epoch: str) -> bytes:
    """The JSON of a page of changes after `cursor` visible to the device (the route without HTTP).

    `X-Epoch` is the epoch the laptop's cursor belongs to: a different one (HQ was restored)
    is 409 `epoch_changed`, and so is a cursor beyond HQ's head; the laptop re-pulls from 0.
    Like a snapshot page it is put together from the stored JSON text of each value: no object
    per change, nothing decoded and encoded again (that was most of HQ's CPU time under load)."""
    limit = min(limit, MAX_PAGE)
    with db.read() as s:  # one snapshot: the head and the page agree
        epoch, head = _check_epoch(s, x_epoch, cursor)
        changes, last, has_more = _page(s, _visible(device), cursor, limit)
    next_cursor = last if has_more else head
    # the keys of a change page as they were before snapshots: an older laptop refuses any other key
    return (f'{{"changes":[{",".join(changes)}],"next_cursor":{next_cursor},"has_more":{_js(has_more)},'
            f'"epoch":{_js(epoch)}}}').encode()


_RECORD_COLUMNS = (Record.id, Record.type, Record.post_id, cast(Record.data, Text), cast(Record.clocks, Text),
                   ChangeRow.hlc, ChangeRow.author)


def snapshot_page(device: DeviceContext, db: Database, after: str, since: int, limit: int, x_epoch: str) -> bytes:
    """The JSON of one snapshot page: the device's records with ids after `after`, in id order.

    The first page (`after` empty) takes HQ's head as the snapshot's start seq: every change not in
    a record read from then on has a later seq, so the change pull from that seq after the last page
    misses nothing (what it repeats, per-field last-writer-wins makes a no-op). Later pages carry
    the start seq back (`since`). The JSON is put together from the stored JSON text of each record:
    no object per record, nothing decoded and encoded again."""
    limit = min(limit, MAX_SNAPSHOT)
    with db.read() as s:
        epoch, head = _check_epoch(s, x_epoch, since)
        start = since if after else head
        query = (select(*_RECORD_COLUMNS).outerjoin(ChangeRow, ChangeRow.seq == Record.created_seq)
                 .where(visible_records(device), Record.id > after).order_by(Record.id).limit(limit + 1))
        parts: list[str] = []
        size, has_more, last = 0, False, after
        for rid, kind, post_id, data, clocks, created_hlc, author in s.execute(query):
            if len(parts) >= limit or (parts and size >= SNAPSHOT_BYTES):
                has_more = True
                break
            part = (f'{{"type":{_js(kind)},"id":{_js(rid)},"post_id":{_js(post_id)},"fields":{data or "{}"},'
                    f'"clocks":{clocks or "{}"},"created_hlc":{_js(created_hlc or "")},"author":{_js(author or "")}}}')
            parts.append(part)
            size += len(part)
            last = rid
    return (f'{{"changes":[],"records":[{",".join(parts)}],"next_cursor":{start},"has_more":{_js(has_more)},'
            f'"epoch":{_js(epoch)},"snapshot":true,"snapshot_after":{_js(last if has_more else "")},'
            f'"snapshot_seq":{start}}}').encode()


def _js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def visible_records(device: DeviceContext) -> ColumnElement[bool]:
    """The records a device may see: the same scope as its change pull (`_visible`): its post's
    records and those HQ publishes to every post; an HQ role sees every post."""
    if device.reads_all:
        return true()
    published = Record.type.in_(PUBLISHED_TYPES) if PUBLISHED_TYPES else false()
    return or_(Record.post_id == device.post_id, published)


_COLUMNS: tuple[Any, ...] = (ChangeRow.seq, ChangeRow.type, ChangeRow.record_id, ChangeRow.post_id, ChangeRow.field,
                            cast(ChangeRow.value, Text), ChangeRow.hlc, ChangeRow.site_id, ChangeRow.author)


def _visible(device: DeviceContext) -> Select[Any]:
    query = select(*_COLUMNS)
    if not device.reads_all:
        query = query.where(ChangeRow.scope.in_([device.post_id, EVERY_POST]))
    return query


def _page(s: Session, query: Select[Any], cursor: int, limit: int) -> tuple[list[str], int, bool]:
    """The JSON of up to `limit` changes after `cursor` (and about PAGE_BYTES), the last one's
    seq, and True when more follow. Each is a `Change` of the wire, its keys in the model's order."""
    out: list[str] = []
    size, after = 0, cursor
    last = cursor
    while True:
        rows = s.execute(query.where(ChangeRow.seq > after).order_by(ChangeRow.seq).limit(_FETCH)).all()
        for seq, kind, rid, post_id, name, value, hlc, site_id, author in rows:
            if len(out) >= limit or (out and size >= PAGE_BYTES):
                return out, last, True
            part = (f'{{"seq":{seq},"type":{_str(kind)},"id":{_str(rid)},"post_id":{_str(post_id)},'
                    f'"field":{_str(name)},"value":{value or "null"},"hlc":{_str(hlc)},"site_id":{_str(site_id)},'
                    f'"author":{_str(author or "")}}}')
            out.append(part)
            size += len(part)
            last = seq
        if len(rows) < _FETCH:
            return out, last, False
        after = rows[-1].seq

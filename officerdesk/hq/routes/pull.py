"""GET /v1/pull: a page of changes in the device's scope, in commit order."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.database import Database, meta_row
from officerdesk.hq.deps import DB, Device
from officerdesk.hq.errors import HQError
from officerdesk.hq.records import EVERY_POST
from officerdesk.hq.routes import ERRORS
from officerdesk.hq.store import Change as ChangeRow
from officerdesk.sync.protocol import MAX_PAGE, Change, PullResponse

PAGE_BYTES = 4 << 20  # a page stops growing at about this much JSON, whatever the limit
_FETCH = 200

router = APIRouter()


@router.get("/pull", response_model=PullResponse, responses=ERRORS)
def pull_route(
    device: Device,
    db: DB,
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1)] = MAX_PAGE,
    x_epoch: Annotated[str, Header(max_length=64)] = "",
) -> Response:
    # built from HQ's own rows: serialised once here, not validated again on the way out
    page = pull(device, db, cursor, limit, x_epoch)
    return Response(page.model_dump_json(), media_type="application/json")


def pull(device: DeviceContext, db: Database, cursor: int, limit: int, x_epoch: str) -> PullResponse:
    """`X-Epoch` is the epoch the laptop's cursor belongs to: a different one (HQ was restored)
    is 409 `epoch_changed`, and so is a cursor beyond HQ's head; the laptop re-pulls from 0."""
    """A page of changes after `cursor` visible to the device (the route without HTTP)."""
    limit = min(limit, MAX_PAGE)
    with db.read() as s:  # one snapshot: the head and the page agree
        meta = meta_row(s)
        if x_epoch and x_epoch != meta.epoch:
            raise HQError(409, "epoch_changed", f"HQ's epoch is now {meta.epoch}; pull again from cursor 0")
        head = meta.next_seq - 1
        if cursor > head:
            raise HQError(409, "cursor_ahead", f"cursor {cursor} is beyond HQ's last change {head}; "
                          "HQ was restored: pull again from cursor 0")
        changes, has_more = _page(s, _visible(device), cursor, limit)
    next_cursor = changes[-1].seq if has_more else head
    return PullResponse(changes=changes, next_cursor=next_cursor, has_more=has_more, epoch=meta.epoch)


_COLUMNS = (ChangeRow.seq, ChangeRow.type, ChangeRow.record_id, ChangeRow.post_id, ChangeRow.field,
            ChangeRow.value, ChangeRow.hlc, ChangeRow.site_id, ChangeRow.author)


def _visible(device: DeviceContext) -> Select[Any]:
    query = select(*_COLUMNS)
    if not device.reads_all:
        query = query.where(ChangeRow.scope.in_([device.post_id, EVERY_POST]))
    return query


def _page(s: Session, query: Select[Any], cursor: int, limit: int) -> tuple[list[Change], bool]:
    """Up to `limit` changes after `cursor` (and about PAGE_BYTES); True when more follow."""
    out: list[Change] = []
    size, after = 0, cursor
    while True:
        rows = s.execute(query.where(ChangeRow.seq > after).order_by(ChangeRow.seq).limit(_FETCH)).all()
        for row in rows:
            if len(out) >= limit or (out and size >= PAGE_BYTES):
                return out, True
            out.append(Change.model_construct(seq=row.seq, type=row.type, id=row.record_id, post_id=row.post_id,
                                              field=row.field, value=row.value, hlc=row.hlc, site_id=row.site_id,
                                              author=row.author))
            size += 200 + len(json.dumps(row.value, ensure_ascii=False))
        if len(rows) < _FETCH:
            return out, False
        after = rows[-1].seq

"""Every local edit also writes its field clocks and an outbox mutation, in the same transaction.

Installed once on the profile's Session factory as a `before_flush` hook, so services only change
mapped objects and never think about sync. A session flagged `session.info["remote"] = True`
(the sync engine applying HQ's changes) writes no outbox rows. After every flush the search index
is brought up to date in the same transaction.

Mutations: `upsert` and `transition` (request status moves), their arguments shaped by
`protocol/wire.py`; which fields travel is `protocol/rules.py`'s to say.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import Date, DateTime, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from officerdesk.core.ids import uuid7
from officerdesk.core.models import (
    CompanyRequest,
    Conflict,
    Outbox,
    StatusChange,
    SyncRecord,
    SyncState,
    user_fields,
    utcnow,
)
from officerdesk.core.write import rows
from officerdesk.core.write.hooks import install_once
from officerdesk.core.write.stamp import NO_CLOCK, Read, Stamper
from officerdesk.protocol import rules, wire


def encode_value(value: Any) -> Any:
    if isinstance(value, dt.date):  # a datetime is a date too
        return value.isoformat()
    return value


def encoded_fields(obj: SyncRecord) -> dict[str, Any]:
    """A record's user fields as the wire and the rules read them (dates as ISO text)."""
    return {f: encode_value(getattr(obj, f)) for f in user_fields(type(obj))}


# built once: a statement's construction costs about as much as running it (once a save)
_THE_STATE = select(SyncState).where(SyncState.id == 1)


def sync_state(session: Session) -> SyncState:
    state = session.info.get("_sync_state")
    if state is not None and state in session:
        return state  # type: ignore[no-any-return]
    state = session.scalar(_THE_STATE)
    if state is None:
        state = SyncState(id=1, site_id=uuid7(), clock="", clock_offset_ms=0, pull_cursor=0)
        session.add(state)
    session.info["_sync_state"] = state
    return state


def changed_fields(obj: SyncRecord) -> list[str]:
    insp = inspect(obj)
    # only an attribute set since the load has a committed value kept: asking every field's
    # history built a History for each column of the table on every save
    touched = insp.committed_state
    out = []
    for key in user_fields(type(obj)):
        if key not in touched:
            continue
        hist = insp.attrs[key].history
        if hist.has_changes() and list(hist.deleted) != list(hist.added):
            out.append(key)
    return out


def apply_defaults(obj: SyncRecord) -> None:
    """Fill column defaults now (SQLAlchemy would only at INSERT) so the outbox sees real values."""
    # a new object's values, read directly: `missing_defaults` asks for every column
    for key, value in rows.missing_defaults(type(obj), obj.__dict__, utcnow()):
        setattr(obj, key, value)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("remote"):
        return
    new = [o for o in session.new if isinstance(o, SyncRecord)]
    # `session.new` builds a fresh set on every access: ask it once, or a batch flush is O(n^2)
    fresh = {id(o) for o in new}
    dirty = [o for o in session.dirty if isinstance(o, SyncRecord) and id(o) not in fresh]
    if not new and not dirty:
        return
    state = sync_state(session)
    stamper = Stamper(session, state)
    # Requests first, so a new request's upsert precedes its first status move in the outbox.
    new.sort(key=lambda o: (not isinstance(o, CompanyRequest), isinstance(o, StatusChange)))
    for obj in new:
        apply_defaults(obj)
    for obj in new + dirty:
        fields = user_fields(type(obj)) if id(obj) in fresh else changed_fields(obj)
        if not fields:
            continue
        hlc, stamped = stamper.stamp(functools.partial(getattr, obj), fields, utcnow())
        for key, value in stamped.items():
            setattr(obj, key, value)
        if isinstance(obj, Conflict) and state.post_id and obj.post_id != state.post_id:
            continue  # only a device of the conflict's post may mark it resolved
        # HQ's records and the status history make no upserts (a status move is a transition);
        # a conflict sends only its `resolved` flag; local-only fields stay on this laptop
        fields = rules.pushed_fields(obj.record_type, fields, new=id(obj) in fresh)
        if fields:
            session.add(_upsert(obj, fields, hlc))
    for change in (o for o in new if isinstance(o, StatusChange)):
        session.add(transition_mutation(change))
    stamper.close()


def transition_mutation(change: StatusChange) -> Outbox:
    return Outbox(name="transition", hlc=change.updated_hlc, args=transition_args(change))


def transition_args(change: StatusChange, read: Read | None = None) -> dict[str, Any]:
    get = read or functools.partial(getattr, change)
    return wire.transition_args(id=get("request_id"), post_id=get("post_id"), from_=get("from_status"),
                                to=get("to_status"), change_id=get("id"), at=encode_value(get("at")), note=get("note"))


def _upsert(obj: SyncRecord, fields: list[str], hlc: str) -> Outbox:
    return Outbox(name="upsert", hlc=hlc, args=upsert_args(obj, fields))


def upsert_args(obj: SyncRecord, fields: list[str], read: Read | None = None) -> dict[str, Any]:
    """The upsert carrying `fields` of `obj`, each with the seen seq its edit was based on."""
    get = read or functools.partial(getattr, obj)
    clocks = get("clocks") or {}
    out = {f: get(f) for f in fields}
    for f in _dated(type(obj)).intersection(out):
        out[f] = encode_value(out[f])
    return wire.upsert_args(type=obj.record_type, id=get("id"), post_id=get("post_id"), fields=out,
                            base={f: clocks.get(f, NO_CLOCK)[2] for f in fields})


@functools.cache
def _dated(cls: type[SyncRecord]) -> frozenset[str]:
    """Fields whose values are dates or times, which travel as ISO text (`encode_value`)."""
    return frozenset(c.key for c in cls.__table__.columns if isinstance(c.type, (Date, DateTime)))


def _after_flush(session: Session, _ctx: Any) -> None:
    touched = [
        o
        for o in list(session.new) + list(session.dirty)
        if isinstance(o, SyncRecord) and o.record_type in _indexed_types()
    ]
    if touched:
        from officerdesk.core.search import index as search

        search.reindex(session, touched)


def _indexed_types() -> frozenset[str]:
    from officerdesk.core.search.index import INDEXED_TYPES

    return INDEXED_TYPES


def install(factory: sessionmaker[Session]) -> None:
    install_once(factory, "_officerdesk_changes", {"before_flush": _before_flush, "after_flush": _after_flush})


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == "pending")) or 0)


__all__ = ["encode_value", "install", "pending_count", "sync_state"]

"""The laptop's side of a handover: the successor's 'Handed over to you' card, and the offline
handover an administrator makes here when HQ cannot be reached.

Which records are someone's open work is `core/handover.py`, the rule HQ uses. An item is on the
card when it is this officer's open work and its assigning field (`handover.ASSIGNING`) was last
written elsewhere (by HQ's handover, or by an administrator's laptop): work the officer did not
give themselves. It leaves the card once seen (`HandoverSeen`, local), or when it is no longer
theirs or no longer open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import handover as rule
from officerdesk.core import kinds
from officerdesk.core.models import RECORD_TYPES, HandoverSeen, Officer, SyncRecord
from officerdesk.core.services import identity, records
from officerdesk.core.write.changes import encoded_fields
from officerdesk.errors import NotFound, ValidationError


@dataclass(frozen=True)
class HandedItem:
    type: str
    id: str
    title: str
    hlc: str  # the assignment's clock: seen for this assignment


def _title(obj: SyncRecord) -> str:
    return str(getattr(obj, "title", None) or getattr(obj, "text", "") or obj.id)


def _live(session: Session, record_type: str, post_id: str) -> list[Any]:
    cls = RECORD_TYPES[record_type]
    return list(session.scalars(select(cls).where(cls.post_id == post_id, cls.deleted.is_(False))))


def handed_to_me(session: Session, *, now: dt.datetime | None = None) -> list[HandedItem]:
    """The card's items, unseen, in the registry's order (requests, meetings, follow-ups)."""
    me = identity.current(session)
    if me is None or not me.officer_id:
        return []
    now = now or dt.datetime.now(dt.UTC)
    seen = {(rid, hlc) for rid, hlc in session.execute(select(HandoverSeen.record_id, HandoverSeen.hlc)
                                                       .where(HandoverSeen.officer_id == me.officer_id))}
    out = []
    for record_type in rule.HANDED_OVER:
        field = rule.ASSIGNING[record_type]
        for obj in _live(session, record_type, me.post_id):
            clock = (obj.clocks or {}).get(field) or ["", ""]
            if not clock[0] or clock[1] == me.site_id or (obj.id, clock[0]) in seen:
                continue
            if rule.assigned_to(record_type, encoded_fields(obj), me.officer_id, me.officer_name, now):
                out.append(HandedItem(record_type, obj.id, _title(obj), clock[0]))
    return out


def post_officers(session: Session) -> list[tuple[str, str]]:
    """(name, id) of this post's officers, by name: who a handover can be from and to."""
    post = identity.require(session).post_id
    rows = session.scalars(select(Officer).where(Officer.post_id == post, Officer.deleted.is_(False)).order_by(Officer.name))
    return [(o.name, o.id) for o in rows]


def mark_seen(session: Session, items: list[HandedItem]) -> None:
    me = identity.require(session)
    for item in items:
        session.merge(HandoverSeen(officer_id=me.officer_id, record_id=item.id, hlc=item.hlc))


@dataclass(frozen=True)
class LocalHandover:
    requests: int = 0
    follow_ups: int = 0
    meetings: int = 0


def reassign_here(session: Session, *, from_id: str, to_id: str, now: dt.datetime | None = None) -> LocalHandover:
    """Offline: the departing officer's open work moved to the successor as ordinary local edits
    (synced later like any edit). Revoking devices needs HQ: start the handover there too."""
    leaving, successor = session.get(Officer, from_id), session.get(Officer, to_id)
    if leaving is None or successor is None:
        raise NotFound("No such officer in this profile", "이 프로필에 해당 담당관이 없습니다")
    if leaving.id == successor.id:
        raise ValidationError("to", "must be another officer than the departing one", "인계자와 다른 담당관이어야 합니다")
    parties = rule.Parties(leaving.id, leaving.name, successor.id, successor.name)
    now = now or dt.datetime.now(dt.UTC)
    counts = {t: 0 for t in rule.HANDED_OVER}
    for record_type in rule.HANDED_OVER:
        for obj in _live(session, record_type, leaving.post_id):
            values = rule.moves(record_type, encoded_fields(obj), parties, now)
            if values:
                records.update(session, record_type, obj.id, values)
                counts[record_type] += 1
    return LocalHandover(counts[kinds.COMPANY_REQUEST.name], counts[kinds.FOLLOW_UP.name], counts[kinds.MEETING.name])

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

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session

from officerdesk.core import enums, kinds
from officerdesk.core import handover as rule
from officerdesk.core.models import (
    RECORD_TYPES,
    CompanyRequest,
    FollowUp,
    HandoverSeen,
    Meeting,
    Officer,
)
from officerdesk.core.services import identity, records
from officerdesk.core.write.changes import encode_value
from officerdesk.core.write.changes import encoded_fields as _encoded
from officerdesk.errors import NotFound, ValidationError


@dataclass(frozen=True)
class HandedItem:
    type: str
    id: str
    title: str
    hlc: str  # the assignment's clock: seen for this assignment


def _live(session: Session, record_type: str, post_id: str) -> list[Any]:
    cls = RECORD_TYPES[record_type]
    return list(session.scalars(select(cls).where(cls.post_id == post_id, cls.deleted.is_(False))))


def _naive_utc(now: dt.datetime) -> dt.datetime:
    return (now if now.tzinfo is None else now.astimezone(dt.UTC)).replace(tzinfo=None)  # as starts_at is stored


def _live_not_by_index(cls: Any, post_id: str) -> tuple[Any, Any]:
    # as the dashboard's reads (services/dashboard.py): through the `deleted` or `post_id` index
    # the planner reads every live record of the post (~0.1 s on 100,000 records); the status
    # (done) index finds the open ones directly
    return func.coalesce(cls.deleted, False).is_(False), func.coalesce(cls.post_id, "") == post_id


def _candidates(record_type: str, me: identity.Identity, now: dt.datetime) -> Select[Any]:
    """A narrow SQL pre-filter: the post's live records that may be handed to this officer.

    It only narrows, never decides: every record the card lists passes it. Open means
    `enums.OPEN_STATUSES` / not done / not begun, as in `handover.moves`; the assigning field's
    clock names another site, as `handed_to_me` asks. The rule and that check then decide in
    Python on the few rows it returns (one copy of each). Follow-up owners are free text matched
    case-blind beyond ASCII, which SQLite's lower() is not, so the owner is left to the rule. Only
    the columns the rule and the card read are fetched: no objects, no encoding of whole records."""
    cls = RECORD_TYPES[record_type]
    reads = [getattr(cls, f) for f in rule.READS[record_type]]
    # (on a profile seeded by one officer: thousands of open records, none assigned from elsewhere)
    field = rule.ASSIGNING[record_type]
    elsewhere = func.coalesce(func.json_extract(cls.clocks, f"$.{field}[1]"), "") != me.site_id
    if record_type == kinds.COMPANY_REQUEST.name:
        return select(CompanyRequest.id, CompanyRequest.title, CompanyRequest.clocks, *reads).where(
            *_live_not_by_index(CompanyRequest, me.post_id),
            CompanyRequest.status.in_(enums.OPEN_STATUSES), CompanyRequest.assignee_id == me.officer_id, elsewhere)
    if record_type == kinds.FOLLOW_UP.name:
        return select(FollowUp.id, FollowUp.text, FollowUp.clocks, *reads).where(
            *_live_not_by_index(FollowUp, me.post_id), FollowUp.done.is_(False), elsewhere)
    # officer ids are uuids, so their text inside the JSON list finds exactly the meetings naming them
    return select(Meeting.id, Meeting.title, Meeting.clocks, *reads).where(
        Meeting.post_id == me.post_id, Meeting.deleted.is_(False), Meeting.starts_at >= _naive_utc(now),
        func.instr(cast(Meeting.officer_ids, String), me.officer_id) > 0, elsewhere)


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
        for rid, title, clocks, *read in session.execute(_candidates(record_type, me, now)):
            clock = (clocks or {}).get(field) or ["", ""]
            if not clock[0] or clock[1] == me.site_id or (rid, clock[0]) in seen:
                continue
            values = {"deleted": False} | {f: encode_value(v) for f, v in zip(rule.READS[record_type], read, strict=True)}
            if rule.assigned_to(record_type, values, me.officer_id, me.officer_name, now):
                out.append(HandedItem(record_type, rid, str(title or rid), clock[0]))
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
            values = rule.moves(record_type, _encoded(obj), parties, now)
            if values:
                records.update(session, record_type, obj.id, values)
                counts[record_type] += 1
    return LocalHandover(counts[kinds.COMPANY_REQUEST.name], counts[kinds.FOLLOW_UP.name], counts[kinds.MEETING.name])

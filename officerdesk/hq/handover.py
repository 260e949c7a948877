"""A handover (인수인계) at HQ: the departing officer's open work goes to the successor, and the
departing officer's devices stop working on the handover day.

The reassignment is ordinary HQ-authored edits: each moved field is written like any published
field (`records.Writer`: a new value, its clock, a change row every laptop of the post pulls), so it
has the same history, the same last-writer-wins and the same pull as any edit; there is no second
path into a laptop. Which records move is `core/handover.py`, the laptop's offline path uses the
same rule.

Revocation on a date: nothing runs at midnight. HQ stores the day (`hq_officer.leaves_on`, the
post's local date) and checks it on every authenticated request (`deps.current_device`): from
that day a device of the officer is refused with 401 `handed_over`, and the first such request
revokes the officer's devices and audits it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import handover as rule
from officerdesk.core import kinds, timepolicy
from officerdesk.hq import audit
from officerdesk.hq.admin import ADMIN, AdminError
from officerdesk.hq.auth import DeviceContext
from officerdesk.hq.database import Database
from officerdesk.hq.errors import HQError
from officerdesk.hq.records import HQ_SITE, Stamp, Writer, after, server_stamp
from officerdesk.hq.store import Device, Officer, Post, Record, utcnow
from officerdesk.protocol.wire import HandoverReceipt


class HandoverRefused(AdminError):
    """A handover HQ will not start; `status` and `error` are its answer on the wire."""

    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.error = status, error


def _officer(session: Session, officer_id: str, who: str) -> Officer:
    found = session.get(Officer, officer_id)
    if found is None:
        raise HandoverRefused(404, "unknown_officer", f"no officer {officer_id} ({who})")
    return found


def start(session: Session, *, from_id: str, to_id: str, on: dt.date | None = None, actor: str = ADMIN,
          caller: DeviceContext | None = None, now: dt.datetime | None = None) -> HandoverReceipt:
    """Reassign `from_id`'s open work to `to_id` now, and retire `from_id`'s devices on `on` (the
    post's local date; default today, i.e. at once). Running it again moves what is still (or
    again) assigned to the departing officer and sets the day anew."""
    now = now or dt.datetime.now(dt.UTC)
    leaving, successor = _officer(session, from_id, "departing"), _officer(session, to_id, "successor")
    if caller is not None and not caller.reads_all and caller.officer_id != leaving.id:
        raise HandoverRefused(403, "not_allowed", "only an administrator or the departing officer starts a handover")
    if leaving.id == successor.id:
        raise HandoverRefused(409, "same_officer", "the successor must be another officer")
    if leaving.post_id != successor.post_id:
        raise HandoverRefused(409, "another_post", "the successor serves another post; a handover stays within a post")
    if successor.leaves_on is not None:
        raise HandoverRefused(409, "successor_leaving",
                              f"{successor.name} is handing over on {successor.leaves_on.isoformat()} themselves")
    post = session.get(Post, leaving.post_id)
    tz = post.tz if post else "UTC"
    today = timepolicy.local_date(now, tz)
    day = on or today
    if day < today:
        raise HandoverRefused(409, "day_passed", f"{day.isoformat()} has passed at the post (today is {today.isoformat()})")
    counts = _reassign(session, leaving, successor, now)
    leaving.leaves_on = day
    audit.append(session, actor=actor, action="start_handover", post_id=leaving.post_id, from_officer_id=leaving.id,
                 to_officer_id=successor.id, on=day.isoformat(), **counts)
    return HandoverReceipt(from_officer_id=leaving.id, to_officer_id=successor.id, on=day, requests=counts["requests"],
                           follow_ups=counts["follow_ups"], meetings=counts["meetings"])


def _reassign(session: Session, leaving: Officer, successor: Officer, now: dt.datetime) -> dict[str, int]:
    parties = rule.Parties(leaving.id, leaving.name, successor.id, successor.name)
    counts = {"requests": 0, "follow_ups": 0, "meetings": 0}
    label: dict[str, str] = {kinds.COMPANY_REQUEST.name: "requests", kinds.FOLLOW_UP.name: "follow_ups", kinds.MEETING.name: "meetings"}
    writer = Writer(session)
    author = server_stamp(f"HQ handover {leaving.name} → {successor.name}"[:200])
    found = session.scalars(select(Record).where(Record.post_id == leaving.post_id, Record.type.in_(rule.HANDED_OVER),
                                                 Record.deleted.is_(False)).order_by(Record.id)).all()
    for rec in found:
        values = rule.moves(rec.type, rec.data or {}, parties, now)
        if not values:
            continue
        # after every clock of the fields it moves: the handover is the latest word on them, on
        # HQ and on every laptop, even when a laptop's clock ran a little ahead of HQ's
        latest = max((str((rec.clocks or {}).get(f, [""])[0]) for f in values), default="")
        writer.set_fields(rec, values, Stamp(after(author.hlc, latest), HQ_SITE, "", author.author))
        counts[label[rec.type]] += 1
    return counts


# ---- the handover day --------------------------------------------------------------------------


def departed(ctx: DeviceContext, now: dt.datetime | None = None) -> bool:
    return ctx.leaves_on is not None and rule.leaving_day_reached(ctx.leaves_on, ctx.post_tz,
                                                                  now or dt.datetime.now(dt.UTC))


def refuse_departed(db: Database, ctx: DeviceContext, *, revoked: bool) -> HQError:
    """Revoke the officer's devices (once, audited) and say why this device is refused."""
    if not revoked:
        with db.write() as s:
            retire(s, ctx.officer_id)
    day = ctx.leaves_on.isoformat() if ctx.leaves_on else ""
    return HQError(401, "handed_over", f"{ctx.officer_name} handed the post over on {day}; this device is "
                   "revoked. Your successor continues the work; ask HQ if this is a mistake.",
                   {"WWW-Authenticate": "Bearer"})


def retire(session: Session, officer_id: str) -> int:
    """Revoke every live device of an officer who has handed over; how many."""
    devices = session.scalars(select(Device).where(Device.officer_id == officer_id, Device.revoked_at.is_(None))).all()
    for device in devices:
        device.revoked_at = utcnow()
        audit.append(session, actor="hq:handover", action="revoke_device", post_id=device.post_id,
                     device_id=device.id, reason="handover")
    return len(devices)

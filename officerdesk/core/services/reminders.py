"""Deadline reminders: which open follow-ups and requests to remind the officer of, and when.

Pure decisions on values (no Qt, no clock of its own): the app passes `today`/`now` in, so a test
can move time. What is overdue is the dashboard's rule (`dashboard.is_overdue`), and the items
come from the dashboard's own queries; "due soon" for a reminder is nearer than the dashboard's
two weeks, because a notification about a deadline three weeks away is noise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from officerdesk.core.services.dashboard import (
    DashboardItem,
    is_overdue,
    open_follow_ups,
    open_requests,
)

AHEAD = dt.timedelta(days=3)     # due today, tomorrow or the day after: "due soon"
REPEAT = dt.timedelta(hours=3)   # during the day, a reminder comes back this often
SNOOZE = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Reminder:
    item: DashboardItem
    overdue: bool

    @property
    def key(self) -> str:
        return f"{self.item.type}:{self.item.id}:{self.item.date}"


@dataclass(frozen=True)
class ReminderState:
    """What decides whether to notify now: the officer's switch and snooze (kept in settings),
    and what was last shown (kept for the session: a new start reminds again)."""

    enabled: bool = True
    snoozed_until: dt.datetime | None = None
    last_shown: dt.datetime | None = None
    shown_keys: frozenset[str] = frozenset()


def deadlines(session: Session, *, post_id: str | None, today: dt.date,
              ahead: dt.timedelta = AHEAD) -> tuple[DashboardItem, ...]:
    """Every open follow-up and request due before today + ahead (overdue ones included)."""
    hi = today + ahead
    return (*open_requests(session, post_id, None, hi, limit=None),
            *open_follow_ups(session, post_id, None, hi, limit=None))


def reminders(items: Iterable[DashboardItem], *, today: dt.date, ahead: dt.timedelta = AHEAD) -> tuple[Reminder, ...]:
    """The items to remind of: overdue first (oldest first), then due soon (soonest first)."""
    due = [Reminder(i, is_overdue(i.date, today)) for i in items if i.date is not None and i.date < today + ahead]
    return tuple(sorted(due, key=lambda r: (not r.overdue, r.item.date, r.item.type, r.item.id)))


def should_notify(due: Iterable[Reminder], *, now: dt.datetime, state: ReminderState) -> bool:
    """Notify at the first look of a session, when something new falls due, when a snooze ends,
    on a new day, and every REPEAT while anything is due; never while switched off or snoozed."""
    keys = {r.key for r in due}
    if not state.enabled or not keys:
        return False
    if state.snoozed_until is not None:
        if now < state.snoozed_until:
            return False
        if state.last_shown is None or state.last_shown < state.snoozed_until:
            return True  # "remind me in an hour" means in an hour, not at the next REPEAT
    if state.last_shown is None or keys - state.shown_keys:
        return True
    return now.date() != state.last_shown.date() or now - state.last_shown >= REPEAT


def shown(state: ReminderState, due: Iterable[Reminder], *, now: dt.datetime) -> ReminderState:
    """The state after notifying about `due` at `now`."""
    return ReminderState(state.enabled, state.snoozed_until, now, frozenset(r.key for r in due))


def snoozed(state: ReminderState, *, now: dt.datetime, length: dt.timedelta = SNOOZE) -> ReminderState:
    return ReminderState(state.enabled, now + length, state.last_shown, state.shown_keys)

"""Deadline reminders: what is due (the dashboard's rule) and when to notify, on a moved clock."""

from __future__ import annotations

import datetime as dt

from officerdesk.core.services import dashboard, identity, records, requests
from officerdesk.core.services.dashboard import DashboardItem
from officerdesk.core.services.reminders import (
    REPEAT,
    SNOOZE,
    ReminderState,
    deadlines,
    reminders,
    should_notify,
    shown,
    snoozed,
)

TODAY = dt.date(2026, 11, 10)
MORNING = dt.datetime(2026, 11, 10, 8, 30)


def _item(day: dt.date, ident: str = "a") -> DashboardItem:
    return DashboardItem("follow_up", ident, f"task {ident}", day)


def test_overdue_first_then_due_soon_and_later_ones_left_out() -> None:
    items = [_item(TODAY + dt.timedelta(days=2), "soon"), _item(TODAY, "today"), _item(TODAY - dt.timedelta(days=4), "late"),
             _item(TODAY + dt.timedelta(days=3), "later"), DashboardItem("follow_up", "undated", "x", None)]
    due = reminders(items, today=TODAY)
    assert [(r.item.id, r.overdue) for r in due] == [("late", True), ("today", False), ("soon", False)]


def test_the_overdue_rule_is_the_dashboards() -> None:
    for days in range(-3, 3):
        day = TODAY + dt.timedelta(days=days)
        (only,) = reminders([_item(day)], today=TODAY)
        assert only.overdue is dashboard.is_overdue(day, TODAY) is (days < 0)


def test_notifies_at_start_then_every_few_hours_and_on_something_new() -> None:
    due = reminders([_item(TODAY - dt.timedelta(days=1))], today=TODAY)
    state = ReminderState()
    assert should_notify(due, now=MORNING, state=state)
    state = shown(state, due, now=MORNING)
    assert not should_notify(due, now=MORNING + dt.timedelta(minutes=20), state=state)
    assert should_notify(due, now=MORNING + REPEAT, state=state)
    more = reminders([_item(TODAY - dt.timedelta(days=1)), _item(TODAY, "new")], today=TODAY)
    assert should_notify(more, now=MORNING + dt.timedelta(minutes=20), state=state)
    assert not should_notify((), now=MORNING + REPEAT, state=ReminderState())


def test_snooze_holds_until_it_ends_and_off_is_off() -> None:
    due = reminders([_item(TODAY)], today=TODAY)
    state = snoozed(shown(ReminderState(), due, now=MORNING), now=MORNING)
    assert not should_notify(due, now=MORNING + SNOOZE - dt.timedelta(seconds=1), state=state)
    assert should_notify(due, now=MORNING + SNOOZE, state=state)
    off = ReminderState(enabled=False)
    assert not should_notify(due, now=MORNING, state=off)


def test_deadlines_are_open_items_of_the_post(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        late = records.create(s, "follow_up", post_id=post, values={"text": "자료 송부", "due": "2026-11-08"})
        records.create(s, "follow_up", post_id=post, values={"text": "끝난 일", "due": "2026-11-08", "done": True})
        records.create(s, "follow_up", post_id=post, values={"text": "먼 일", "due": "2026-12-20"})
        req = records.create(s, "company_request", post_id=post, values={"title": "상표 무단선점", "due": "2026-11-11"})
        closed = records.create(s, "company_request", post_id=post,
                                values={"title": "끝난 요청", "due": "2026-11-09", "outcome": "상표 등록 취소 결정"})
        for step in ("reviewing", "in_progress", "resolved", "closed"):
            requests.transition(s, closed.id, step)
        found = deadlines(s, post_id=post, today=TODAY)
    assert {(i.type, i.id) for i in found} == {("follow_up", late.id), ("company_request", req.id)}

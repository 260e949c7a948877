"""The successor's card reads only what its SQL pre-filter lets through: this holds it to the rule
(`core/handover.assigned_to` over every live record, fully encoded, as the card once read them)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from officerdesk.core import handover as rule
from officerdesk.core.models import RECORD_TYPES, CompanyRequest
from officerdesk.core.services import handed_over, identity, records
from officerdesk.core.write.changes import encoded_fields

NOW = dt.datetime(2026, 12, 8, 12, 0, tzinfo=dt.UTC)


def _everything_the_rule_accepts(s, me) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    out = set()
    for record_type in rule.HANDED_OVER:
        cls = RECORD_TYPES[record_type]
        for obj in s.scalars(select(cls).where(cls.post_id == me.post_id, cls.deleted.is_(False))):
            clock = obj.clocks.get(rule.ASSIGNING[record_type]) or ["", ""]
            if not clock[0] or clock[1] == me.site_id:
                continue  # work this laptop gave, not handed over
            if rule.assigned_to(record_type, encoded_fields(obj), me.officer_id, me.officer_name, NOW):
                out.add((record_type, obj.id))
    return out


def test_the_pre_filter_keeps_exactly_what_the_rule_accepts(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        me = identity.require(s)
        post, kim, name = me.post_id, me.officer_id, me.officer_name
        lee = records.create(s, "officer", post_id=post, values={"name": "이영희"}).id
        for status in ("received", "reviewing", "in_progress", "escalated", "closed"):
            for who in (kim, lee, None):
                case = records.create(s, "company_request", post_id=post, values={"title": status, "assignee_id": who})
                s.get(CompanyRequest, case.id).status = status  # as the workflow leaves it (reading is tested)
        gone = records.create(s, "company_request", post_id=post, values={"title": "deleted", "assignee_id": kim})
        records.delete(s, "company_request", gone.id)
        for owner in (name, f"  {name} ", "이영희", ""):
            for done in (False, True):
                records.create(s, "follow_up", post_id=post, values={"text": f"{owner} {done}", "owner": owner, "done": done})
        for when in ("2026-12-08T12:00:00+00:00", "2026-12-09T09:00:00+09:00", "2026-12-07T09:00:00+00:00"):
            for officers in ([kim], [lee, kim], [lee], []):
                records.create(s, "meeting", post_id=post, values={"title": when, "starts_at": when, "officer_ids": officers})
        for record_type in rule.HANDED_OVER:  # as HQ's handover leaves them: assigned elsewhere
            field = rule.ASSIGNING[record_type]
            for obj in s.scalars(select(RECORD_TYPES[record_type])):
                obj.clocks = {**obj.clocks, field: [obj.clocks.get(field, ["h"])[0] or "h", "hq", 1]}
            for obj in s.scalars(select(RECORD_TYPES[record_type]).order_by(RECORD_TYPES[record_type].id).limit(1)):
                obj.clocks = {**obj.clocks, field: [obj.clocks[field][0], me.site_id, 0]}  # given here: not listed
    with store.session_factory.begin() as s:
        me = identity.require(s)
        listed = {(i.type, i.id) for i in handed_over.handed_to_me(s, now=NOW)}
        expected = _everything_the_rule_accepts(s, me)
    assert listed == expected
    counts = {t: sum(1 for kind, _ in listed if kind == t) for t in rule.HANDED_OVER}
    # of 4 open requests, 2 follow-ups named for me and 4 meetings from now naming me, the first
    # record of each type (by id: the oldest, each one of those) was assigned on this laptop
    assert counts == {"company_request": 3, "follow_up": 1, "meeting": 3}

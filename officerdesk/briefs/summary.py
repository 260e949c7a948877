"""The summary a brief opens with, prefilled from its records and figures.

What HQ reads first: what happened (개요, 주요 내용), what is late and what the post will do
(조치 사항·향후 계획), and what it asks of HQ (건의). The officer edits it before saving; these
are only the starting words. Each part is one item per line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from officerdesk.briefs import rates
from officerdesk.briefs.labels import Labels
from officerdesk.core import dto as d
from officerdesk.core import enums, kinds, timepolicy
from officerdesk.core.report_dto import (
    ActivityBrief,
    BriefHeading,
    BriefSummary,
    CaseBrief,
    ContactSheet,
    HandoverBrief,
    MeetingBrief,
    RollupBrief,
    TrendBrief,
)

MOST = 5  # items per part: page 1 stays one page
RECENT_DAYS = 92
STALE_DAYS = 183
GOVERNMENT = ("ip_office", "ministry", "customs", "court")  # 정부 기관: listed first on the contact sheet


def lines(items: Iterable[str]) -> str:
    return "\n".join(x for x in items if x)


def first_line(text: str) -> str:
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def _post(heading: BriefHeading, labels: Labels) -> str:
    name = heading.post_name_ko if labels.lang == "ko" else heading.post_name_en
    return name or heading.post_name_en or heading.post_name_ko or heading.post_code


def _today(heading: BriefHeading) -> dt.date:
    return heading.issued_on


def _open_follow_ups(items: Iterable[d.FollowUpDTO], labels: Labels) -> list[str]:
    return [labels("sum.follow_up", text=f.text, owner=f.owner or "—", due=labels.date(f.due)) for f in items if not f.done]


def prefill(kind: str, data: Any, lang: str) -> BriefSummary:
    """The summary of one brief of `kind`, in `lang`, from the same DTO the brief is built from."""
    labels = Labels(lang)
    make: dict[str, Any] = {
        kinds.MEETING_BRIEF.code: _meeting, kinds.CASE_BRIEF.code: _case, kinds.ACTIVITY_BRIEF.code: _activity,
        kinds.TREND_BRIEF.code: _trends, kinds.CONTACT_SHEET.code: _contacts, kinds.ROLLUP_BRIEF.code: _rollup,
        kinds.HANDOVER_BRIEF.code: _handover,
    }
    summary: BriefSummary = make[kind](data, labels)
    return summary


def _activity(b: ActivityBrief, labels: Labels) -> BriefSummary:
    f, p = b.figures, b.previous
    period = labels.period(b.heading.period, b.heading.as_of)
    overview = lines([
        labels("sum.activity", post=_post(b.heading, labels), period=period, opened=f.requests_opened,
               opened_cmp=rates.change(f.requests_opened, p.requests_opened if p else None, labels.lang),
               closed=f.requests_closed, closed_cmp=rates.change(f.requests_closed, p.requests_closed if p else None, labels.lang),
               meetings=f.meetings_held, notes=f.trend_notes),
        labels("sum.rates", closed=rates.percent(rates.closure_rate(f)), on_time=rates.percent(rates.on_time_rate(f)),
               open=f.requests_open, overdue=f.requests_overdue),
    ])
    points = []
    if f.by_category:
        code, n = max(f.by_category, key=lambda kv: kv[1])
        points.append(labels("sum.top_category", category=labels.category(code), n=n))
    for m in b.meetings[:MOST - 1]:
        decided = first_line(m.decisions)
        held = labels("sum.meeting_held", date=labels.local_date(m.starts_at, timepolicy.record_zone(m.tz, b.heading.post_tz)), title=m.title)
        points.append(f"{held} — {decided}" if decided else held)
    as_of = _as_of(b)
    actions = [labels("sum.overdue", title=r.title, company=r.company_name or "—", days=rates.days_late(r.due, as_of))
               for r in sorted(b.requests_overdue, key=lambda r: r.due or dt.date.max)[:MOST]]
    actions += _open_follow_ups(b.follow_ups_due, labels)[:MOST - len(actions)]
    asks = [labels("sum.escalated", title=r.title, company=r.company_name or "—")
            for r in (*b.requests_overdue, *b.requests_opened) if r.escalated]
    return BriefSummary(overview, lines(points), lines(actions), lines(list(dict.fromkeys(asks))[:MOST]))


def _as_of(b: ActivityBrief) -> dt.date:
    period = b.heading.period
    today = _today(b.heading)
    return min(period.end, today) if period else today


def _meeting(b: MeetingBrief, labels: Labels) -> BriefSummary:
    m = b.meeting
    place = f", {m.location}" if m.location else ""
    who = ", ".join(dict.fromkeys(c.organization_name or c.name for c in b.attendees)) or "—"
    overview = labels("sum.meeting", date=labels.local_date(m.starts_at, timepolicy.record_zone(m.tz, b.heading.post_tz)), title=m.title,
                      kind=labels.enum(enums.MEETING_KIND, m.kind), place=place, who=who)
    decided = [line.strip() for line in (m.decisions or "").splitlines() if line.strip()][:MOST]
    points = decided or [first_line(m.notes) or labels("sum.no_decisions")]
    actions = _open_follow_ups(b.follow_ups, labels)[:MOST]
    asks = [labels("sum.escalated", title=r.title, company=r.company_name or "—") for r in b.requests if r.escalated]
    return BriefSummary(overview, lines(points), lines(actions), lines(asks[:MOST]))


def case_dates(b: CaseBrief, labels: Labels) -> tuple[str, str]:
    """(closing date, lateness) of a case, as the brief prints them."""
    r = b.request
    closing = frozenset(enums.STATUS) - frozenset(enums.OPEN_STATUSES)
    closed = rates.closed_on(b.history, closing) if r.status in closing else None
    if r.due is None:
        return labels.date(closed) if closed else labels("not_closed"), "—"
    late = rates.days_late(r.due, closed or _today(b.heading))
    return (labels.date(closed) if closed else labels("not_closed")), (labels("late_by", n=late) if late else labels("on_time"))


def _case(b: CaseBrief, labels: Labels) -> BriefSummary:
    r = b.request
    company = (b.company.name_ko if labels.lang == "ko" else b.company.name_en or b.company.name_ko) if b.company else r.company_name
    closed, lateness = case_dates(b, labels)
    due_line = ""
    if r.due is not None:
        key = "sum.case_due_open" if closed == labels("not_closed") else "sum.case_due_closed"
        due_line = labels(key, due=labels.date(r.due), closed=closed, lateness=lateness)
    overview = labels("sum.case", company=company or "—", category=labels.category(r.category), received=labels.date(r.received),
                      status=labels.status(r.status), due_line=due_line).strip()
    points = [first_line(r.details)]
    points += [f"{labels.date(h.at.date() if h.at else None)} {labels.status(h.to_status)}" + (f" — {first_line(h.note)}" if h.note else "")
               for h in b.history[-3:]]
    points.append(first_line(r.outcome))
    actions = []
    late = rates.days_late(r.due, _today(b.heading))
    if r.status in enums.OPEN_STATUSES and late:
        actions.append(labels("sum.case_late", due=labels.date(r.due), n=late))
    actions += _open_follow_ups(b.follow_ups, labels)
    asks = [labels("sum.case_escalated")] if r.escalated and r.status in enums.OPEN_STATUSES else []
    return BriefSummary(overview, lines(points), lines(actions[:MOST]), lines(asks))


def _trends(b: TrendBrief, labels: Labels) -> BriefSummary:
    notes = [n for g in b.groups for n in g.notes]
    topics = [g.topic or labels("general_topic") for g in b.groups]
    overview = labels("sum.trends", period=labels.period(b.heading.period, b.heading.as_of), n=len(notes), k=len(topics),
                      topics=", ".join(topics[:4]) + (" …" if len(topics) > 4 else ""))
    points = [labels("sum.trend_point", title=n.title, line=first_line(n.implications) or first_line(n.summary)) for n in notes[:MOST]]
    return BriefSummary(overview, lines(points), labels("sum.trend_action") if notes else "", "")


def _contacts(b: ContactSheet, labels: Labels) -> BriefSummary:
    today = _today(b.heading)
    people = [(e.organization, c) for e in b.entries for c in e.contacts]
    recent = [(o, c) for o, c in people if c.last_contacted and (today - c.last_contacted).days <= RECENT_DAYS]
    gov = [e for e in b.entries if e.organization is not None and e.organization.kind in GOVERNMENT]
    stale = [c for o, c in people if o is not None and o.kind in GOVERNMENT
             and (c.last_contacted is None or (today - c.last_contacted).days > STALE_DAYS)]
    overview = labels("sum.contacts", orgs=sum(1 for e in b.entries if e.organization), people=len(people), gov=len(gov), recent=len(recent))
    recent.sort(key=lambda oc: oc[1].last_contacted or dt.date.min, reverse=True)
    points = [labels("sum.contact_point", name=c.name, position=c.position or "—", org=o.name if o else "—",
                     date=labels.date(c.last_contacted)) for o, c in recent[:MOST]]
    actions = [labels("sum.contacts_stale", n=len(stale))] if stale else []
    return BriefSummary(overview, lines(points), lines(actions), "")


def _rollup(b: RollupBrief, labels: Labels) -> BriefSummary:
    t, p = b.totals, b.previous_totals
    overview = lines([
        labels("sum.rollup", period=labels.period(b.heading.period, b.heading.as_of), n=len(b.posts), opened=t.requests_opened,
               opened_cmp=rates.change(t.requests_opened, p.requests_opened if p else None, labels.lang),
               closed=t.requests_closed, closed_cmp=rates.change(t.requests_closed, p.requests_closed if p else None, labels.lang),
               overdue=t.requests_overdue),
        labels("sum.rates", closed=rates.percent(rates.closure_rate(t)), on_time=rates.percent(rates.on_time_rate(t)),
               open=t.requests_open, overdue=t.requests_overdue),
    ])
    points = []
    if b.posts and t.requests_opened:
        top = max(b.posts, key=lambda x: x.figures.requests_opened)
        points.append(labels("sum.rollup_top", post=top.post_name_ko if labels.lang == "ko" else top.post_name_en, n=top.figures.requests_opened))
    actions = [labels("sum.rollup_overdue", post=x.post_name_ko if labels.lang == "ko" else x.post_name_en, n=x.figures.requests_overdue)
               for x in sorted(b.posts, key=lambda x: -x.figures.requests_overdue) if x.figures.requests_overdue][:MOST]
    return BriefSummary(overview, lines(points), lines(actions), "")


def _handover(b: HandoverBrief, labels: Labels) -> BriefSummary:
    overview = labels("sum.handover", officer=b.officer, successor=b.successor or labels("ho.successor"),
                      cases=len(b.cases), follow_ups=len(b.follow_ups), contacts=len(b.contacts), talks=len(b.negotiations))
    points = [labels("sum.handover_case", title=c.request.title, status=labels.status(c.request.status), step=c.next_step or "—")
              for c in b.cases[:MOST]]
    if b.trends:
        points.append(labels("sum.handover_trends", titles=", ".join(n.title for n in b.trends[:3])))
    actions = _open_follow_ups(b.follow_ups, labels)[:MOST]
    return BriefSummary(overview, lines(points), lines(actions), "")

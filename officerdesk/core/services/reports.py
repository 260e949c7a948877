"""Gathering what each brief shows, as frozen DTOs (report_dto.py) for `officerdesk.briefs`.

Restricted records are left out unless the caller includes them; the heading counts what was
left out. Figures (activity, roll-up) count every record, whatever its classification: a count
carries no restricted text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds, timepolicy
from officerdesk.core.models import (
    Company,
    CompanyRequest,
    Contact,
    FollowUp,
    Meeting,
    Officer,
    Organization,
    Post,
    SyncRecord,
    TrendNote,
)
from officerdesk.core.report_dto import (
    ActivityBrief,
    ActivityFigures,
    BriefHeading,
    CaseBrief,
    ContactSheet,
    HandoverBrief,
    HandoverCase,
    KeyContact,
    MeetingBrief,
    OrganizationEntry,
    Period,
    PostFigures,
    RollupBrief,
    TrendBrief,
    TrendGroup,
)
from officerdesk.core.services import figures, identity, records
from officerdesk.core.write.changes import encoded_fields
from officerdesk.errors import NotFound, UserError

RANK = {"public": 0, "internal": 1, "restricted": 2}
R = TypeVar("R", bound=d.RecordDTO)


class RestrictedRecord(UserError):
    """The record asked for is restricted and the caller did not include restricted content."""


def highest(classifications: Iterable[str], floor: str = "public") -> str:
    best = floor
    for c in classifications:
        if RANK.get(c, 1) > RANK[best]:
            best = c
    return best


class _Selection:
    """Keeps the records a brief may show and counts the restricted ones it leaves out."""

    def __init__(self, include_restricted: bool) -> None:
        self.include = include_restricted
        self.omitted: set[str] = set()
        self.shown: dict[str, str] = {}

    def keep(self, items: Iterable[R]) -> tuple[R, ...]:
        out = []
        for item in items:
            if item.classification == "restricted" and not self.include:
                self.omitted.add(item.id)
            else:
                self.shown[item.id] = item.classification
                out.append(item)
        return tuple(out)

    def classification(self, floor: str = "public") -> str:
        return highest(self.shown.values(), floor)


def _post(session: Session, post_code: str | None) -> Post:
    if post_code:
        post = identity.post_by_code(session, post_code)
        if post is None or post.deleted:
            raise NotFound(f"No post with code {post_code.upper()}", f"공관 코드 {post_code.upper()}이(가) 없습니다")
        return post
    ident = identity.require(session)
    found = session.get(Post, ident.post_id)
    if found is None:
        raise NotFound("This profile's post is missing", "이 프로필의 공관 정보가 없습니다")
    return found


def _heading(session: Session, kind: str, title: str, post: Post | None, sel: _Selection, *, period: Period | None = None, as_of: dt.date | None = None, floor: str = "public", now: dt.datetime | None = None) -> BriefHeading:
    ident = identity.current(session)
    now = now or dt.datetime.now(dt.UTC)
    return BriefHeading(
        kind=kind,
        title=title,
        post_code=post.code if post else "",
        post_name_ko=post.name_ko if post else "",
        post_name_en=post.name_en if post else "",
        author=ident.officer_name if ident else "",
        generated_at=now,
        classification=sel.classification(floor),
        period=period,
        as_of=as_of or (None if period else timepolicy.local_date(now, post.tz if post else timepolicy.KST_NAME)),
        omitted_restricted=len(sel.omitted),
        included_restricted=sel.include,
        post_tz=post.tz if post else "",
    )


def _dtos(session: Session, objs: Sequence[SyncRecord]) -> list[Any]:
    return records.to_dtos(session, objs)


def _by_ids(session: Session, cls: type[SyncRecord], ids: Sequence[str]) -> list[Any]:
    if not ids:
        return []
    rows = session.scalars(select(cls).where(cls.id.in_(list(ids)), cls.deleted.is_(False))).all()
    order = {i: n for n, i in enumerate(ids)}
    return _dtos(session, sorted(rows, key=lambda r: order.get(r.id, 0)))


def _require_shown(item: d.RecordDTO, include: bool, what_en: str, what_ko: str) -> None:
    if item.classification == "restricted" and not include:
        raise RestrictedRecord(
            f"This {what_en} is restricted; include restricted content to brief it.",
            f"이 {what_ko}은(는) 대외비입니다. 대외비 포함을 선택해야 브리핑에 넣을 수 있습니다.",
        )


def _post_of(session: Session, post_id: str) -> Post | None:
    return session.get(Post, post_id)


def meeting_brief(session: Session, meeting_id: str, *, include_restricted: bool = False, now: dt.datetime | None = None) -> MeetingBrief:
    meeting = records.get(session, Meeting.record_type, meeting_id)
    assert isinstance(meeting, d.MeetingDTO)
    _require_shown(meeting, include_restricted, "meeting", "회의")
    sel = _Selection(include_restricted)
    sel.keep([meeting])
    attendees = sel.keep(_by_ids(session, Contact, meeting.contact_ids))
    officers = tuple(o.name for o in _by_ids(session, Officer, meeting.officer_ids))
    follow_ups = sel.keep(meeting.follow_ups)
    requests = sel.keep(_by_ids(session, CompanyRequest, meeting.request_ids))
    post = _post_of(session, meeting.post_id)
    # the meeting's date is its local date where it was held, not its UTC date
    zone = timepolicy.record_zone(meeting.tz, post.tz if post else None)
    day = timepolicy.local_date(meeting.starts_at, zone) if meeting.starts_at else None
    heading = _heading(session, kinds.MEETING_BRIEF.code, meeting.title, post, sel, as_of=day, now=now)
    return MeetingBrief(heading, meeting, attendees, officers, follow_ups, requests)


def _meetings_of_request(session: Session, req: d.CompanyRequestDTO) -> list[Any]:
    linked = session.scalars(
        select(Meeting).where(Meeting.deleted.is_(False), cast(Meeting.request_ids, String).contains(req.id))
    ).all()
    ids = list(dict.fromkeys([*req.meeting_ids, *(m.id for m in linked)]))
    return sorted(_by_ids(session, Meeting, ids), key=lambda m: m.starts_at or dt.datetime.min)


def case_brief(session: Session, request_id: str, *, include_restricted: bool = False, now: dt.datetime | None = None) -> CaseBrief:
    req = records.get(session, CompanyRequest.record_type, request_id)
    assert isinstance(req, d.CompanyRequestDTO)
    _require_shown(req, include_restricted, "request", "요청")
    sel = _Selection(include_restricted)
    sel.keep([req])
    company_rows = _by_ids(session, Company, [req.company_id] if req.company_id else [])
    companies = sel.keep(company_rows)
    assignee = _by_ids(session, Officer, [req.assignee_id] if req.assignee_id else [])
    meetings = sel.keep(_meetings_of_request(session, req))
    follow_ups = sel.keep(req.follow_ups)
    contacts = sel.keep(_by_ids(session, Contact, req.contact_ids))
    return CaseBrief(
        heading=_heading(session, kinds.CASE_BRIEF.code, req.title, _post_of(session, req.post_id), sel, now=now),
        request=req,
        company=companies[0] if companies else None,
        assignee=assignee[0].name if assignee else "",
        history=req.history,
        meetings=meetings,
        follow_ups=follow_ups,
        contacts=contacts,
    )


def _rows(session: Session, cls: type[SyncRecord], where: Sequence[Any], order: Sequence[Any]) -> list[Any]:
    return _dtos(session, session.scalars(select(cls).where(*where).order_by(*order)).all())


def activity_brief(session: Session, *, period: Period, post_code: str | None = None, include_restricted: bool = False, now: dt.datetime | None = None, today: dt.date | None = None) -> ActivityBrief:
    post = _post(session, post_code)
    sel = _Selection(include_restricted)
    as_of = figures.overdue_as_of(period, today)
    meetings = sel.keep(_rows(session, Meeting, figures.meeting_filters(session, post.id, period), (Meeting.starts_at, Meeting.id)))
    opened = sel.keep(_rows(session, CompanyRequest, figures.request_filters(post.id, period), (CompanyRequest.received, CompanyRequest.id)))
    overdue = sel.keep(_rows(session, CompanyRequest, figures.overdue_filters(post.id, as_of), (CompanyRequest.due, CompanyRequest.id)))
    follow_ups = sel.keep(_rows(session, FollowUp, figures.follow_up_filters(post.id, period), (FollowUp.due, FollowUp.id)))
    notes = sel.keep(_rows(session, TrendNote, figures.trend_filters(post.id, period), (TrendNote.date, TrendNote.id)))
    return ActivityBrief(
        heading=_heading(session, kinds.ACTIVITY_BRIEF.code, "", post, sel, period=period, floor="internal", now=now),
        figures=figures.activity_figures(session, post.id, period, today=today),
        previous=figures.activity_figures(session, post.id, figures.previous_period(period), today=today),
        meetings=meetings,
        requests_opened=opened,
        requests_overdue=overdue,
        follow_ups_due=follow_ups,
        trend_notes=notes,
    )


def trend_brief(session: Session, *, period: Period | None = None, post_code: str | None = None, include_restricted: bool = False, now: dt.datetime | None = None) -> TrendBrief:
    post = _post(session, post_code)
    where: list[Any] = [TrendNote.post_id == post.id, TrendNote.deleted.is_(False)]
    if period is not None:
        where += [TrendNote.date >= period.start, TrendNote.date < period.end]
    sel = _Selection(include_restricted)
    notes = sel.keep(_rows(session, TrendNote, where, (TrendNote.topic, TrendNote.date.desc(), TrendNote.id)))
    groups: dict[str, list[d.TrendNoteDTO]] = {}
    for note in notes:
        groups.setdefault(note.topic.strip(), []).append(note)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
    return TrendBrief(
        heading=_heading(session, kinds.TREND_BRIEF.code, "", post, sel, period=period, now=now),
        groups=tuple(TrendGroup(topic, tuple(items)) for topic, items in ordered),
    )


def contact_sheet(session: Session, *, post_code: str | None = None, include_restricted: bool = False, now: dt.datetime | None = None) -> ContactSheet:
    post = _post(session, post_code)
    sel = _Selection(include_restricted)
    orgs = sel.keep(_rows(session, Organization, (Organization.post_id == post.id, Organization.deleted.is_(False)), (Organization.name, Organization.id)))
    contacts = sel.keep(_rows(session, Contact, (Contact.post_id == post.id, Contact.deleted.is_(False)), (Contact.name, Contact.id)))
    shown_orgs = {o.id for o in orgs}
    by_org: dict[str | None, list[d.ContactDTO]] = {}
    for c in contacts:
        key = c.organization_id if c.organization_id in shown_orgs else None
        by_org.setdefault(key, []).append(c)
    entries = [OrganizationEntry(o, tuple(by_org.get(o.id, []))) for o in orgs]
    if by_org.get(None):
        entries.append(OrganizationEntry(None, tuple(by_org[None])))
    return ContactSheet(_heading(session, kinds.CONTACT_SHEET.code, "", post, sel, now=now), tuple(entries))


def rollup_brief(session: Session, *, period: Period, now: dt.datetime | None = None, today: dt.date | None = None) -> RollupBrief:
    posts = session.scalars(select(Post).where(Post.deleted.is_(False), Post.code != "HQ").order_by(Post.code)).all()
    before = figures.previous_period(period)
    rows = tuple(
        PostFigures(p.code, p.name_ko, p.name_en, figures.activity_figures(session, p.id, period, today=today),
                    figures.activity_figures(session, p.id, before, today=today)) for p in posts
    )
    totals, previous = ActivityFigures(), ActivityFigures()
    for row in rows:
        totals = figures.add(totals, row.figures)
        previous = figures.add(previous, row.previous or ActivityFigures())
    hq = identity.post_by_code(session, "HQ")
    heading = _heading(session, kinds.ROLLUP_BRIEF.code, "", hq, _Selection(False), period=period, floor="internal", now=now)
    return RollupBrief(heading, rows, totals, previous)


NEGOTIATING = ("ip_office", "ministry", "customs", "court", "international_org")  # meetings with authorities
KEY_CONTACTS, CONTACT_MEETINGS, WATCHED_TRENDS = 30, 5, 15


def handover_brief(session: Session, *, officer_id: str | None = None, successor_id: str | None = None,
                   post_code: str | None = None, include_restricted: bool = False,
                   now: dt.datetime | None = None) -> HandoverBrief:
    """인수인계서: what `officer_id` (this profile's officer unless named) leaves to the successor:
    the open work a handover moves (core/handover.py), the people they met, the negotiations with
    authorities under way, and the post's recent trends."""
    from officerdesk.core import enums
    from officerdesk.core import handover as rule

    now = now or dt.datetime.now(dt.UTC)
    post = _post(session, post_code)
    officer_id = officer_id or identity.require(session).officer_id
    officer = session.get(Officer, officer_id) if officer_id else None
    if officer is None:
        raise NotFound(f"No officer {officer_id or '(none)'} in this profile", f"담당관 {officer_id or '(없음)'}을(를) 찾을 수 없습니다")
    successor = _successor(session, successor_id, officer) if successor_id else None
    sel = _Selection(include_restricted)

    def mine(cls: type[SyncRecord], *where: Any) -> list[Any]:
        rows: list[Any] = list(session.scalars(select(cls).where(cls.post_id == post.id, cls.deleted.is_(False), *where)))
        return [r for r in rows if rule.assigned_to(cls.record_type, encoded_fields(r), officer.id, officer.name, now)]

    open_requests: list[Any] = sorted(mine(CompanyRequest, CompanyRequest.status.in_(enums.OPEN_STATUSES)),
                                      key=lambda r: (r.due or dt.date.max, r.received or dt.date.min, r.id))
    open_follow_ups: list[Any] = sorted(mine(FollowUp, FollowUp.done.is_(False)), key=lambda f: (f.due or dt.date.max, f.id))
    requests = sel.keep(_dtos(session, open_requests))
    follow_ups = sel.keep(_dtos(session, open_follow_ups))
    open_steps = _rows(session, FollowUp, (FollowUp.post_id == post.id, FollowUp.deleted.is_(False), FollowUp.done.is_(False),
                                           FollowUp.request_id.in_([r.id for r in requests])), (FollowUp.due, FollowUp.id))
    first_step: dict[str, d.FollowUpDTO] = {}
    for f in open_steps:
        if f.classification != "restricted" or include_restricted:
            first_step.setdefault(f.request_id or "", f)
    cases = tuple(HandoverCase(r, first_step[r.id].text if r.id in first_step else "",
                               first_step[r.id].due if r.id in first_step else None) for r in requests)
    since = (now - dt.timedelta(days=365)).replace(tzinfo=None)
    met = [m for m in _rows(session, Meeting, (Meeting.post_id == post.id, Meeting.deleted.is_(False), Meeting.starts_at >= since),
                            (Meeting.starts_at.desc(), Meeting.id)) if officer.id in m.officer_ids]
    met = list(sel.keep(met))
    recent = (now - dt.timedelta(days=183)).replace(tzinfo=None)
    negotiations = tuple(m for m in met if m.kind in NEGOTIATING and m.starts_at and m.starts_at >= recent)
    by_contact: dict[str, list[d.MeetingDTO]] = {}
    for m in met:
        for cid in m.contact_ids:
            by_contact.setdefault(cid, []).append(m)
    for r in requests:
        for cid in r.contact_ids:
            by_contact.setdefault(cid, [])
    people = sel.keep(_by_ids(session, Contact, list(by_contact)))
    people_sorted = sorted(people, key=lambda c: (-len(by_contact[c.id]), c.name.casefold()))[:KEY_CONTACTS]
    contacts = tuple(KeyContact(c, tuple(by_contact[c.id][:CONTACT_MEETINGS])) for c in people_sorted)
    watched = (now - dt.timedelta(days=92)).date()
    trends = sel.keep(_rows(session, TrendNote, (TrendNote.post_id == post.id, TrendNote.deleted.is_(False), TrendNote.date >= watched),
                            (TrendNote.date.desc(), TrendNote.id))[:WATCHED_TRENDS])
    heading = _heading(session, kinds.HANDOVER_BRIEF.code, "", post, sel, floor="internal", now=now)
    return HandoverBrief(heading, officer.name, successor.name if successor else "", cases, follow_ups, contacts,
                         negotiations, trends)


def _successor(session: Session, successor_id: str, leaving: Officer) -> Officer:
    """The officer page 1 names as taking over: another officer of the same post, as a handover
    at HQ requires (docs/hq.md, "Handover")."""
    found = session.get(Officer, successor_id)
    if found is None or found.deleted:
        raise NotFound(f"No officer {successor_id} in this profile to take over",
                       f"인수할 담당관 {successor_id}을(를) 찾을 수 없습니다")
    if found.id == leaving.id:
        raise UserError("The successor must be another officer than the one handing over.",
                        "인수자는 인계자와 다른 담당관이어야 합니다.")
    if found.post_id != leaving.post_id:
        raise UserError(f"{found.name} serves another post than {leaving.name}: a handover stays within one post.",
                        f"{found.name}은(는) {leaving.name}과(와) 다른 공관 소속입니다. 인수인계는 한 공관 안에서만 합니다.")
    return found


def gather(session: Session, kind: str, *, record_id: str | None = None, post_code: str | None = None, period: Period | None = None, include_restricted: bool = False, now: dt.datetime | None = None,
           successor_id: str | None = None) -> Any:
    """The DTO for one brief of `kind`; periodic briefs default to the current month. `successor_id`:
    who takes over, for the handover brief only."""
    from officerdesk.core.services.periods import current_month

    brief = kinds.BRIEFS_BY_CODE.get(kind)
    if brief is None:
        raise UserError(f"Unknown brief type {kind!r}", f"알 수 없는 보고서 유형 {kind!r}")
    if brief.record and not record_id:
        raise UserError(f"A {kind} brief needs the record's id (--id)", "회의·사례 보고서에는 레코드 ID(--id)가 필요합니다")
    if successor_id and brief is not kinds.HANDOVER_BRIEF:
        raise UserError(f"Only the handover brief names a successor, not the {kind} brief.",
                        "인수자는 인수인계서에만 지정합니다.")
    if brief.period and period is None:
        period = current_month()
    if brief is kinds.MEETING_BRIEF:
        return meeting_brief(session, record_id or "", include_restricted=include_restricted, now=now)
    if brief is kinds.CASE_BRIEF:
        return case_brief(session, record_id or "", include_restricted=include_restricted, now=now)
    if brief is kinds.ACTIVITY_BRIEF:
        assert period is not None
        return activity_brief(session, period=period, post_code=post_code, include_restricted=include_restricted, now=now)
    if brief is kinds.TREND_BRIEF:
        return trend_brief(session, period=period, post_code=post_code, include_restricted=include_restricted, now=now)
    if brief is kinds.CONTACT_SHEET:
        return contact_sheet(session, post_code=post_code, include_restricted=include_restricted, now=now)
    if brief is kinds.ROLLUP_BRIEF:
        assert period is not None
        return rollup_brief(session, period=period, now=now)
    if brief is kinds.HANDOVER_BRIEF:  # the record, when given, is the departing officer
        return handover_brief(session, officer_id=record_id, successor_id=successor_id, post_code=post_code,
                              include_restricted=include_restricted, now=now)
    raise NotImplementedError(f"nothing gathers the {kind} brief")  # a BriefKind added without its gatherer

"""What each brief shows, gathered by `services/reports.py` and typeset by `officerdesk.briefs`.

Frozen dataclasses only: the brief modules import these and the record DTOs, never the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from officerdesk.core import dto as d
from officerdesk.core import timepolicy


@dataclass(frozen=True)
class Period:
    """A half-open date range [start, end) and the text it was parsed from ("2026-Q3")."""

    code: str
    kind: str  # week | month | quarter | year | range
    start: dt.date
    end: dt.date

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)


@dataclass(frozen=True)
class BriefHeading:
    """What every page shows: which post, which period, who wrote it, how it is classified."""

    kind: str
    title: str
    post_code: str
    post_name_ko: str
    post_name_en: str
    author: str
    generated_at: dt.datetime  # aware, UTC
    classification: str
    period: Period | None = None
    as_of: dt.date | None = None  # the day a brief without a period is about (a meeting's date)
    omitted_restricted: int = 0  # restricted records left out of the brief
    included_restricted: bool = False
    post_tz: str = ""  # the post's zone: a record without a zone of its own is dated in it

    @property
    def issued_on(self) -> dt.date:
        """The brief's own date: the day it was made where the post is (KST when no post zone)."""
        return timepolicy.local_date(self.generated_at, self.post_tz or timepolicy.KST_NAME)


@dataclass(frozen=True)
class MeetingBrief:
    heading: BriefHeading
    meeting: d.MeetingDTO
    attendees: tuple[d.ContactDTO, ...] = ()
    officers: tuple[str, ...] = ()
    follow_ups: tuple[d.FollowUpDTO, ...] = ()
    requests: tuple[d.CompanyRequestDTO, ...] = ()


@dataclass(frozen=True)
class CaseBrief:
    heading: BriefHeading
    request: d.CompanyRequestDTO
    company: d.CompanyDTO | None = None
    assignee: str = ""
    history: tuple[d.StatusChangeDTO, ...] = ()
    meetings: tuple[d.MeetingDTO, ...] = ()
    follow_ups: tuple[d.FollowUpDTO, ...] = ()
    contacts: tuple[d.ContactDTO, ...] = ()


@dataclass(frozen=True)
class ActivityFigures:
    """Counts for one post and period; every figure is of non-deleted records of that post."""

    requests_opened: int = 0  # received within the period
    requests_closed: int = 0  # moved to resolved/closed/rejected/duplicate within the period
    requests_overdue: int = 0  # still open, due before the period's end (or today, if earlier)
    requests_open: int = 0  # open now, whenever received
    meetings_held: int = 0  # starting within the period
    follow_ups_due: int = 0  # due within the period
    follow_ups_done: int = 0  # of those, done
    trend_notes: int = 0  # dated within the period
    by_category: tuple[tuple[str, int], ...] = ()  # requests received in the period
    by_status: tuple[tuple[str, int], ...] = ()  # their current status
    by_meeting_kind: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ActivityBrief:
    heading: BriefHeading
    figures: ActivityFigures
    previous: ActivityFigures | None = None  # the same figures for the period before (전월·전분기 대비)
    meetings: tuple[d.MeetingDTO, ...] = ()
    requests_opened: tuple[d.CompanyRequestDTO, ...] = ()
    requests_overdue: tuple[d.CompanyRequestDTO, ...] = ()
    follow_ups_due: tuple[d.FollowUpDTO, ...] = ()
    trend_notes: tuple[d.TrendNoteDTO, ...] = ()


@dataclass(frozen=True)
class TrendGroup:
    topic: str
    notes: tuple[d.TrendNoteDTO, ...]


@dataclass(frozen=True)
class TrendBrief:
    heading: BriefHeading
    groups: tuple[TrendGroup, ...] = ()


@dataclass(frozen=True)
class OrganizationEntry:
    organization: d.OrganizationDTO | None  # None: contacts with no organization
    contacts: tuple[d.ContactDTO, ...] = ()


@dataclass(frozen=True)
class ContactSheet:
    heading: BriefHeading
    entries: tuple[OrganizationEntry, ...] = ()


@dataclass(frozen=True)
class PostFigures:
    post_code: str
    post_name_ko: str
    post_name_en: str
    figures: ActivityFigures
    previous: ActivityFigures | None = None


@dataclass(frozen=True)
class RollupBrief:
    heading: BriefHeading
    posts: tuple[PostFigures, ...] = ()
    totals: ActivityFigures = field(default_factory=ActivityFigures)
    previous_totals: ActivityFigures | None = None


@dataclass(frozen=True)
class HandoverCase:
    """An open request handed over, with what is to be done next (its first open follow-up)."""

    request: d.CompanyRequestDTO
    next_step: str = ""
    next_due: dt.date | None = None


@dataclass(frozen=True)
class KeyContact:
    """A person the departing officer worked with, and the meetings they had (latest first)."""

    contact: d.ContactDTO
    meetings: tuple[d.MeetingDTO, ...] = ()


@dataclass(frozen=True)
class HandoverBrief:
    """인수인계서: one officer's open work, people and watch-list for the successor."""

    heading: BriefHeading
    officer: str
    successor: str = ""
    cases: tuple[HandoverCase, ...] = ()
    follow_ups: tuple[d.FollowUpDTO, ...] = ()
    contacts: tuple[KeyContact, ...] = ()
    negotiations: tuple[d.MeetingDTO, ...] = ()  # with authorities: the last half-year and what is planned
    trends: tuple[d.TrendNoteDTO, ...] = ()


@dataclass(frozen=True)
class BriefSummary:
    """Page 1 in the shape HQ reads: 개요 / 주요 내용 / 조치 사항·향후 계획 / 건의.

    Prefilled from the records and figures (`officerdesk.briefs.summary`), edited by the officer
    before saving, and kept with the brief record. Each text is one item per line."""

    overview: str = ""
    key_points: str = ""
    actions: str = ""
    requests: str = ""

    def to_text(self) -> str:
        """The form kept on the brief record (and synced): JSON, so the four parts stay apart."""
        import json

        return json.dumps({"overview": self.overview, "key_points": self.key_points, "actions": self.actions,
                           "requests": self.requests}, ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> BriefSummary | None:
        import json

        try:
            data = json.loads(text) if text else None
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        return cls(**{k: str(data.get(k) or "") for k in ("overview", "key_points", "actions", "requests")})


@dataclass(frozen=True)
class BriefIssue:
    """The official furniture: document number (once finalised), 수신, 발신 and date of issue."""

    doc_number: str = ""  # "" for a draft: numbers are given when a brief is finalised
    recipient: str = ""  # 수신: the HQ division, from the settings
    sender_title: str = ""  # 발신: the officer's 직위
    sender_contact: str = ""  # 발신: phone or e-mail
    issued: dt.date | None = None  # 시행일자: the day it was finalised; None for a draft


@dataclass(frozen=True)
class BriefOptions:
    """How to typeset: language, paper size, the officer's summary and the official furniture."""

    language: str = "ko"
    paper: str = "a4"
    summary: BriefSummary | None = None  # None: the prefilled summary
    issue: BriefIssue = field(default_factory=BriefIssue)

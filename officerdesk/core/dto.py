"""Frozen dataclasses that cross threads and layers; never ORM objects.

Each record DTO mirrors its model's user fields plus the shared ones, and adds display fields
resolved from linked records (a contact's organization name, a request's company name).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from officerdesk.core.kinds import RecordType


@dataclass(frozen=True)
class RecordDTO:
    """The fields every record shares."""

    id: str
    post_id: str
    classification: str
    author: str
    updated_at: dt.datetime
    deleted: bool

    @property
    def display_title(self) -> str:
        return self.id


@dataclass(frozen=True)
class PostDTO(RecordDTO):
    """An overseas post (office)."""

    code: str = ""
    name_ko: str = ""
    name_en: str = ""
    country: str = ""
    city: str = ""
    tz: str = "UTC"

    @property
    def display_title(self) -> str:
        return f"{self.code} {self.name_en}"


@dataclass(frozen=True)
class OfficerDTO(RecordDTO):
    """An officer of a post."""

    name: str = ""
    role: str = "officer"
    language: str = "ko"
    email: str = ""

    @property
    def display_title(self) -> str:
        return self.name


@dataclass(frozen=True)
class OrganizationDTO(RecordDTO):
    """An organization contacts belong to."""

    name: str = ""
    name_en: str = ""
    name_ko: str = ""
    kind: str = "other"
    country: str = ""
    website: str = ""
    notes: str = ""

    @property
    def display_title(self) -> str:
        return self.name


@dataclass(frozen=True)
class ContactDTO(RecordDTO):
    """A contact, with the organization's name resolved."""

    name: str = ""
    name_alt: str = ""
    position: str = ""
    organization_id: str | None = None
    email: str = ""
    phones: str = ""
    language: str = ""
    notes: str = ""
    last_contacted: dt.date | None = None
    emails: tuple[str, ...] = ()
    department: str = ""
    address: str = ""
    birthday: dt.date | None = None
    url: str = ""
    foreign_uids: tuple[str, ...] = ()
    organization_name: str = ""

    @property
    def display_title(self) -> str:
        return self.name


@dataclass(frozen=True)
class CompanyDTO(RecordDTO):
    """A Korean company the post supports."""

    name_ko: str = ""
    name_en: str = ""
    business_number: str = ""
    sector: str = ""
    local_subsidiary: str = ""
    size: str = "small"
    notes: str = ""

    @property
    def display_title(self) -> str:
        return self.name_ko or self.name_en


@dataclass(frozen=True)
class StatusChangeDTO(RecordDTO):
    """One status change of a company request."""

    request_id: str = ""
    from_status: str = ""
    to_status: str = ""
    at: dt.datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class FollowUpDTO(RecordDTO):
    """A follow-up of a meeting or a company request."""

    text: str = ""
    owner: str = ""
    due: dt.date | None = None
    done: bool = False
    meeting_id: str | None = None
    request_id: str | None = None

    @property
    def display_title(self) -> str:
        return self.text


@dataclass(frozen=True)
class CompanyRequestDTO(RecordDTO):
    """A company's request, with the company's name resolved."""

    company_id: str | None = None
    category: str = "other"
    title: str = ""
    details: str = ""
    received: dt.date | None = None
    due: dt.date | None = None
    priority: str = "normal"
    status: str = "received"
    assignee_id: str | None = None
    escalated: bool = False
    outcome: str = ""
    contact_ids: tuple[str, ...] = ()
    meeting_ids: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    company_name: str = ""
    history: tuple[StatusChangeDTO, ...] = field(default=())
    follow_ups: tuple[FollowUpDTO, ...] = field(default=())

    @property
    def display_title(self) -> str:
        return self.title


@dataclass(frozen=True)
class MeetingDTO(RecordDTO):
    """A meeting."""

    title: str = ""
    kind: str = "other"
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    tz: str = "UTC"
    location: str = ""
    online: bool = False
    contact_ids: tuple[str, ...] = ()
    officer_ids: tuple[str, ...] = ()
    agenda: str = ""
    notes: str = ""
    decisions: str = ""
    request_ids: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    all_day: bool = False
    foreign_uids: tuple[str, ...] = ()
    attendee_names: tuple[str, ...] = ()
    follow_ups: tuple[FollowUpDTO, ...] = field(default=())

    @property
    def display_title(self) -> str:
        return self.title


@dataclass(frozen=True)
class TrendNoteDTO(RecordDTO):
    """A note on a market or policy trend."""

    title: str = ""
    topic: str = ""
    country: str = ""
    source: str = ""
    summary: str = ""
    implications: str = ""
    date: dt.date | None = None
    tags: tuple[str, ...] = ()

    @property
    def display_title(self) -> str:
        return self.title


@dataclass(frozen=True)
class AttachmentDTO(RecordDTO):
    """A file attached to a record."""

    sha256: str = ""
    filename: str = ""
    size: int = 0
    mime: str = ""
    owner_type: str = ""
    owner_id: str = ""

    @property
    def display_title(self) -> str:
        return self.filename


@dataclass(frozen=True)
class BriefDTO(RecordDTO):
    """A generated brief (PDF or DOCX) and its state."""

    kind: str = ""
    title: str = ""
    scope: str = ""
    period: str = ""
    language: str = "ko"
    sha256: str = ""
    path: str = ""
    finalised: bool = False
    sent_state: str = "draft"

    @property
    def display_title(self) -> str:
        return self.title


@dataclass(frozen=True)
class ConflictDTO(RecordDTO):
    """A field edited here and elsewhere at the same time."""

    target_type: str = ""
    target_id: str = ""
    field: str = ""
    local_value: str = ""
    remote_value: str = ""
    remote_author: str = ""
    remote_hlc: str = ""
    resolved: bool = False
    target_title: str = ""

    @property
    def display_title(self) -> str:
        return f"{self.target_title} · {self.field}"


@dataclass(frozen=True)
class SearchHit:
    """One search result."""

    type: str
    id: str
    title: str
    snippet: str
    score: float


@dataclass(frozen=True)
class Stats:
    """Record counts of a profile."""

    counts: dict[str, int]
    pending_outbox: int
    last_sync: dt.datetime | None
    last_error: str


@dataclass(frozen=True)
class Changes:
    """Which kinds of records a unit of work changed; views refresh only what they show.

    The types are the registry's (`core.kinds.RecordType`): a typo is a type error, not a view
    that silently never refreshes."""

    types: frozenset[RecordType] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.types | other.types)

    def touches(self, record_type: str) -> bool:
        return record_type in self.types


@dataclass(frozen=True)
class Identity:
    """Who this laptop belongs to (`services.identity`)."""

    post_id: str
    post_code: str
    officer_id: str
    officer_name: str
    role: str
    site_id: str
    enrolled: bool

"""The record and brief registry: what the app knows about each record type and brief type.

Every per-type table (list titles, dates and orders, the lists compiled ahead, what is searched,
imported and counted, required fields and their choices, the screens, the briefs' needs) is
derived from `KINDS` and `BRIEFS` here; adding a record type means its model, its `RecordKind`
(with its DTO, declared just above it here), its editor and screen, and its migration
(docs/decisions.md, "One record registry").

Each kind's DTO is the frozen dataclass that carries one of its records across threads and layers
(never an ORM object): the model's user fields, the shared ones (`RecordDTO`), and display fields
resolved from linked records (a contact's organization name).

No SQLAlchemy here, on purpose: the desktop's start-up reads (`core/store/quick.py`) and the PDF
briefs (`officerdesk.briefs`, no database) read this module before or without the ORM. A kind
finds its mapped class by name, when asked (`RecordKind.model`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast, get_args

from officerdesk.core import enums

if TYPE_CHECKING:
    from officerdesk.core.models import SyncRecord

# Every record type, as the database and the wire spell it; tests/core/test_kinds.py checks that
# each has exactly one RecordKind and one model. Change kinds (`dto.Changes`) are these.
RecordType = Literal[
    "post", "officer", "meeting", "company_request", "contact", "organization", "company",
    "follow_up", "trend_note", "status_change", "attachment", "brief", "conflict",
]
BriefCode = Literal["meeting", "case", "activity", "trends", "contacts", "rollup", "handover"]


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
class NameLink:
    """A record shown and searched with a linked record's name (a contact's organization)."""

    kind: RecordType  # the linked record's type
    column: str  # this record's column holding the linked id
    name: str  # the linked record's name a list shows
    field: str  # the DTO field showing it
    searched: tuple[str, ...]  # the linked record's names indexed with this record


@dataclass(frozen=True)
class Link:
    """A field holding the id (or, for a list field, the ids) of other records: `to` their type,
    or None when the record names the type itself in `type_field` (an attachment's owner).
    A merge of two contacts re-points every link to the merged one (core/services/merging.py)."""

    field: str
    to: RecordType | None
    many: bool = False
    type_field: str = ""


RECENT_FIRST = ("updated_at", True)  # the order of a list whose kind names none


@dataclass(frozen=True, eq=False)  # one object per type: compared and hashed by identity
class RecordKind:
    name: RecordType
    dto: type[RecordDTO]
    title: str  # the field a record's title and a list's text filter read
    date: str | None = None  # the field a list's date filter reads
    order: tuple[str, bool] = RECENT_FIRST  # a list's default order: (column, descending)
    required: tuple[str, ...] = ()
    choices: dict[str, enums.Labels] = field(default_factory=dict)  # field -> its allowed codes
    workflow: frozenset[str] = frozenset()  # fields only the workflow sets, never an edit
    link: NameLink | None = None
    links: tuple[Link, ...] = ()  # every field naming other records (`link` is the one a list shows)
    search_title: tuple[str, ...] = ()  # nothing here: not in the full-text index
    search_body: tuple[str, ...] = ()
    listed: bool = False  # a window lists it (its first page is compiled ahead, core/store/quick_sql.py)
    screen: bool = False  # it has a screen in the navigation and an editor
    counted: bool = False  # `stats` counts it

    def model(self) -> type[SyncRecord]:
        from officerdesk.core.models import RECORD_TYPES

        return RECORD_TYPES[self.name]

    @property
    def searched(self) -> bool:
        return bool(self.search_title)


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


POST = RecordKind("post", PostDTO, "code", required=("code",))
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


OFFICER = RecordKind("officer", OfficerDTO, "name", required=("name",), choices={"role": enums.ROLE})
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


MEETING = RecordKind(
    "meeting", MeetingDTO, "title", "starts_at", ("starts_at", True), required=("title", "starts_at"),
    choices={"kind": enums.MEETING_KIND},
    links=(Link("contact_ids", "contact", True), Link("officer_ids", "officer", True),
           Link("request_ids", "company_request", True)),
    search_title=("title",), search_body=("agenda", "notes", "decisions", "location", "tags"),
    listed=True, screen=True, counted=True,
)
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


COMPANY_REQUEST = RecordKind(
    "company_request", CompanyRequestDTO, "title", "received", ("received", True), required=("title",),
    choices={"category": enums.CATEGORY, "status": enums.STATUS, "priority": enums.PRIORITY},
    workflow=frozenset({"status", "escalated"}),
    link=NameLink("company", "company_id", "name_ko", "company_name", ("name_ko", "name_en")),
    links=(Link("company_id", "company"), Link("assignee_id", "officer"), Link("contact_ids", "contact", True),
           Link("meeting_ids", "meeting", True)),
    search_title=("title",), search_body=("details", "outcome", "link", "tags"),
    listed=True, screen=True, counted=True,
)
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
    merged_into: str = ""
    organization_name: str = ""

    @property
    def display_title(self) -> str:
        return self.name


CONTACT = RecordKind(
    "contact", ContactDTO, "name", "last_contacted", ("name", False), required=("name",),
    link=NameLink("organization", "organization_id", "name", "organization_name", ("name", "name_en", "name_ko")),
    links=(Link("organization_id", "organization"),),
    search_title=("name", "name_alt"),
    search_body=("position", "department", "link", "email", "emails", "address", "notes"),
    listed=True, screen=True, counted=True,
)
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


ORGANIZATION = RecordKind(
    "organization", OrganizationDTO, "name", None, ("name", False), required=("name",),
    choices={"kind": enums.ORG_KIND},
    search_title=("name", "name_en", "name_ko"), search_body=("country", "website", "notes"),
    listed=True, screen=True, counted=True,
)
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


COMPANY = RecordKind(
    "company", CompanyDTO, "name_ko", None, ("name_ko", False), required=("name_ko",),
    choices={"size": enums.COMPANY_SIZE},
    search_title=("name_ko", "name_en"), search_body=("sector", "local_subsidiary", "business_number", "notes"),
    listed=True, screen=True, counted=True,
)
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


FOLLOW_UP = RecordKind(
    "follow_up", FollowUpDTO, "text", "due", ("due", False), required=("text",),
    links=(Link("meeting_id", "meeting"), Link("request_id", "company_request")),
    search_title=("text",), search_body=("owner",),
    listed=True, screen=True, counted=True,
)
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


TREND_NOTE = RecordKind(
    "trend_note", TrendNoteDTO, "title", "date", ("date", True), required=("title",),
    search_title=("title",), search_body=("topic", "summary", "implications", "source", "country", "tags"),
    listed=True, screen=True, counted=True,
)
@dataclass(frozen=True)
class StatusChangeDTO(RecordDTO):
    """One status change of a company request."""

    request_id: str = ""
    from_status: str = ""
    to_status: str = ""
    at: dt.datetime | None = None
    note: str = ""


STATUS_CHANGE = RecordKind("status_change", StatusChangeDTO, "to_status",
                           links=(Link("request_id", "company_request"),))
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


ATTACHMENT = RecordKind("attachment", AttachmentDTO, "filename", required=("sha256", "filename"), counted=True,
                        links=(Link("owner_id", None, type_field="owner_type"),))
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
    summary: str = ""
    doc_number: str = ""

    @property
    def display_title(self) -> str:
        return self.title


BRIEF = RecordKind("brief", BriefDTO, "title", required=("kind",), listed=True, counted=True)
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


CONFLICT = RecordKind("conflict", ConflictDTO, "field", counted=True)

# The registry, in the order the navigation shows the screens (and lists, counts, groups follow).
KINDS: tuple[RecordKind, ...] = (
    POST, OFFICER, MEETING, COMPANY_REQUEST, CONTACT, ORGANIZATION, COMPANY, FOLLOW_UP, TREND_NOTE,
    STATUS_CHANGE, ATTACHMENT, BRIEF, CONFLICT,
)
# What an export writes and an import reads, in this order so links point backwards.
EXPORTED: tuple[RecordKind, ...] = (ORGANIZATION, COMPANY, CONTACT, COMPANY_REQUEST, MEETING, FOLLOW_UP, TREND_NOTE)

BY_NAME: dict[str, RecordKind] = {k.name: k for k in KINDS}
NAMES: tuple[RecordType, ...] = tuple(k.name for k in KINDS)


def named(record_type: str) -> RecordKind:
    """The kind of a record type read from outside (a database row, a file); KeyError if unknown."""
    return BY_NAME[record_type]


def record_type(name: str) -> RecordType:
    """A record type read from outside, checked against the registry; KeyError if unknown."""
    return named(name).name


def names_of(kinds: Iterable[RecordKind]) -> tuple[RecordType, ...]:
    return tuple(k.name for k in kinds)


def links_to(target: RecordType) -> tuple[tuple[RecordKind, Link], ...]:
    """Every (kind, link field) that may name a record of type `target`."""
    return tuple((k, link) for k in KINDS for link in k.links if link.to in (target, None))


SCREENS: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.screen)
LISTED: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.listed)
SEARCHED: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.searched)
COUNTED: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.counted)


@dataclass(frozen=True)
class BriefKind:
    """A type of PDF brief: its code (also its module in `officerdesk.briefs`) and what it needs."""

    code: BriefCode
    record: RecordKind | None = None  # the one record it briefs ("brief this record")
    post: bool = False  # built for one post, chosen by the officer
    period: bool = False  # covers a period (this month unless told)
    roles: frozenset[str] | None = None  # the roles offered it; None: everyone

    def offered_to(self, role: str) -> bool:
        return self.roles is None or role in self.roles


MEETING_BRIEF = BriefKind("meeting", record=MEETING)
CASE_BRIEF = BriefKind("case", record=COMPANY_REQUEST)
ACTIVITY_BRIEF = BriefKind("activity", post=True, period=True)
TREND_BRIEF = BriefKind("trends", post=True, period=True)
CONTACT_SHEET = BriefKind("contacts", post=True)
# an officer's profile holds one post's records, so a comparison across posts is for HQ roles
ROLLUP_BRIEF = BriefKind("rollup", period=True, roles=enums.HQ_ROLES)

# 인수인계서: one officer's open work for the successor (this profile's officer unless another is named)
HANDOVER_BRIEF = BriefKind("handover", post=True)

BRIEFS: tuple[BriefKind, ...] = (MEETING_BRIEF, CASE_BRIEF, ACTIVITY_BRIEF, TREND_BRIEF, CONTACT_SHEET, ROLLUP_BRIEF,
                                 HANDOVER_BRIEF)
BRIEF_CODES: tuple[BriefCode, ...] = tuple(b.code for b in BRIEFS)
BRIEFS_BY_CODE: dict[str, BriefKind] = {b.code: b for b in BRIEFS}


def _check() -> None:
    # the Literal types are what mypy checks; the registry is what runs: they must be the same names
    if cast(tuple[str, ...], get_args(RecordType)) != NAMES or get_args(BriefCode) != BRIEF_CODES:
        raise RuntimeError("kinds.RecordType/BriefCode and the registry disagree")


_check()

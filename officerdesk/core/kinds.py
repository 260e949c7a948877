"""The record and brief registry: what the app knows about each record type and brief type.

Every per-type table (list titles, dates and orders, the lists compiled ahead, what is searched,
imported and counted, required fields and their choices, the screens, the briefs' needs) is
derived from `KINDS` and `BRIEFS` here; adding a record type means its model, its `RecordKind`,
its editor and its migration (docs/decisions.md, "One record registry").

No SQLAlchemy here, on purpose: the desktop's start-up reads (`core/store/quick.py`) and the PDF
briefs (`officerdesk.briefs`, no database) read this module before or without the ORM. A kind
finds its mapped class by name, when asked (`RecordKind.model`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast, get_args

from officerdesk.core import dto as d
from officerdesk.core import enums

if TYPE_CHECKING:
    from officerdesk.core.models import SyncRecord

# Every record type, as the database and the wire spell it; tests/core/test_kinds.py checks that
# each has exactly one RecordKind and one model. Change kinds (`dto.Changes`) are these.
RecordType = Literal[
    "post", "officer", "meeting", "company_request", "contact", "organization", "company",
    "follow_up", "trend_note", "status_change", "attachment", "brief", "conflict",
]
BriefCode = Literal["meeting", "case", "activity", "trends", "contacts", "rollup"]


@dataclass(frozen=True)
class NameLink:
    """A record shown and searched with a linked record's name (a contact's organization)."""

    kind: RecordType  # the linked record's type
    column: str  # this record's column holding the linked id
    name: str  # the linked record's name a list shows
    field: str  # the DTO field showing it
    searched: tuple[str, ...]  # the linked record's names indexed with this record


RECENT_FIRST = ("updated_at", True)  # the order of a list whose kind names none


@dataclass(frozen=True, eq=False)  # one object per type: compared and hashed by identity
class RecordKind:
    name: RecordType
    dto: type[d.RecordDTO]
    title: str  # the field a record's title and a list's text filter read
    date: str | None = None  # the field a list's date filter reads
    order: tuple[str, bool] = RECENT_FIRST  # a list's default order: (column, descending)
    required: tuple[str, ...] = ()
    choices: dict[str, enums.Labels] = field(default_factory=dict)  # field -> its allowed codes
    workflow: frozenset[str] = frozenset()  # fields only the workflow sets, never an edit
    link: NameLink | None = None
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


POST = RecordKind("post", d.PostDTO, "code", required=("code",))
OFFICER = RecordKind("officer", d.OfficerDTO, "name", required=("name",), choices={"role": enums.ROLE})
MEETING = RecordKind(
    "meeting", d.MeetingDTO, "title", "starts_at", ("starts_at", True), required=("title", "starts_at"),
    choices={"kind": enums.MEETING_KIND},
    search_title=("title",), search_body=("agenda", "notes", "decisions", "location", "tags"),
    listed=True, screen=True, counted=True,
)
COMPANY_REQUEST = RecordKind(
    "company_request", d.CompanyRequestDTO, "title", "received", ("received", True), required=("title",),
    choices={"category": enums.CATEGORY, "status": enums.STATUS, "priority": enums.PRIORITY},
    workflow=frozenset({"status", "escalated"}),
    link=NameLink("company", "company_id", "name_ko", "company_name", ("name_ko", "name_en")),
    search_title=("title",), search_body=("details", "outcome", "link", "tags"),
    listed=True, screen=True, counted=True,
)
CONTACT = RecordKind(
    "contact", d.ContactDTO, "name", "last_contacted", ("name", False), required=("name",),
    link=NameLink("organization", "organization_id", "name", "organization_name", ("name", "name_en", "name_ko")),
    search_title=("name", "name_alt"), search_body=("position", "link", "email", "notes"),
    listed=True, screen=True, counted=True,
)
ORGANIZATION = RecordKind(
    "organization", d.OrganizationDTO, "name", None, ("name", False), required=("name",),
    choices={"kind": enums.ORG_KIND},
    search_title=("name", "name_en", "name_ko"), search_body=("country", "website", "notes"),
    listed=True, screen=True, counted=True,
)
COMPANY = RecordKind(
    "company", d.CompanyDTO, "name_ko", None, ("name_ko", False), required=("name_ko",),
    choices={"size": enums.COMPANY_SIZE},
    search_title=("name_ko", "name_en"), search_body=("sector", "local_subsidiary", "business_number", "notes"),
    listed=True, screen=True, counted=True,
)
FOLLOW_UP = RecordKind(
    "follow_up", d.FollowUpDTO, "text", "due", ("due", False), required=("text",),
    search_title=("text",), search_body=("owner",),
    listed=True, screen=True, counted=True,
)
TREND_NOTE = RecordKind(
    "trend_note", d.TrendNoteDTO, "title", "date", ("date", True), required=("title",),
    search_title=("title",), search_body=("topic", "summary", "implications", "source", "country", "tags"),
    listed=True, screen=True, counted=True,
)
STATUS_CHANGE = RecordKind("status_change", d.StatusChangeDTO, "to_status")
ATTACHMENT = RecordKind("attachment", d.AttachmentDTO, "filename", required=("sha256", "filename"), counted=True)
BRIEF = RecordKind("brief", d.BriefDTO, "title", required=("kind",), listed=True, counted=True)
CONFLICT = RecordKind("conflict", d.ConflictDTO, "field", counted=True)

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

BRIEFS: tuple[BriefKind, ...] = (MEETING_BRIEF, CASE_BRIEF, ACTIVITY_BRIEF, TREND_BRIEF, CONTACT_SHEET, ROLLUP_BRIEF)
BRIEF_CODES: tuple[BriefCode, ...] = tuple(b.code for b in BRIEFS)
BRIEFS_BY_CODE: dict[str, BriefKind] = {b.code: b for b in BRIEFS}


def _check() -> None:
    # the Literal types are what mypy checks; the registry is what runs: they must be the same names
    if cast(tuple[str, ...], get_args(RecordType)) != NAMES or get_args(BriefCode) != BRIEF_CODES:
        raise RuntimeError("kinds.RecordType/BriefCode and the registry disagree")


_check()

"""Frozen dataclasses that cross threads and layers; never ORM objects.

A record's DTO is declared with its kind, in `core/kinds.py` (a new record type touches that file
and not this one); the existing ones are named here too, so `d.MeetingDTO` still reads as it did.
What is here: the values that are not one record (a search hit, counts, changes, the identity).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from officerdesk.core.kinds import AttachmentDTO as AttachmentDTO
from officerdesk.core.kinds import BriefDTO as BriefDTO
from officerdesk.core.kinds import CompanyDTO as CompanyDTO
from officerdesk.core.kinds import CompanyRequestDTO as CompanyRequestDTO
from officerdesk.core.kinds import ConflictDTO as ConflictDTO
from officerdesk.core.kinds import ContactDTO as ContactDTO
from officerdesk.core.kinds import FollowUpDTO as FollowUpDTO
from officerdesk.core.kinds import MeetingDTO as MeetingDTO
from officerdesk.core.kinds import OfficerDTO as OfficerDTO
from officerdesk.core.kinds import OrganizationDTO as OrganizationDTO
from officerdesk.core.kinds import PostDTO as PostDTO
from officerdesk.core.kinds import RecordDTO as RecordDTO
from officerdesk.core.kinds import RecordType
from officerdesk.core.kinds import StatusChangeDTO as StatusChangeDTO
from officerdesk.core.kinds import TrendNoteDTO as TrendNoteDTO


@dataclass(frozen=True)
class SearchHit:
    """One search result."""

    type: str
    id: str
    title: str
    snippet: str
    score: float
    date: dt.date | None = None  # its date (a meeting's day, a request's receipt, …), else last change
    status: str = ""  # a request's status code; "open" / "done" for a follow-up
    post: str = ""  # its post's code


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

"""The records of DOMAIN.md as SQLAlchemy 2 mapped classes.

Every synced record carries a UUIDv7 id, its post, a classification, created/updated clock stamps
and author, a tombstone, and `clocks`: the last write of each field as `[hlc, site_id, base_seq]`.
Keeping the field clocks on the row (instead of a `field_clock` table with one row per field)
costs one row write per edit instead of eleven, which is what keeps bulk import and seeding fast.
References between synced records are plain ids, not foreign keys: a record may arrive from HQ
before the one it points to, and a tombstoned record is still referenced.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from officerdesk.core import kinds
from officerdesk.core.ids import uuid7


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class SyncRecord(Base):
    """Columns every synced record shares; subclasses name their record type and text fields."""

    __abstract__ = True
    record_type: ClassVar[kinds.RecordType]  # a registry name: mypy refuses a typo
    # free-text fields: a concurrent edit becomes a Conflict instead of silently losing a side
    text_fields: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    post_id: Mapped[str] = mapped_column(String(36), index=True)
    classification: Mapped[str] = mapped_column(String(16), default="internal")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_hlc: Mapped[str] = mapped_column(String(17), default="")
    updated_hlc: Mapped[str] = mapped_column(String(17), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def sorted_by(table: str, *columns: str) -> tuple[Index, ...]:
    """Indexes for a list of live records sorted by each column (WHERE deleted = 0 ORDER BY col, id):
    SQLite walks one in order and stops after the page, instead of sorting every row first."""
    return tuple(Index(f"ix_{table}_deleted_{c}", "deleted", c) for c in columns)


# Columns the change tracker never treats as user fields.
BOOKKEEPING = frozenset(
    {"id", "post_id", "author", "created_hlc", "updated_hlc", "created_at", "updated_at", "clocks"}
)


class Post(SyncRecord):
    __tablename__ = "post"
    record_type = "post"
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_ko: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    tz: Mapped[str] = mapped_column(String(64), default="UTC")


class Officer(SyncRecord):
    __tablename__ = "officer"
    record_type = "officer"
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="officer")
    language: Mapped[str] = mapped_column(String(8), default="ko")
    email: Mapped[str] = mapped_column(String(320), default="")


class Organization(SyncRecord):
    __tablename__ = "organization"
    record_type = "organization"
    __table_args__ = sorted_by("organization", "name")
    text_fields = ("notes",)
    name: Mapped[str] = mapped_column(String(500))  # in the local script
    name_en: Mapped[str] = mapped_column(String(500), default="")
    name_ko: Mapped[str] = mapped_column(String(500), default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    country: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(SyncRecord):
    __tablename__ = "contact"
    record_type = "contact"
    __table_args__ = sorted_by("contact", "name")
    text_fields = ("notes",)
    name: Mapped[str] = mapped_column(String(300), index=True)
    name_alt: Mapped[str] = mapped_column(String(300), default="")  # the name in other scripts
    position: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    email: Mapped[str] = mapped_column(String(320), default="")  # the main address
    # the other addresses, each "type: address" or a bare address (core/contact_points.py)
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    phones: Mapped[str] = mapped_column(String(1000), default="")  # "type: number" entries, ", " between
    language: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    last_contacted: Mapped[dt.date | None] = mapped_column(Date, default=None)
    department: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(1000), default="")
    birthday: Mapped[dt.date | None] = mapped_column(Date, default=None)
    url: Mapped[str] = mapped_column(String(500), default="")
    # ids other address books gave this person (a vCard UID that is not ours): a re-import finds it
    foreign_uids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # the contact this one was merged into (its tombstone names the survivor, so every laptop and
    # HQ re-points links the same way: core/services/merging.py); "" for every other contact
    merged_into: Mapped[str] = mapped_column(String(36), default="", index=True)


class Company(SyncRecord):
    __tablename__ = "company"
    record_type = "company"
    __table_args__ = sorted_by("company", "name_ko")
    text_fields = ("notes",)
    name_ko: Mapped[str] = mapped_column(String(300), index=True)
    name_en: Mapped[str] = mapped_column(String(300), default="")
    business_number: Mapped[str] = mapped_column(String(32), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    local_subsidiary: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[str] = mapped_column(String(16), default="small")
    notes: Mapped[str] = mapped_column(Text, default="")


class CompanyRequest(SyncRecord):
    __tablename__ = "company_request"
    record_type = "company_request"
    __table_args__ = sorted_by("company_request", "title", "received")
    text_fields = ("details", "outcome")
    company_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    category: Mapped[str] = mapped_column(String(32), default="other", index=True)
    title: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[dt.date] = mapped_column(Date, default=lambda: utcnow().date(), index=True)
    due: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    assignee_id: Mapped[str | None] = mapped_column(String(36), default=None)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(Text, default="")
    contact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    meeting_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)


class StatusChange(SyncRecord):
    """One move of a request's status; written only by the workflow, never edited."""

    __tablename__ = "status_change"
    record_type = "status_change"
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class Meeting(SyncRecord):
    __tablename__ = "meeting"
    record_type = "meeting"
    __table_args__ = sorted_by("meeting", "title", "starts_at")
    text_fields = ("agenda", "notes", "decisions")
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(32), default="other", index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # UTC
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)  # UTC
    tz: Mapped[str] = mapped_column(String(64), default="UTC")  # IANA name or "+09:00"
    location: Mapped[str] = mapped_column(String(500), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    officer_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    agenda: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    request_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # a whole-day event: starts_at is midnight of its first day in tz, ends_at midnight after the last
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    foreign_uids: Mapped[list[str]] = mapped_column(JSON, default=list)  # calendar UIDs not ours


class FollowUp(SyncRecord):
    __tablename__ = "follow_up"
    record_type = "follow_up"
    __table_args__ = sorted_by("follow_up", "text", "due")
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[dt.date | None] = mapped_column(Date, default=None, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    request_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)


class TrendNote(SyncRecord):
    __tablename__ = "trend_note"
    record_type = "trend_note"
    __table_args__ = sorted_by("trend_note", "title", "date")
    text_fields = ("summary", "implications")
    title: Mapped[str] = mapped_column(String(500))
    topic: Mapped[str] = mapped_column(String(200), default="", index=True)
    country: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    implications: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date] = mapped_column(Date, default=lambda: utcnow().date(), index=True)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)


class Attachment(SyncRecord):
    """A file stored by SHA-256, encrypted on disk with its own key (kept here, in the database)."""

    __tablename__ = "attachment"
    record_type = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer, default=0)
    mime: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    owner_type: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    file_key: Mapped[str] = mapped_column(String(64), default="")  # hex AES-256 key


class Brief(SyncRecord):
    __tablename__ = "brief"
    record_type = "brief"
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500), default="")
    scope: Mapped[str] = mapped_column(String(200), default="")
    period: Mapped[str] = mapped_column(String(32), default="")
    language: Mapped[str] = mapped_column(String(2), default="ko")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    path: Mapped[str] = mapped_column(String(1000), default="")
    finalised: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_state: Mapped[str] = mapped_column(String(16), default="draft")  # draft|queued|sent
    # page 1 as the officer left it (report_dto.BriefSummary as JSON), and the number it was
    # finalised under: "WAS-2026-K7QD-0042" (docs/decisions.md "Brief document numbers")
    summary: Mapped[str] = mapped_column(Text, default="")
    doc_number: Mapped[str] = mapped_column(String(40), default="", index=True)


class Conflict(SyncRecord):
    """A concurrent edit of a free-text field, kept with both texts until the officer decides."""

    __tablename__ = "conflict"
    record_type = "conflict"
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[str] = mapped_column(Text, default="")
    remote_value: Mapped[str] = mapped_column(Text, default="")
    remote_author: Mapped[str] = mapped_column(String(200), default="")
    remote_hlc: Mapped[str] = mapped_column(String(17), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class Outbox(Base):
    """Mutations waiting for HQ, written in the same transaction as the edit they describe."""

    __tablename__ = "outbox"
    # AUTOINCREMENT: a mutation number is never reused, even after acknowledged rows are purged,
    # because HQ treats (device, seq) as the idempotency key.
    __table_args__ = {"sqlite_autoincrement": True}
    mutation_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(32))  # upsert | delete | transition
    args: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(17))
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class SyncState(Base):
    """One row: this laptop's identity, clock and pull position."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    site_id: Mapped[str] = mapped_column(String(36), default=uuid7)
    device_id: Mapped[str] = mapped_column(String(64), default="")
    hq_url: Mapped[str] = mapped_column(String(500), default="")
    post_id: Mapped[str] = mapped_column(String(36), default="")
    officer_id: Mapped[str] = mapped_column(String(36), default="")
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="officer")
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)
    # an unfinished first pull by snapshot: the last record id applied and the seq it started at
    snapshot_after: Mapped[str] = mapped_column(String(64), default="")
    snapshot_seq: Mapped[int] = mapped_column(Integer, default=0)
    epoch: Mapped[str] = mapped_column(String(64), default="")
    clock: Mapped[str] = mapped_column(String(17), default="")
    clock_offset_ms: Mapped[int] = mapped_column(Integer, default=0)
    # HQ's advertised mutations per push (`/v1/meta`); 0: not learned yet (the protocol's 200)
    max_push: Mapped[int] = mapped_column(Integer, default=0)
    # HQ's advertised largest file (`/v1/meta`); 0: not learned yet (the protocol's MAX_BLOB_BYTES)
    max_blob_bytes: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    last_error: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """An attachment's encrypted bytes on disk and how far its upload to HQ has got."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(String(1000))
    uploaded: Mapped[int] = mapped_column(Integer, default=0)
    nonce: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class BriefDispatch(Base):
    """Why a queued brief has not reached HQ yet, and when to try again; this laptop's own
    bookkeeping (never synced). No row: nothing went wrong so far."""

    __tablename__ = "brief_dispatch"
    brief_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    problem: Mapped[str] = mapped_column(Text, default="")
    refusals: Mapped[int] = mapped_column(Integer, default=0)  # in a row: the back-off doubles with each
    retry_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None, index=True)


class HandoverSeen(Base):
    """An item of the 'Handed over to you' card that this officer has looked at, on this laptop
    only (never synced: it is one reader's attention, not a fact about the record). Keyed by the
    assignment's clock, so work handed over again later shows again."""

    __tablename__ = "handover_seen"
    officer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(17), primary_key=True)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


def _record_types() -> dict[str, type[SyncRecord]]:
    """Every mapped record class by its type, in the registry's order: a new model is found here
    without being listed, and a model and the registry that disagree stop the import."""
    mapped = {m.class_.record_type: m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncRecord)}
    if set(mapped) != set(kinds.NAMES):
        raise RuntimeError(f"models and core.kinds disagree: {sorted(set(mapped) ^ set(kinds.NAMES))}")
    return {name: mapped[name] for name in kinds.NAMES}


RECORD_TYPES: dict[str, type[SyncRecord]] = _record_types()


def user_fields(cls: type[SyncRecord]) -> list[str]:
    """The columns an officer edits (and sync carries), in table order (a copy: callers may change it)."""
    return list(_user_fields(cls))


@functools.cache
def _user_fields(cls: type[SyncRecord]) -> tuple[str, ...]:
    # a table's columns never change once mapped: every save asked them again
    return tuple(c.key for c in cls.__table__.columns if c.key not in BOOKKEEPING)

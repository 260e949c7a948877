"""HQ's own tables (SQLAlchemy 2, its own `HQBase`, never the laptop's).

Synced records live in ONE generic table, `hq_record` (type, id, post, field values as JSON, field
clocks as JSON): HQ never queries a meeting by its title, it only needs each field's value and clock
to decide last-writer-wins, so one table serves every record type the laptop model has and a new
laptop field needs no HQ migration. `hq_change` is the append-only change log pulled by laptops, in
commit order. Posts and officers are HQ's own relational tables (enrollment and roles join on them)
and are also published to the change log so laptops pull them like any record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class HQBase(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, bytes: LargeBinary}


class ServerMeta(HQBase):
    """One row. Every writing transaction locks it first, so change numbers follow commit order."""

    __tablename__ = "hq_meta"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    epoch: Mapped[str] = mapped_column(String(64))
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Post(HQBase):
    __tablename__ = "hq_post"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_ko: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Officer(HQBase):
    __tablename__ = "hq_officer"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    post_id: Mapped[str] = mapped_column(ForeignKey("hq_post.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="officer")
    language: Mapped[str] = mapped_column(String(8), default="ko")
    email: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # the day (the post's local date) this officer hands the post over: from then on their devices
    # are refused and revoked (officerdesk/hq/handover.py); None while they serve
    leaves_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class Device(HQBase):
    """An enrolled laptop. Only the SHA-256 of its token is kept."""

    __tablename__ = "hq_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("hq_officer.id"), index=True)
    post_id: Mapped[str] = mapped_column(ForeignKey("hq_post.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    client_version: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_push_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # exactly-once: the highest mutation seq applied, counted within `seq_epoch`
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    seq_epoch: Mapped[str] = mapped_column(String(64), default="")


class EnrollCode(HQBase):
    """A one-time enrollment code, stored as its SHA-256; spent by the first successful enroll."""

    __tablename__ = "hq_enroll_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("hq_officer.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Record(HQBase):
    """Every synced record of every type: field values and field clocks `[hlc, site, seq, device]`."""

    __tablename__ = "hq_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    post_id: Mapped[str] = mapped_column(String(36))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # the file an attachment (or brief) record points to: a blob is downloadable only through one
    sha256: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    __table_args__ = (Index("ix_hq_record_post_type", "post_id", "type"),)


class Change(HQBase):
    """The append-only change log: one field of one record per row, numbered in commit order.

    `scope` is who may pull it: a post id, or "*" for records HQ publishes to every post.
    """

    __tablename__ = "hq_change"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    post_id: Mapped[str] = mapped_column(String(36))
    scope: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    hlc: Mapped[str] = mapped_column(String(17))
    site_id: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        Index("ix_hq_change_scope_seq", "scope", "seq"),
        Index("ix_hq_change_record", "record_id"),
    )


class MutationReceipt(HQBase):
    """What HQ answered for one (device, seq): a replay gets the same answer and changes nothing."""

    __tablename__ = "hq_mutation"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    current_status: Mapped[str | None] = mapped_column(String(16), default=None)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Blob(HQBase):
    """A content-addressed upload within one post's area; bytes are in `hq_blob_chunk`.

    While incomplete, its bytes count against the quota of `device_id` (the device that sent the
    last chunk) and it is discarded once untouched since `touched_at` for too long (uploads.py);
    a complete blob is never discarded: attachments and filed briefs point at it."""

    __tablename__ = "hq_blob"
    post_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    touched_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (
        Index("ix_hq_blob_device_partial", "device_id", "complete"),  # a device's quota
        Index("ix_hq_blob_partial_touched", "complete", "touched_at"),  # housekeeping's expiry
    )


class BlobChunk(HQBase):
    __tablename__ = "hq_blob_chunk"
    post_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class BriefFile(HQBase):
    """A finalised brief filed by a post, once per (post, SHA-256); its PDF is the post's
    complete blob of that SHA-256 (`hq_blob`, `hq_blob_chunk`), uploaded in chunks like any file."""

    __tablename__ = "hq_brief"
    post_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    brief_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(500), default="")
    period: Mapped[str] = mapped_column(String(32), default="")
    language: Mapped[str] = mapped_column(String(8), default="ko")
    classification: Mapped[str] = mapped_column(String(16), default="internal")
    device_id: Mapped[str] = mapped_column(String(36))
    officer_id: Mapped[str] = mapped_column(String(36))
    size: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    doc_number: Mapped[str] = mapped_column(String(40), default="", server_default="")

    # one brief per document number in a post (briefs filed without a number are not counted)
    __table_args__ = (
        Index("uq_hq_brief_doc_number", "post_id", "doc_number", unique=True,
              sqlite_where=text("doc_number <> ''"), postgresql_where=text("doc_number <> ''")),
    )


class AuditEntry(HQBase):
    """Append-only; `hash` = HMAC-SHA256(audit key, prev_hash + canonical JSON of the row), see audit.py."""

    __tablename__ = "hq_audit"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # chain position
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC text: hashed exactly as stored
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    post_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class EscrowedKey(HQBase):
    """A device's database key, sealed to HQ's escrow public key (`key_id` names which one). HQ
    cannot open it: the escrow private key is not on the server (docs/hq.md, "Key escrow")."""

    __tablename__ = "hq_escrow"
    device_id: Mapped[str] = mapped_column(ForeignKey("hq_device.id"), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16))
    sealed: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class RecoveryCode(HQBase):
    """A one-time recovery code for one device, known here only by the SHA-256 of its lookup (a
    separate derivation of the code, protocol/recovery_code.py). `sealed` holds the device's key,
    a spend secret and the device's next token under a key derived from the code itself (so the
    database alone never opens it), made by the administrator who held the escrow private key; it
    is erased when the code is spent or found expired. `token_hash` is that next token's SHA-256,
    the device's once the laptop proves it opened the box with the secret `spend_hash` names."""

    __tablename__ = "hq_recovery_code"
    lookup_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("hq_device.id"), index=True)
    sealed: Mapped[str | None] = mapped_column(Text, default=None)
    token_hash: Mapped[str] = mapped_column(String(64))
    spend_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

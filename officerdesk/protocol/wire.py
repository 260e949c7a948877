"""The one wire contract between a laptop and HQ (pydantic models), shared by sync/ and hq/.

JSON over HTTP, versioned under /v1, `Authorization: Bearer <device token>`, gzip allowed both
ways. Field values travel as JSON (dates as ISO 8601 text); clocks are 17-character HLC strings
(see core/clock.py) compared as (hlc, site_id).

THE RULES both sides follow (push, pull, conflicts, transitions, blobs, errors): docs/sync.md.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

API = "/v1"
PROTOCOL_VERSION = 1
MAX_PUSH = 200             # mutations per push to an HQ that advertises no other limit (Meta.limits)
HQ_MAX_PUSH = 500          # mutations per push this HQ accepts and advertises; a laptop sends no more
MAX_PAGE = 1000            # changes per pull page
MAX_SNAPSHOT = 5000        # records per snapshot page (a first pull, docs/sync.md "Snapshot")
MAX_BODY_BYTES = 8 << 20   # decompressed request body
MAX_BLOB_BYTES = 64 << 20
MAX_STRING = 200_000



def is_loopback(host: str) -> bool:
    """Plain http is allowed only to this machine, on both sides of the wire."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# ---- header values: one reading on both sides of the wire ----------------------------------------
# str.isdigit() accepts "²" and "١٢" (int() then fails or reads them), and media types are
# case-insensitive (RFC 9110), so neither check may be done ad hoc.

def ascii_decimal(text: str, max_digits: int = 18) -> int | None:
    """A header number: 1..max_digits ASCII digits, else None (no sign, space or other digits)."""
    text = text.strip(" \t")
    if not text or len(text) > max_digits or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def is_json_media_type(content_type: str) -> bool:
    """`application/json` or `application/<anything>+json`, any case, any parameters."""
    media = content_type.split(";", 1)[0].strip().lower()
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=MAX_STRING)


class EnrollRequest(Strict):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200)
    client_version: str = Field(default="", max_length=32)


class EnrollResponse(Strict):
    device_id: str
    token: str
    post_id: str
    post_code: str
    officer_id: str
    officer_name: str
    role: Literal["officer", "hq_analyst", "admin"]
    epoch: str
    server_time_ms: int


class Limits(Strict):
    """What HQ accepts. A laptop keeps the last limits it learned (`/v1/meta`); the defaults are
    what an HQ that advertises none accepts."""

    max_push: int = MAX_PUSH
    max_page: int = MAX_PAGE
    max_body_bytes: int = MAX_BODY_BYTES
    max_blob_bytes: int = MAX_BLOB_BYTES


class Meta(Strict):
    server_time_ms: int
    epoch: str
    min_client_version: str
    protocol: int = PROTOCOL_VERSION
    limits: Limits = Limits()


MutationName = Literal["upsert", "transition"]


class Mutation(Strict):
    """One laptop edit. `seq` is the device's outbox number: (device, seq) is the idempotency key.

    upsert args:     {"type", "id", "post_id", "author", "fields": {name: value}, "base": {name: base_seq}}
    transition args: {"id", "post_id", "from", "to", "change_id", "at", "note", "author"}
    """

    seq: int = Field(ge=1)
    name: MutationName
    args: dict[str, Any]
    hlc: str = Field(min_length=17, max_length=17)


class PushRequest(Strict):
    mutations: list[Mutation] = Field(max_length=HQ_MAX_PUSH)


MutationStatus = Literal["applied", "duplicate", "conflict_recorded", "rejected"]


class MutationResult(Strict):
    seq: int
    status: MutationStatus
    reason: str = ""
    # for a rejected transition: the request's status at HQ, so the laptop can put it back
    current_status: str | None = None


class PushResponse(Strict):
    results: list[MutationResult]
    last_seq: int           # the highest mutation seq HQ has applied for this device
    server_time_ms: int


class Change(Strict):
    """One field of one record as HQ holds it, in server commit order (`seq`)."""

    seq: int
    type: str
    id: str
    post_id: str
    field: str
    value: Any = None
    hlc: str
    site_id: str
    author: str = ""


class SnapshotRecord(Strict):
    """One record as HQ holds it now, for a first pull: every field's value and clock.

    `clocks[field]` is `[hlc, site_id, seq, ...]` (HQ may send more items: the device and author
    of that write); `created_hlc` and `author` are those of the record's first change."""

    type: str
    id: str
    post_id: str
    fields: dict[str, Any]
    clocks: dict[str, list[Any]]
    created_hlc: str = ""
    author: str = ""


class PullResponse(Strict):
    """A page of changes after the cursor; or, when the laptop asked for a snapshot (cursor 0),
    a page of `records` in id order: `snapshot_after` is the last id sent ("" once the snapshot
    is complete), `snapshot_seq` the change seq it started at, and `next_cursor` that seq, from
    which the ordinary change pull goes on."""

    changes: list[Change]
    next_cursor: int
    has_more: bool
    epoch: str
    records: list[SnapshotRecord] = Field(default_factory=list)
    snapshot: bool = False
    snapshot_after: str = ""
    snapshot_seq: int = 0


class BriefFiling(Strict):
    """A finalised brief, filed at HQ (POST /v1/briefs) once its PDF is there: the PDF goes up
    first like any file, resumably (HEAD/PATCH /v1/blobs/{sha256}), so a brief of any size up to
    MAX_BLOB_BYTES travels in chunks below the body limit. Idempotent by SHA-256 within a post."""

    id: str
    kind: str
    title: str = ""
    period: str = ""
    language: str = "ko"
    classification: str = "internal"
    sha256: str = Field(min_length=64, max_length=64)


class BriefReceipt(Strict):
    sha256: str
    status: Literal["stored", "duplicate"]


def _as_utc(value: Any) -> Any:
    """HQ's database keeps UTC without a zone (SQLite has none): say which zone it is."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


UtcDateTime = Annotated[AwareDatetime, BeforeValidator(_as_utc)]
"""A point in time on the wire: ISO 8601 with its zone (RFC 3339), never a bare local time."""


class ErrorBody(Strict):
    """Every 4xx/5xx body: a machine code and a sentence for people."""

    error: str
    detail: str = ""

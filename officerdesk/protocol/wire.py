"""The one wire contract between a laptop and HQ (pydantic models), shared by sync/ and hq/.

JSON over HTTP, versioned under /v1, `Authorization: Bearer <device token>`, gzip allowed both
ways. Field values travel as JSON (dates as ISO 8601 text); clocks are 17-character HLC strings
(see core/clock.py) compared as (hlc, site_id).

THE RULES both sides follow (push, pull, conflicts, transitions, blobs, errors): docs/sync.md.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
)

from officerdesk.core import clock

API = "/v1"
PROTOCOL_VERSION = 1
MAX_PUSH = 200             # mutations per push to an HQ that advertises no other limit (Meta.limits)
HQ_MAX_PUSH = 500          # mutations per push this HQ accepts and advertises; a laptop sends no more
MAX_PAGE = 1000            # changes per pull page
MAX_SNAPSHOT = 5000        # records per snapshot page (a first pull, docs/sync.md "Snapshot")
MAX_BODY_BYTES = 8 << 20   # decompressed request body
MAX_BLOB_BYTES = 64 << 20
MAX_STRING = 200_000
NOTE_MAX = 5000             # characters of a status move's note



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


# ---- strict field types ------------------------------------------------------------------------
# Each check is one function, used by the models below and by any hand-written fast path, so
# both accept exactly the same text. Every pattern is matched whole (`fullmatch`, `\Z`): a `$`
# would let "…\n" through, and `int()`/`str.isdigit` would take any Unicode digit.

_RECORD_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_record_id(text: object) -> bool:
    """A record id as laptops and HQ make them: a UUID in its canonical lower-case form."""
    return type(text) is str and _RECORD_ID.fullmatch(text) is not None


def _stamp(text: str) -> str:
    if not clock.is_stamp(text):
        raise ValueError(f"{text[:40]!r} is not a clock stamp (17 lower-case hex digits)")
    return text


def _record_id(text: str) -> str:
    if not is_record_id(text):
        raise ValueError(f"{text[:40]!r} is not a record id")
    return text


Hlc = Annotated[str, StringConstraints(strict=True), AfterValidator(_stamp)]
RecordId = Annotated[str, StringConstraints(strict=True), AfterValidator(_record_id)]
Seq = Annotated[int, Field(strict=True, ge=0)]


# A brief's document number: upper-case letters and digits in hyphen-separated parts, or "".
DOC_NUMBER_PATTERN = r"^(?:[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){1,4})?$"


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
    """`min_client_version`: a laptop older than this stops syncing until it is updated
    (sync/versions.py); HQ also refuses such a laptop's authenticated calls (`client_too_old`)."""

    server_time_ms: int
    epoch: str
    min_client_version: str
    protocol: int = PROTOCOL_VERSION
    limits: Limits = Limits()


# ---- versions: one reading on both sides of the wire ---------------------------------------------
# Released versions are plain X.Y.Z (package metadata). A pre-release or local suffix ("1.2.0rc1",
# "1.2.0+hq") counts as its release: HQ's minimum names releases, never pre-releases.

CLIENT_TOO_OLD = "client_too_old"   # ErrorBody.error of HQ's 426 to a laptop below the minimum
_VERSION = re.compile(r"(\d{1,6})(?:\.(\d{1,6})){0,3}")
_AGENT = re.compile(r"OfficerDesk/(\S{1,32})")


def version_key(text: str) -> tuple[int, ...] | None:
    """`"1.10.2"` -> (1, 10, 2), trailing zeros dropped so 1.2 == 1.2.0; None if it names no version."""
    found = _VERSION.match(text.strip()) if text.isascii() else None
    if found is None:
        return None
    parts = [int(n) for n in found.group(0).split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_older(version: str, minimum: str) -> bool:
    """`version` is below `minimum`; an unreadable minimum holds nobody back."""
    floor, have = version_key(minimum), version_key(version)
    return floor is not None and (have is None or have < floor)


def agent_version(user_agent: str) -> str | None:
    """The version in a laptop's `User-Agent: OfficerDesk/X.Y.Z`, else None (not a laptop)."""
    found = _AGENT.search(user_agent)
    return found.group(1) if found else None


def too_old_detail(minimum: str) -> str:
    """HQ's sentence to a laptop below the minimum; laptops that predate the version gate show it as is."""
    return f"Update OfficerDesk to {minimum} or later to sync; your work is kept on this laptop."


_RELEASE = re.compile(r"\d{1,6}(?:\.\d{1,6}){0,3}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_release(text: str) -> bool:
    """Plain X.Y.Z: what HQ's minimum and its published installers name."""
    return _RELEASE.fullmatch(text) is not None


def _release(text: str) -> str:
    if not is_release(text):
        raise ValueError(f"{text[:40]!r} is not a release version (X.Y.Z)")
    return text


def _sha256(text: str) -> str:
    if not _SHA256.fullmatch(text):
        raise ValueError("not a SHA-256 in lower-case hex")
    return text


ReleaseVersion = Annotated[str, StringConstraints(strict=True, max_length=32), AfterValidator(_release)]
Sha256Hex = Annotated[str, StringConstraints(strict=True, max_length=64), AfterValidator(_sha256)]


class Installer(Strict):
    """One installer HQ publishes (`officerdesk-hq releases publish`): where it is and what it holds."""

    platform: Literal["windows", "macos", "linux-deb", "linux-tar"]
    version: ReleaseVersion
    sha256: Sha256Hex
    url: str = Field(default="", max_length=1000)
    size: int = Field(default=0, ge=0)


class Releases(Strict):
    """GET /v1/releases: the current installers. Its own endpoint, not a field of Meta, because a
    laptop from before it refuses a Meta with fields it does not know."""

    min_client_version: str
    installers: list[Installer] = Field(default_factory=list, max_length=16)


MutationName = Literal["upsert", "transition"]
AUTHOR_MAX = 200


class _Args(BaseModel):
    """A mutation's arguments: exactly these keys, of exactly these JSON types."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True, str_max_length=MAX_STRING)


class UpsertArgs(_Args):
    """Set fields of one record; `base[field]` is the change seq the edit was made on (0: none
    seen), which tells a concurrent edit from a later one. `author` is accepted from laptops
    that still send it and ignored: HQ records the device's enrolled officer (docs/sync.md)."""

    type: str = Field(max_length=32)
    id: RecordId
    post_id: RecordId
    author: str = Field(default="", max_length=AUTHOR_MAX)
    fields: dict[str, Any] = Field(min_length=1)
    base: dict[str, Seq | None] = Field(default_factory=dict)


class TransitionArgs(_Args):
    """Move a request's status `from` -> `to`; HQ records the move as status_change `change_id`."""

    id: RecordId
    post_id: RecordId
    from_: str = Field(alias="from", max_length=16)
    to: str = Field(max_length=16)
    change_id: RecordId
    at: str = Field(max_length=40)
    note: str = Field(default="", max_length=NOTE_MAX)
    author: str = Field(default="", max_length=AUTHOR_MAX)  # ignored, as in UpsertArgs


# What a laptop puts in its outbox: the models above as plain JSON, built without validating
# (a bulk import makes hundreds of thousands). The key names are written here and nowhere else.
def upsert_args(*, type: str, id: str, post_id: str, fields: dict[str, Any], base: dict[str, int]) -> dict[str, Any]:
    return {"type": type, "id": id, "post_id": post_id, "fields": fields, "base": base}


def transition_args(*, id: str, post_id: str, from_: str, to: str, change_id: str, at: str,
                    note: str) -> dict[str, Any]:
    return {"id": id, "post_id": post_id, "from": from_, "to": to, "change_id": change_id, "at": at, "note": note}


class Mutation(Strict):
    """One laptop edit. `seq` is the device's outbox number: (device, seq) is the idempotency key.

    `args` is an `UpsertArgs` or a `TransitionArgs` (by `name`) as JSON: HQ validates it per
    mutation, so one malformed mutation is `rejected` alone instead of refusing the batch."""

    seq: int = Field(ge=1)
    name: MutationName
    args: dict[str, Any]
    hlc: Hlc


class PushRequest(Strict):
    mutations: list[Mutation] = Field(max_length=HQ_MAX_PUSH)


_MUTATIONS: TypeAdapter[list[Mutation]] = TypeAdapter(list[Mutation])


def stored_mutations(rows: Iterable[tuple[int, str, str, str]]) -> list[Mutation]:
    """Mutations from a laptop's outbox rows, (seq, name, args as their stored JSON text, hlc),
    checked by `Mutation` itself in one pass over the JSON: decoding each row's args into Python
    and then validating them cost three times as much (the push reads every pending edit)."""
    items = [f'{{"seq":{int(seq)},"name":{json.dumps(name)},"args":{args},"hlc":{json.dumps(hlc)}}}'
             for seq, name, args, hlc in rows]
    mutations = _MUTATIONS.validate_json(f"[{','.join(items)}]")
    if len(mutations) != len(items):  # a stored text that was not one whole JSON value
        raise ValueError("an outbox row's arguments are not one JSON value")
    return mutations


def push_body(mutations: list[Mutation]) -> bytes:
    """A push request's body: pydantic's own JSON encoder, byte for byte what `json.dumps` made of
    `model_dump(mode="json")` (compact, UTF-8 unescaped; tests/protocol prove it), at a third of
    the CPU time."""
    return PushRequest(mutations=mutations).model_dump_json().encode()


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
    hlc: Hlc
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
    created_hlc: Hlc | Literal[""] = ""
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
    # "WAS-2026-K7QD-0042" (post, year, the laptop's series, counter); "" from a laptop that
    # numbers no briefs. HQ refuses a number another brief of the post already holds (409).
    doc_number: str = Field(default="", max_length=40, pattern=DOC_NUMBER_PATTERN)


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


# ---- key escrow and recovery (docs/hq.md, "Key escrow") -----------------------------------------
# Keys and sealed boxes travel as URL-safe base64 without padding (protocol/sealing.py).

PublicKey = Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Za-z0-9_-]{43}$")]
"""An X25519 public key: 32 bytes."""
SealedBox = Annotated[str, StringConstraints(strict=True, min_length=80, max_length=400,
                                             pattern=r"^[A-Za-z0-9_-]+$")]
"""A secret sealed to a public key (protocol/sealing.py): a database key, or a key and a token."""
KeyId = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{16}$")]
RecoveryLookup = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{64}$")]
"""A recovery code's public name (protocol/recovery_code.py): never the code itself."""
SpendProof = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{64}$")]
"""The spend secret found inside a recovery box: the proof that the code opened it."""


class EscrowKey(Strict):
    """HQ's escrow public key (GET /v1/escrow): what a laptop seals its database key to."""

    key_id: KeyId
    public_key: PublicKey


class EscrowDeposit(Strict):
    """A laptop's database key sealed to HQ's escrow key, with the device id as context (PUT /v1/escrow)."""

    key_id: KeyId
    sealed: SealedBox


class EscrowReceipt(Strict):
    key_id: KeyId
    stored_at: UtcDateTime


class RecoveryRequest(Strict):
    """POST /v1/escrow/recover: the recovery box for a code, named by the code's lookup (the code
    never travels). Fetching spends nothing; `device_id`, when the laptop still knows which device
    it was, makes HQ refuse a code for another device."""

    lookup: RecoveryLookup
    device_id: RecordId | None = None


class RecoveryBox(Strict):
    """The device's key, a spend secret and its next token, sealed under a key only the code
    derives (`sealed`, the device id bound as associated data): useless to anyone without the code."""

    device_id: str
    post_code: str
    officer_name: str
    sealed: SealedBox
    expires_at: UtcDateTime


class RecoverySpend(Strict):
    """POST /v1/escrow/recover/spend: the laptop opened the box; HQ makes the token in it the
    device's own and erases the box. A repeat with the same proof gets the same receipt."""

    lookup: RecoveryLookup
    proof: SpendProof


class RecoveryReceipt(Strict):
    device_id: str
    recovered_at: UtcDateTime


# ---- handover (docs/hq.md, "Handover") ----------------------------------------------------------


class HandoverOrder(Strict):
    """Start a handover (POST /v1/handover): the departing officer's open work goes to the
    successor now, and the departing officer's devices stop working on `on` (the post's local
    date; omitted: today)."""

    from_officer_id: RecordId
    to_officer_id: RecordId
    on: dt.date | None = None


class HandoverReceipt(Strict):
    """What the handover moved, as ordinary edits every laptop of the post pulls."""

    from_officer_id: str
    to_officer_id: str
    on: dt.date
    requests: int
    follow_ups: int
    meetings: int


class DeviceRetirement(Strict):
    """POST /v1/device/retire, sent with the OLD device's token (fresh from a recovery code) once
    its successor has taken in its backup: the old device is revoked, so the lost laptop, if found,
    cannot sync again. `successor_device_id` names the laptop that took it in (the audit's)."""

    successor_device_id: RecordId


class RetirementReceipt(Strict):
    device_id: str
    successor_device_id: str
    retired_at: UtcDateTime

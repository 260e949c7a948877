"""The append-only, keyed audit chain: enrollments, auth failures, pushes, rejections, conflicts,
brief receipts, revocations, admin actions.

Each row stores `hash = HMAC-SHA256(audit key, prev_hash + canonical JSON of the row)`, the
canonical JSON being the row's id, time, actor, action, post and detail with sorted keys. The key
lives in HQ's settings file, not in the database (settings_file.py), so someone who can write the
database can neither edit a row nor recompute the chain after an edit. A cut tail leaves a valid
shorter chain: the head kept off-box (`head_line`, `check_head`) is what catches that.

Rows written before HQ had a key carry `sha256(prev_hash + canonical)`. They are accepted only as
the chain's first rows, and only when a keyed `audit_key` row follows them: migration 0005 appends
that row once, on the upgrade, so its HMAC covers the last plain hash and through it every plain
row. A chain that is plain after a keyed row, or plain throughout, fails verification.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from officerdesk.hq.settings_file import AuditKeys
from officerdesk.hq.store import AuditEntry, utcnow

GENESIS = "0" * 64
AUDIT_HEAD = "hq_audit_head"  # session.info: (id, hash) of the row this transaction appended last
AUDIT_KEYS = "hq_audit_keys"  # session.info: the AuditKeys of the Database that opened the session
KEY_ROW = "audit_key"            # names the key that signs it and the rows after it
ROTATED_ROW = "audit_key_rotated"  # signed with the old key; names the key that signs the rows after it
_AUDIT = cast(Table, AuditEntry.__table__)
_HEAD = re.compile(r"^\s*(\d{1,18})\s+([0-9a-f]{64})(?:\s+(\S+))?\s*$")


def canonical(entry: AuditEntry) -> str:
    row = {"id": entry.id, "at": entry.at, "actor": entry.actor, "action": entry.action,
           "post_id": entry.post_id, "detail": entry.detail}
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, entry: AuditEntry, key: bytes) -> str:
    return hmac.new(key, (prev_hash + canonical(entry)).encode("utf-8"), hashlib.sha256).hexdigest()


def plain_hash(prev_hash: str, entry: AuditEntry) -> str:
    """The hash of rows written before HQ had an audit key."""
    return hashlib.sha256((prev_hash + canonical(entry)).encode("utf-8")).hexdigest()


def _new_row(head: tuple[int, str], key: bytes, *, actor: str, action: str, post_id: str,
             detail: dict[str, Any]) -> dict[str, Any]:
    entry = AuditEntry(
        id=head[0] + 1,
        at=utcnow().isoformat(timespec="microseconds") + "Z",
        actor=actor[:200], action=action, post_id=post_id or "", detail=detail,
        prev_hash=head[1] if head[0] else GENESIS,
    )
    entry.hash = chain_hash(entry.prev_hash, entry, key)
    return {"id": entry.id, "at": entry.at, "actor": entry.actor, "action": action, "post_id": entry.post_id,
            "detail": detail, "prev_hash": entry.prev_hash, "hash": entry.hash}


def _keys(session: Session) -> AuditKeys:
    keys: AuditKeys | None = session.info.get(AUDIT_KEYS)
    if keys is None:
        raise RuntimeError("audit.append needs a session from Database.write() (it carries the audit key)")
    return keys


def append(session: Session, *, actor: str, action: str, post_id: str = "", **detail: Any) -> AuditEntry:
    """Add one row; call inside `Database.write()` (its lock keeps the chain a single line)."""
    # the chain's last row: this transaction's own last append, or read now (under the write lock)
    head: tuple[int, str] | None = session.info.get(AUDIT_HEAD)
    if head is None:
        last = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        head = (last.id, last.hash) if last else (0, "")
    row = _new_row(head, _keys(session).current, actor=actor, action=action, post_id=post_id, detail=detail)
    # one Core INSERT, neither the unit of work nor the ORM's bulk insert (whose per-statement
    # set-up was most of an append's time): a push appends inside the write lock
    session.execute(insert(_AUDIT), [row])
    session.info[AUDIT_HEAD] = (row["id"], row["hash"])
    return AuditEntry(**row)


def open_chain(session: Session, *, actor: str) -> None:
    """Start an empty chain with a row naming its key, so a wrong key is later told apart from tampering."""
    if session.scalar(select(AuditEntry.id).limit(1)) is None:
        append(session, actor=actor, action=KEY_ROW, key_id=_keys(session).current_id, plain_rows=0)


def seal_plain_rows(conn: Connection, keys: AuditKeys) -> None:
    """Once, on the upgrade to keyed hashes: a keyed row after the plain ones vouches for them."""
    last = conn.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is None:
        return
    conn.execute(insert(_AUDIT), [_new_row((last.id, last.hash), keys.current, actor="hq:upgrade",
                                               action=KEY_ROW, post_id="",
                                               detail={"key_id": keys.current_id, "plain_rows": last.id})])


def rotate(session: Session, new: AuditKeys, *, actor: str) -> AuditEntry:
    """The rotation row, signed with the key in use so far; rows after it are signed with `new.current`."""
    old = _keys(session)
    entry = append(session, actor=actor, action=ROTATED_ROW, key_id=new.current_id, previous_key_id=old.current_id)
    session.info[AUDIT_KEYS] = new
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    bad_id: int | None = None
    reason: str = ""
    last_id: int = 0
    last_hash: str = ""
    last_at: str = ""


def verify_chain(session: Session, keys: AuditKeys) -> ChainReport:
    held = keys.by_id()
    prev, expected_id, rows = GENESIS, 1, 0
    key: bytes | None = None  # the key signing the current stretch; None while the rows are still plain
    last: AuditEntry | None = None

    def broken(entry: AuditEntry, reason: str) -> ChainReport:
        return ChainReport(False, rows, entry.id, reason)

    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000)):
        rows += 1
        if entry.id != expected_id:
            return broken(entry, f"row {expected_id} is missing")
        if entry.prev_hash != prev:
            return broken(entry, "prev_hash does not match the row before")
        if key is None:
            if entry.hash == plain_hash(prev, entry):  # written before HQ had a key
                prev, expected_id, last = entry.hash, expected_id + 1, entry
                continue
            named = str(entry.detail.get("key_id", "")) if entry.action == KEY_ROW else ""
            if named and named not in held:
                return broken(entry, f"the chain is signed with audit key {named}, but {keys.source} holds "
                                     f"key {', '.join(held)}: wrong settings file?")
            key = held.get(named) or next((k for k in held.values() if entry.hash == chain_hash(prev, entry, k)), None)
            if key is None:
                return broken(entry, f"the row matches no audit key in {keys.source} (key {', '.join(held)}): "
                                     "a wrong settings file, or the row was rewritten without the key")
        if entry.hash != chain_hash(prev, entry, key):
            return broken(entry, "the row's content does not match its keyed hash")
        if entry.action == ROTATED_ROW:
            named = str(entry.detail.get("key_id", ""))
            if named not in held:
                return broken(entry, f"the audit key was rotated here to key {named}, which {keys.source} "
                                     "does not hold")
            key = held[named]
        prev, expected_id, last = entry.hash, expected_id + 1, entry
    if last is not None and key is None:
        return ChainReport(False, rows, 1, "no row is signed with the audit key: plain SHA-256 hashes "
                                                  "anyone with database access can recompute")
    if last is None:
        return ChainReport(True, 0)
    return ChainReport(True, rows, last_id=last.id, last_hash=last.hash, last_at=last.at)


# ---- the head kept off-box ---------------------------------------------------------------------


def head_line(report: ChainReport) -> str:
    """One line to keep off-box: the last row's id, hash and time."""
    return f"{report.last_id} {report.last_hash} {report.last_at}"


def parse_head(line: str) -> tuple[int, str]:
    """(row id, hash) from a line of `head_line`; ValueError says what is wrong with it."""
    match = _HEAD.match(line)
    if match is None:
        raise ValueError("a head is the line `admin audit-head` printed: ROW_ID HASH [TIME], "
                         "the hash being 64 lowercase hexadecimal digits")
    return int(match.group(1)), match.group(2)


def check_head(session: Session, report: ChainReport, head: tuple[int, str]) -> str:
    """Why a verified chain no longer holds the kept head; empty when it does."""
    row_id, digest = head
    if row_id > report.rows:
        return (f"the tail was cut: the kept head is row {row_id}, but the chain now ends at row {report.rows}")
    stored = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == row_id))
    if stored != digest:
        return f"the chain was rewritten: row {row_id} no longer has the hash that was kept for it"
    return ""

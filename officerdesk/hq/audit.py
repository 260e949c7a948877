"""The append-only, hash-chained audit log: enrollments, auth failures, pushes, rejections,
conflicts, brief receipts, revocations.

Each row stores `hash = sha256(prev_hash + canonical JSON of the row)`, the canonical JSON being
the row's id, time, actor, action, post and detail with sorted keys. Changing, removing or
reordering any row breaks every hash after it, which `verify_chain` reports.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from officerdesk.hq.store import AuditEntry, utcnow

GENESIS = "0" * 64
AUDIT_HEAD = "hq_audit_head"  # session.info: (id, hash) of the row this transaction appended last


def canonical(entry: AuditEntry) -> str:
    row = {"id": entry.id, "at": entry.at, "actor": entry.actor, "action": entry.action,
           "post_id": entry.post_id, "detail": entry.detail}
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, entry: AuditEntry) -> str:
    return hashlib.sha256((prev_hash + canonical(entry)).encode("utf-8")).hexdigest()


def append(session: Session, *, actor: str, action: str, post_id: str = "", **detail: Any) -> AuditEntry:
    """Add one row; call inside `Database.write()` (its lock keeps the chain a single line)."""
    # the chain's last row: this transaction's own last append, or read now (under the write lock)
    head: tuple[int, str] | None = session.info.get(AUDIT_HEAD)
    if head is None:
        last = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        head = (last.id, last.hash) if last else (0, "")
    entry = AuditEntry(
        id=head[0] + 1,
        at=utcnow().isoformat(timespec="microseconds") + "Z",
        actor=actor[:200], action=action, post_id=post_id or "", detail=detail,
        prev_hash=head[1] if head[0] else GENESIS,
    )
    entry.hash = chain_hash(entry.prev_hash, entry)
    # one INSERT statement rather than the unit of work: a push appends inside the write lock
    session.execute(insert(AuditEntry), [{"id": entry.id, "at": entry.at, "actor": entry.actor, "action": action,
                                          "post_id": entry.post_id, "detail": detail,
                                          "prev_hash": entry.prev_hash, "hash": entry.hash}])
    session.info[AUDIT_HEAD] = (entry.id, entry.hash)
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    bad_id: int | None = None
    reason: str = ""


def verify_chain(session: Session) -> ChainReport:
    prev, expected_id, rows = GENESIS, 1, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000)):
        rows += 1
        if entry.id != expected_id:
            return ChainReport(False, rows, entry.id, f"row {expected_id} is missing")
        if entry.prev_hash != prev:
            return ChainReport(False, rows, entry.id, "prev_hash does not match the row before")
        if entry.hash != chain_hash(prev, entry):
            return ChainReport(False, rows, entry.id, "the row's content does not match its hash")
        prev, expected_id = entry.hash, expected_id + 1
    return ChainReport(True, rows)

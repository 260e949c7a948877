"""Concurrent edits of free-text fields that HQ kept for the officer to decide (SYNC.md rule 4).

A conflict names the record, the field and both texts. Resolving it writes the chosen text as a
NEW edit of that field (so it syncs like any other edit and wins over both earlier ones) and
marks the conflict resolved. A conflict on `deleted` asks "restore?": keeping the local side
restores the record, keeping the remote side leaves it deleted.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import dto as d
from officerdesk.core import kinds
from officerdesk.core.models import Conflict
from officerdesk.core.services import records
from officerdesk.errors import ValidationError

Keep = Literal["local", "remote", "merged"]


def list_open(session: Session, *, target_id: str | None = None) -> list[d.RecordDTO]:
    stmt = select(Conflict).where(Conflict.resolved.is_(False), Conflict.deleted.is_(False))
    if target_id:
        stmt = stmt.where(Conflict.target_id == target_id)
    return records.to_dtos(session, session.scalars(stmt.order_by(Conflict.updated_hlc.desc())).all())


def count_open(session: Session) -> int:
    return len(session.scalars(select(Conflict.id).where(Conflict.resolved.is_(False), Conflict.deleted.is_(False))).all())


def resolve(session: Session, conflict_id: str, *, keep: Keep, text: str | None = None) -> d.RecordDTO:
    """Keep one side (or a merged text) as a new edit of the field; returns the updated record."""
    conflict = records.load(session, kinds.CONFLICT.name, conflict_id)
    assert isinstance(conflict, Conflict)
    if keep == "merged":
        if text is None:
            raise ValidationError("text", "a merged text is required", "병합한 내용을 입력하십시오")
        chosen = text
    elif keep == "local":
        chosen = conflict.local_value
    elif keep == "remote":
        chosen = conflict.remote_value
    else:
        raise ValidationError("keep", f"{keep!r} is not local, remote or merged", "local, remote, merged 중 하나를 고르십시오")
    if conflict.field == "deleted":
        _decide_deletion(session, conflict, keep, chosen)
    else:
        target = records.load(session, conflict.target_type, conflict.target_id, include_deleted=True)
        if target.deleted:
            target.deleted = False  # keeping a text of a deleted record brings the record back
        records.update(session, conflict.target_type, conflict.target_id, {conflict.field: chosen})
    conflict.resolved = True
    session.flush()
    return records.get(session, conflict.target_type, conflict.target_id) if not _deleted(session, conflict) else records.to_dto(conflict)


def _decide_deletion(session: Session, conflict: Conflict, keep: Keep, chosen: str) -> None:
    target = records.load(session, conflict.target_type, conflict.target_id, include_deleted=True)
    if keep == "merged":
        deleted = chosen.strip().lower() in ("true", "1", "deleted")
    else:
        # the local side of a "restore?" conflict is the officer's edit of a record deleted elsewhere
        deleted = keep == "remote"
    if target.deleted != deleted:
        target.deleted = deleted


def _deleted(session: Session, conflict: Conflict) -> bool:
    target = records.load(session, conflict.target_type, conflict.target_id, include_deleted=True)
    return bool(target.deleted)

"""The Trash: records deleted on this laptop or elsewhere, still held as tombstones, and restorable.

A delete is a tombstone (`deleted = True`, an ordinary synced field write), never a removed row,
so every deleted record stays in the local database; restoring one is an ordinary edit that syncs
like any other. Nothing purges tombstones today (HQ's compaction is not built, docs/hq.md), so the
Trash holds every deleted record until that exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.services import records

LIMIT = 500  # the newest deletions; older ones are still restorable through search of the trash


@dataclass(frozen=True)
class Trashed:
    """One deleted record as the Trash lists it."""

    record_type: kinds.RecordType
    id: str
    title: str
    deleted_at: dt.datetime  # the record's last write (UTC, naive): its delete, unless edited since


def trashed(session: Session, *, post_id: str = "", text: str = "", limit: int = LIMIT) -> list[Trashed]:
    """Deleted records of every type that has a screen, newest deletion first."""
    found: list[Trashed] = []
    for kind in kinds.SCREENS:
        cls = records.model_for(kind.name)
        stmt = select(cls).where(cls.deleted.is_(True))
        if post_id:
            stmt = stmt.where(cls.post_id == post_id)
        if text:
            stmt = stmt.where(getattr(cls, records.TITLE_FIELD[kind.name]).contains(text, autoescape=True))
        rows = session.scalars(stmt.order_by(cls.updated_at.desc()).limit(limit)).all()
        found += [Trashed(kind.name, o.id, records.to_dto(o).display_title, o.updated_at) for o in rows]
    found.sort(key=lambda t: t.deleted_at, reverse=True)
    return found[:limit]


def restore(session: Session, record_type: str, record_id: str) -> Trashed:
    """Bring a deleted record back (an ordinary synced edit of its tombstone)."""
    dto = records.restore(session, record_type, record_id)
    return Trashed(record_type, dto.id, dto.display_title, dto.updated_at)  # type: ignore[arg-type]

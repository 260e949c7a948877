"""Full-text search over every record type (placeholder: replaced by the FTS5 planner)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from officerdesk.core.dto import SearchHit
from officerdesk.core.models import SyncRecord

INDEXED_TYPES = frozenset({"meeting", "company_request", "contact", "organization", "company", "trend_note", "follow_up"})


def reindex(session: Session, records: Sequence[SyncRecord]) -> None:
    """Bring the index up to date for these records, inside the caller's transaction."""


def search(session: Session, query: str, *, limit: int = 20, types: Sequence[str] = ()) -> list[SearchHit]:
    return []

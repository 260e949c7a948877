"""What `stats` and `check` report about a profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from officerdesk.core import kinds
from officerdesk.core.dto import Stats
from officerdesk.core.models import RECORD_TYPES
from officerdesk.core.store import migrate
from officerdesk.core.write.changes import pending_count, sync_state

if TYPE_CHECKING:
    from officerdesk.core.store.db import Store

COUNTED = kinds.names_of(kinds.COUNTED)


def stats(session: Session) -> Stats:
    counts: dict[str, int] = {}
    for kind in COUNTED:
        cls = RECORD_TYPES[kind]
        counts[kind] = int(session.scalar(select(func.count()).select_from(cls).where(cls.deleted.is_(False))) or 0)
    state = sync_state(session)
    return Stats(counts=counts, pending_outbox=pending_count(session), last_sync=state.last_sync_at, last_error=state.last_error)


def check(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        integrity = conn.execute(text("PRAGMA integrity_check")).scalar()
        cipher = conn.execute(text("PRAGMA cipher_version")).scalar()
    with store.session_factory.begin() as s:
        st = stats(s)
        state = sync_state(s)
        enrolled = bool(state.device_id)
    return {
        "profile": str(store.paths.root),
        "key": "ok (opened with the keyring's key)",
        "encryption": f"SQLCipher {cipher}",
        "integrity": integrity,
        "schema": migrate.current_revision(store),
        "schema_head": migrate.head_revision(),
        "records": sum(st.counts.values()),
        "pending_sync": st.pending_outbox,
        "enrolled": enrolled,
        "last_sync": st.last_sync.isoformat() if st.last_sync else None,
    }

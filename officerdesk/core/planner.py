"""Keep SQLite's query planner informed: table statistics, so lists use the right index.

Without statistics SQLite reads `WHERE deleted = 0` through the `deleted` index and sorts the
whole table to show the first page; with them it walks the sort column's index and stops after
a page (on 20,000 meetings: 170 ms -> 9 ms). A profile gets a full ANALYZE once, then SQLite's
own `PRAGMA optimize`, which re-analyzes only tables that changed a lot (usually nothing).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def refresh_statistics(session: Session) -> bool:
    """Analyze when the profile has no statistics yet; True when a full ANALYZE ran."""
    has_stats = session.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).scalar()
    if not has_stats:
        session.execute(text("ANALYZE"))
        return True
    session.execute(text("PRAGMA optimize"))
    return False

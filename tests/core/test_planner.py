"""Table statistics after a bulk write: sampled, the connection left as it was, plans unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from officerdesk.core import exchange
from officerdesk.core.store import planner


def test_the_first_statistics_sample_big_indexes_and_leave_the_connection_as_it_was(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    count = planner.ANALYSIS_LIMIT + 500
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps({"type": "trend_note", "title": f"note {i}"}) + "\n" for i in range(count)), encoding="utf-8")
    with store.session_factory.begin() as s:
        exchange.import_file(s, path, "jsonl")  # the profile's first statistics, at the end of the bulk write
    with store.session_factory.begin() as s:
        conn = s.connection()
        stat = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_trend_note_deleted'").scalar_one()
        rows, per_value = map(int, stat.split()[:2])
        assert rows == count
        assert per_value <= planner.ANALYSIS_LIMIT + 1 < count  # sampled: a full ANALYZE would say every row
        assert conn.exec_driver_sql("PRAGMA analysis_limit").scalar_one() == 0
        plan = " ".join(r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM trend_note WHERE deleted = 0 ORDER BY title, id LIMIT 50"))
        assert "ix_trend_note_deleted_title" in plan, plan

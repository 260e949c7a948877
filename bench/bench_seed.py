"""Seeding and bulk import: 100,000 demo records into a new profile, then JSON Lines out and back in.

Each figure is one run (a 100,000-record run takes tens of seconds); wall-clock rates are shown
against the targets, with the process's CPU time beside them, since a shared machine can stretch
wall time well beyond the work done.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RECORDS = 100_000
IMPORT_TARGET = 5_000  # records/s
SEED_LIMIT = 60.0  # seconds for 100,000 records


def _timed(work: Callable[[], int]) -> tuple[int, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    count = work()
    return count, time.perf_counter() - wall, time.process_time() - cpu


def _profile(root: Path, post: str) -> Any:
    from officerdesk.core.db import open_store
    from officerdesk.core.services import identity

    store = open_store(root)
    with store.session_factory.begin() as s:
        identity.set_up(s, officer_name="Bench Officer", post_code=post)
    return store


def run(workdir: Path) -> list[dict[str, Any]]:
    from officerdesk.core import demo, exchange

    source, target = _profile(workdir / "seeded", "WAS"), _profile(workdir / "imported", "WAS")
    dump = workdir / "all.jsonl"
    try:
        def seed() -> int:
            with source.session_factory.begin() as s:
                return sum(demo.seed(s, post_code="WAS", records=RECORDS, seed=7).values())

        def export() -> int:
            with source.session_factory.begin() as s:
                return sum(exchange.export_file(s, dump, "jsonl", include_restricted=True).values())

        def load() -> int:
            with target.session_factory.begin() as s:
                return sum(exchange.import_file(s, dump, "jsonl").values())

        seeded, seed_wall, seed_cpu = _timed(seed)
        exported, export_wall, _ = _timed(export)
        imported, import_wall, import_cpu = _timed(load)
    finally:
        source.close()
        target.close()
    import_rate = imported / import_wall
    return [
        {"name": f"seed {seeded:,} demo records", "value": round(seed_wall, 1), "unit": "s",
         "target": f"< {SEED_LIMIT:.0f} s", "ok": seed_wall < SEED_LIMIT and seeded == RECORDS},
        {"name": "seed rate", "value": round(seeded / seed_wall), "unit": "records/s",
         "target": f"(CPU time: {seeded / seed_cpu:,.0f} records/s)", "ok": seed_wall < SEED_LIMIT},
        {"name": f"export {exported:,} records to JSON Lines", "value": round(exported / export_wall), "unit": "records/s",
         "target": "", "ok": exported == RECORDS},
        {"name": f"import {imported:,} records from JSON Lines", "value": round(import_rate), "unit": "records/s",
         "target": f">= {IMPORT_TARGET:,} records/s (CPU time: {imported / import_cpu:,.0f} records/s)",
         "ok": import_rate >= IMPORT_TARGET and imported == RECORDS},
    ]

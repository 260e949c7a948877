"""Seeding and bulk import: 100,000 demo records into a new profile, then JSON Lines out and back in.

The seeded profile is the one every other module uses (`bench.profiles`), seeded once a run and
timed then; seeding is that one run. Import of every 4th exported line (25,000 records of every
type) is timed IMPORTS times into fresh profiles and the median reported. Wall-clock rates are shown against the targets, with the process's CPU time
beside them, since a shared machine can stretch wall time well beyond the work done.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

RECORDS = 100_000
IMPORT_EVERY = 4  # import every 4th exported line: 25,000 records of every type, links by name
IMPORTS = 3
IMPORT_TARGET = 5_000  # records/s
SEED_LIMIT = 60.0  # seconds for 100,000 records


def _profile(root: Path, post: str) -> Any:
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store

    store = open_store(root)
    with store.session_factory.begin() as s:
        identity.set_up(s, officer_name="Bench Officer", post_code=post)
    return store


def _export(profile: Path, dump: Path) -> tuple[int, float]:
    from officerdesk.core import exchange
    from officerdesk.profiles import open_store

    store = open_store(profile, create=False)
    try:
        started = time.perf_counter()
        with store.session_factory.begin() as s:
            count = sum(exchange.export_file(s, dump, "jsonl", include_restricted=True).values())
        return count, time.perf_counter() - started
    finally:
        store.close()


def _import(root: Path, dump: Path) -> tuple[int, float, float]:
    from officerdesk.core import exchange

    store = _profile(root, "WAS")
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        with store.session_factory.begin() as s:
            count = sum(exchange.import_file(s, dump, "jsonl").values())
        return count, time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()


def _sample(source: Path, dest: Path, every: int) -> int:
    """Every `every`th line (a contact whose organization is left out names it: created by name)."""
    kept = 0
    with source.open(encoding="utf-8") as fh, dest.open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i % every == 0:
                out.write(line)
                kept += 1
    return kept


def run(workdir: Path) -> list[dict[str, Any]]:
    from bench.profiles import seed_timing, seeded_profile

    timing = seed_timing(RECORDS)
    seeded, seed_wall, seed_cpu = int(timing["records"]), float(timing["wall"]), float(timing["cpu"])
    dump = workdir / "all.jsonl"
    exported, export_wall = _export(seeded_profile(RECORDS), dump)
    part = workdir / "part.jsonl"
    lines = _sample(dump, part, IMPORT_EVERY)
    runs = [_import(workdir / f"imported-{i}", part) for i in range(IMPORTS)]
    imported = runs[0][0]
    rate = statistics.median(n / wall for n, wall, _ in runs)
    cpu_rate = statistics.median(n / cpu for n, _, cpu in runs)
    return [
        {"name": f"seed {seeded:,} demo records (one run)", "value": round(seed_wall, 1), "unit": "s",
         "target": f"< {SEED_LIMIT:.0f} s", "ok": seed_wall < SEED_LIMIT and seeded >= RECORDS,
         "note": f"CPU time {seed_cpu:.1f} s ({seeded / seed_cpu:,.0f} records/s)"},
        {"name": f"export {exported:,} records to JSON Lines", "value": round(exported / export_wall), "unit": "records/s",
         "target": "", "ok": exported >= RECORDS},
        {"name": f"bulk import {imported:,} records from JSON Lines (median of {IMPORTS})", "value": round(rate),
         "unit": "records/s", "target": f">= {IMPORT_TARGET:,}", "ok": rate >= IMPORT_TARGET and imported >= lines,
         "note": f"every {IMPORT_EVERY}th line of the export ({lines:,} lines); CPU time: {cpu_rate:,.0f} records/s"},
    ]

"""Saving one edited record, as the editor's Save does: `records.update` in its own transaction
on the 100,000-record profile, commit included (field clocks, the outbox mutation and the search
index are written by the flush hooks in the same transaction). Meetings, requests and contacts
in turn, each a different record, its title and a text field changed. Target p95 <= 20 ms.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from typing import Any

RECORDS = 100_000
SAVES = 150
TARGET_P95_MS = 20.0
# record type -> (its title field, a text field)
EDITS = {"meeting": ("title", "notes"), "company_request": ("title", "details"), "contact": ("name", "notes")}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ids(store: Any, rnd: random.Random) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from officerdesk.core.services.records import model_for

    picked: list[tuple[str, str]] = []
    with store.session_factory.begin() as s:
        for kind in EDITS:
            cls = model_for(kind)
            ids = list(s.scalars(select(cls.id).where(cls.deleted.is_(False))))
            picked += [(kind, i) for i in rnd.sample(ids, SAVES // len(EDITS))]
    rnd.shuffle(picked)
    return picked


def run(workdir: Path) -> list[dict[str, Any]]:
    from bench.profiles import copy_profile, seeded_profile
    from officerdesk.core.services import records
    from officerdesk.profiles import open_store

    store = open_store(copy_profile(seeded_profile(RECORDS), workdir / "profile"), create=False)
    rnd = random.Random(3)
    wall: list[float] = []
    cpu: list[float] = []
    try:
        for n, (kind, record_id) in enumerate(_ids(store, rnd)):
            title, text = EDITS[kind]
            values = {title: f"편집된 제목 {n} — edited title", text: f"회의 메모 {n}: follow up on the PPH request. " * 3}
            t0, c0 = time.perf_counter(), time.process_time()
            with store.session_factory.begin() as s:
                records.update(s, kind, record_id, values)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    finally:
        store.close()
    p95 = _percentile(wall, 0.95)
    return [
        {"name": "write: save one edited record (index, clocks, outbox, commit) p95", "value": round(p95, 2), "unit": "ms",
         "target": f"<= {TARGET_P95_MS:g}", "ok": p95 <= TARGET_P95_MS,
         "note": f"{len(wall)} saves; median {statistics.median(wall):.2f} ms; CPU time p95 {_percentile(cpu, 0.95):.2f} ms"},
    ]

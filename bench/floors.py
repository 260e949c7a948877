"""Floors: the same machine's speed at plain work, measured in the same run as the figures.

Machines differ 2-3x in speed, and a shared machine's speed changes from minute to minute, so a
figure alone does not compare across machines; its ratio to a floor measured in the same run
does. Three floors:

- "sqlcipher insert": raw SQLCipher, opened with the app's own keyed connection (WAL,
  synchronous=NORMAL), one executemany of 50,000 four-column rows in one transaction; rows/s.
- "pure Python": a fixed pure-Python workload (formatting, a dict of lists, two sorts, a join and
  a split over 30,000 strings); ms.
- "bare window": a bare PySide6 window's start in a new process, measured by bench_ui in turns
  with the app's own start (that module adds it as a row with "floor_name").

Each figure names its floor ("floor" in its row, else chosen by unit): records/s -> sqlcipher
insert (value / floor: the share of the raw insert rate achieved), ms and s -> pure Python
(value / floor: how many workloads' time the figure takes). Rows that are already ratios (x),
sizes (MB), counts, or figures dominated by an injected delay have no floor.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

INSERT_ROWS = 50_000
FLOOR_BY_UNIT = {"records/s": "sqlcipher insert", "ms": "pure Python", "s": "pure Python"}
TO_MS = {"ms": 1.0, "s": 1000.0}


def _insert_rate(folder: Path) -> float:
    from officerdesk.core.store.db import connect_raw

    path = folder / "floor.db"
    for leftover in folder.glob("floor.db*"):
        leftover.unlink()
    rows = [(f"{i:032x}", f"meeting {i}", "회의 내용 " * 4, i) for i in range(INSERT_ROWS)]
    conn = connect_raw(path, bytes(range(32)))
    try:
        conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, title TEXT, body TEXT, n INTEGER)")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
    finally:
        conn.close()
    return INSERT_ROWS / seconds


def _workload() -> int:
    words = [f"{i:07x}-{i * 7919 % 10007}" for i in range(30_000)]
    by_tail: dict[str, list[str]] = {}
    for word in words:
        by_tail.setdefault(word[-3:], []).append(word)
    total = sum(len(group) for _tail, group in sorted(by_tail.items()))
    text = " ".join(sorted(words, key=lambda w: w[::-1]))
    return total + len(text.split())


def _workload_ms() -> float:
    start = time.perf_counter()
    _workload()
    return (time.perf_counter() - start) * 1000


def measure() -> list[dict[str, Any]]:
    """The sqlcipher-insert and pure-Python floors as rows (medians of 3 and 5)."""
    with tempfile.TemporaryDirectory(prefix="officerdesk-floor-") as tmp:
        rate = statistics.median(_insert_rate(Path(tmp)) for _ in range(3))
    _workload_ms()  # warm-up
    python_ms = statistics.median(_workload_ms() for _ in range(5))
    return [
        {"name": f"floor: raw SQLCipher executemany insert ({INSERT_ROWS:,} rows)", "value": round(rate),
         "unit": "records/s", "target": "", "ok": True, "floor_name": "sqlcipher insert", "module": "floors"},
        {"name": "floor: fixed pure-Python workload", "value": round(python_ms, 1), "unit": "ms",
         "target": "", "ok": True, "floor_name": "pure Python", "module": "floors"},
    ]


def _in_floor_unit(value: float, unit: str, floor: dict[str, Any]) -> float | None:
    if unit == floor["unit"]:
        return value
    if unit in TO_MS and floor["unit"] in TO_MS:
        return value * TO_MS[unit] / TO_MS[floor["unit"]]
    return None


def add_ratios(rows: list[dict[str, Any]]) -> None:
    """Give every figure with a floor its "floor" and "ratio" (value / floor value)."""
    floors = {r["floor_name"]: r for r in rows if r.get("floor_name")}
    for row in rows:
        if row.get("floor_name"):
            continue
        name = row["floor"] if "floor" in row else FLOOR_BY_UNIT.get(str(row.get("unit")))
        row["floor"] = name
        floor = floors.get(name) if name else None
        value = row.get("value")
        if floor is None or not isinstance(value, int | float) or not floor["value"]:
            row["ratio"] = None
            continue
        same = _in_floor_unit(float(value), str(row.get("unit")), floor)
        row["ratio"] = None if same is None else round(same / float(floor["value"]), 3)

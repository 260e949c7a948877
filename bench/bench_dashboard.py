"""The dashboard of a 100,000-record profile: how long after the window shows it is filled.

- dashboard filled: a new app process reopening on the dashboard (offscreen, its modules
  byte-compiled here); from the window shown to the cards filled (0 when they were filled before
  it showed: the start waits a moment for its first plain reads, and the dashboard is one, read
  from statements compiled ahead while the ORM loads); median of 5 starts; the note says
  whether the busy state ("Loading…", after 300 ms) was seen;
- dashboard query: `services.dashboard.dashboard` alone, in this process, median of 7 (warm).

Target: filled within 1 s of the window (issue 14, part 8).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RECORDS = int(os.environ.get("OFFICERDESK_BENCH_UI_RECORDS", "100000"))
ROOT = Path(__file__).resolve().parents[1]
STARTS = 5
ROUNDS = 7

DASHBOARD_START = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from officerdesk.ui import app as desk

def after_show(window):
    shown = time.perf_counter()
    board = window.show_view("dashboard")
    seen = []
    def filled():
        print("FILLED", (time.perf_counter() - shown) * 1000, "BUSY" if seen else "QUIET", flush=True)
        QApplication.instance().quit()
    def watch():
        if board.loading and board.heading.text() == board.tr("Loading…"):
            seen.append(True)
        if not board.loading and board.overdue.list.count():
            filled()  # the cards are filled (perhaps before the window showed: 0 ms after it)
        else:
            QTimer.singleShot(5, watch)
    QTimer.singleShot(0, watch)  # from the event loop, which quit() needs

sys.exit(desk.run(sys.argv[1], "en", after_show=after_show))
"""


def _filled_ms(profile: Path) -> tuple[float, bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", DASHBOARD_START, str(profile)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("FILLED "):
            _, ms, busy = line.split()
            return float(ms), busy == "BUSY"
    raise RuntimeError(f"the dashboard was not filled: {done.stderr.strip()[-300:]}")


def _query_ms(profile: Path) -> float:
    from officerdesk.core.services import dashboard
    from officerdesk.profiles import open_store

    store = open_store(profile, create=False)
    try:
        times = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            with store.session_factory.begin() as s:
                dashboard.dashboard(s)
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)
    finally:
        store.close()


def _row(name: str, value: float, target: float, note: str = "") -> dict[str, Any]:
    row: dict[str, Any] = {"name": name, "value": round(value, 1), "unit": "ms", "target": f"<= {target:g}",
                           "ok": value <= target}
    if note:
        row["note"] = note
    return row


def run(workdir: Path) -> list[dict[str, Any]]:
    from bench.profiles import copy_profile, seeded_profile

    profile = copy_profile(seeded_profile(RECORDS), Path(workdir) / "profile")
    (profile / "ui.ini").write_text("[window]\nview=dashboard\n", encoding="utf-8")
    backups = profile / "backups"  # today's automatic backup is done: starts measure the app
    backups.mkdir(exist_ok=True)
    (backups / "officerdesk-29991231T000000000000Z-auto.db").write_bytes(b"")
    compileall.compile_dir(ROOT / "officerdesk", quiet=1)
    _filled_ms(profile)  # warm the file cache
    runs = [_filled_ms(profile) for _ in range(STARTS)]
    filled = statistics.median(ms for ms, _busy in runs)
    busy = sum(1 for _ms, b in runs if b)
    return [
        _row(f"dashboard filled after the window shows ({RECORDS:,} records)", filled, 1000,
             f"median of {STARTS} starts (0: filled before the window showed); busy state seen in {busy} of {STARTS}"),
        _row(f"dashboard query alone ({RECORDS:,} records, warm)", _query_ms(profile), 500),
    ]


if __name__ == "__main__":  # python -m bench.bench_dashboard WORKDIR
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)), indent=2))

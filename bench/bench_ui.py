"""Desktop app figures on a 100,000-record profile, offscreen.

- startup: from process start to the main window shown with the meeting list's first rows,
  against a bare PySide6 window's start measured in the same run (each the median of 5 processes,
  started in turns so a change in the shared machine's load falls on both),
  with the CPU time each process used until then; the app's own modules are byte-compiled first,
  as an installed app's are (with PYTHONDONTWRITEBYTECODE set, as on the shared machine, every
  start compiled ~35 modules from source, ~40 ms of CPU no installed app or bundle spends; the
  bare window has no such modules, its libraries are compiled in site-packages);
- list open, sort and filter on the meeting list (count + first page through the op runner);
- search as you type: from the last keystroke to the results shown (the 150 ms debounce included);
- resident memory after visiting every view, in a process of its own that did nothing else (this
  one has run the other modules' seeding, imports and syncs, whose freed memory Python keeps).
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
ROUNDS = 5

APP_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from officerdesk.ui import app as desk

def after_show(window):
    page = window.show_view("meeting")
    def check():
        if page.list.model.rowCount() > 0:
            import time
            print("CPU", time.process_time(), flush=True)
            print("READY", flush=True)
            QApplication.instance().quit()
        else:
            QTimer.singleShot(5, check)
    QTimer.singleShot(0, check)  # from the event loop, as the bare window's READY (rows may be in already)

sys.exit(desk.run(sys.argv[1], "en", after_show=after_show))
"""

BARE_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


MEMORY = """
import sys
from bench.bench_ui import memory_in_fresh_process
print("RSS", memory_in_fresh_process(sys.argv[1]), flush=True)
"""


def memory_in_fresh_process(profile: str) -> float:
    """Open the profile as the app does, visit every view, return the resident memory in MB."""
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store
    from officerdesk.ui.app import application
    from officerdesk.ui.context import AppContext

    app = application()
    store = open_store(profile, create=False)
    with store.session_factory.begin() as s:
        ident = identity.current(s)
    ctx = AppContext(store, lang="en", identity=ident)
    try:
        return _memory_after_every_view(ctx, app)
    finally:
        ctx.close()


def _memory_subprocess(profile: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", MEMORY, str(profile)], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("RSS "):
            return float(line.split()[1])
    raise RuntimeError(f"the memory run failed: {done.stderr.strip()[-300:]}")


def _start_seconds(script: str, *args: str) -> tuple[float, float]:
    """Wall seconds from process start to READY, and the CPU seconds the process used until then
    (its own figure when it prints one, else all of it: the bare window exits at READY)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, text=True)
    assert proc.stdout is not None
    cpu: float | None = None
    for line in proc.stdout:
        if line.startswith("CPU "):
            cpu = float(line.split()[1])
        if line.strip() == "READY":
            elapsed = time.perf_counter() - started
            proc.stdout.read()  # to the end: the process quits
            _pid, _status, usage = os.wait4(proc.pid, 0)
            proc.returncode = 0
            return elapsed, cpu if cpu is not None else usage.ru_utime + usage.ru_stime
    proc.wait(timeout=60)
    raise RuntimeError(f"the app did not start (exit code {proc.returncode})")


def _starts_in_turn(profile: Path) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, CPU) medians of the bare window's and the app's starts, taken in turns."""
    bare, app = [], []
    for _ in range(STARTS):
        bare.append(_start_seconds(BARE_START))
        app.append(_start_seconds(APP_START, str(profile)))
    return _medians(bare), _medians(app)


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _wait(app: Any, done: Any, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("no answer from the op runner")
        time.sleep(0.0005)


def _timed(app: Any, model: Any, action: Any) -> float:
    """Milliseconds until the first rows are in the table (the count may still be running;
    it is waited for before the next action)."""
    shown: list[float] = []
    counted: list[bool] = []
    model.rows_shown.connect(lambda: shown.append(time.perf_counter()))
    model.loaded.connect(lambda: counted.append(True))
    started = time.perf_counter()
    action()
    _wait(app, lambda: bool(shown) and bool(counted))
    model.rows_shown.disconnect()
    model.loaded.disconnect()
    return (shown[0] - started) * 1000


def _lists(ctx: Any, app: Any) -> dict[str, float]:
    from officerdesk.core.services import records
    from officerdesk.ui.models.record_table import RecordTableModel

    model = RecordTableModel(ctx, "meeting")
    title = [c.key for c in model.columns].index("title")
    opened, sorted_, filtered = [], [], []
    for i in range(ROUNDS):
        model.set_filter(records.Filter())
        opened.append(_timed(app, model, model.reload))
        order = 1 if i % 2 else 0
        from PySide6.QtCore import Qt

        sorted_.append(_timed(app, model, lambda o=order: model.sort(title, Qt.SortOrder(o))))
        filtered.append(_timed(app, model, lambda: model.set_filter(records.Filter(text="협의"))))
    return {"open": statistics.median(opened), "sort": statistics.median(sorted_), "filter": statistics.median(filtered)}


def _search(ctx: Any, app: Any) -> float:
    from officerdesk.ui.views.search_everywhere import SearchEverywhere

    popup = SearchEverywhere(ctx)
    popup.show()
    times = []
    for word in ("patent", "특허 침해", "customs", "상표", "counterfeit"):
        got: list[int] = []
        popup.searched.connect(got.append)
        popup.query.clear()
        for i in range(1, len(word) + 1):  # typed one key at a time, 60 ms apart
            popup.query.setText(word[:i])
            end = time.perf_counter() + 0.06
            while time.perf_counter() < end:
                app.processEvents()
        started = time.perf_counter()
        _wait(app, lambda got=got: bool(got))
        times.append((time.perf_counter() - started) * 1000 + 60)  # the last key was 60 ms ago
        popup.searched.disconnect()
    popup.close()
    return statistics.median(times)


def _memory_after_every_view(ctx: Any, app: Any) -> float:
    from officerdesk.ui.main_window import MainWindow
    from officerdesk.ui.models.record_table import RecordTableModel
    from officerdesk.ui.navigation import SCREENS

    window = MainWindow(ctx)
    window.show()
    window.start()
    for screen in SCREENS:
        page = window.show_view(screen.key)
        model = getattr(getattr(page, "list", None), "model", None)
        if isinstance(model, RecordTableModel):
            _wait(app, lambda m=model: m.rowCount() > 0 or (m.total == 0 and not m._fetching))
        end = time.perf_counter() + 0.3
        while time.perf_counter() < end:
            app.processEvents()
    window.save_state = lambda: None  # type: ignore[method-assign]
    window.close()
    return _rss_mb()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _daily_backup_done(profile: Path) -> None:
    """Today's automatic backup exists, so starts measure the app, not a backup (done once a day)."""
    backups = profile / "backups"
    backups.mkdir(exist_ok=True)
    (backups / "officerdesk-29991231T000000000000Z-auto.db").write_bytes(b"")


def _row(name: str, value: float, unit: str, target: float, note: str = "") -> dict[str, Any]:
    row: dict[str, Any] = {"name": name, "value": round(value, 1), "unit": unit, "target": f"<= {target:g}",
                           "ok": value <= target}
    if note:
        row["note"] = note
    return row


def run(workdir: Path) -> list[dict[str, Any]]:
    from bench.profiles import copy_profile, seeded_profile

    profile = copy_profile(seeded_profile(RECORDS), Path(workdir) / "profile")
    # The officer last looked at meetings: the app reopens there (window state in the profile).
    (profile / "ui.ini").write_text("[window]\nview=meeting\n", encoding="utf-8")
    _daily_backup_done(profile)
    compileall.compile_dir(ROOT / "officerdesk", quiet=1)  # as installed (see the module's docstring)
    _start_seconds(BARE_START)  # warm the file cache for both
    _start_seconds(APP_START, str(profile))
    (bare, bare_cpu), (startup, startup_cpu) = _starts_in_turn(profile)
    cpu = f"CPU until shown: app {startup_cpu * 1000:.0f} ms, bare window {bare_cpu * 1000:.0f} ms"
    rows = [
        # the floor of the startup figure (bench/floors.py): a bare window's start in the same run
        {"name": "floor: bare PySide6 window start", "value": round(bare * 1000, 1), "unit": "ms",
         "target": "", "ok": True, "floor_name": "bare window"},
        {**_row(f"ui startup, {RECORDS:,} records, first rows shown", startup * 1000, "ms", 1500, cpu),
         "floor": "bare window"},
        _row("ui startup / bare PySide6 window", startup / bare, "x", 2.5, f"bare window {bare * 1000:.0f} ms; {cpu}"),
    ]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store
    from officerdesk.ui.app import application
    from officerdesk.ui.context import AppContext

    app = application()
    store = open_store(profile)
    with store.session_factory.begin() as s:
        ident = identity.current(s)
    ctx = AppContext(store, lang="en", identity=ident)
    try:
        lists = _lists(ctx, app)
        rows += [
            _row(f"list open ({RECORDS:,} records: first page shown)", lists["open"], "ms", 150),
            _row("list sort by title (database ORDER BY, first page shown)", lists["sort"], "ms", 300),
            _row("list filter by text (first page shown)", lists["filter"], "ms", 150),
            _row("search as you type (last key -> results, 150 ms debounce incl.)", _search(ctx, app), "ms", 300),
        ]
    finally:
        ctx.close()
    rows.append(_row("resident memory after visiting every view (a fresh process)", _memory_subprocess(profile), "MB", 300))
    return rows

"""One database lane: sync, demo seeding, an import, a backup and a restore started from the app
open every session, and write every row, on the op runner's database thread."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from officerdesk.core.services import identity, records

WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "REPLACE")


@pytest.fixture
def local_hq(tmp_path):  # type: ignore[no-untyped-def]
    from officerdesk.sync.local_hq import start_local_hq

    server = start_local_hq(tmp_path / "hq")
    yield server
    server.stop()


class Seen:
    """Which thread began each session and ran each writing statement, phase by phase."""

    def __init__(self) -> None:
        self.phase = "setup"  # the test's own set-up: not the app's work
        self.sessions: list[tuple[str, int]] = []
        self.writes: list[tuple[str, int, str]] = []

    def statement(self, _conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
        if verb in WRITES:
            self.writes.append((self.phase, threading.get_ident(), statement[:60]))

    def session(self, _session, _transaction, _connection) -> None:  # type: ignore[no-untyped-def]
        self.sessions.append((self.phase, threading.get_ident()))

    def off_lane(self, lane: int) -> list[tuple[str, int, str]]:
        app = [w for w in self.writes if w[0] != "setup"]
        return [w for w in app if w[1] != lane] + [(p, t, "session") for p, t in self.sessions
                                                   if p != "setup" and t != lane]

    def phases(self) -> set[str]:
        return {p for p, _t in self.sessions}


@pytest.fixture
def seen() -> Iterator[Seen]:
    watch = Seen()
    event.listen(Engine, "before_cursor_execute", watch.statement)
    event.listen(Session, "after_begin", watch.session)
    yield watch
    event.remove(Engine, "before_cursor_execute", watch.statement)
    event.remove(Session, "after_begin", watch.session)


def test_sync_seeding_import_backup_and_restore_run_on_the_lane(window, local_hq, seen, qtbot, tmp_path,
                                                               monkeypatch):
    from officerdesk.core.store import backup
    from officerdesk.sync.local_hq import enroll_demo
    from officerdesk.ui import demo
    from officerdesk.ui.operations import backup as backups
    from officerdesk.ui.operations.exchange import import_records

    ctx = window.ctx
    enroll_demo(ctx.profile_dir, local_hq)  # set-up, before anything is watched
    with ctx.store.session_factory.begin() as s:
        ctx.identity = identity.current(s)
    errors: list[str] = []
    ctx.errors.shown.connect(lambda _kind, text: errors.append(text))
    restored_on: list[int] = []
    real_restore = backup.restore
    monkeypatch.setattr(backup, "restore", lambda store, path: (restored_on.append(threading.get_ident()),
                                                                real_restore(store, path))[1])

    seen.phase = "edit"
    with qtbot.waitSignal(ctx.runner.job_finished, timeout=20000):
        ctx.runner.write(lambda s: records.create(s, "trend_note", post_id=ctx.post_id, values={"title": "RCEP"}))

    seen.phase = "sync"
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_action.isEnabled(), timeout=60000)
    assert "Sync complete" in window.status.currentMessage()

    seen.phase = "seed"
    seeded: list[bool] = []
    demo.seed_in_background(window, records=30, then=lambda: seeded.append(True))
    qtbot.waitUntil(lambda: bool(seeded), timeout=60000)

    seen.phase = "import"
    source = tmp_path / "notes.jsonl"
    source.write_text(json.dumps({"type": "trend_note", "title": "imported"}) + "\n", encoding="utf-8")
    imported: list[dict[str, int]] = []
    import_records(ctx=ctx, path=source, on_done=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=30000)
    assert imported[0]["trend_note"] == 1

    seen.phase = "backup"
    made: list[Path] = []
    backups.back_up(ctx=ctx, on_done=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=30000)

    seen.phase = "restore"
    saved: list[Path] = []
    backups.restore(ctx=ctx, path=made[0], on_done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=30000)

    assert errors == []
    lane = ctx.runner.lane_thread
    assert lane is not None and lane != threading.get_ident()
    assert restored_on == [lane]
    assert {"edit", "sync", "seed", "import"} <= seen.phases()  # the watch saw each of them work
    assert any(p == "sync" and "UPDATE" in text.upper() for p, _t, text in seen.writes)
    assert seen.off_lane(lane) == []

"""Sync now from the toolbar against a real HQ server on loopback."""

from __future__ import annotations

import pytest

from officerdesk.core.services import identity


@pytest.fixture
def local_hq(tmp_path):
    from officerdesk.sync.local_hq import start_local_hq

    server = start_local_hq(tmp_path / "hq")
    yield server
    server.stop()


def test_sync_now_sends_pending_changes_and_says_online(window, local_hq, qtbot):
    from officerdesk.sync.local_hq import enroll_demo

    ctx = window.ctx
    enroll_demo(ctx.profile_dir, local_hq)
    with ctx.store.session_factory.begin() as s:
        ctx.identity = identity.current(s)
    assert ctx.identity.enrolled
    errors: list[str] = []
    ctx.errors.shown.connect(lambda _kind, text: errors.append(text))
    window.sync_action.trigger()
    assert not window.sync_action.isEnabled()  # one sync at a time
    qtbot.waitUntil(lambda: window.sync_action.isEnabled(), timeout=60000)
    assert errors == []
    assert window.status.online.text() == "HQ: online"
    qtbot.waitUntil(lambda: window.status.pending.text().startswith("0 change"), timeout=10000)
    assert "Sync complete" in window.status.currentMessage()


def test_the_status_bar_says_when_briefs_were_held_back(window):
    from officerdesk.sync.engine import SyncReport
    from officerdesk.ui.sync_action import _done

    _done(window, SyncReport(pushed=3, briefs_held=2))
    message = window.status.currentMessage()
    assert message.startswith("Sync complete: 3 sent") and "2 brief(s) could not be sent to HQ" in message
    _done(window, SyncReport(pushed=1))
    assert "brief" not in window.status.currentMessage()

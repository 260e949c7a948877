"""Background sync against a real HQ on loopback: quiet when HQ is away, back on its own."""

from __future__ import annotations

from urllib.parse import urlparse

from officerdesk.core.services import identity, records


def test_background_sync_is_quiet_backs_off_and_recovers(window, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    from officerdesk.sync.local_hq import enroll_demo, start_local_hq
    from officerdesk.ui.auto_sync import AutoSync

    ctx = window.ctx
    window.auto_sync.timer.stop()  # the window's own scheduler waits 15 s; drive a quick one here
    hq = start_local_hq(tmp_path / "hq")
    port = urlparse(hq.url).port
    try:
        enroll_demo(ctx.profile_dir, hq)
        with ctx.store.session_factory.begin() as s:
            ctx.identity = identity.current(s)
            records.create(s, "trend_note", post_id=ctx.identity.post_id, values={"title": "EU 데이터법 시행"})
    finally:
        hq.stop()
    shown: list[str] = []
    ctx.errors.shown.connect(lambda _kind, text: shown.append(text))
    auto = AutoSync(window, interval_ms=600_000, retry_ms=300, first_ms=0)
    auto.start()

    qtbot.waitUntil(lambda: auto.failures >= 1, timeout=60_000)
    assert shown == [], "a background sync never opens a dialog"
    assert window.status.online.text() == "HQ: offline"
    assert window.sync_action.isEnabled()
    assert auto.timer.isActive() and auto.timer.remainingTime() <= 300 * 2 ** (auto.failures - 1)

    back = start_local_hq(tmp_path / "hq", port=port)  # HQ answers again at the same address
    try:
        qtbot.waitUntil(lambda: auto.failures == 0, timeout=90_000)
        assert window.status.online.text() == "HQ: online"
        qtbot.waitUntil(lambda: window.status.pending.text().startswith("0 change"), timeout=10_000)
        assert shown == []
        assert auto.timer.remainingTime() > 300_000, "after a good sync the next one waits the full interval"
    finally:
        auto.timer.stop()
        back.stop()


def test_not_enrolled_laptop_is_left_alone(window, qtbot):  # type: ignore[no-untyped-def]
    from officerdesk.ui.auto_sync import AutoSync

    shown: list[str] = []
    window.ctx.errors.shown.connect(lambda _kind, text: shown.append(text))
    auto = AutoSync(window, interval_ms=50_000, first_ms=0)
    auto.start()
    qtbot.waitUntil(lambda: auto.timer.remainingTime() > 10_000, timeout=5_000)
    assert shown == [] and window.status.online.text() == "HQ: not connected"
    auto.timer.stop()

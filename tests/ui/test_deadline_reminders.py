"""Deadline reminders on a moved clock: the in-app notice and the tray's count, snooze and the
Settings switch kept in settings.json; and the deadlines calendar written from the File menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from officerdesk.core.services import records
from officerdesk.ui.reminders import DeadlineReminders
from officerdesk.ui.settings import AppSettings

START = dt.datetime(2001, 3, 1, 8, 30)  # before any seeded date: only this test's records are due


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def desk(ctx, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from officerdesk.ui.main_window import MainWindow

    monkeypatch.setattr("officerdesk.ui.main_window.confirm_close", lambda _parent: True)
    with ctx.store.session_factory.begin() as s:
        records.create(s, "follow_up", post_id=ctx.post_id, values={"text": "자료 송부", "due": "2001-02-26"})
        records.create(s, "company_request", post_id=ctx.post_id, values={"title": "상표 무단선점", "due": "2001-03-02"})
        records.create(s, "follow_up", post_id=ctx.post_id, values={"text": "먼 일", "due": "2001-04-30"})
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _reminders(desk, clock: Clock, *, use_tray: bool = False) -> DeadlineReminders:  # type: ignore[no-untyped-def]
    reminders = DeadlineReminders(desk, clock=clock, first_ms=0, check_ms=40, use_tray=use_tray)
    reminders.start()
    return reminders


def test_a_notice_at_start_says_what_is_due_and_opens_the_dashboard(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    reminders = _reminders(desk, Clock())
    qtbot.waitUntil(lambda: reminders.notice is not None and reminders.notice.isVisible(), timeout=10000)
    text = reminders.notice.text.text()
    assert text.startswith("1 overdue, 1 due within three days")
    assert "자료 송부 (2001-02-26)" in text and "상표 무단선점 (2001-03-02)" in text and "먼 일" not in text
    reminders.notice.open_button.click()
    assert desk.current_key() == "dashboard" and reminders.notice is None
    reminders.stop()


def test_snooze_quiets_for_an_hour_and_is_kept_in_settings(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    reminders = _reminders(desk, clock)
    qtbot.waitUntil(lambda: reminders.notice is not None, timeout=10000)
    reminders.notice.snooze_button.click()
    assert reminders.notice is None
    saved = AppSettings.load(desk.ctx.store.paths)
    assert saved.snoozed_until == START + dt.timedelta(hours=1)
    clock.now = START + dt.timedelta(minutes=59)
    looks: list[int] = []
    desk.ctx.runner.job_finished.connect(lambda job, _ok: looks.append(job))
    qtbot.waitUntil(lambda: len(looks) >= 3, timeout=10000)  # several looks at the core: "not yet"
    assert reminders.notice is None and len(reminders.due) == 2
    clock.now = START + dt.timedelta(minutes=61)
    qtbot.waitUntil(lambda: reminders.notice is not None, timeout=10000)
    reminders.stop()
    # a new start (a fresh DeadlineReminders) reads the snooze back from the profile
    later = DeadlineReminders(desk, clock=Clock(), use_tray=False)
    assert later.state.snoozed_until == START + dt.timedelta(hours=1)


def test_the_settings_switch_turns_reminders_off_and_persists(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.ui.dialogs.settings import SettingsDialog

    clock = Clock()
    reminders = _reminders(desk, clock)
    qtbot.waitUntil(lambda: reminders.notice is not None, timeout=10000)
    dialog = SettingsDialog(desk.ctx, desk)
    qtbot.addWidget(dialog)
    assert dialog.reminders.isChecked()
    dialog.reminders.setChecked(False)
    dialog.accept()
    assert reminders.notice is None and not reminders.state.enabled
    assert AppSettings.load(desk.ctx.store.paths).reminders == "off"
    clock.now = START + dt.timedelta(days=1)  # a new day would remind again, were they on
    qtbot.wait(200)
    assert reminders.notice is None and reminders.tray is None
    reminders.stop()


def test_the_tray_icon_counts_what_is_due(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    reminders = _reminders(desk, Clock(), use_tray=True)
    qtbot.waitUntil(lambda: reminders.tray is not None, timeout=10000)
    assert reminders.tray.toolTip().startswith("1 overdue, 1 due within three days")
    assert not reminders.tray.icon().isNull()
    actions = [a.text() for a in reminders.tray.contextMenu().actions()]
    assert actions == ["Show deadlines", "Snooze for an hour", "Turn reminders off"]
    reminders.tray.contextMenu().actions()[2].trigger()
    assert reminders.tray.isVisible() is False and AppSettings.load(desk.ctx.store.paths).reminders == "off"
    reminders.stop()


def test_the_window_starts_its_reminders_and_stops_them_when_it_closes(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk.start()
    assert isinstance(desk.reminders, DeadlineReminders) and not desk.reminders.stopped
    desk.close()
    qtbot.waitUntil(lambda: desk.reminders.stopped, timeout=5000)


def test_deadlines_export_to_a_calendar_file(desk, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "deadlines"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Calendar (*.ics)"))
    desk.calendar_action.trigger()
    written = tmp_path / "deadlines.ics"
    qtbot.waitUntil(written.is_file, timeout=10000)
    text = written.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 3  # every open deadline, not only the due-soon ones
    qtbot.waitUntil(lambda: "3 deadlines written" in desk.status.currentMessage(), timeout=5000)
    icalendar = pytest.importorskip("icalendar")
    cal = icalendar.Calendar.from_ical(text)
    assert sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT")) == [
        dt.date(2001, 2, 26), dt.date(2001, 3, 2), dt.date(2001, 4, 30)]

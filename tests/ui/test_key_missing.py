"""The key-missing screen and Settings -> Security's recovery file, with real widgets."""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton

from officerdesk import recovery, secrets
from officerdesk.core.store.recovery_file import read
from officerdesk.profiles import open_store
from officerdesk.ui import app as desk
from officerdesk.ui.dialogs.key_missing import KeyMissingDialog

PASSPHRASE = "blue harbour lantern"
DEVICE = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"  # the device id hq.json names


def _locked(tmp_path: Path, *, enrolled: bool, hq_url: str = "http://127.0.0.1:9") -> tuple[Path, Path, str]:
    """A profile whose key the keyring lost, and its recovery file written before."""
    store = open_store(tmp_path / "profile")
    kept = recovery.export_file(store, tmp_path / "key.recovery", PASSPHRASE, n=1 << 10)
    root, profile_id = store.paths.root, store.profile_id
    store.close()
    if enrolled:
        (root / "hq.json").write_text(json.dumps({"hq_url": hq_url, "device_id": DEVICE}), encoding="utf-8")
    secrets.forget_database_key(profile_id)
    return root, kept, profile_id


def _digest(root: Path) -> str:
    return hashlib.sha256((root / "officerdesk.db").read_bytes()).hexdigest()


def test_the_screen_offers_only_what_exists_and_a_recovery_file_opens_the_profile(qtbot, tmp_path):
    root, kept, profile_id = _locked(tmp_path, enrolled=False)
    before = _digest(root)
    dialog = KeyMissingDialog(root, "en")
    qtbot.addWidget(dialog)
    assert dialog.escrow_box is None and dialog.findChild(QLineEdit, "recoveryCode") is None, "never enrolled: no HQ"
    assert dialog.findChild(QGroupBox, "recoverFromFile") is not None
    assert "What you lose" in dialog.findChild(QGroupBox, "startAgain").findChild(QLabel).text()
    dialog.file.setText(str(kept))
    dialog.passphrase.setText("a wrong passphrase")
    qtbot.mouseClick(dialog.findChild(QPushButton, "recoverWithFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase does not open" in dialog.problem.text(), timeout=20_000)
    assert secrets.database_key(profile_id) is None and _digest(root) == before
    dialog.passphrase.setText(PASSPHRASE)
    dialog.recover_with_file()
    qtbot.waitUntil(lambda: dialog.result() == KeyMissingDialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.result() == KeyMissingDialog.DialogCode.Accepted
    assert secrets.database_key(profile_id) is not None
    assert _digest(root) == before, "recovery never writes the database file"
    open_store(root).close()


def _idle(dialog: KeyMissingDialog) -> bool:
    return not dialog.waiting_for and dialog.findChild(QPushButton, "recoverWithCode").isEnabled()


def test_an_enrolled_laptop_is_offered_hq_and_an_unreachable_hq_changes_nothing(qtbot, tmp_path):
    root, _kept, profile_id = _locked(tmp_path, enrolled=True)
    before = _digest(root)
    dialog = KeyMissingDialog(root, "en")
    qtbot.addWidget(dialog)
    assert dialog.escrow_box is not None
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
    dialog.recover_with_code()  # nothing listens on port 9
    qtbot.waitUntil(lambda: _idle(dialog), timeout=30_000)
    assert dialog.problem.text().startswith("HQ cannot be reached: cannot connect to http://127.0.0.1:9")
    assert secrets.database_key(profile_id) is None and _digest(root) == before


class _SlowHQ(ThreadingHTTPServer):
    """A loopback HQ on a long embassy line: every answer comes after `delay` seconds, and a
    recovery is refused as HQ refuses an unknown code (401 `recovery_refused`)."""

    def __init__(self, delay: float) -> None:
        self.delay, self.asked = delay, 0
        super().__init__(("127.0.0.1", 0), _SlowHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _SlowHandler(BaseHTTPRequestHandler):
    server: _SlowHQ

    def do_POST(self) -> None:  # noqa: N802 (the standard library's name)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.asked += 1
        time.sleep(self.server.delay)
        body = json.dumps({"error": "recovery_refused", "detail": "the recovery code is unknown"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("WWW-Authenticate", "Bearer")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def slow_hq() -> Iterator[_SlowHQ]:
    server = _SlowHQ(delay=1.5)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_the_screen_stays_responsive_while_hq_is_slow_and_says_what_hq_refused(qtbot, tmp_path, slow_hq):
    root, _kept, profile_id = _locked(tmp_path, enrolled=True, hq_url=slow_hq.url)
    before = _digest(root)
    dialog = KeyMissingDialog(root, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[float] = []
    beat = QTimer(dialog)
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start(20)
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
    started = time.monotonic()
    qtbot.mouseClick(dialog.findChild(QPushButton, "recoverWithCode"), Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 0.5, "the click returns at once; HQ is asked off the UI thread"
    assert dialog.busy.isVisible() and dialog.cancel.isVisible() and "Asking HQ" in dialog.busy.text()
    assert not dialog.findChild(QPushButton, "recoverWithCode").isEnabled(), "one attempt at a time"
    dialog.code.setText("typed while waiting")  # the officer can still type
    assert dialog.code.text() == "typed while waiting"
    qtbot.waitUntil(lambda: _idle(dialog), timeout=20_000)
    waited = time.monotonic() - started
    assert waited >= 1.4 and slow_hq.asked == 1
    during = [t for t in ticks if started < t < started + waited]
    assert len(during) >= 0.5 * waited / 0.02 * 0.3, f"the event loop kept turning ({len(during)} beats)"
    assert max(b - a for a, b in itertools.pairwise(during)) < 0.5, "no long freeze"
    assert dialog.problem.text().startswith("HQ refused the recovery code: it is unknown, expired or already used")
    assert not dialog.busy.isVisible() and not dialog.cancel.isVisible()
    assert secrets.database_key(profile_id) is None and _digest(root) == before


def test_cancel_stops_waiting_at_once_and_the_late_refusal_is_not_shown(qtbot, tmp_path, slow_hq):
    root, _kept, profile_id = _locked(tmp_path, enrolled=True, hq_url=slow_hq.url)
    dialog = KeyMissingDialog(root, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
    qtbot.mouseClick(dialog.findChild(QPushButton, "recoverWithCode"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: slow_hq.asked == 1, timeout=10_000)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert _idle(dialog) and "Stopped waiting" in dialog.problem.text()
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(100)  # the late outcome's queued signal is delivered, and ignored
    assert "Stopped waiting" in dialog.problem.text() and dialog.result() != KeyMissingDialog.DialogCode.Accepted
    assert secrets.database_key(profile_id) is None


def test_the_app_shows_the_screen_instead_of_a_dead_end_and_opens_after(tmp_path, monkeypatch):
    root, _kept, profile_id = _locked(tmp_path, enrolled=False)
    fatal: list[str] = []
    monkeypatch.setattr(desk, "show_fatal", lambda message, lang="en": fatal.append(message))
    monkeypatch.setattr(desk, "recover_key", lambda paths, lang: False)
    assert desk.open_profile(desk.profile_paths(str(root)), "en") is None
    assert fatal == [], "the key-missing screen, not a message box"

    def recovered(paths, lang):  # the officer used the recovery file on the screen
        recovery.recover_with_file(paths.root, tmp_path / "key.recovery", PASSPHRASE)
        return True

    monkeypatch.setattr(desk, "recover_key", recovered)
    store = desk.open_profile(desk.profile_paths(str(root)), "en")
    assert store is not None and store.profile_id == profile_id
    store.close()


def test_settings_security_exports_a_recovery_file(ctx, qtbot, tmp_path):
    from officerdesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(ctx, section="security")
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Security"
    dialog.recovery_passphrase.setText(PASSPHRASE)
    dialog.recovery_again.setText(PASSPHRASE + "!")
    assert dialog.export_recovery_file(tmp_path / "a.recovery") is None
    assert "differ" in dialog.recovery_state.text() and not (tmp_path / "a.recovery").exists()
    dialog.recovery_again.setText(PASSPHRASE)
    assert dialog.export_recovery_file(tmp_path / "a.recovery") is not None
    qtbot.waitUntil(lambda: "written" in dialog.recovery_state.text(), timeout=20_000)
    assert read(tmp_path / "a.recovery", PASSPHRASE).key == ctx.store.key
    assert dialog.recovery_passphrase.text() == ""

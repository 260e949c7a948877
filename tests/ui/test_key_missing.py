"""The key-missing screen and Settings -> Security's recovery file, with real widgets."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton

from officerdesk import recovery, secrets
from officerdesk.core.store.recovery_file import read
from officerdesk.profiles import open_store
from officerdesk.ui import app as desk
from officerdesk.ui.dialogs.key_missing import KeyMissingDialog

PASSPHRASE = "blue harbour lantern"


def _locked(tmp_path: Path, *, enrolled: bool) -> tuple[Path, Path, str]:
    """A profile whose key the keyring lost, and its recovery file written before."""
    store = open_store(tmp_path / "profile")
    kept = recovery.export_file(store, tmp_path / "key.recovery", PASSPHRASE, n=1 << 10)
    root, profile_id = store.paths.root, store.profile_id
    store.close()
    if enrolled:
        (root / "hq.json").write_text(json.dumps({"hq_url": "http://127.0.0.1:9", "device_id": "d"}), encoding="utf-8")
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
    assert "passphrase does not open" in dialog.problem.text()
    assert secrets.database_key(profile_id) is None and _digest(root) == before
    dialog.passphrase.setText(PASSPHRASE)
    assert dialog.recover_with_file()
    assert dialog.result() == KeyMissingDialog.DialogCode.Accepted
    assert secrets.database_key(profile_id) is not None
    assert _digest(root) == before, "recovery never writes the database file"
    open_store(root).close()


def test_an_enrolled_laptop_is_offered_hq_and_a_refused_code_changes_nothing(qtbot, tmp_path):
    root, _kept, profile_id = _locked(tmp_path, enrolled=True)
    before = _digest(root)
    dialog = KeyMissingDialog(root, "en")
    qtbot.addWidget(dialog)
    assert dialog.escrow_box is not None
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE")
    assert not dialog.recover_with_code()  # nothing listens on port 9
    assert "HQ" in dialog.problem.text()
    assert secrets.database_key(profile_id) is None and _digest(root) == before


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

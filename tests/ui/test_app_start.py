"""Starting the app: a 20,000-record profile shows its first rows; a missing keyring is a dialog."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from officerdesk.ui import app as desk
from tests.ui.app_support import exec_until

BIG = 20_000


@pytest.fixture(scope="session")
def big_profile(tmp_path_factory) -> tuple[Path, dict]:
    """Seeded once per test session; its key is handed to each test's keyring."""
    from officerdesk.core.demo import seed as demo
    from officerdesk.core.services import identity
    from officerdesk.profiles import open_store
    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    session_keys = MemoryKeyring()
    keyring.set_keyring(session_keys)
    try:
        root = tmp_path_factory.mktemp("big") / "profile"
        store = open_store(root)
        with store.session_factory.begin() as s:
            identity.set_up(s, officer_name="김민수", post_code="WAS")
        with store.session_factory.begin() as s:
            demo.seed(s, post_code="WAS", records=BIG, seed=11)
        store.close()
    finally:
        keyring.set_keyring(previous)
    return root, dict(session_keys.store)


def test_big_profile_opens_with_first_rows(big_profile, memory_keyring, qtbot, monkeypatch):
    root, keys = big_profile
    memory_keyring.store.update(keys)
    seen: dict = {}

    def after_show(window):
        seen["window"] = window
        seen["page"] = window.show_view("contact")  # every live record: contacts have no narrower default view
        seen["collecting at start"] = gc.isenabled()

    def ready(s):
        model = s["page"].list.model
        if not s["window"].ctx.runner.orm_loaded:
            return False
        s["collecting once the ORM is loaded"] = gc.isenabled()
        return model.rowCount() > 0 and not model.counting

    monkeypatch.setattr(QApplication, "exec", exec_until(qtbot, ready, seen))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the app's own
    assert desk.run(str(root), "en", after_show=after_show) == 0
    window, model = seen["window"], seen["page"].list.model
    assert window.windowTitle().startswith("OfficerDesk")
    assert 0 < model.rowCount() <= 2000 < model.total  # a page, not the whole table
    assert model.total > BIG // 10
    # the garbage collector is paused while the app starts, and back on once the ORM is loaded
    assert seen["collecting at start"] is False and seen["collecting once the ORM is loaded"] is True
    assert gc.isenabled()


def test_missing_keyring_is_a_clear_dialog(tmp_path, monkeypatch):
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    shown: list[str] = []
    monkeypatch.setattr(desk, "show_fatal", lambda message, lang="en": shown.append(message))
    assert desk.run(str(tmp_path / "p"), "en") == 1
    assert len(shown) == 1 and "keyring" in shown[0] and "PYTHON_KEYRING_BACKEND" in shown[0]
    assert gc.isenabled()  # a start that stops early turns the garbage collector back on


def test_cancelled_first_run_quits_quietly(tmp_path, monkeypatch):
    from officerdesk.ui.dialogs.first_run import FirstRunDialog

    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: FirstRunDialog.DialogCode.Rejected)
    assert desk.run(str(tmp_path / "p"), "en") == 0

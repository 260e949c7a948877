"""The window's first rows come before the ORM: checked in a fresh process, as the app starts.

The start reads its first page on a plain connection (core/store/quick.py) and leaves SQLAlchemy, the
models, the services and the editors to the database thread and to after the first rows. An
import added at the top of a module on the start path would undo that silently; this fails then.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Nothing of these may be loaded when the first rows reach the list: of core's folders only store/
# (its plain-read path, quick.py) is on the start path.
NOT_BEFORE_FIRST_ROWS = (
    "sqlalchemy", "alembic", "officerdesk.core.models", "officerdesk.core.write", "officerdesk.core.services",
    "officerdesk.core.search", "officerdesk.core.demo",
    "officerdesk.ui.editors", "officerdesk.ui.drafts", "officerdesk.ui.dialogs", "officerdesk.sync",
    "officerdesk.briefs", "reportlab", "httpx", "pydantic", "cryptography", "PySide6.QtNetwork",
)

START = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from officerdesk.ui import app as desk

WATCHED = tuple(json.loads(sys.argv[2]))
seen = {}

def after_show(window):
    page = window.show_view("meeting")
    model, runner = page.list.model, window.ctx.runner

    def first_rows():
        if "rows" not in seen:
            seen["rows"] = model.rowCount()
            seen["loaded"] = sorted(m for m in sys.modules if any(m == w or m.startswith(w + ".") for w in WATCHED))
            seen["editor_then"] = page.built_editor is not None

    model.rows_shown.connect(first_rows)
    if model.rowCount() > 0:  # the start hands the first rows over before the window's first paint
        first_rows()

    def afterwards():  # the rest still comes: the ORM, then the editor
        if "rows" in seen and runner.orm_loaded and page.built_editor is not None:
            seen["editor"] = type(page.built_editor).__name__
            print("RESULT " + json.dumps(seen), flush=True)
            QApplication.instance().quit()
        else:
            QTimer.singleShot(20, afterwards)

    afterwards()

sys.exit(desk.run(sys.argv[1], "en", after_show=after_show))
"""


def test_first_rows_are_shown_before_the_orm_is_imported(tmp_path: Path, file_keyring_env: dict[str, str]) -> None:
    env = {**file_keyring_env, "PYTHONPATH": str(ROOT)}
    profile = tmp_path / "desk"
    seeded = subprocess.run([sys.executable, "-m", "officerdesk", "seed", "--profile", str(profile), "--records", "300"],
                            env=env, capture_output=True, text=True, timeout=300)
    assert seeded.returncode == 0, seeded.stderr
    (profile / "ui.ini").write_text("[window]\nview=meeting\n", encoding="utf-8")
    started = subprocess.run([sys.executable, "-c", START, str(profile), json.dumps(NOT_BEFORE_FIRST_ROWS)],
                             env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in started.stdout.splitlines() if line.startswith("RESULT ")]
    assert started.returncode == 0 and lines, started.stderr[-2000:]
    result = json.loads(lines[0][len("RESULT "):])
    assert result["rows"] > 0
    assert result["loaded"] == [], "imported before the first rows; import it where it is used instead"
    assert result["editor_then"] is False and result["editor"] == "MeetingEditor"

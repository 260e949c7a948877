"""The folder the officer last imported from or exported to, offered again next time (kept in
the profile's ui.ini, beside the window's layout)."""

from __future__ import annotations

from pathlib import Path

from officerdesk.ui.settings import window_state

KEY = "exchange/last_folder"


def last_folder(profile_dir: Path) -> str:
    value = window_state(profile_dir).value(KEY, "")
    folder = str(value or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(profile_dir: Path, path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    state = window_state(profile_dir)
    state.setValue(KEY, str(folder))
    state.sync()

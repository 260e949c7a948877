"""The app's own settings, kept in the profile folder (never the global registry).

`settings.json` holds what the officer chooses (language, HQ address); `ui.ini` (QSettings, ini
format) holds window geometry, splitters, column widths and the last view.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from officerdesk.paths import ProfilePaths


@dataclass(frozen=True)
class AppSettings:
    language: str = ""  # "" = not chosen yet (first run); "ko" | "en"
    hq_url: str = ""
    reminders: str = "on"  # deadline notifications: "on" | "off"
    reminders_snoozed_until: str = ""  # ISO local time, "" = not snoozed (kept across a restart)

    @classmethod
    def load(cls, paths: ProfilePaths) -> AppSettings:
        try:
            data = json.loads(paths.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, paths: ProfilePaths) -> None:
        paths.root.mkdir(parents=True, exist_ok=True)
        try:
            current = json.loads(paths.settings_file.read_text(encoding="utf-8"))
            if not isinstance(current, dict):
                current = {}
        except (OSError, ValueError):
            current = {}
        current.update(asdict(self))  # keep keys other parts of the app may have written
        tmp = paths.settings_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(current, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, paths.settings_file)

    def with_language(self, lang: str) -> AppSettings:
        return replace(self, language=lang)

    @property
    def reminders_on(self) -> bool:
        return self.reminders != "off"

    @property
    def snoozed_until(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.reminders_snoozed_until) if self.reminders_snoozed_until else None
        except ValueError:
            return None  # a hand-edited file: no snooze rather than no start

    def with_reminders(self, on: bool, snoozed_until: dt.datetime | None = None) -> AppSettings:
        until = snoozed_until.isoformat(timespec="seconds") if snoozed_until else ""
        return replace(self, reminders="on" if on else "off", reminders_snoozed_until=until)


def window_state(profile_dir: Path) -> QSettings:
    """Window geometry and layout, in an ini file inside the profile folder."""
    return QSettings(str(profile_dir / "ui.ini"), QSettings.Format.IniFormat)

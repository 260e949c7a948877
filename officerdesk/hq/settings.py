"""The HQ server's settings in one typed object; its secrets stay in HQ's settings file (settings_file.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from officerdesk import __version__
from officerdesk.hq.database import default_url
from officerdesk.hq.settings_file import settings_path


@dataclass(frozen=True)
class Settings:
    db_url: str = ""                      # empty: the SQLite file in the HQ data dir
    min_client_version: str = "0.1.0"
    enroll_code_ttl: dt.timedelta = dt.timedelta(hours=72)
    server_version: str = __version__
    settings_file: str = ""               # empty: $OFFICERDESK_HQ_SETTINGS, else hq-settings.toml in the data dir

    @property
    def database_url(self) -> str:
        return self.db_url or default_url()

    @property
    def settings_path(self) -> Path:
        """HQ's settings file (the audit key): see settings_file.py."""
        return settings_path(self.settings_file or None)

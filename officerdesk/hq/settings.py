"""The HQ server's settings in one typed object; its secrets stay in HQ's settings file (settings_file.py)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from officerdesk import __version__
from officerdesk.hq.database import default_url
from officerdesk.hq.refusals import BackoffRules
from officerdesk.hq.releases import releases_path
from officerdesk.hq.settings_file import settings_path
from officerdesk.hq.store import utcnow
from officerdesk.hq.uploads import DEFAULT_EXPIRY, DEFAULT_QUOTA, UploadRules

DB_ENV = "OFFICERDESK_HQ_DB"
# what `serve` may tune; `--workers N` processes read them back from OFFICERDESK_HQ_<NAME>
_TUNABLE = ("body_seconds", "free_failures", "upload_quota", "upload_expiry_hours")


@dataclass(frozen=True)
class Settings:
    db_url: str = ""                      # empty: the SQLite file in the HQ data dir
    enroll_code_ttl: dt.timedelta = dt.timedelta(hours=72)
    server_version: str = __version__
    # a request body must arrive within this (limits.BodyLimit): 8 MiB at ~140 KB/s, a poor
    # embassy link; a laptop's pushes and file chunks are far smaller
    body_seconds: float = 60.0
    backoff: BackoffRules = field(default_factory=BackoffRules)  # failed tokens and codes (refusals.py)
    # failures from one address or prefix before back-off starts (`serve --free-failures`)
    free_failures: int = BackoffRules.free
    # bytes one device may hold in unfinished uploads (`serve --upload-quota-mib`), and the hours
    # an unfinished upload may sit untouched before it is discarded (uploads.py)
    upload_quota: int = DEFAULT_QUOTA
    upload_expiry_hours: float = DEFAULT_EXPIRY.total_seconds() / 3600
    settings_file: str = ""               # empty: $OFFICERDESK_HQ_SETTINGS, else hq-settings.toml in the data dir
    # the minimum laptop version and the published installers (releases.py); read again when it changes
    releases_file: str = ""               # empty: $OFFICERDESK_HQ_RELEASES, else releases.json in the data dir

    @property
    def database_url(self) -> str:
        return self.db_url or default_url()

    @property
    def backoff_rules(self) -> BackoffRules:
        return replace(self.backoff, free=self.free_failures)

    def upload_rules(self, clock: Callable[[], dt.datetime] = utcnow) -> UploadRules:
        return UploadRules(self.upload_quota, dt.timedelta(hours=self.upload_expiry_hours), clock)

    @property
    def settings_path(self) -> Path:
        """HQ's settings file (the audit key): see settings_file.py."""
        return settings_path(self.settings_file or None)

    @property
    def releases_path(self) -> Path:
        return Path(self.releases_file).expanduser() if self.releases_file else releases_path()

    def to_env(self) -> dict[str, str]:
        return {DB_ENV: self.db_url, **{_env_name(n): repr(getattr(self, n)) for n in _TUNABLE}}

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> Settings:
        tuned = {name: type(getattr(cls, name))(env[_env_name(name)]) for name in _TUNABLE if env.get(_env_name(name))}
        return cls(db_url=env.get(DB_ENV, ""), **tuned)


def _env_name(field: str) -> str:
    return f"OFFICERDESK_HQ_{field.upper()}"

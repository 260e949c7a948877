"""The HQ server's settings in one typed object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from officerdesk import __version__
from officerdesk.hq.database import default_url


@dataclass(frozen=True)
class Settings:
    db_url: str = ""                      # empty: the SQLite file in the HQ data dir
    min_client_version: str = "0.1.0"
    enroll_code_ttl: dt.timedelta = dt.timedelta(hours=72)
    server_version: str = __version__

    @property
    def database_url(self) -> str:
        return self.db_url or default_url()

"""An Alembic config for a migrations folder, the laptop's or HQ's.

Apart from store/migrate (which opens SQLCipher profiles) so that HQ, which runs on PostgreSQL,
reaches none of the laptop's database code and installs without SQLCipher.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(location: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision(location: Path) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(location)).get_current_head()

"""Alembic, run from code: a profile is migrated on open, after a verified backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

if TYPE_CHECKING:
    from officerdesk.core.db import Store

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store, *, progress: Callable[[float, str], None] | None = None) -> bool:
    """Bring the schema to head; returns True when a migration ran."""
    current, head = current_revision(store), head_revision()
    if current == head:
        return False
    if current is not None:
        from officerdesk.core import backup

        if progress:
            progress(0.1, "Backing up before the upgrade")
        backup.make_backup(store, reason="pre-migration")
    if progress:
        progress(0.5, "Upgrading the database")
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    if progress:
        progress(1.0, "Database ready")
    return True

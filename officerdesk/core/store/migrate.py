"""Alembic, run from code: a profile is migrated on open, after a verified backup."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from officerdesk.core import alembic_setup

if TYPE_CHECKING:
    from alembic.config import Config

    from officerdesk.core.store.db import Store

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"  # beside store/, which HQ's migrations do not need
_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def alembic_config(location: Path = MIGRATIONS) -> Config:
    """The laptop's Alembic config by default."""
    return alembic_setup.alembic_config(location)


def head_revision(location: Path = MIGRATIONS) -> str | None:
    return alembic_setup.head_revision(location)


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _quick_head() -> str | None:
    """The head read from the version files' text, without importing alembic (~250 ms at every
    start); None when unsure (no sources, as in a bundle, or not one head), and alembic decides."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def _quick_current(store: Store) -> str | None:
    """The profile's revision on a plain connection (no SQLAlchemy, no Alembic)."""
    from officerdesk.core.store.db import schema_version

    conn = store.connect()
    try:
        return schema_version(conn)
    finally:
        conn.close()


_UNREAD = object()


def upgrade(store: Store, *, progress: Callable[[float, str], None] | None = None,
            current: str | object | None = _UNREAD) -> bool:
    """Bring the schema to head; returns True when a migration ran. `current` is the revision the
    caller already read (`db.schema_version`); read here when not given."""
    quick = _quick_head()
    if quick is not None and (_quick_current(store) if current is _UNREAD else current) == quick:
        return False
    from alembic import command

    current, head = current_revision(store), head_revision()
    if current == head:
        return False
    if current is not None:
        from officerdesk.core.store import backup

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

"""Alembic, run from code: the server brings its database to the newest schema on start."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from officerdesk.core import alembic_setup
from officerdesk.hq.audit import AUDIT_KEYS, append, seal_plain_rows
from officerdesk.hq.database import Database
from officerdesk.hq.settings_file import AuditKeys
from officerdesk.hq.stamp_repair import repair_on_upgrade

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hq_alembic_version"
_PG_LOCK = 0x0FF1CE5D  # one migrator at a time when several HQ processes start together


def alembic_config() -> Config:
    return alembic_setup.alembic_config(MIGRATIONS)


def head_revision() -> str | None:
    return alembic_setup.head_revision(MIGRATIONS)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
        return ctx.get_current_revision()


def upgrade(db: Database) -> bool:
    """Bring the schema to head; True when a migration ran."""
    if current_revision(db) == head_revision():
        return False
    cfg = alembic_config()
    with db.engine.begin() as conn:
        if db.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        cfg.attributes["connection"] = conn
        cfg.attributes["seal_audit"] = lambda bind: seal_plain_rows(bind, db.audit_keys)  # migration 0005
        cfg.attributes["repair_clocks"] = lambda bind: repair_on_upgrade(bind, db.audit_keys)  # migration 0007
        cfg.attributes["audit_row"] = lambda bind, **row: audit_on_upgrade(bind, db.audit_keys, **row)  # 0010
        command.upgrade(cfg, "head")
    return True


def audit_on_upgrade(conn: Connection, keys: AuditKeys, *, action: str, **detail: Any) -> None:
    """One audit row from a migration, in its transaction, signed with HQ's audit key."""
    with Session(bind=conn) as session:  # joins the migration's transaction; committing it is the migration's
        session.info[AUDIT_KEYS] = keys
        append(session, actor="hq:upgrade", action=action, **detail)
        session.commit()

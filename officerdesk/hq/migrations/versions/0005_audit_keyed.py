"""audit chain keyed: seal the rows hashed before HQ had an audit key

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 09:00:00

No schema change. Rows written so far carry plain SHA-256 hashes, which anyone who can write the
database could recompute. This appends one `audit_key` row signed (HMAC) with the key from HQ's
settings file: its hash covers the last plain hash and so every plain row before it. It runs once,
here, and never again: a chain that later ends in plain rows is refused, not re-sealed.
"""
from __future__ import annotations

from alembic import context

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # migrate.upgrade passes the sealing step: it needs the audit key, which the database never holds
    seal = context.config.attributes.get("seal_audit")
    if seal is None:
        raise RuntimeError("upgrading the HQ database to keyed audit hashes needs its audit key: "
                           "run `officerdesk-hq serve` or an `officerdesk-hq admin` command")
    seal(context.get_bind())


def downgrade() -> None:
    pass  # the seal row stays: the audit log is append-only

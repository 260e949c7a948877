"""recovery codes found by a lookup derived from the code, with the next token sealed in the box

Revision ID: 0010
Revises: 0009
Create Date: 2027-01-27 09:00:00

The laptop no longer sends the recovery code (docs/hq.md, "Key escrow"): it sends a lookup derived
from it, fetches the box, opens it itself and proves so with a spend secret from inside. So a code
row is keyed by its lookup's SHA-256 and holds the SHA-256s of the device's next token and of the
spend secret, which the administrator's command seals with the key when it issues the code.

Codes issued before cannot be carried over (HQ never had the code to derive their lookup, and their
boxes hold no token): the table is made anew and those codes are invalidated. When `serve` or an
`admin` command migrates, the number of unspent ones is audited (`recovery_codes_invalidated`) so
the administrator issues those devices new codes; the audit already holds their issue and use.
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import context, op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def _table(*key_and_hashes: sa.Column[str]) -> None:
    op.create_table(
        'hq_recovery_code',
        *key_and_hashes,
        sa.Column('device_id', sa.String(length=36), sa.ForeignKey('hq_device.id'), nullable=False),
        sa.Column('sealed', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.Column('used_at', sa.DateTime(), nullable=True),
    )
    op.create_index('ix_hq_recovery_code_device_id', 'hq_recovery_code', ['device_id'], unique=False)


def _drop() -> None:
    op.drop_index('ix_hq_recovery_code_device_id', table_name='hq_recovery_code')
    op.drop_table('hq_recovery_code')


def upgrade() -> None:
    bind = op.get_bind()
    unspent = bind.execute(sa.text(
        "SELECT COUNT(*) FROM hq_recovery_code WHERE used_at IS NULL AND sealed IS NOT NULL")).scalar_one()
    _drop()
    _table(sa.Column('lookup_hash', sa.String(length=64), primary_key=True),
           sa.Column('token_hash', sa.String(length=64), nullable=False),
           sa.Column('spend_hash', sa.String(length=64), nullable=False))
    if unspent:
        log.warning("%d unspent recovery codes were invalidated: issue those devices new codes", unspent)
        # migrate.upgrade passes the audit's key (the database never holds it); a bare alembic run only logs
        audit_row = context.config.attributes.get("audit_row")
        if audit_row is not None:
            audit_row(bind, action="recovery_codes_invalidated", unspent=unspent,
                      reason="recovery now sends a lookup derived from the code, never the code")


def downgrade() -> None:
    # the older HQ finds codes by the code's own SHA-256, which this one never had: codes issued
    # since the upgrade are lost as well (issue new ones)
    _drop()
    _table(sa.Column('code_hash', sa.String(length=64), primary_key=True))

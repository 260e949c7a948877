"""key escrow: hq_escrow (sealed database keys per device) and hq_recovery_code

Revision ID: 0008
Revises: 0007
Create Date: 2027-01-12 09:00:00

A laptop seals its database key to HQ's escrow public key and deposits it here; an
administrator issues one-time recovery codes for a device (docs/hq.md, "Key escrow").
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hq_escrow',
        sa.Column('device_id', sa.String(length=36), sa.ForeignKey('hq_device.id'), primary_key=True),
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('sealed', sa.Text(), nullable=False),
        sa.Column('stored_at', sa.DateTime(), nullable=False),
    )
    op.create_table(
        'hq_recovery_code',
        sa.Column('code_hash', sa.String(length=64), primary_key=True),
        sa.Column('device_id', sa.String(length=36), sa.ForeignKey('hq_device.id'), nullable=False),
        sa.Column('sealed', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.Column('used_at', sa.DateTime(), nullable=True),
    )
    op.create_index('ix_hq_recovery_code_device_id', 'hq_recovery_code', ['device_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_hq_recovery_code_device_id', table_name='hq_recovery_code')
    op.drop_table('hq_recovery_code')
    op.drop_table('hq_escrow')

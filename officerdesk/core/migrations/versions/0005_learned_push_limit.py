"""learned push limit: how many mutations HQ accepts in one push, as it advertised

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:00:00

HQ advertises its limits in `/v1/meta`; the laptop keeps the push limit it learned (`max_push`,
0 until learned: the protocol's 200) so every sync sends batches of HQ's size, not only the ones
that asked HQ for its meta.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('sync_state', sa.Column('max_push', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('sync_state') as batch:
        batch.drop_column('max_push')

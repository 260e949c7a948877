"""pull snapshot position: where an unfinished first pull by snapshot goes on from

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:00:00

A first pull (cursor 0) receives whole records in id order instead of one change per field
(docs/sync.md, "Snapshot"). Each page commits with the id it reached (`snapshot_after`) and the
change seq the snapshot started at (`snapshot_seq`), so a pull cut off mid-way goes on from the
next record instead of starting again.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('sync_state', sa.Column('snapshot_after', sa.String(length=64), nullable=False, server_default=''))
    op.add_column('sync_state', sa.Column('snapshot_seq', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('sync_state') as batch:
        batch.drop_column('snapshot_seq')
        batch.drop_column('snapshot_after')

"""brief dispatch: why a queued brief has not reached HQ, when to try again; HQ's file limit

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 10:00:00

A brief's PDF now goes to HQ in chunks like an attachment. A brief HQ refuses (too large, not a
PDF...) or that cannot be read here keeps its reason and a time for the next try (`brief_dispatch`),
so it is retried with a growing pause and never holds up the records. The laptop also keeps the
largest file HQ advertised (`max_blob_bytes`, 0 until learned) so it does not send one HQ refuses.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('sync_state', sa.Column('max_blob_bytes', sa.Integer(), nullable=False, server_default='0'))
    op.create_table(
        'brief_dispatch',
        sa.Column('brief_id', sa.String(length=36), nullable=False),
        sa.Column('problem', sa.Text(), nullable=False),
        sa.Column('refusals', sa.Integer(), nullable=False),
        sa.Column('retry_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('brief_id'),
    )
    op.create_index('ix_brief_dispatch_retry_at', 'brief_dispatch', ['retry_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_brief_dispatch_retry_at', table_name='brief_dispatch')
    op.drop_table('brief_dispatch')
    with op.batch_alter_table('sync_state') as batch:
        batch.drop_column('max_blob_bytes')

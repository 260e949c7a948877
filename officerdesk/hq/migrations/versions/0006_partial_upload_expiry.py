"""partial uploads expire and count against their device's quota: hq_blob.touched_at and indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 09:00:00

An incomplete upload used to stay forever. Housekeeping now discards one untouched for a day
(uploads.py), so each upload records when its last chunk arrived; the uploads already here count
from when they started. Two indexes serve the per-device quota sum and the expiry sweep.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

blob = sa.table("hq_blob", sa.column("created_at", sa.DateTime), sa.column("touched_at", sa.DateTime))


def upgrade() -> None:
    with op.batch_alter_table('hq_blob', schema=None) as batch_op:
        batch_op.add_column(sa.Column('touched_at', sa.DateTime(), nullable=True))
    op.get_bind().execute(blob.update().values(touched_at=blob.c.created_at))
    with op.batch_alter_table('hq_blob', schema=None) as batch_op:
        batch_op.alter_column('touched_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index('ix_hq_blob_device_partial', ['device_id', 'complete'], unique=False)
        batch_op.create_index('ix_hq_blob_partial_touched', ['complete', 'touched_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hq_blob', schema=None) as batch_op:
        batch_op.drop_index('ix_hq_blob_partial_touched')
        batch_op.drop_index('ix_hq_blob_device_partial')
        batch_op.drop_column('touched_at')

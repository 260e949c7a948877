"""handover_seen: which items of the 'Handed over to you' card an officer has looked at

Revision ID: 0009
Revises: 0008
Create Date: 2027-01-20 09:00:00

Local to this laptop (never synced); see core/services/handed_over.py.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'handover_seen',
        sa.Column('officer_id', sa.String(length=36), primary_key=True),
        sa.Column('record_id', sa.String(length=36), primary_key=True),
        sa.Column('hlc', sa.String(length=17), primary_key=True),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('handover_seen')

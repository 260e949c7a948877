"""handover: hq_officer.leaves_on, the day a departing officer's devices stop working

Revision ID: 0009
Revises: 0008
Create Date: 2027-01-20 09:00:00

A handover (docs/hq.md, "Handover") reassigns the departing officer's open work at once and names
the day their devices are revoked; HQ checks the day on each request.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hq_officer') as batch:
        batch.add_column(sa.Column('leaves_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('hq_officer') as batch:
        batch.drop_column('leaves_on')

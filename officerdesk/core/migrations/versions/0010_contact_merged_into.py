"""contact.merged_into: a merged contact's tombstone names the contact that absorbed it

Revision ID: 0010
Revises: 0009
Create Date: 2027-02-03 09:00:00

A merge of two contacts (one person written in two scripts) tombstones one of them; `merged_into`
names the survivor, and syncs like any field, so every laptop and HQ re-point their links to the
merged contact the same way (docs/sync.md, "Merged contacts").
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact') as batch:
        batch.add_column(sa.Column('merged_into', sa.String(length=36), nullable=False, server_default=''))
        batch.create_index('ix_contact_merged_into', ['merged_into'])


def downgrade() -> None:
    with op.batch_alter_table('contact') as batch:
        batch.drop_index('ix_contact_merged_into')
        batch.drop_column('merged_into')

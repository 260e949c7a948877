"""document numbers at HQ: hq_brief.doc_number, unique within a post when given

Revision ID: 0011
Revises: 0010
Create Date: 2027-01-20 09:00:00

A finalised brief's number (WAS-2026-K7QD-0042) is filed with it, and HQ refuses a number that
another brief of the same post already holds. Briefs filed before carry no number ("") and are
not counted by the unique index.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hq_brief', schema=None) as batch_op:
        batch_op.add_column(sa.Column('doc_number', sa.String(length=40), nullable=False, server_default=''))
        batch_op.create_index('uq_hq_brief_doc_number', ['post_id', 'doc_number'], unique=True,
                              sqlite_where=sa.text("doc_number <> ''"), postgresql_where=sa.text("doc_number <> ''"))


def downgrade() -> None:
    with op.batch_alter_table('hq_brief', schema=None) as batch_op:
        batch_op.drop_index('uq_hq_brief_doc_number')
        batch_op.drop_column('doc_number')

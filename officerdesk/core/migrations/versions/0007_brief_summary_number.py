"""brief summary and document number: page 1 as the officer edited it, and the number it was issued under

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 10:00:00

A brief now opens with a summary (개요 / 주요 내용 / 조치 사항·향후 계획 / 건의) the officer edits
before saving; the edited text is kept with the brief record and syncs like any field. A finalised
brief carries a document number unique within its post ("WAS-2026-K7QD-0042"): the year's series
of the laptop that finalised it, so two laptops of one post never give the same number.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('brief') as batch:
        batch.add_column(sa.Column('summary', sa.Text(), nullable=False, server_default=''))
        batch.add_column(sa.Column('doc_number', sa.String(length=40), nullable=False, server_default=''))
        batch.create_index('ix_brief_doc_number', ['doc_number'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('brief') as batch:
        batch.drop_index('ix_brief_doc_number')
        batch.drop_column('doc_number')
        batch.drop_column('summary')

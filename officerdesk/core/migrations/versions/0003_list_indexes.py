"""list indexes: (deleted, column) for the columns lists sort by

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:30:00

A list shows live records (WHERE deleted = 0) sorted by its default column
(`services.records.DEFAULT_ORDER`) or its title (`TITLE_FIELD`), then id. SQLite answered it from
the `deleted` index and sorted every live row before the first page: about 0.5 s for a title sort
on 30,000 meetings. A single-column index on the title is not chosen (without statistics the
planner prefers the `deleted = ?` equality); one on (deleted, column) serves both the WHERE and
the ORDER BY, so SQLite walks it in order and stops after the page. Declared with `sorted_by` in
models.py.
"""
from __future__ import annotations

from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

INDEXES = [
    ('organization', 'name'),
    ('contact', 'name'),
    ('company', 'name_ko'),
    ('company_request', 'title'),
    ('company_request', 'received'),
    ('meeting', 'title'),
    ('meeting', 'starts_at'),
    ('follow_up', 'text'),
    ('follow_up', 'due'),
    ('trend_note', 'title'),
    ('trend_note', 'date'),
]


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f'ix_{table}_deleted_{column}', table, ['deleted', column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f'ix_{table}_deleted_{column}', table_name=table)

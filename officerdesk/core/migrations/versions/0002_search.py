"""full-text search: the FTS5 index and its record map

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:00:00

A contentless FTS5 table (the text lives only in the record tables) whose rows can be deleted
(`contentless_delete`, SQLite 3.43+), and `search_doc` mapping its rowids to records.
Columns: title/body hold words (Latin, digits, whole Hangul words), gtitle/gbody the two-character
grams of Hangul words and CJK runs, kind one token per record type for the type filter.
Tokenization and why: officerdesk/core/search/text.py and docs/search.md. Existing records are
indexed here, so a profile made before this revision is searchable after the upgrade.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'search_doc',
        sa.Column('docid', sa.Integer(), nullable=False),
        sa.Column('record_type', sa.String(length=32), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('docid'),
        sa.UniqueConstraint('record_id'),
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "title, body, gtitle, gbody, kind, "
        "content='', contentless_delete=1, "
        "tokenize='porter unicode61 remove_diacritics 2', prefix='2')"
    )
    from sqlalchemy.orm import Session

    from officerdesk.core.search import index as search

    with Session(bind=op.get_bind()) as session:
        # only the record tables this revision has: a kind added later makes its table in its own
        # migration, after this one, and its records are indexed as they are written
        present = set(sa.inspect(session.connection()).get_table_names())
        search.rebuild(session, types=[t for t in search.SHAPES if t in present])


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table('search_doc')

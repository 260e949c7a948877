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

from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import op

if TYPE_CHECKING:
    from officerdesk.core.search import index as search


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
        shapes = frozen_shapes()
        search.rebuild(session, types=[t for t in shapes if t in present], shapes=shapes)


# The fields this revision indexes, frozen: today's kinds.py may search columns that later
# migrations add (a contact's department, 0008), which a profile at this revision does not have yet.
# A later migration that searches more fields re-indexes its type itself (0011 for contacts).
TITLE_BODY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "meeting": (("title",), ("agenda", "notes", "decisions", "location", "tags")),
    "company_request": (("title",), ("details", "outcome", "link", "tags")),
    "contact": (("name", "name_alt"), ("position", "link", "email", "notes")),
    "organization": (("name", "name_en", "name_ko"), ("country", "website", "notes")),
    "company": (("name_ko", "name_en"), ("sector", "local_subsidiary", "business_number", "notes")),
    "follow_up": (("text",), ("owner",)),
    "trend_note": (("title",), ("topic", "summary", "implications", "source", "country", "tags")),
}
# record type -> (its column naming the linked record, the linked type, the names indexed with it)
LINKS = {
    "company_request": ("company_id", "company", ("name_ko", "name_en")),
    "contact": ("organization_id", "organization", ("name", "name_en", "name_ko")),
}


def frozen_shapes() -> dict[str, search.Shape]:
    from officerdesk.core.models import RECORD_TYPES
    from officerdesk.core.search import index as search

    def link(record_type: str) -> search.Link | None:
        if record_type not in LINKS:
            return None
        column, linked, names = LINKS[record_type]
        return search.Link(column, RECORD_TYPES[linked], names)

    return {t: search.Shape(RECORD_TYPES[t], title, body, link(t)) for t, (title, body) in TITLE_BODY.items()}


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table('search_doc')

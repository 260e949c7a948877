"""search finds a contact by its other e-mail addresses, its department and its address

Revision ID: 0011
Revises: 0010
Create Date: 2027-02-10 09:00:00

Contacts gained `emails`, `department` and `address` (0008) without entering the search index, so
an officer could not find a counterpart by a second address or by 특허심사국. Today's fields are
indexed as records are written; this revision indexes the contacts already in the profile again
with them. The fields are frozen here (not read from kinds.py), so a later change to what a
contact's search covers brings its own migration instead of changing what this one did.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TITLE = ("name", "name_alt")
BODY = ("position", "department", "link", "email", "emails", "address", "notes")
BODY_BEFORE = ("position", "link", "email", "notes")
ORGANIZATION_NAMES = ("name", "name_en", "name_ko")


def _reindex_contacts(body: tuple[str, ...]) -> None:
    from officerdesk.core.models import RECORD_TYPES
    from officerdesk.core.search import index as search

    link = search.Link("organization_id", RECORD_TYPES["organization"], ORGANIZATION_NAMES)
    shape = search.Shape(RECORD_TYPES["contact"], TITLE, body, link)
    with Session(bind=op.get_bind()) as session:
        if "search_fts" in sa.inspect(session.connection()).get_table_names():
            search.reindex_type(session, "contact", shape=shape)


def upgrade() -> None:
    _reindex_contacts(BODY)


def downgrade() -> None:
    # the index as the build before this revision kept it: the new fields' words leave it
    _reindex_contacts(BODY_BEFORE)

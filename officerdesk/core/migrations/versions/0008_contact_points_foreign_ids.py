"""contacts keep every address book field; meetings know whole days; both keep foreign ids

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:00:00

Imported address books carry more than one e-mail address, a department, a postal address, a
birthday and a web page; a contact now keeps them (`emails` holds the addresses beyond the main
`email`). Calendars mark whole-day events, which a meeting now keeps as `all_day` instead of
turning them into 24-hour blocks. `foreign_uids` keeps the UIDs other programs gave a contact or an
event, so importing the same file again updates the record instead of copying it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

CONTACT = [
    sa.Column('emails', sa.JSON(), nullable=False, server_default='[]'),
    sa.Column('department', sa.String(length=300), nullable=False, server_default=''),
    sa.Column('address', sa.String(length=1000), nullable=False, server_default=''),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('url', sa.String(length=500), nullable=False, server_default=''),
    sa.Column('foreign_uids', sa.JSON(), nullable=False, server_default='[]'),
]
MEETING = [
    sa.Column('all_day', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column('foreign_uids', sa.JSON(), nullable=False, server_default='[]'),
]


def upgrade() -> None:
    with op.batch_alter_table('contact') as batch:
        for column in CONTACT:
            batch.add_column(column)
        batch.alter_column('phones', type_=sa.String(length=1000), existing_type=sa.String(length=300))
    with op.batch_alter_table('meeting') as batch:
        for column in MEETING:
            batch.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table('meeting') as batch:
        for column in MEETING:
            batch.drop_column(column.name)
    with op.batch_alter_table('contact') as batch:
        batch.alter_column('phones', type_=sa.String(length=300), existing_type=sa.String(length=1000))
        for column in CONTACT:
            batch.drop_column(column.name)

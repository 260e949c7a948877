"""brief PDFs are blobs: a brief's bytes live in the post's hq_blob chunks, not in hq_brief.pdf

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 10:00:00

A brief's PDF used to arrive base64-encoded inside one request, so a brief above the body limit
could never reach HQ. It now travels like any file (resumable, in chunks) and is stored as the
post's blob of that SHA-256; the briefs already received move there, chunk by chunk, one brief
at a time (a PDF may be tens of megabytes).
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

CHUNK = 1 << 20
brief = sa.table("hq_brief", sa.column("post_id", sa.String), sa.column("sha256", sa.String),
                 sa.column("device_id", sa.String), sa.column("pdf", sa.LargeBinary))
blob = sa.table("hq_blob", sa.column("post_id", sa.String), sa.column("sha256", sa.String),
                sa.column("size", sa.BigInteger), sa.column("received", sa.BigInteger),
                sa.column("complete", sa.Boolean), sa.column("device_id", sa.String),
                sa.column("created_at", sa.DateTime))
chunk = sa.table("hq_blob_chunk", sa.column("post_id", sa.String), sa.column("sha256", sa.String),
                 sa.column("offset", sa.BigInteger), sa.column("data", sa.LargeBinary))


def _of(table: sa.TableClause, post_id: str, sha: str) -> sa.ColumnElement[bool]:
    return sa.and_(table.c.post_id == post_id, table.c.sha256 == sha)


def upgrade() -> None:
    conn = op.get_bind()
    for post_id, sha, device_id in conn.execute(sa.select(brief.c.post_id, brief.c.sha256, brief.c.device_id)).all():
        if conn.execute(sa.select(blob.c.complete).where(_of(blob, post_id, sha))).scalar():
            continue  # the post uploaded the same bytes as a file: the brief shares them
        pdf = conn.execute(sa.select(brief.c.pdf).where(_of(brief, post_id, sha))).scalar_one()
        conn.execute(chunk.delete().where(_of(chunk, post_id, sha)))  # a half-uploaded copy
        conn.execute(blob.delete().where(_of(blob, post_id, sha)))
        conn.execute(blob.insert().values(post_id=post_id, sha256=sha, size=len(pdf), received=len(pdf),
                                          complete=True, device_id=device_id,
                                          created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        for offset in range(0, len(pdf), CHUNK):
            conn.execute(chunk.insert().values(post_id=post_id, sha256=sha, offset=offset, data=pdf[offset:offset + CHUNK]))
    with op.batch_alter_table('hq_brief', schema=None) as batch_op:
        batch_op.drop_column('pdf')


def downgrade() -> None:
    with op.batch_alter_table('hq_brief', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pdf', sa.LargeBinary(), nullable=False, server_default=sa.text("''")))
    conn = op.get_bind()
    for post_id, sha in conn.execute(sa.select(brief.c.post_id, brief.c.sha256)).all():
        parts = conn.execute(sa.select(chunk.c.data).where(_of(chunk, post_id, sha)).order_by(chunk.c.offset)).scalars()
        conn.execute(brief.update().where(_of(brief, post_id, sha)).values(pdf=b"".join(parts)))

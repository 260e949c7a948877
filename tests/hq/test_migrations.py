"""The HQ schema comes from Alembic migrations, and they match the models exactly."""

from __future__ import annotations

import datetime as dt
import hashlib

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from officerdesk.hq import blobs, migrate
from officerdesk.hq.database import Database, meta_row
from officerdesk.hq.store import Blob, BlobChunk, HQBase


def test_migrations_build_the_models_schema(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
        assert migrate.upgrade(db) is False  # a second start migrates nothing
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table": migrate.VERSION_TABLE})
            assert compare_metadata(ctx, HQBase.metadata) == []
        with db.read() as s:
            meta = meta_row(s)
            assert len(meta.epoch) == 16 and meta.next_seq >= 1
    finally:
        db.dispose()


def _to(db: Database, revision: str, *, down: bool) -> None:
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_briefs_received_whole_move_into_blob_chunks(db_url: str) -> None:
    """0004: a brief's PDF kept in hq_brief.pdf becomes the post's blob, chunk by chunk, and back."""
    db = Database(db_url)
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 9000  # a little over two 1 MiB chunks
    sha = hashlib.sha256(pdf).hexdigest()
    brief = sa.table("hq_brief", *(sa.column(c) for c in (
        "post_id", "sha256", "brief_id", "kind", "title", "period", "language", "classification",
        "device_id", "officer_id", "size", "received_at", "pdf")))
    try:
        migrate.upgrade(db)
        _to(db, "0003", down=True)
        with db.engine.begin() as conn:
            conn.execute(brief.insert().values(
                post_id="p", sha256=sha, brief_id="b", kind="case", title="", period="", language="ko",
                classification="internal", device_id="d", officer_id="o", size=len(pdf),
                received_at=dt.datetime(2026, 11, 1), pdf=pdf))
        _to(db, "0004", down=False)
        with db.read() as s:  # columns, not the model: later migrations add to hq_blob
            blob = s.execute(select(Blob.complete, Blob.size, Blob.received).where(Blob.sha256 == sha)).one()
            assert blob.complete and blob.size == blob.received == len(pdf)
            offsets = s.scalars(select(BlobChunk.offset).where(BlobChunk.sha256 == sha).order_by(BlobChunk.offset)).all()
            assert offsets == [0, 1 << 20, 2 << 20]
        assert b"".join(blobs.stream(db, "p", sha, 0, len(pdf) - 1)) == pdf
        _to(db, "0003", down=True)  # and back: the PDF is whole in hq_brief again
        with db.engine.connect() as conn:
            assert conn.execute(sa.select(brief.c.pdf)).scalar_one() == pdf
        migrate.upgrade(db)  # with the audit key, as serve and admin upgrade
    finally:
        with db.engine.begin() as conn:  # the PostgreSQL database is shared by the module's tests
            for table in ("hq_brief", "hq_blob_chunk", "hq_blob"):
                conn.execute(sa.text(f"DELETE FROM {table}"))
        db.dispose()


def test_uploads_already_here_count_from_their_start_and_the_column_goes_back(db_url: str) -> None:
    """0006: hq_blob.touched_at, filled from created_at, so an old partial upload expires on time."""
    db = Database(db_url)
    blob = sa.table("hq_blob", *(sa.column(c) for c in (
        "post_id", "sha256", "size", "received", "complete", "device_id", "created_at")))
    started = dt.datetime(2026, 11, 1, 8, 30)
    try:
        migrate.upgrade(db)
        _to(db, "0005", down=True)
        with db.engine.begin() as conn:
            assert "touched_at" not in {c["name"] for c in sa.inspect(conn).get_columns("hq_blob")}
            conn.execute(blob.insert().values(post_id="p", sha256="a" * 64, size=10, received=4, complete=False,
                                              device_id="d", created_at=started))
        _to(db, "0006", down=False)
        with db.read() as s:
            assert s.execute(select(Blob.touched_at, Blob.received)).one() == (started, 4)
        _to(db, "0005", down=True)
        with db.engine.connect() as conn:
            assert "touched_at" not in {c["name"] for c in sa.inspect(conn).get_columns("hq_blob")}
            assert conn.execute(sa.select(blob.c.received)).scalar_one() == 4
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        with db.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM hq_blob"))
        db.dispose()


def test_recovery_codes_issued_before_the_lookup_are_invalidated_and_the_count_audited(db_url: str) -> None:
    """0010: hq_recovery_code made anew, keyed by a lookup's hash with the next token's and the spend
    secret's; an unspent code of the old kind is counted in the audit, and the table goes back."""
    from officerdesk.hq.store import AuditEntry, Device, Officer, Post, RecoveryCode

    db = Database(db_url)
    old = sa.table("hq_recovery_code", *(sa.column(c) for c in (
        "code_hash", "device_id", "sealed", "created_at", "expires_at", "used_at")))
    made = dt.datetime(2027, 1, 20, 9)
    try:
        migrate.upgrade(db)
        with db.write() as s:
            s.add(Post(id="p", code="WAS"))
            s.flush()
            s.add(Officer(id="o", post_id="p", name="김민수"))
            s.flush()
            s.add(Device(id="d", token_hash="t" * 64, officer_id="o", post_id="p"))
        _to(db, "0009", down=True)
        with db.engine.begin() as conn:
            conn.execute(old.insert(), [
                {"code_hash": "a" * 64, "device_id": "d", "sealed": "box", "created_at": made,
                 "expires_at": made + dt.timedelta(hours=24), "used_at": None},
                {"code_hash": "b" * 64, "device_id": "d", "sealed": None, "created_at": made,
                 "expires_at": made + dt.timedelta(hours=24), "used_at": made}])
        assert migrate.upgrade(db)  # as serve and admin upgrade: with the audit key
        with db.read() as s:
            assert s.scalar(select(sa.func.count()).select_from(RecoveryCode)) == 0
            noted = s.scalars(select(AuditEntry).where(AuditEntry.action == "recovery_codes_invalidated")).one()
            assert noted.actor == "hq:upgrade" and noted.detail["unspent"] == 1
        with db.engine.connect() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("hq_recovery_code")}
        assert {"lookup_hash", "token_hash", "spend_hash"} <= columns and "code_hash" not in columns
        _to(db, "0009", down=True)
        with db.engine.connect() as conn:
            columns = {c["name"] for c in sa.inspect(conn).get_columns("hq_recovery_code")}
        assert "code_hash" in columns and "lookup_hash" not in columns
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
    finally:
        db.dispose()

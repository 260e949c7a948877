"""The HQ schema comes from Alembic migrations, and they match the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from officerdesk.hq import migrate
from officerdesk.hq.database import Database, meta_row
from officerdesk.hq.store import HQBase


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

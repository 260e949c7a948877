from __future__ import annotations

from alembic import context

from officerdesk.hq.store import HQBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=HQBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="hq_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()

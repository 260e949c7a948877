from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from alembic import context

from officerdesk.core.models import Base


def include_name(name: str | None, type_: Any, _parents: MutableMapping[Any, str | None]) -> bool:
    # The search index (search_doc, the FTS5 table and its shadow tables) is made by hand in
    # 0002_search and is not in the models: autogenerate must not offer to drop it.
    return not (type_ == "table" and name is not None and name.startswith("search_"))


connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=include_name)
with context.begin_transaction():
    context.run_migrations()

"""Opening a profile with its database key from the OS keyring.

The one place where core's store meets officerdesk.secrets: core.db takes the keys as an argument
and never imports the keyring (ARCHITECTURE.md, "What may import what"), so the programs that
open a profile (the app, the command line, the demo's local HQ) come through here.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from officerdesk import secrets
from officerdesk.core.store import db


def open_store(
    root: str | os.PathLike[str] | None,
    *,
    create: bool = True,
    migrate: bool = True,
    progress: Callable[[float, str], None] | None = None,
) -> db.Store:
    """Open (or, with create, make) a profile whose key the OS keyring holds."""
    return db.open_store(root, keys=secrets, create=create, migrate=migrate, progress=progress)

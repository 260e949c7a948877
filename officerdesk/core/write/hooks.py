"""Installing a module's session hooks on a Session factory exactly once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker


def install_once(factory: sessionmaker[Session], flag: str, listeners: Mapping[str, Callable[..., Any]]) -> None:
    """Listen to each event of `listeners` on `factory`, unless `flag` says it already does.

    A flag on the factory itself, not event.contains(): SQLAlchemy's listener registry is keyed
    by id(), so a new factory that reuses a collected one's address looks "already installed"
    and would silently run without its hooks (edits with no clocks and no outbox rows).
    """
    if getattr(factory, flag, False):
        return
    for name, listener in listeners.items():
        event.listen(factory, name, listener)
    setattr(factory, flag, True)

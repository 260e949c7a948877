"""Possible duplicate contacts and merging two of them (core/services/duplicates.py, merging.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from officerdesk.core.people.matches import Match
    from officerdesk.core.services.merging import FieldChoice, Merged
    from officerdesk.ui.context import AppContext


def find_duplicates(*, ctx: AppContext, on_done: Callable[[list[Match]], None]) -> int:
    """Pairs of this post's contacts that may be one person, best first."""
    from officerdesk.core.services import duplicates

    return ctx.runner.query(lambda s: duplicates.duplicates(s, post_id=ctx.post_id), on_done=on_done)


def merge_choices(*, ctx: AppContext, survivor_id: str, loser_id: str,
                  on_done: Callable[[list[FieldChoice]], None]) -> int:
    from officerdesk.core.services import merging

    return ctx.runner.query(lambda s: merging.choices(s, survivor_id, loser_id), on_done=on_done)


def merge(*, ctx: AppContext, survivor_id: str, loser_id: str, values: dict[str, Any],
          on_done: Callable[[Merged], None]) -> int:
    """The merge as one write: chosen fields, links re-pointed, the loser's tombstone."""
    from officerdesk.core.services import merging

    return ctx.runner.write(
        lambda s: merging.merge_contacts(s, survivor_id=survivor_id, loser_id=loser_id, values=values), on_done=on_done)

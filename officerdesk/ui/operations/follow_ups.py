"""Follow-ups under a meeting or a request: adding one, ticking one done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from officerdesk.core import kinds

if TYPE_CHECKING:
    from officerdesk.ui.context import AppContext
    from officerdesk.ui.ops import OnDone


def add_follow_up(*, ctx: AppContext, post_id: str, values: dict[str, Any], on_done: OnDone = None) -> int:
    """A new follow-up for post_id; `values` names its meeting or request."""
    from officerdesk.core.services import records

    return ctx.runner.write(lambda s: records.create(s, kinds.FOLLOW_UP.name, post_id=post_id, values=values),
                            on_done=on_done)


def set_follow_up_done(*, ctx: AppContext, follow_up_id: str, done: bool) -> int:
    """Tick a follow-up done (or not done again)."""
    from officerdesk.core.services import records

    return ctx.runner.write(lambda s: records.update(s, kinds.FOLLOW_UP.name, follow_up_id, {"done": done}))
